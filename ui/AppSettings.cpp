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

int AppSettings::myCouncil() const
{
    return mSettings.value(QStringLiteral("dashboard/myCouncil"), 0).toInt();
}
void AppSettings::setMyCouncil(int laCode)
{
    mSettings.setValue(QStringLiteral("dashboard/myCouncil"), laCode);
}
QString AppSettings::comparators() const
{
    return mSettings.value(QStringLiteral("dashboard/comparators")).toString();
}
void AppSettings::setComparators(const QString &group)
{
    mSettings.setValue(QStringLiteral("dashboard/comparators"), group);
}
QStringList AppSettings::chosenCouncils() const
{
    return mSettings.value(QStringLiteral("dashboard/councils")).toStringList();
}
void AppSettings::setChosenCouncils(const QStringList &councils)
{
    mSettings.setValue(QStringLiteral("dashboard/councils"), councils);
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

// Stored as "database|id|kind|year|council": the council last, so a '|' in it survives.
// (A new key: entries of earlier builds under "reports/recent" had other fields.)
QList<RecentReport> AppSettings::recentReports(const QString &database) const
{
    QList<RecentReport> reports;
    for (const QString &entry : mSettings.value(QStringLiteral("reports/recentOpened")).toStringList()) {
        const QStringList parts = entry.split(QLatin1Char('|'));
        if (parts.size() < 5 || parts[0] != database)
            continue; // another database's
        reports.append({parts[0], parts[1].toLongLong(), parts.mid(4).join(QLatin1Char('|')),
                        reportKindFromId(parts[2]), parts[3].toInt()});
    }
    return reports;
}

void AppSettings::addRecentReport(const RecentReport &report)
{
    QStringList list = mSettings.value(QStringLiteral("reports/recentOpened")).toStringList();
    pushRecent(list, QStringList{report.database, QString::number(report.id), reportKindId(report.kind),
                                 QString::number(report.year), report.council}
                         .join(QLatin1Char('|')));
    mSettings.setValue(QStringLiteral("reports/recentOpened"), list);
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

QByteArray AppSettings::reviewSplitter() const
{
    return mSettings.value(QStringLiteral("review/splitter")).toByteArray();
}
void AppSettings::setReviewSplitter(const QByteArray &state)
{
    mSettings.setValue(QStringLiteral("review/splitter"), state);
}
QByteArray AppSettings::reviewFormSplitter() const
{
    return mSettings.value(QStringLiteral("review/formSplitter")).toByteArray();
}
void AppSettings::setReviewFormSplitter(const QByteArray &state)
{
    mSettings.setValue(QStringLiteral("review/formSplitter"), state);
}

QStringList AppSettings::learntShortcuts() const
{
    return mSettings.value(QStringLiteral("review/learntShortcuts")).toStringList();
}
void AppSettings::addLearntShortcut(const QString &name)
{
    QStringList learnt = learntShortcuts();
    if (!learnt.contains(name))
        mSettings.setValue(QStringLiteral("review/learntShortcuts"), learnt << name);
}

} // namespace inspectdesk
