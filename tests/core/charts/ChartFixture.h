#pragma once
// A hand-made database for the dashboard and briefing tests: three councils, 2005-2012,
// APA letters (4 = outstanding), children's services assessments ("Performs well (3)"),
// a safeguarding/LAC inspection (Grade 1 = outstanding) that disagrees with the same
// year's assessment, looked after children graded separately, a youth service section,
// an unknown grade and one unreviewed report. Independent of extraction.
#include "model/ExtractedReport.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QStringList>

namespace inspectdesk::fixture {

inline const QString kNorthby = QStringLiteral("Northby Borough Council");
inline const QString kSoutham = QStringLiteral("Southam County Council");
inline const QString kWestmere = QStringLiteral("Westmere City Council");

// APA values in this order: OE, BH, SS, EA, MPC, AEW, CtI (outcomeKeys()).
struct ApaRow
{
    const QString *council;
    int year;
    int values[7];
    bool reviewed;
};
inline const ApaRow kApa[] = {
    {&kNorthby, 2005, {2, 2, 2, 3, 2, 2, 2}, true},  {&kNorthby, 2006, {2, 3, 2, 3, 3, 2, 3}, true},
    {&kNorthby, 2007, {3, 3, 3, 3, 3, 3, 3}, true},  {&kNorthby, 2008, {3, 3, 4, 3, 3, 4, 3}, true},
    {&kSoutham, 2005, {3, 3, 3, 3, 3, 3, 3}, true},  {&kSoutham, 2006, {3, 3, 3, 3, 4, 3, 3}, true},
    {&kSoutham, 2007, {2, 2, 2, 2, 3, 2, 2}, true},  {&kSoutham, 2008, {1, 2, 1, 2, 2, 2, 2}, false},
    {&kWestmere, 2006, {4, 4, 4, 4, 4, 4, 4}, true}, {&kWestmere, 2007, {4, 3, 4, 4, 4, 3, 4}, true},
    {&kWestmere, 2008, {3, 3, 3, 3, 3, 3, 3}, true},
};
struct CsaRow
{
    const QString *council;
    int year;
    const char *printed;
};
inline const CsaRow kCsa[] = {
    {&kNorthby, 2009, "Performs well (3)"},         {&kNorthby, 2010, "Performs adequately (2)"},
    {&kNorthby, 2011, "Performs well (3)"},         {&kNorthby, 2012, "Performs excellently (4)"},
    {&kSoutham, 2009, "Performs poorly (1)"},       {&kSoutham, 2010, "Performs adequately (2)"},
    {&kSoutham, 2011, "Performs adequately (2)"},   {&kSoutham, 2012, "Performs well (3)"},
    {&kWestmere, 2011, "Performs excellently (4)"},
};

inline JudgementRecord record(const QString &section, const QString &key, const QString &printed, Scale scale, int page,
                              bool reviewed)
{
    JudgementRecord j;
    j.section = section;
    j.key = key;
    j.area = key;
    j.printed = printed;
    j.scale = scale;
    j.judgement = normalise(scale, printed);
    j.page = page;
    j.box = QRectF(72, 100 + 14 * page, 200, 12);
    j.confidence = 0.9;
    j.status = reviewed ? ReviewStatus::Confirmed : ReviewStatus::Extracted;
    return j;
}

inline ExtractedReport report(const QString &council, ReportKind kind, int year, QDate published)
{
    ExtractedReport r;
    r.council = council;
    r.kind = kind;
    r.assessmentYear = year;
    r.published = published;
    r.pageCount = 12;
    return r;
}

inline QStringList outcomeKeys()
{
    return {QStringLiteral("overall_effectiveness"),
            QStringLiteral("being_healthy"),
            QStringLiteral("staying_safe"),
            QStringLiteral("enjoying_and_achieving"),
            QStringLiteral("making_a_positive_contribution"),
            QStringLiteral("achieving_economic_wellbeing"),
            QStringLiteral("capacity_to_improve")};
}

inline bool importAll(ReportStore &store, QList<ExtractedReport> reports)
{
    for (const ExtractedReport &r : reports) {
        // A second report of a council, kind and year (a re-inspection) is named by its date.
        const bool second = r.kind == ReportKind::Sif && r.published.month() == 12;
        const QString file = QStringLiteral("%1_%2_%3%4.pdf")
                                 .arg(r.council.section(QLatin1Char(' '), 0, 0).toLower(), reportKindId(r.kind))
                                 .arg(r.assessmentYear)
                                 .arg(second ? QStringLiteral("_reinspection") : QString());
        const QByteArray bytes = "%PDF-1.4 fixture " + file.toUtf8() + "\n%%EOF\n";
        const ImportResult result = store.importReport(bytes, file, r, QStringLiteral("fixture"));
        if (result.outcome != ImportOutcome::Imported) {
            qWarning("fixture import of %s failed: %s %s", qPrintable(file), qPrintable(result.message),
                     qPrintable(store.lastError()));
            return false;
        }
    }
    return true;
}

// Fills an open, empty database. Returns false (and the store's error) on failure.
inline bool build(Database &db)
{
    ReportStore store(db);
    QList<ExtractedReport> reports;
    const QStringList keys = outcomeKeys();
    for (const ApaRow &row : kApa) {
        ExtractedReport r = report(*row.council, ReportKind::Apa, row.year, QDate(row.year, 12, 1));
        for (int k = 0; k < 7; ++k)
            r.judgements << record(QString(), keys[k], QString::number(row.values[k]), Scale::FourIsOutstanding,
                                   2 + k / 3, row.reviewed);
        reports << r;
    }
    for (const CsaRow &row : kCsa) {
        ExtractedReport r =
            report(*row.council, ReportKind::ChildrenServicesAssessment, row.year, QDate(row.year, 12, 9));
        r.judgements << record(QString(), keys[0], QString::fromLatin1(row.printed), Scale::PerformsScale, 1, true);
        // A grade the reader could not place on a scale: never charted.
        if (row.year == 2009 && row.council == &kNorthby)
            r.judgements << record(QString(), keys[1], QStringLiteral("3"), Scale::Unknown, 1, false);
        reports << r;
    }
    // Northby 2010: the safeguarding inspection (published earlier) says good on a reversed
    // scale; the later assessment says adequate. Looked after children graded separately.
    ExtractedReport slac = report(kNorthby, ReportKind::SafeguardingLacInspection, 2010, QDate(2010, 8, 20));
    slac.judgements << record(QStringLiteral("safeguarding"), keys[0], QStringLiteral("Grade 2 (good)"),
                              Scale::OneIsOutstanding, 4, true)
                    << record(QStringLiteral("safeguarding"), keys[6], QStringLiteral("Grade 2"),
                              Scale::OneIsOutstanding, 4, true);
    const char *lac[] = {"Good", "Good", "Adequate", "Good", "Outstanding", "Adequate", "Good"};
    for (int k = 0; k < 7; ++k)
        slac.judgements << record(QStringLiteral("looked_after_children"), keys[k], QString::fromLatin1(lac[k]),
                                  Scale::Words, 9 + k / 4, k != 2);
    reports << slac;
    // A joint area review whose youth service section is not about children's outcomes.
    ExtractedReport jar = report(kWestmere, ReportKind::Jar, 2007, QDate(2007, 6, 1));
    jar.judgements << record(QStringLiteral("youth_service"), keys[0], QStringLiteral("1"), Scale::FourIsOutstanding,
                             20, true);
    reports << jar;
    return importAll(store, reports);
}

// The frameworks since 2013, added to build()'s database: single inspection framework
// (words, "Requires improvement"; Northby inspected twice in 2014: a re-inspection that
// disagrees), ILACS 2018-22 (children in care and care leavers as one judgement), ILACS
// 2023- (separate judgements) and an April 2026 ILACS report without overall effectiveness.
// Adoption and the LSCB are graded but join no family.
struct LaterRow
{
    const QString *council;
    ReportKind kind;
    int year;
    QDate published;
    QList<QPair<const char *, const char *>> grades; // key, printed words
};
inline QList<LaterRow> laterRows()
{
    const char *ri = "Requires improvement";
    const char *ritbg = "Requires improvement to be good";
    return {
        {&kNorthby,
         ReportKind::Sif,
         2014,
         QDate(2014, 3, 1),
         {{"overall_effectiveness", "Inadequate"},
          {"children_who_need_help_and_protection", "Inadequate"},
          {"children_looked_after_and_achieving_permanence", ri},
          {"adoption_performance", ri},
          {"care_leavers", "Inadequate"},
          {"leadership_management_and_governance", "Inadequate"}}},
        {&kNorthby,
         ReportKind::Sif,
         2014,
         QDate(2014, 12, 1),
         {{"overall_effectiveness", ri},
          {"children_who_need_help_and_protection", ri},
          {"children_looked_after_and_achieving_permanence", ri},
          {"adoption_performance", "Good"},
          {"care_leavers", ri},
          {"leadership_management_and_governance", ri}}},
        {&kNorthby,
         ReportKind::Ilacs,
         2019,
         QDate(2019, 6, 1),
         {{"overall_effectiveness", "Good"},
          {"children_who_need_help_and_protection", "Good"},
          {"children_in_care_and_care_leavers", "Good"},
          {"impact_of_leaders", "Good"}}},
        {&kNorthby,
         ReportKind::Ilacs,
         2024,
         QDate(2024, 5, 1),
         {{"overall_effectiveness", "Outstanding"},
          {"children_who_need_help_and_protection", "Good"},
          {"children_in_care", "Outstanding"},
          {"care_leavers", "Good"},
          {"impact_of_leaders", "Outstanding"}}},
        {&kSoutham,
         ReportKind::Sif,
         2016,
         QDate(2016, 9, 1),
         {{"overall_effectiveness", "Good"},
          {"children_who_need_help_and_protection", "Good"},
          {"children_looked_after_and_achieving_permanence", "Good"},
          {"adoption_performance", "Outstanding"},
          {"care_leavers", "Good"},
          {"leadership_management_and_governance", "Good"}}},
        {&kSoutham,
         ReportKind::Ilacs,
         2022,
         QDate(2022, 7, 1),
         {{"overall_effectiveness", ritbg},
          {"children_who_need_help_and_protection", ritbg},
          {"children_in_care_and_care_leavers", "Good"},
          {"impact_of_leaders", ritbg}}},
        {&kWestmere,
         ReportKind::Ilacs,
         2023,
         QDate(2023, 5, 1),
         {{"overall_effectiveness", "Inadequate"},
          {"children_who_need_help_and_protection", "Inadequate"},
          {"children_in_care", ritbg},
          {"care_leavers", "Inadequate"},
          {"impact_of_leaders", "Inadequate"}}},
        {&kWestmere,
         ReportKind::Ilacs,
         2026,
         QDate(2026, 6, 1),
         {{"children_who_need_help_and_protection", ritbg},
          {"children_in_care", "Good"},
          {"care_leavers", ritbg},
          {"impact_of_leaders", ritbg}}},
    };
}

inline bool addLaterFrameworks(Database &db)
{
    ReportStore store(db);
    QList<ExtractedReport> reports;
    for (const LaterRow &row : laterRows()) {
        ExtractedReport r = report(*row.council, row.kind, row.year, row.published);
        int page = 3;
        for (const auto &g : row.grades)
            r.judgements << record(QString(), QString::fromLatin1(g.first), QString::fromLatin1(g.second), Scale::Words,
                                   page++, true);
        if (row.kind == ReportKind::Sif && row.council == &kSoutham)
            r.judgements << record(QStringLiteral("lscb"), QStringLiteral("lscb_effectiveness"), QStringLiteral("Good"),
                                   Scale::Words, 30, true);
        reports << r;
    }
    return importAll(store, reports);
}

} // namespace inspectdesk::fixture

#include <poppler-qt6.h>

namespace inspectdesk::fixture {

// The text of every page of a PDF as poppler reads it back (empty list: not a PDF).
inline QStringList pdfPageTexts(const QString &path)
{
    QStringList pages;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc || doc->isLocked())
        return pages;
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        pages << (page ? page->text(QRectF()).normalized(QString::NormalizationForm_KC).simplified() : QString());
    }
    return pages;
}

} // namespace inspectdesk::fixture
