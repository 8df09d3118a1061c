#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

#include "model/ReportKind.h"

namespace inspectdesk {

// A report opened lately, kept as data so its menu label is written in the language of the day.
struct RecentReport
{
    QString database; // Session::displayLocation()
    qint64 id = 0;
    QString council;
    ReportKind kind = ReportKind::Other;
    int year = 0;
};

// Typed access to the user's settings, so keys are spelled in one place.
class AppSettings
{
public:
    QString reviewerName() const;
    void setReviewerName(const QString &name);
    QString defaultDatabase() const; // falls back to Database::defaultLocation()
    void setDefaultDatabase(const QString &path);
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString &path);
    QList<RecentReport> recentReports(const QString &database) const; // newest first
    void addRecentReport(const RecentReport &report);
    QString language() const; // "" = follow the system
    void setLanguage(const QString &code);
    // "My council" (DfE LA code, 0 = none), whom it is compared with ("neighbours", "region",
    // "england", "chosen") and the councils ticked by hand, as the dashboard last had them.
    int myCouncil() const;
    void setMyCouncil(int laCode);
    QString comparators() const;
    void setComparators(const QString &group);
    QStringList chosenCouncils() const;
    void setChosenCouncils(const QStringList &councils);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // The review workspace's splitters as the reviewer last dragged them (QSplitter::saveState):
    // library | document | form, and form over warnings and history.
    QByteArray reviewSplitter() const;
    void setReviewSplitter(const QByteArray &state);
    QByteArray reviewFormSplitter() const;
    void setReviewFormSplitter(const QByteArray &state);
    // The review shortcuts the first-start hint teaches that the reviewer has used ("next",
    // "confirm"): the hint is gone for good once all are.
    QStringList learntShortcuts() const;
    void addLearntShortcut(const QString &name);

private:
    static void pushRecent(QStringList &list, const QString &entry);
    QSettings mSettings;
};

} // namespace inspectdesk
