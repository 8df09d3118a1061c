#pragma once

#include "ChartDataset.h"
#include "DataTable.h"

#include <QDate>
#include <QVariant>

#include <optional>

namespace inspectdesk {

class CouncilRegister;

// What the latest judgements table shows besides the dashboard's filter.
struct LatestJudgementsOptions
{
    QString region;      // the register's region; empty = every region
    QString councilType; // the register's council type; empty = every type
    int sortColumn = -1; // -1 = the table's own order (my council, its neighbours, then by name)
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    // My council's neighbours are those of the DfE model in force on this date, each with its
    // latest inspection whatever its year; invalid = today.
    QDate neighboursOn;
    bool operator==(const LatestJudgementsOptions &o) const
    {
        return region == o.region && councilType == o.councilType && sortColumn == o.sortColumn &&
               sortOrder == o.sortOrder && neighboursOn == o.neighboursOn;
    }
};

// Why a council is in the table: my council (ChartFilter::focusLaCode), one of its statistical
// neighbours, or any other council the filter chose.
enum class LatestRowRole { Other, Focus, Neighbour };

// One council's latest graded inspection, with every judgement of it by family.
struct LatestRow
{
    QString council;      // short name, as the charts name it
    QString officialName; // the register's ("Bristol, City of"), else as printed
    int laCode = 0;       // 0 = not resolved against the register
    QString region;
    QString councilType;
    LatestRowRole role = LatestRowRole::Other;
    int neighbourRank = 0; // 1 = most similar
    qint64 reportId = 0;
    QString fileName;
    ReportKind kind = ReportKind::Other;
    int year = 0;                           // assessment year
    QDate published;                        // invalid = not printed
    QDate inspectionEnd;                    // last day of fieldwork; invalid = not printed
    QDate from;                             // the date it counts from (ChartDataset::inForceFrom)
    QList<std::optional<ChartPoint>> cells; // [family column]
    Judgement overall = Judgement::Unknown; // this inspection's overall effectiveness, if graded
    // The overall effectiveness of the graded inspection before it, when both grade it.
    Judgement previousOverall = Judgement::Unknown;
    ReportKind previousKind = ReportKind::Other;
    QDate previousPublished;
    // +1 better than the previous inspection, -1 worse, 0 the same; nullopt = cannot say.
    std::optional<int> change() const;
    // False for a neighbour with no graded inspection in the selection: a row that says so.
    bool hasInspection() const { return reportId != 0; }
    bool inDatabase = true; // without an inspection: whether the database has any report of it
};

// The latest judgements table (what the ADCS summary gives councils): one row per council, its
// latest graded inspection under the main frameworks (countedKinds()), its publication date and
// kind, every judgement of it as a column per family in the framework's words, and the overall
// effectiveness of the inspection before it. The one description behind the screen table, the
// printed page and the export.
class LatestJudgements
{
public:
    // Region and council type are columns (to sort and compare by) as well as filters.
    enum Column { CouncilColumn, RegionColumn, CouncilTypeColumn, KindColumn, PublishedColumn, FirstFamilyColumn };

    // ILACS, SIF, children's services assessments and APA letters: the inspections that grade
    // the whole service. Monitoring and focused visits grade nothing; joint area reviews and
    // safeguarding/LAC inspections grade parts of it, so they never replace one of these.
    static QList<ReportKind> countedKinds();
    static LatestJudgements build(const ChartDataset &data, const LatestJudgementsOptions &options = {});
    // With the filter's group Neighbours, the councils are my council and its neighbours in the
    // model in force on options.neighboursOn (ChartDataset::withNeighboursOn), not those of each
    // inspection's year; a neighbour without a graded inspection is a row that says so.
    static LatestJudgements build(const ChartDataset &data, const LatestJudgementsOptions &options,
                                  const CouncilRegister &councils);

    QList<LatestRow> rows;
    QStringList familyKeys; // the family columns, in canonical order
    QStringList familyLabels;
    QStringList footnotes; // what counts as latest, which judgement a column is, neighbours
    int neighbourYear = 0; // the year whose DfE neighbour model applies (options.neighboursOn)
    LatestJudgementsOptions options;

    bool isEmpty() const { return rows.isEmpty(); }
    int columnCount() const { return FirstFamilyColumn + int(familyKeys.size()) + 2; }
    int previousColumn() const { return FirstFamilyColumn + int(familyKeys.size()); }
    int changeColumn() const { return previousColumn() + 1; }
    bool isGradeColumn(int column) const { return column >= FirstFamilyColumn && column <= previousColumn(); }
    QString header(int column) const;
    QString text(int row, int column) const; // as the screen and the page print it
    // The judgement shown in a family column (nullptr elsewhere or when not graded).
    const ChartPoint *cell(int row, int column) const;
    Judgement judgementAt(int row, int column) const; // family and previous columns
    // Sorting: grades Outstanding first, dates by date, change better first, text for people;
    // a blank cell last.
    bool lessThan(int rowA, int rowB, int column) const;
    // The same description sorted stably by a column (-1 = unchanged), as the screen sorts it.
    LatestJudgements sorted(int column, Qt::SortOrder order) const;
    DataTable table() const;
    static QString noDataMessage(); // why the table is empty

private:
    QVariant sortKey(int row, int column) const;
    QString mSourceLine;
};

QString latestKindLabel(ReportKind kind); // "ILACS", "SIF", "CSA", "APA"

} // namespace inspectdesk
