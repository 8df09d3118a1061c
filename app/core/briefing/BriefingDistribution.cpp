// The page of a briefing pack that sets my council beside its group: for every family, the
// share of the group's councils at each grade in force on a date, with my council's grade.
#include "BriefingPages.h"

#include "charts/ChartPainter.h"
#include "charts/ChartStyle.h"
#include "charts/Wording.h"
#include "charts/YearSnapshot.h"
#include "register/CouncilRegister.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

namespace inspectdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("inspectdesk::BriefingPages", text);
}
} // namespace

void BriefingPages::groupDistribution()
{
    if (!mData.inForce) // a pack with no judgements at all has no such page
        return;
    newPage();
    // In force at the end of the years chosen (or today, if that is earlier); the group on that
    // date is the neighbours of the model then in force, not of every year, each at its latest
    // inspection whichever model was in force when it was inspected (BriefingData::inForce).
    const QDate date = mData.inForceDate;
    const YearSnapshot &s = *mData.inForce; // worked out once, its reports quoted in the sources
    const CouncilRegister &reg = CouncilRegister::builtIn();
    const RegisterCouncil *focus = reg.byCode(mData.options.focusLaCode);
    const QString focusName = focus ? focus->shortName : QString();
    QStringList group;
    QString groupText = mData.comparatorGroupText;
    if (mData.options.comparators == ComparatorGroup::Neighbours && focus) {
        for (int code : reg.statisticalNeighbours(focus->laCode, date.year()))
            group << reg.byCode(code)->shortName;
        groupText = tr("its statistical neighbours (the DfE model of %1)")
                        .arg(CouncilRegister::neighbourModelYear(date.year()));
    }
    const QString dateText = QLocale().toString(date, QLocale::LongFormat);
    qreal y = heading(focus ? tr("%1 and %2: judgements in force on %3").arg(focusName, groupText, dateText)
                            : tr("Judgements in force on %1").arg(dateText),
                      mArea.top());
    mPainter.setPen(Qt::black);
    y +=
        chartpaint::drawWrapped(mPainter, QRectF(mArea.left(), y, mArea.width(), 60),
                                tr("For each judgement, how many councils had each grade at their latest inspection on "
                                   "or before that date (share of those graded)%1.")
                                    .arg(focus ? tr("; %1's own grade, with the year of its inspection, on the "
                                                    "left and outlined among the shares")
                                                     .arg(focusName)
                                               : QString()),
                                chartpaint::font(9)) +
        10;
    const qreal first = 100, second = focus ? 100 : 0, count = 46;
    const qreal share = (mArea.width() - first - second - count) / 4;
    qreal rowHeight = 40; // the header: "Requires improvement (to be good)" takes three lines
    auto cell = [&](qreal x, qreal w, const QString &text, const QColor &fill, bool bold, bool outlined) {
        const QRectF r(x, y, w, rowHeight);
        if (fill.isValid())
            mPainter.fillRect(r, fill);
        mPainter.setPen(QPen(outlined ? QColor(Qt::black) : QColor(0x888888), outlined ? 2.0 : 0.4));
        mPainter.drawRect(outlined ? r.adjusted(1, 1, -1, -1) : r);
        mPainter.setPen(fill.isValid() && fill.lightness() < 110 ? QColor(Qt::white) : QColor(Qt::black));
        mPainter.setFont(chartpaint::font(rowHeight > 30 ? 7 : 8, bold)); // the header smaller: grade names are long
        mPainter.drawText(r.adjusted(3, 0, -3, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, text);
    };
    // Header: the grades best first, in the words of the frameworks shown.
    qreal x = mArea.left();
    cell(x, first, tr("Judgement"), QColor(0xE6E6E6), true, false);
    x += first;
    if (focus) {
        cell(x, second, focusName, QColor(0xE6E6E6), true, false);
        x += second;
    }
    for (int v = 4; v >= 1; --v, x += share)
        cell(x, share, s.valueLabels.value(v - 1), QColor(0xE6E6E6), true, false);
    cell(x, count, tr("Councils"), QColor(0xE6E6E6), true, false);
    y += rowHeight;
    rowHeight = 30;
    int rows = 0;
    for (int o = 0; o < s.outcomeKeys.size(); ++o) {
        int counts[4] = {0, 0, 0, 0};
        const ChartPoint *mine = nullptr;
        int mineYear = 0;
        for (int c = 0; c < s.councils.size(); ++c) {
            const ChartPoint *p = s.cell(c, o);
            if (!p)
                continue;
            if (s.councils[c] == focusName) {
                mine = p;
                mineYear = s.cellYear(c, o);
            } else if (group.isEmpty() ? mData.options.comparators != ComparatorGroup::Neighbours
                                       : group.contains(s.councils[c])) {
                ++counts[p->value() - 1];
            }
        }
        const int total = counts[0] + counts[1] + counts[2] + counts[3];
        if (total == 0 && !mine)
            continue; // no empty rows
        ++rows;
        x = mArea.left();
        cell(x, first, s.outcomeLabels.value(o), QColor(), false, false);
        x += first;
        if (focus) {
            if (mine)
                cell(x, second,
                     QStringLiteral("%1 (%2)").arg(judgementWording(mine->kind, mine->judgement)).arg(mineYear),
                     chartstyle::judgementColour(mine->judgement), true, false);
            else
                cell(x, second, tr("not graded"), QColor(), false, false);
            x += second;
        }
        for (int v = 4; v >= 1; --v, x += share) {
            const int n = counts[v - 1];
            const QString text =
                total ? QStringLiteral("%1 (%2%)").arg(n).arg(qRound(100.0 * n / total)) : QStringLiteral("—");
            QColor fill = chartstyle::judgementColour(Judgement(v));
            fill.setAlphaF(0.15 + 0.85 * (total ? qreal(n) / total : 0));
            cell(x, share, text, n ? fill : QColor(), false, mine && mine->value() == v);
        }
        cell(x, count, QString::number(total), QColor(), false, false);
        y += rowHeight;
    }
    mPainter.setPen(QColor(0x444444));
    y += 6;
    if (rows == 0)
        chartpaint::drawMessage(mPainter, QRectF(mArea.left(), y, mArea.width(), 60),
                                tr("No judgements in force on that date."));
    else
        chartpaint::drawWrapped(
            mPainter, QRectF(mArea.left(), y, mArea.width(), 80),
            (QStringList{tr("Councils counted: %1.").arg(groupText.isEmpty() ? tr("the councils chosen") : groupText)} +
             s.footnotes + mData.dataset.notes())
                .join(QLatin1Char('\n')),
            chartpaint::font(7.5));
}

} // namespace inspectdesk
