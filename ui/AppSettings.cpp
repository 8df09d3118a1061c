#include "AppSettings.h"

#include "store/Database.h"

namespace inspectdesk {

namespace {
const int kMaxRecent = 8;
}

QString AppSettings::reviewerName() const
{
    return mSettings.value(QStringLiteral("reviewer/name")).toString();
}
void AppSettings::setReviewerName(const QString &name)
{
    mSettings.setValue(QStringLiteral("reviewer/name"), name.trimmed());
}

QString AppSettings::defaultDatabase() const
{
    const QString path = mSettings.value(QStringLiteral("database/default")).toString();
    return path.isEmpty() ? Database::defaultLocation() : path;
}
void AppSettings::setDefaultDatabase(const QString &path)
{
    mSettings.setValue(QStringLiteral("database/default"), path);
}

void AppSettings::pushRecent(QStringList &list, const QString &entry)
{
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > kMaxRecent)
        list.removeLast();
}

QStringList AppSettings::recentDatabases() const
{
    return mSettings.value(QStringLiteral("database/recent")).toStringList();
}
void AppSettings::addRecentDatabase(const QString &path)
{
    QStringList list = recentDatabases();
    pushRecent(list, path);
    mSettings.setValue(QStringLiteral("database/recent"), list);
}

QStringList AppSettings::recentReports() const
{
    return mSettings.value(QStringLiteral("reports/recent")).toStringList();
}
void AppSettings::addRecentReport(const QString &entry)
{
    QStringList list = recentReports();
    pushRecent(list, entry);
    mSettings.setValue(QStringLiteral("reports/recent"), list);
}

QString AppSettings::language() const
{
    return mSettings.value(QStringLiteral("ui/language")).toString();
}
void AppSettings::setLanguage(const QString &code)
{
    mSettings.setValue(QStringLiteral("ui/language"), code);
}

QByteArray AppSettings::windowGeometry() const
{
    return mSettings.value(QStringLiteral("window/geometry")).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray &g)
{
    mSettings.setValue(QStringLiteral("window/geometry"), g);
}
QByteArray AppSettings::windowState() const
{
    return mSettings.value(QStringLiteral("window/state")).toByteArray();
}
void AppSettings::setWindowState(const QByteArray &s)
{
    mSettings.setValue(QStringLiteral("window/state"), s);
}

} // namespace inspectdesk
