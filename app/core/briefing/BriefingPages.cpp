#include "BriefingPages.h"

#include "charts/ChartPage.h"
#include "charts/ChartPainter.h"
#include "charts/ChartStyle.h"
#include "charts/Wording.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

namespace inspectdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("inspectdesk::BriefingPages", text);
}
const QSizeF kPage(595.28, 841.89); // A4 in points

QString withYear(const ChartPoint &p, int year, bool mark)
{
    QString s = QStringLiteral("%1 (%2)").arg(judgementWording(p.kind, p.judgement)).arg(year);
    if (mark && !p.badge(true).isEmpty())
        s += QLatin1Char(' ') + p.badge(true);
    return s;
}

QString changeText(Change c)
{
    switch (c) {
    case Change::Improved:
        return QStringLiteral("▲ ") + changeLabel(c);
    case Change::Declined:
        return QStringLiteral("▼ ") + changeLabel(c);
    case Change::Same:
        return QStringLiteral("= ") + changeLabel(c);
    case Change::New:
        return changeLabel(c);
    }
    return {};
}
} // namespace

BriefingPages::BriefingPages(QPainter &painter, QPagedPaintDevice &device, const BriefingData &data)
    : mPainter(painter), mDevice(device), mData(data),
      mArea(QPointF(48, 44), QPointF(kPage.width() - 48, kPage.height() - 52))
{
    mPainter.setRenderHint(QPainter::Antialiasing);
}

void BriefingPages::newPage()
{
    if (!mStarted) {
        mStarted = true;
        return;
    }
    footer();
    mDevice.newPage();
    ++mPage;
}

void BriefingPages::footer()
{
    mPainter.save();
    mPainter.setFont(chartpaint::font(8));
    mPainter.setPen(QColor(0x444444));
    const QRectF band(mArea.left(), kPage.height() - 40, mArea.width(), 14);
    mPainter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, tr("%1 · page %2").arg(mData.title()).arg(mPage));
    mPainter.drawText(band, Qt::AlignRight | Qt::AlignVCenter,
                      tr("Data as of %1").arg(QLocale().toString(mData.dataset.dataAsOf(), QLocale::ShortFormat)));
    mPainter.restore();
}

qreal BriefingPages::heading(const QString &text, qreal y)
{
    mPainter.setPen(Qt::black);
    return y +
           chartpaint::drawWrapped(mPainter, QRectF(mArea.left(), y, mArea.width(), 60), text,
                                   chartpaint::font(16, true)) +
           8;
}

