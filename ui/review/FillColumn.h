#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace inspectdesk {

// Gives one column of a table the width the view has left beside the other columns, or when
// narrow beside those that must stay in view (never less than a minimum), and lets rows grow
// to fit, so long text there wraps onto more lines instead of being cut; the remaining
// columns scroll off only when the view is too narrow for all.
class FillColumn : public QObject
{
    Q_OBJECT
public:
    FillColumn(QTableView *table, int column, const QList<int> &keptInView, int minimumWidth);
    void update(); // after columns were resized to their contents

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *mTable;
    int mColumn;
    QList<int> mKeptInView;
    int mMinimumWidth;
    bool mUpdating = false;
};

} // namespace inspectdesk
