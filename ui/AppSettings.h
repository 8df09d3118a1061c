#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace inspectdesk {

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
    QStringList recentReports() const; // "database|reportId|label"
    void addRecentReport(const QString &entry);
    QString language() const; // "" = follow the system
    void setLanguage(const QString &code);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

private:
    static void pushRecent(QStringList &list, const QString &entry);
    QSettings mSettings;
};

} // namespace inspectdesk
