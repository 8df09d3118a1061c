#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace inspectdesk {

// A table as people read it: what every view's data table, the grid, the latest judgements
// table and the judgements export hand to the CSV and XLSX writers (one sheet per table).
struct DataTable
{
    QString title;       // the sheet's name and the first line above the table
    QStringList headers; // readable column headings, not stored keys
    QList<QStringList> rows;
    QList<QList<QColor>> fills; // optional, [row][column]: the view's colours (invalid = none)
    QString sourceLine;         // where the data came from and how current and reviewed it is

    int columnCount() const { return int(headers.size()); }
    int rowCount() const { return int(rows.size()); }
};

} // namespace inspectdesk
