#include "TableExportDialog.h"

#include "export/TableWriter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace inspectdesk {

QString TableExportDialog::choosePath(QWidget *parent, const QString &caption, const QString &suggestedName)
{
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV, UTF-8 (*.csv)");
    QString selected = xlsx;
    QString path =
        QFileDialog::getSaveFileName(parent, caption, QDir::home().filePath(suggestedName + QStringLiteral(".xlsx")),
                                     xlsx + QStringLiteral(";;") + csv, &selected);
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        path += selected == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    return path;
}

QString TableExportDialog::exportTables(QWidget *parent, const QString &caption, const QString &suggestedName,
                                        const QList<DataTable> &tables)
{
    const QString path = choosePath(parent, caption, suggestedName);
    if (path.isEmpty())
        return {};
    QString error;
    if (!TableWriter::write(path, tables, &error)) {
        QMessageBox::critical(parent, caption, error);
        return {};
    }
    return path;
}

} // namespace inspectdesk
