#pragma once

#include "ChartDataset.h"

namespace inspectdesk {

struct TrendPoint
{
    int year = 0;
    ChartPoint source;
    int value() const { return source.value(); }
    bool hollow() const { return !source.reviewed(); } // unreviewed: a hollow marker
    QString badge() const { return source.badge(false); }
};

// One council's line on one family's trend chart.
struct TrendSeries
{
    QString council;
    int councilIndex = 0;     // picks colour, dash and marker: stable across panels
    QList<TrendPoint> points; // ascending years
    bool focus = false;       // "my council": drawn strongly, on top; the others are its comparators
};

// A council's name written at the end of its line (right of its last point), nudged up or
// down so that labels do not overlap. Positions are in chart units: x in years, y in values.
struct LineEndLabel
{
    int series = 0;  // index into TrendPanel::series
    QString text;    // short name
    int year = 0;    // the line's last point
    qreal value = 0; // the line's last value: where the label would sit
    qreal at = 0;    // where it sits after nudging (the label's vertical centre)
    bool focus = false;
};

// A council's name shortened for a label at a line end: register short names stay as they
// are; "Northby Borough Council" -> "Northby", "London Borough of Sutton" -> "Sutton".
QString shortCouncilLabel(const QString &council);

// Where a line crosses from one framework's judgement to the next (x between two years).
struct FrameworkChange
{
    qreal x = 0;
    QString label; // the judgement that starts here, short: "ILACS"
    bool operator==(const FrameworkChange &o) const { return qFuzzyCompare(x, o.x) && label == o.label; }
};

// On screen, where each change's label goes: true = the chart's usual place, false = the other
// (a change within a few years of the last one labelled in the usual place, whose labels would
// run together in a small panel: "ILACS 2018-22, with care leavers" into "ILACS 2023-").
// Paper measures its labels instead (chartpaint::placeChangeLabels).
QList<bool> changeLabelsInUsualPlace(const QList<FrameworkChange> &changes);

// Above this many councils a chart of lines is unreadable: the trend shows the distribution.
inline constexpr int kMaxTrendLines = 8;

// One year of a distribution: how many of the drawn councils had each grade.
struct YearGrades
{
    int year = 0;
    int counts[4] = {0, 0, 0, 0}; // index value-1: Inadequate .. Outstanding
    int focus = 0;                // the focus council's grade that year (value 1..4; 0 = none)
    int total() const { return counts[0] + counts[1] + counts[2] + counts[3]; }
    int count(int value) const { return value >= 1 && value <= 4 ? counts[value - 1] : 0; }
    qreal share(int value) const { return total() > 0 ? qreal(count(value)) / total() : 0.0; }
    // Where a grade's part of the bar stacked to 100% (Inadequate at the foot) starts and
    // its middle, as shares 0..1: where a mark for that grade goes.
    qreal shareBelow(int value) const;
    qreal segmentMiddle(int value) const { return shareBelow(value) + share(value) / 2; }
};

// One family's chart, described once for every renderer (screen, print, export, packs):
// its series and marks, the value axis in the frameworks' words, the changes of framework
// and the footnotes saying which judgement each part of a line is.
struct TrendPanel
{
    QString key; // family id
    QString title;
    QList<TrendSeries> series;
    QStringList valueLabels; // positions 1..4
    QList<FrameworkChange> changes;
    QStringList footnotes;
    QString focus; // the focus council's name (ChartDataset::focusCouncil), even without a series here
    // Behind the lines of a focus council and its comparators: for every year of the axis the
    // shares of England's councils (or its region's) at each grade, counted by
    // GradeDistribution over every council of ChartDataset::backdrop(), not only those drawn.
    // Empty without a focus council and where the panel draws a distribution itself.
    QList<YearGrades> band;
    QString bandRegion; // empty: England
    bool hasBand() const;
    QString bandNote() const; // what the band is; empty without one
    bool isEmpty() const { return series.isEmpty(); }
    const TrendSeries *focusSeries() const;
    // The focus council was chosen but has no judgement of this family in the years shown:
    // said ("X has no judgement on Y in these years"), never drawn as zero. Empty otherwise.
    QString focusNote() const;
    // Names at the line ends, nudged at least minGap (values) apart where labels share
    // horizontal room (their years within widthYears, the text's width with its offset from
    // the point), and off other lines' markers under the text; kept within 0.5..4.5. The
    // focus council's label is placed first, at its line where that is free.
    QList<LineEndLabel> lineEndLabels(qreal minGap, qreal widthYears) const;
    // More than kMaxTrendLines councils: draw the share of councils at each grade per year,
    // not their lines. Computed from the series, so a panel cut to fewer councils draws lines.
    bool showsDistribution() const { return series.size() > kMaxTrendLines; }
    QList<YearGrades> distribution(const QList<int> &years) const; // years with a grade only
    QString distributionNote() const; // says what is drawn instead of lines; empty for lines
    // Every note under the chart, in order: the focus note, the distribution or band note, footnotes.
    QStringList notes() const;
};

// Trend charts for every family in the filter that has data, over the years with data.
struct TrendData
{
    QList<int> years;
    QStringList councils;
    QList<TrendPanel> panels; // one per family with data, canonical order
    bool isEmpty() const { return councils.isEmpty(); }
    int firstYear() const { return years.isEmpty() ? 0 : years.first(); }
    int lastYear() const { return years.isEmpty() ? 0 : years.last(); }
    const TrendPanel *panel(const QString &key) const;
    // The notes under every panel at once (small multiples, on screen and paper): what the
    // band is, what a panel of many councils draws instead of lines, then each panel's
    // footnotes, each said once.
    QStringList notes() const;

    static TrendData build(const ChartDataset &data);

private:
    static void addBands(TrendData &trend, const ChartDataset &data);
};

// Which judgements a set of points of one family shows: the footnote lines, and where the
// framework changes along the year axis. Shared by the trend and the snapshot views; only a
// chart along the years (ruled) marks each change with a dashed rule and says so.
QStringList familyFootnotes(const QString &familyId, const QList<const ChartPoint *> &points, bool ruled = false);

} // namespace inspectdesk