void BriefingPages::cover()
{
    newPage();
    qreal y = mArea.top() + 80;
    mPainter.setPen(Qt::black);
    y += chartpaint::drawWrapped(mPainter, QRectF(mArea.left(), y, mArea.width(), 120), mData.title(),
                                 chartpaint::font(24, true)) +
         16;
    const QDate date = mData.options.date.isValid() ? mData.options.date : QDate::currentDate();
    y += chartpaint::drawWrapped(mPainter, QRectF(mArea.left(), y, mArea.width(), 30),
                                 tr("Prepared %1").arg(QLocale().toString(date, QLocale::LongFormat)),
                                 chartpaint::font(12)) +
         24;
    y += chartpaint::drawWrapped(mPainter, QRectF(mArea.left(), y, mArea.width(), 20), tr("Councils"),
                                 chartpaint::font(13, true)) +
         4;
    for (const QString &c : mData.councils)
        y += chartpaint::drawWrapped(mPainter, QRectF(mArea.left() + 12, y, mArea.width() - 12, 40), c,
                                     chartpaint::font(12)) +
             2;
    const QList<int> years = mData.dataset.years();
    y += 14;
    QStringList lines;
    lines << tr("Assessment years: %1–%2").arg(years.first()).arg(years.last());
    lines << tr("Judgements on Ofsted's four-step scale (Inadequate, Adequate / Requires improvement (to be good), "
                "Good, Outstanding), normalised from the scale each report printed and named in the words of its "
                "framework; printed grades are quoted in the tables.");
    if (mData.options.comparing()) {
        const QStringList others = mData.comparedWith;
        lines << (others.size() <= 16
                      ? tr("Compared with %1: %2.").arg(mData.comparatorGroupText, others.join(QStringLiteral("; ")))
                      : tr("Compared with %1: %2 councils with judgements in these years.")
                            .arg(mData.comparatorGroupText)
                            .arg(others.size()));
        lines << mData.dataset.notes();
    }
    if (!mData.missingCouncils.isEmpty())
        lines << tr("No judgements in these years for: %1.").arg(mData.missingCouncils.join(QStringLiteral("; ")));
    for (const QString &line : lines)
        y += chartpaint::drawWrapped(mPainter, QRectF(mArea.left(), y, mArea.width(), 80), line, chartpaint::font(10)) +
             6;
    // The note on review status, boxed so nobody misses it.
    const int unreviewed = int(mData.unreviewedItems.size());
    QString note = unreviewed == 0
                       ? tr("All %1 judgements in this pack have been reviewed against the source reports.")
                             .arg(mData.judgementCount)
                       : (mData.listsUnreviewed()
                              ? tr("Not yet reviewed: %1 of the %2 judgements in this pack were read from the reports "
                                   "automatically and have not been checked by an inspector. They are marked * in "
                                   "tables and with hollow markers in charts, and listed at the end of the pack.")
                              : tr("Not yet reviewed: %1 of the %2 judgements in this pack were read from the reports "
                                   "automatically and have not been checked by an inspector. They are marked * in "
                                   "tables and with hollow markers in charts; the sources give their number in each "
                                   "report."))
                             .arg(unreviewed)
                             .arg(mData.judgementCount);
    if (mData.dataset.conflictCount() > 0)
        note += QLatin1Char(' ') +
                QCoreApplication::translate("Briefing",
                                            "%n judgement(s) differ between two reports for the same year; the latest "
                                            "published is used and marked !.",
                                            nullptr, mData.dataset.conflictCount());
    const QRectF box(mArea.left(), y + 10, mArea.width(), 90);
    mPainter.setPen(QPen(Qt::black, unreviewed ? 1.5 : 0.5));
    mPainter.setBrush(unreviewed ? QColor(0xFFF4CC) : QColor(0xF2F2F2));
    mPainter.drawRect(box);
    mPainter.setBrush(Qt::NoBrush);
    chartpaint::drawWrapped(mPainter, box.adjusted(10, 8, -10, -8), note, chartpaint::font(10, unreviewed > 0));
}

