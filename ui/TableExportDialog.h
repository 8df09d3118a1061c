#pragma once

#include "charts/DataTable.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace inspectdesk {

// Asks where to export tables, as an Excel workbook (XLSX) or CSV; shared by File > Export
// Judgements and the dashboard's File > Export Table.
class TableExportDialog
{
    Q_DECLARE_TR_FUNCTIONS(inspectdesk::TableExportDialog)
public:
    // The chosen path with its suffix (.xlsx or .csv, from the chosen type when the name has
    // none), or empty when cancelled.
    static QString choosePath(QWidget *parent, const QString &caption, const QString &suggestedName);
    // Asks, writes and tells: an error dialog naming the file and the reason on failure.
    // Returns the path written, empty when cancelled or failed.
    static QString exportTables(QWidget *parent, const QString &caption, const QString &suggestedName,
                                const QList<DataTable> &tables);
};

} // namespace inspectdesk
