// The XLSX half of TableWriter: one sheet per table with libxlsxwriter.
#include "TableWriter.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <xlsxwriter.h>

namespace inspectdesk {

namespace {
constexpr int kCellTextMax = 32767; // Excel's limit for the text of one cell
constexpr int kWidestColumn = 60;   // characters: longer text is cut off on screen, not wrapped

// Plain decimal numbers (years, counts, pages, confidences) are written as numbers so that
// a spreadsheet sorts and sums them; codes with a leading zero stay text.
bool isPlainNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^-?(0|[1-9][0-9]{0,14})(\\.[0-9]+)?$"));
    return number.match(text).hasMatch();
}

int widthOf(const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, int(line.size()));
    return widest;
}

class Sheets
{
public:
    explicit Sheets(lxw_workbook *workbook) : mBook(workbook)
    {
        mTitle = workbook_add_format(mBook);
        format_set_bold(mTitle);
        format_set_font_size(mTitle, 13);
        mHeader = workbook_add_format(mBook);
        format_set_bold(mHeader);
        format_set_bottom(mHeader, LXW_BORDER_THIN);
        format_set_text_wrap(mHeader);
        format_set_align(mHeader, LXW_ALIGN_VERTICAL_TOP);
        mSource = workbook_add_format(mBook);
        format_set_italic(mSource);
    }

    lxw_error add(const QString &name, const DataTable &table)
    {
        lxw_worksheet *sheet = workbook_add_worksheet(mBook, name.toUtf8().constData());
        if (!sheet)
            return LXW_ERROR_PARAMETER_VALIDATION;
        lxw_error err = text(sheet, 0, 0, table.title, mTitle);
        QList<int> widths(table.columnCount(), 6);
        for (int c = 0; c < table.columnCount() && err == LXW_NO_ERROR; ++c) {
            err = text(sheet, 1, c, table.headers[c], mHeader);
            widths[c] = qMax(widths[c], qMin(widthOf(table.headers[c]), 24)); // headers wrap
        }
        worksheet_freeze_panes(sheet, 2, 0); // the title and the header stay in view
        // Printed: landscape, as wide as one page, the title and header on every page.
        worksheet_set_landscape(sheet);
        worksheet_fit_to_pages(sheet, 1, 0);
        if (err == LXW_NO_ERROR)
            err = worksheet_repeat_rows(sheet, 0, 1);
        for (int r = 0; r < table.rowCount() && err == LXW_NO_ERROR; ++r) {
            const QStringList &row = table.rows[r];
            for (int c = 0; c < row.size() && err == LXW_NO_ERROR; ++c) {
                err = cell(sheet, lxw_row_t(r + 2), lxw_col_t(c), row[c], fillOf(table, r, c));
                if (c < widths.size())
                    widths[c] = qMax(widths[c], widthOf(row[c]));
            }
        }
        for (int c = 0; c < widths.size() && err == LXW_NO_ERROR; ++c)
            err = worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), qMin(widths[c], kWidestColumn) + 2, nullptr);
        if (!table.sourceLine.isEmpty()) {
            lxw_row_t row = lxw_row_t(table.rowCount() + 3); // a blank row under the table
            for (const QString &line : table.sourceLine.split(QLatin1Char('\n')))
                if (err == LXW_NO_ERROR)
                    err = text(sheet, row++, 0, line, mSource);
        }
        return err;
    }

private:
    lxw_error text(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const QString &value, lxw_format *format)
    {
        if (value.isEmpty())
            return format ? worksheet_write_blank(sheet, row, col, format) : LXW_NO_ERROR;
        return worksheet_write_string(sheet, row, col, value.left(kCellTextMax).toUtf8().constData(), format);
    }

    lxw_error cell(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const QString &value, lxw_format *format)
    {
        if (isPlainNumber(value))
            return worksheet_write_number(sheet, row, col, value.toDouble(), format);
        return text(sheet, row, col, value, format);
    }

    // One format per fill colour, its text dark or white as the fill needs.
    lxw_format *fillOf(const DataTable &table, int row, int col)
    {
        if (row >= table.fills.size() || col >= table.fills[row].size() || !table.fills[row][col].isValid())
            return nullptr;
        const QColor colour = table.fills[row][col];
        const QRgb key = colour.rgb() & 0xFFFFFF;
        lxw_format *&format = mFills[key];
        if (!format) {
            format = workbook_add_format(mBook);
            format_set_bg_color(format, key);
            format_set_font_color(format, qGray(colour.rgb()) < 128 ? 0xFFFFFF : 0x000000);
        }
        return format;
    }

    lxw_workbook *mBook;
    lxw_format *mTitle;
    lxw_format *mHeader;
    lxw_format *mSource;
    QHash<QRgb, lxw_format *> mFills;
};
} // namespace

bool TableWriter::writeXlsxFile(const QString &fileName, const QList<DataTable> &tables, QString *error)
{
    lxw_workbook *book = workbook_new(QFile::encodeName(fileName).constData());
    if (!book) {
        *error = QString::fromUtf8(lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED));
        return false;
    }
    QStringList titles;
    for (const DataTable &t : tables)
        titles << t.title;
    const QStringList names = sheetNames(titles);
    Sheets sheets(book);
    lxw_error err = LXW_NO_ERROR;
    for (int i = 0; i < tables.size() && err == LXW_NO_ERROR; ++i)
        err = sheets.add(names[i], tables[i]);
    if (tables.isEmpty()) // a workbook needs a sheet
        workbook_add_worksheet(book, nullptr);
    // Closing writes the file, and frees the workbook whatever happened before.
    const lxw_error closed = workbook_close(book);
    if (err == LXW_NO_ERROR)
        err = closed;
    if (err != LXW_NO_ERROR)
        *error = QString::fromUtf8(lxw_strerror(err));
    return err == LXW_NO_ERROR;
}

} // namespace inspectdesk
