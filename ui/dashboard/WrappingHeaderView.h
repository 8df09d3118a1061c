#pragma once

#include <QHeaderView>

namespace inspectdesk {

// A horizontal header whose labels wrap onto more lines in narrow columns instead of being cut
// ("Making a positive contribution" in the grid at 1280x800): the header grows as tall as the
// longest wrapped label whenever the columns change width.
class WrappingHeaderView : public QHeaderView
{
public:
    explicit WrappingHeaderView(QWidget *parent = nullptr);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    int wrappedHeight(int logicalIndex) const;
    void relayout();
    bool mPending = false;
};

} // namespace inspectdesk
