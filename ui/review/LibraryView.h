#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace inspectdesk {

class FillColumn;
class Session;
class ReportLibraryModel;

// The report library: a filter box over a sortable table of the database's reports.
class LibraryView : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryView(Session &session, QWidget *parent = nullptr);
    void refresh();
    // Re-reads one report's row (its review progressed); false when it is not listed.
    bool updateReport(qint64 reportId);
    void selectReport(qint64 reportId);
    QLineEdit *filterEdit() const { return mFilter; }
    QTableView *table() const { return mTable; }
    ReportLibraryModel *model() const { return mModel; }
    QSortFilterProxyModel *proxy() const { return mProxy; }

signals:
    void reportActivated(qint64 reportId);

private:
    Session &mSession;
    ReportLibraryModel *mModel;
    QSortFilterProxyModel *mProxy;
    QLineEdit *mFilter;
    QTableView *mTable;
    FillColumn *mCouncilColumn;
};

} // namespace inspectdesk
