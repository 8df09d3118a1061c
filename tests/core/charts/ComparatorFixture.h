#pragma once
// Ten councils (LA codes 801-810) graded for overall effectiveness under the single
// inspection framework (2016, 2017) and ILACS (2019, 2023), and Kelby (811) graded only in
// 2010: a focus council ("my council") among comparators, a change of framework, years with
// no inspection (2018, 2020-22), and a focus council with no data in the chosen years.
// Judgement facts as the store hands them to the charts; independent of extraction.
#include "store/StoreTypes.h"

#include <QStringList>

namespace inspectdesk::fixture {

struct ComparatorRow
{
    const char *council;
    int laCode;
    const char *grades; // 2016 2017 2019 2023: O G R I, '-' = not inspected that year
};
// Expected per year (Inadequate, Requires improvement, Good, Outstanding; councils):
// 2016: 1 2 2 1 (6)   2017: 1 2 1 0 (4)   2019: 1 3 5 1 (10)   2023: 1 2 5 1 (9).
// Aldport (801): Good 2016, none 2017, Good 2019, Outstanding 2023.
inline const ComparatorRow kComparators[] = {
    {"Aldport Borough Council", 801, "G-GO"},  {"Brackley Borough Council", 802, "R-GG"},
    {"Caxton County Council", 803, "I-RG"},    {"Dunmore City Council", 804, "-RRI"},
    {"Elsworth County Council", 805, "-GGG"},  {"Fenwick Borough Council", 806, "R-IR"},
    {"Glenholm County Council", 807, "-IR-"},  {"Harwood City Council", 808, "G-OG"},
    {"Ivinghoe Borough Council", 809, "-RGR"}, {"Jarrow Vale Council", 810, "O-GG"},
};
inline const QString kAldport = QStringLiteral("Aldport Borough Council");
inline const QString kKelby = QStringLiteral("Kelby Borough Council");

inline QList<JudgementFact> comparatorFacts()
{
    const int years[] = {2016, 2017, 2019, 2023};
    QList<JudgementFact> facts;
    qint64 id = 0;
    auto add = [&](const QString &council, int laCode, int year, char grade) {
        JudgementFact f;
        f.reportId = ++id;
        f.judgementId = id;
        f.council = council;
        f.laCode = laCode;
        f.kind = year < 2013   ? ReportKind::ChildrenServicesAssessment
                 : year < 2018 ? ReportKind::Sif
                               : ReportKind::Ilacs;
        f.assessmentYear = year;
        f.published = QDate(year, 6, 1);
        f.fileName = QStringLiteral("%1_%2.pdf").arg(laCode).arg(year);
        f.key = QStringLiteral("overall_effectiveness");
        f.scale = Scale::Words;
        f.judgement = grade == 'O'   ? Judgement::Outstanding
                      : grade == 'G' ? Judgement::Good
                      : grade == 'R' ? Judgement::Adequate
                                     : Judgement::Inadequate;
        f.printed = grade == 'R' ? QStringLiteral("Requires improvement") : QStringLiteral("Graded");
        f.page = 3;
        f.status = ReviewStatus::Confirmed;
        facts << f;
    };
    for (const ComparatorRow &row : kComparators)
        for (int i = 0; i < 4; ++i)
            if (row.grades[i] != '-')
                add(QString::fromLatin1(row.council), row.laCode, years[i], row.grades[i]);
    add(kKelby, 811, 2010, 'G');
    return facts;
}

inline QStringList comparatorNames(int n)
{
    QStringList names;
    for (int i = 0; i < n; ++i)
        names << QString::fromLatin1(kComparators[i].council);
    return names;
}

} // namespace inspectdesk::fixture
