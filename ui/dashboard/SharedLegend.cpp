#include "SharedLegend.h"

#include "charts/ChartPainter.h"

#include <QImage>
#include <QMap>
#include <QPainter>

namespace inspectdesk {

namespace {
const int kMargin = 6;
}

SharedLegend::SharedLegend(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Legend"));
    hide();
}

void SharedLegend::setTrend(const TrendData &trend)
{
    QMap<int, QString> comparators; // by style index: the dataset's order
    mFocus.clear();
    mCouncils.clear();
    mStyles.clear();
    for (const TrendPanel &panel : trend.panels)
        for (const TrendSeries &s : panel.series) {
            if (s.focus && mFocus.isEmpty()) {
                mFocus = s.council;
                mCouncils << s.council;
                mStyles << s.councilIndex;
            } else if (!s.focus && !panel.showsDistribution()) { // many councils: no lines to name
                comparators.insert(s.councilIndex, s.council);
            }
        }
    for (auto it = comparators.cbegin(); it != comparators.cend(); ++it) {
        mCouncils << it.value();
        mStyles << it.key();
    }
    setAccessibleDescription(mCouncils.join(QStringLiteral(", ")));
    setVisible(!mCouncils.isEmpty());
    updateGeometry();
    update();
}

int SharedLegend::heightForWidth(int width) const
{
    if (mCouncils.isEmpty())
        return 0;
    // Measured on an image of the screen's resolution, as the painter of paintEvent measures.
    QImage probe(1, 1, QImage::Format_ARGB32);
    probe.setDotsPerMeterX(int(logicalDpiX() / 0.0254));
    probe.setDotsPerMeterY(int(logicalDpiY() / 0.0254));
    QPainter p(&probe);
    // No note on marks under the names: the dashboard says it once under every view.
    return int(chartpaint::legendHeight(p, width - 2 * kMargin, mCouncils)) - 14 + 2 * kMargin;
}

QSize SharedLegend::sizeHint() const
{
    const int w = parentWidget() ? parentWidget()->width() : 600;
    return {w, heightForWidth(w)};
}

void SharedLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    chartpaint::drawLegend(p, QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin), mCouncils, mStyles, false,
                           QString(), mFocus);
}

} // namespace inspectdesk