qreal BriefingPages::latestTable(const QString &council, qreal y)
{
    const qreal widths[] = {122, 88, 112, 84, 66, 27};
    const QStringList headers = {tr("Outcome"),  tr("Latest"), tr("Printed grade"),
                                 tr("Previous"), tr("Change"), tr("Page")};
    const qreal rowHeight = 22;
    auto drawRow = [&](const QStringList &cells, bool header, const ChartPoint *latest) {
        qreal x = mArea.left();
        for (int i = 0; i < cells.size(); ++i) {
            const QRectF cell(x, y, widths[i], rowHeight);
            if (header)
                mPainter.fillRect(cell, QColor(0xE6E6E6));
            else if (i == 1 && latest)
                mPainter.fillRect(cell, chartstyle::judgementColour(latest->judgement));
            mPainter.setPen(QPen(QColor(0x888888), 0.4));
            mPainter.drawRect(cell);
            mPainter.setPen(!header && i == 1 && latest ? chartstyle::judgementTextColour(latest->judgement)
                                                        : QColor(Qt::black));
            mPainter.setFont(chartpaint::font(8, header));
            mPainter.drawText(cell.adjusted(3, 0, -3, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                              cells[i]);
            x += widths[i];
        }
        y += rowHeight;
    };
    drawRow(headers, true, nullptr);
    for (const LatestJudgement &row : mData.latest.value(council)) {
        drawRow({familyLabel(row.key), withYear(row.latest, row.year, true), row.latest.printed,
                 row.previous ? withYear(*row.previous, row.previousYear, false) : QStringLiteral("—"),
                 changeText(row.change), row.latest.page > 0 ? QString::number(row.latest.page) : QStringLiteral("—")},
                false, &row.latest);
    }
    mPainter.setPen(QColor(0x444444));
    y += 4 + chartpaint::drawWrapped(mPainter, QRectF(mArea.left(), y + 4, mArea.width(), 30),
                                     tr("* not yet reviewed   ! reports disagree: latest published used   "
                                        "Change compares with the previous assessment in the years chosen."),
                                     chartpaint::font(7.5));
    return y + 10;
}

void BriefingPages::council(const QString &council)
{
    newPage();
    qreal y = heading(council, mArea.top());
    mPainter.setPen(Qt::black);
    y += chartpaint::drawWrapped(mPainter, QRectF(mArea.left(), y, mArea.width(), 20),
                                 tr("Latest judgements and change since the previous assessment"),
                                 chartpaint::font(11, true)) +
         6;
    y = latestTable(council, y);
    mPainter.setPen(Qt::black);
    y += chartpaint::drawWrapped(mPainter, QRectF(mArea.left(), y, mArea.width(), 20), tr("Trends"),
                                 chartpaint::font(11, true)) +
         4;
    TrendData trend = TrendData::build(mData.dataset);
    for (TrendPanel &panel : trend.panels)
        panel.series.erase(std::remove_if(panel.series.begin(), panel.series.end(),
                                          [&](const TrendSeries &s) { return s.council != council; }),
                           panel.series.end());
    // Only the families this council has judgements in: no empty panels.
    trend.panels.erase(
        std::remove_if(trend.panels.begin(), trend.panels.end(), [](const TrendPanel &p) { return p.isEmpty(); }),
        trend.panels.end());
    // More than a few families: the trends get a page of their own, so panels stay readable.
    if (trend.panels.size() > 7) {
        newPage();
        y = heading(tr("Trends: %1").arg(council), mArea.top());
    }
    chartpaint::drawSmallMultiples(mPainter, QRectF(mArea.left(), y, mArea.width(), mArea.bottom() - y), trend);
}

void BriefingPages::allTrends()
{
    newPage();
    qreal y =
        heading(mData.options.comparing()
                    ? tr("Trends: %1 and %2").arg(mData.councils.join(QStringLiteral(", ")), mData.comparatorGroupText)
                    : tr("Trends: all chosen councils"),
                mArea.top());
    const QStringList drawn = mData.drawnCouncils();
    if (drawn.size() <= kMaxTrendLines) // more: the panels show shares of councils, no lines to name
        y += chartpaint::drawLegend(mPainter, QRectF(mArea.left(), y, mArea.width(), 80), drawn, false,
                                    mData.dataset.focusCouncil()) +
             6;
    chartpaint::drawSmallMultiples(mPainter, QRectF(mArea.left(), y, mArea.width(), mArea.bottom() - y),
                                   TrendData::build(mData.dataset));
}

void BriefingPages::comparison()
{
    // A bar per council is unreadable beyond a few; my council against its group is read
    // from the shares of the group at each grade.
    // My council's pack compares the judgements in force, its own among them (the fullest
    // year of its group could leave it out); a pack of chosen councils, their fullest year.
    const bool inForce = mData.options.comparing() && mData.inForce;
    const YearSnapshot snapshot =
        inForce ? *mData.inForce : YearSnapshot::build(mData.dataset, YearSnapshot::fullestYear(mData.dataset));
    const bool bars = (inForce ? snapshot.councils.size() : mData.drawnCouncils().size()) <= kMaxComparisonBars;
    if (mData.options.comparing() || !bars)
        groupDistribution();
    if (!bars)
        return;
    newPage();
    qreal y = heading(inForce ? tr("Comparison of councils: judgements in force on %1")
                                    .arg(QLocale().toString(snapshot.asOf, QLocale::LongFormat))
                              : tr("Comparison of councils, %1").arg(snapshot.year),
                      mArea.top());
    y += chartpaint::drawLegend(mPainter, QRectF(mArea.left(), y, mArea.width(), 80), snapshot.councils,
                                snapshot.councilIndexes, true, snapshot.markNote(true)) +
         6;
    chartpaint::drawComparison(mPainter, QRectF(mArea.left(), y, mArea.width(), 300), snapshot);
    y += 310;
    y += chartpaint::drawWrapped(mPainter, QRectF(mArea.left(), y, mArea.width(), 20),
                                 tr("The same judgements as a table"), chartpaint::font(11, true)) +
         6;
    chartpaint::drawGrid(mPainter, QRectF(mArea.left(), y, mArea.width(), mArea.bottom() - y), snapshot);
}

void BriefingPages::sources()
{
    newPage();
    qreal y = heading(tr("Sources"), mArea.top());
    mPainter.setPen(Qt::black);
    y += chartpaint::drawWrapped(mPainter, QRectF(mArea.left(), y, mArea.width(), 40),
                                 tr("Every judgement in this pack was read from these Ofsted reports. Page numbers "
                                    "refer to the report's PDF."),
                                 chartpaint::font(9)) +
         8;
    QString section = tr("Sources"); // named again at the top of each page it runs on to
    auto line = [&](const QString &text, const QFont &f, qreal gap) {
        const QFontMetricsF fm(f, mPainter.device());
        const QRectF bound = fm.boundingRect(QRectF(0, 0, mArea.width(), 1000), Qt::TextWordWrap, text);
        if (y + bound.height() > mArea.bottom()) {
            newPage();
            y = text == section ? mArea.top() : heading(tr("%1 (continued)").arg(section), mArea.top());
        }
        mPainter.setPen(Qt::black);
        y += chartpaint::drawWrapped(mPainter, QRectF(mArea.left(), y, mArea.width(), bound.height() + 4), text, f) +
             gap;
    };
    for (const BriefingSource &s : mData.sources) {
        QStringList pages;
        for (int p : s.pages)
            pages << QString::number(p);
        QString text = tr("%1, %2: %3, %4 (%5), page %6")
                           .arg(s.council)
                           .arg(s.year)
                           .arg(reportKindLabel(s.kind), chartstyle::reportDate(s.published, s.inspectionEnd),
                                s.fileName, pages.isEmpty() ? tr("unknown") : pages.join(QStringLiteral(", ")));
        if (s.unreviewed > 0)
            text += QLatin1Char(' ') + QCoreApplication::translate("Briefing", "— %n judgement(s) not yet reviewed",
                                                                   nullptr, s.unreviewed);
        line(text, chartpaint::font(8.5), 3);
    }
    y += 10;
    section = tr("Note on unreviewed data");
    line(section, chartpaint::font(13, true), 4);
    if (mData.unreviewedItems.isEmpty()) {
        line(tr("Every judgement in this pack has been reviewed against its source report."), chartpaint::font(9), 2);
    } else {
        if (mData.listsUnreviewed()) {
            line(tr("These judgements were read automatically and not yet checked by an inspector; treat them "
                    "as provisional:"),
                 chartpaint::font(9), 4);
            for (const QString &item : mData.unreviewedItems)
                line(QStringLiteral("• ") + item, chartpaint::font(8.5), 1);
        } else {
            line(tr("%1 of the %2 judgements in this pack were read automatically and not yet checked by an "
                    "inspector; treat them as provisional. Too many to list one by one: each source above "
                    "says how many of its judgements are not yet reviewed.")
                     .arg(mData.unreviewedItems.size())
                     .arg(mData.judgementCount),
                 chartpaint::font(9), 4);
        }
    }
    footer();
}

} // namespace inspectdesk
