#pragma once

#include "ChartFilter.h"
#include "review/ReviewRules.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <memory>

namespace inspectdesk {

// The one judgement a chart shows for a council, outcome and year, with where it came from.
struct ChartPoint
{
    Judgement judgement = Judgement::Unknown;
    QString printed;
    Scale scale = Scale::Unknown;
    QString section;
    QString key;   // the stored key; the chart line is its family
    int part = -1; // which of the family's judgements (JudgementFamily::parts) this is
    qint64 reportId = 0;
    qint64 judgementId = 0;
    QString fileName;
    ReportKind kind = ReportKind::Other;
    QDate published;
    QDate inspectionEnd; // invalid = not printed
    int page = 0;
    ReviewStatus status = ReviewStatus::Extracted;
    // Another report (or section) gave a different judgement for the same council, year
    // and outcome; this one was chosen as the latest published and the choice is marked.
    bool conflict = false;
    int candidateCount = 1;

    bool reviewed() const { return review::isReviewed(status); }
    // The marks every rendering prints beside it: "*" not yet reviewed (where the shape
    // cannot be hollow), "!" reports disagree.
    QString badge(bool withUnreviewed) const;
    int value() const { return int(judgement); } // 1..4: position on the value axis
};

// Judgement facts filtered and resolved to at most one normalised judgement per council,
// family (Families.h) and year. Charts use only ChartPoint::judgement: printed grades on different
// scales are never compared as numbers.
class ChartDataset
{
public:
    ChartDataset() = default;
    ChartDataset(const QList<JudgementFact> &facts, const ChartFilter &filter);

    const ChartFilter &filter() const { return mFilter; }
    bool isEmpty() const { return mPoints.isEmpty(); }
    // With data, in the filter's order; the focus council ("my council") first.
    QStringList councils() const { return mCouncils; }
    // The focus council's name as the facts carrying the filter's focusLaCode give it, else as
    // the register does (Comparators::focusName), whether or not it has data under the filter;
    // empty when no focus is chosen or the register does not know the code.
    QString focusCouncil() const { return mFocus; }
    bool hasFocus() const { return !mFocus.isEmpty(); }
    // What the views must say about the choice of councils (a focus council with no
    // statistical neighbours in some years); empty when nothing needs saying.
    QStringList notes() const { return mNotes; }
    QList<int> years() const { return mYears; } // with data, ascending
    // The chosen families that have data, in canonical order: no view offers an empty one.
    QStringList outcomes() const { return mFamilies; }
    // Every family with data under the filter's other criteria: what the views may offer.
    QStringList familiesWithData() const { return mAvailable; }
    int councilIndex(const QString &council) const { return mCouncils.indexOf(council); }
    const ChartPoint *point(const QString &council, const QString &key, int year) const;
    QList<ChartPoint> points() const { return mPoints.values(); }

    int pointCount() const { return int(mPoints.size()); }
    int unreviewedCount() const { return mUnreviewed; }
    int conflictCount() const { return mConflicts; }
    QDate latestPublished() const { return mLatestPublished; }
    // From when a judgement counts as in force: its publication. ILACS reports print no date
    // of publication, only their fieldwork: then the last day of fieldwork (Ofsted publishes
    // some weeks later, so on a date in between it counts a little early, rather than up to
    // a year late); failing that, the end of its year or, if sooner, the day the data was read
    // (today when not set): a report in the database had been published by then.
    QDate inForceFrom(const QDate &published, const QDate &inspectionEnd, int year) const;
    QDate inForceFrom(const ChartPoint &p, int year) const { return inForceFrom(p.published, p.inspectionEnd, year); }
    // The start of the council's latest SIF or ILACS inspection in force on a date (null: none):
    // no judgement older than it is in force then (replacesEarlierJudgements), whichever
    // families are drawn.
    QDate latestFullInspection(const QString &council, const QDate &date) const;
    // The councils a trend draws behind its lines, as the share at each grade per year:
    // England's (every council under the filter's other criteria, not only those drawn), or
    // the focus council's region when its region is the comparator group. Built from the same
    // facts on first use and shared by copies; null without a focus council.
    const ChartDataset *backdrop() const;
    // Whose shares backdrop() gives: empty for England, else the region's name.
    QString backdropRegion() const;

    // When the data was read; the "data as of" on printed pages.
    // The same facts and filter, comparing every year with the neighbours of the DfE model in
    // force on the date (ChartFilter::neighboursOn); *this unless the filter compares with
    // neighbours. The latest judgements table's question is "against its neighbours today".
    ChartDataset withNeighboursOn(const QDate &date) const;
    // Comparing with neighbours: the LA codes of every fact given, chosen by the filter or not
    // (whether a council has any report in the database); empty otherwise.
    QSet<int> codesInFacts() const { return mCodesInFacts; }
    QDateTime dataAsOf() const { return mAsOf; }
    void setDataAsOf(const QDateTime &when) { mAsOf = when; }

private:
    // A point's place as numbers: charts look points up tens of thousands of times per view,
    // so no key string is built per lookup.
    static quint64 slot(int councilId, int familyId, int year);

    struct Backdrop;
    ChartFilter mFilter;
    QList<JudgementFact> mFacts; // comparing with neighbours only: for withNeighboursOn()
    QSet<int> mCodesInFacts;
    std::shared_ptr<Backdrop> mBackdrop;
    QHash<QString, int> mCouncilIds;
    QHash<QString, int> mFamilyIds;
    QHash<quint64, ChartPoint> mPoints;
    QStringList mCouncils;
    QString mFocus;
    QStringList mNotes;
    QList<int> mYears;
    QStringList mFamilies;
    QStringList mAvailable;
    int mUnreviewed = 0;
    int mConflicts = 0;
    QDate mLatestPublished;
    struct Inspection
    {
        QDate published, inspectionEnd;
        int year = 0;
        bool operator==(const Inspection &o) const
        {
            return published == o.published && inspectionEnd == o.inspectionEnd && year == o.year;
        }
    };
    QHash<QString, QList<Inspection>> mFullInspections; // council -> each SIF/ILACS inspection
    QDateTime mAsOf = QDateTime::currentDateTime();
};

} // namespace inspectdesk
