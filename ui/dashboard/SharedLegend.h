#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include "charts/TrendData.h"

namespace inspectdesk {

// The one legend of the small multiples, across the width of the page and drawn by the
// legend painter of the printed charts (drawLegend): a Qt Charts legend inside the first
// small panel had room for no more than "S…" of each name.
class SharedLegend : public QWidget
{
    Q_OBJECT
public:
    explicit SharedLegend(QWidget *parent = nullptr);

    // Every council with a line in any panel, the focus council first, the others in the
    // dataset's order, each styled as its lines are; hidden when there are none.
    void setTrend(const TrendData &trend);
    QStringList councils() const { return mCouncils; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList mCouncils;
    QList<int> mStyles;
    QString mFocus;
};

} // namespace inspectdesk
