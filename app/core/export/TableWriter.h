#pragma once

#include "charts/DataTable.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

namespace inspectdesk {

enum class TableFormat { Csv, Xlsx };

// Writes data tables as files people open: CSV for any tool (Excel reads its UTF-8 by the
// byte-order mark) and XLSX workbooks with one sheet per table. Both are written to a
// temporary file beside the target and renamed into place only when complete, so a failure
// leaves nothing half-written and an existing file as it was.
//
// CSV is pure data: the table's header row and its rows, every row with as many fields as the
// header; the source line is a last "Source" column repeated on each row (nothing after the
// rows for a reader to take as data). A CSV file of several tables starts each with its title
// on a line of its own and separates them by a blank line; a CSV of one table is one
// rectangular table any CSV reader takes as it is. An XLSX sheet is a document: named after
// its table, the title above the header, the source line under the rows after a blank row; the
// header is bold and frozen, fills colour the cells and the columns are as wide as their text.
class TableWriter
{
public:
    // By the file's suffix: ".xlsx" is XLSX, anything else CSV.
    static TableFormat formatFor(const QString &path);
    // False with "<path>: <reason>" in *error when the file cannot be written.
    static bool write(const QString &path, const QList<DataTable> &tables, QString *error);
    static bool write(const QString &path, const QList<DataTable> &tables, TableFormat format, QString *error);
    // CSV to any device (standard output): the byte-order mark, RFC 4180 quoting, CRLF.
    static bool writeCsv(const QList<DataTable> &tables, QIODevice *out);
    // One field of RFC 4180: quoted when it holds a comma, quote or line break.
    static QString csvField(const QString &value);
    // Valid, distinct sheet names for these titles: at most 31 characters cut after a whole
    // word where possible, none of []:*?/\,
    // no apostrophe at either end, unique whatever their case ("Sheet 1" for an empty title).
    static QStringList sheetNames(const QStringList &titles);

private:
    static bool writeXlsxFile(const QString &fileName, const QList<DataTable> &tables, QString *error);
};

} // namespace inspectdesk
