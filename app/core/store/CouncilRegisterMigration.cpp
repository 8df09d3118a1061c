#include "CouncilRegisterMigration.h"

#include "ReportStore.h"
#include "model/CouncilName.h"
#include "register/ReportCouncil.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace inspectdesk {

namespace {
const QString kMigrationUser = QStringLiteral("InspectDesk migration");

struct OldReport
{
    qint64 id = 0;
    qint64 councilId = 0;
    QString councilName; // what the library showed
    QString printed;
    QDate date;
};

class Migrator
{
public:
    Migrator(QSqlDatabase &db, QString *error) : mDb(db), mError(error) {}

    bool run()
    {
        const CouncilRegister &reg = CouncilRegister::builtIn();
        if (reg.isEmpty())
            return fail(QStringLiteral("the council register is empty"));
        QList<OldReport> reports;
        if (!readReports(&reports) || !readCouncils())
            return false;
        // Old rows get a placeholder name and no key first, so register councils can take their
        // short names; rows still used by unresolved reports get their names and keys back below.
        for (auto it = mOldNames.cbegin(); it != mOldNames.cend(); ++it)
            if (!exec(QStringLiteral("UPDATE councils SET name = ?, identity_key = NULL WHERE id = ?"),
                      {QStringLiteral("\x01migrating %1").arg(it.key()), it.key()}))
                return false;
        QSet<qint64> unresolvedRows;
        for (const OldReport &r : reports) {
            CouncilResolution res = reg.resolve(r.printed, r.date);
            if (!res.isResolved() && r.councilName != r.printed) {
                const CouncilResolution byRowName = reg.resolve(r.councilName, r.date);
                if (byRowName.isResolved())
                    res = byRowName;
            }
            if (!res.isResolved()) {
                unresolvedRows.insert(r.councilId);
                if (!history(r.id, QStringLiteral("council_unresolved"), r.councilName,
                             unresolvedCouncilMessage(r.printed, res, reg)))
                    return false;
                continue;
            }
            const qint64 target = registerRow(reg.byCode(res.laCode));
            if (!target || !exec(QStringLiteral("UPDATE reports SET council_id = ? WHERE id = ?"), {target, r.id}) ||
                !history(r.id, QStringLiteral("council"), r.councilName,
                         QStringLiteral("%1 (LA %2)").arg(reg.byCode(res.laCode)->shortName).arg(res.laCode)))
                return false;
        }
        // Rows left without reports were duplicates (or were never used): nothing refers to them.
        for (auto it = mOldNames.cbegin(); it != mOldNames.cend(); ++it)
            if (!unresolvedRows.contains(it.key()) &&
                !exec(QStringLiteral("DELETE FROM councils WHERE id = ?"), {it.key()}))
                return false;
        return restoreUnresolved(unresolvedRows);
    }

private:
    bool fail(const QString &message)
    {
        *mError = message;
        return false;
    }

    bool exec(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(mDb);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec() || fail(q.lastError().text());
    }

    bool readReports(QList<OldReport> *out)
    {
        QSqlQuery q(mDb);
        if (!q.exec(QStringLiteral("SELECT r.id, r.council_id, c.name, r.council_as_printed, r.published,"
                                   " r.assessment_year FROM reports r JOIN councils c ON c.id = r.council_id"
                                   " ORDER BY r.id")))
            return fail(q.lastError().text());
        while (q.next()) {
            OldReport r{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                        QDate()};
            if (r.printed.isEmpty())
                r.printed = r.councilName;
            r.date = reportCouncilDate(QDate::fromString(q.value(4).toString(), Qt::ISODate), q.value(5).toInt());
            *out << r;
        }
        return true;
    }

    bool readCouncils()
    {
        QSqlQuery q(mDb);
        if (!q.exec(QStringLiteral("SELECT id, name FROM councils ORDER BY id")))
            return fail(q.lastError().text());
        while (q.next())
            mOldNames.insert(q.value(0).toLongLong(), q.value(1).toString());
        return true;
    }

    qint64 registerRow(const RegisterCouncil *council)
    {
        if (const auto it = mRegisterRows.constFind(council->laCode); it != mRegisterRows.cend())
            return *it;
        QSqlQuery q(mDb);
        q.prepare(QStringLiteral("INSERT INTO councils (name, identity_key, la_code) VALUES (?, ?, ?) RETURNING id"));
        q.addBindValue(council->shortName);
        q.addBindValue(registerCouncilKey(council->laCode));
        q.addBindValue(council->laCode);
        if (!q.exec() || !q.next())
            return fail(q.lastError().text()), 0;
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        mRegisterRows.insert(council->laCode, id);
        mShortNames.insert(council->shortName);
        return id;
    }

    // Unresolved rows get their names back (marked when a register council now has the name)
    // and the identity key of today's name rules; rows whose names now share a key are merged.
    bool restoreUnresolved(const QSet<qint64> &rows)
    {
        QHash<QString, qint64> byKey;
        for (auto it = mOldNames.cbegin(); it != mOldNames.cend(); ++it) {
            if (!rows.contains(it.key()))
                continue;
            const QString key = councilIdentityKey(it.value());
            if (const auto kept = byKey.constFind(key); kept != byKey.cend()) {
                if (!mergeInto(it.key(), *kept))
                    return false;
                continue;
            }
            byKey.insert(key, it.key());
            const QString name = mShortNames.contains(it.value()) ? unresolvedCouncilName(it.value()) : it.value();
            if (!exec(QStringLiteral("UPDATE councils SET name = ?, identity_key = ? WHERE id = ?"),
                      {name, key, it.key()}))
                return false;
        }
        return true;
    }

    bool mergeInto(qint64 from, qint64 into)
    {
        QSqlQuery q(mDb);
        q.prepare(QStringLiteral("SELECT id FROM reports WHERE council_id = ?"));
        q.addBindValue(from);
        if (!q.exec())
            return fail(q.lastError().text());
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        q.finish();
        for (qint64 id : ids)
            if (!history(id, QStringLiteral("council"), mOldNames.value(from), mOldNames.value(into)))
                return false;
        return exec(QStringLiteral("UPDATE reports SET council_id = ? WHERE council_id = ?"), {into, from}) &&
               exec(QStringLiteral("DELETE FROM councils WHERE id = ?"), {from});
    }

    bool history(qint64 reportId, const QString &field, const QString &oldValue, const QString &newValue)
    {
        return exec(QStringLiteral("INSERT INTO history (report_id, judgement_id, field, old_value, new_value,"
                                   " changed_by, changed_at) VALUES (?, NULL, ?, ?, ?, ?, ?)"),
                    {reportId, field, oldValue, newValue, kMigrationUser,
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    }

    QSqlDatabase &mDb;
    QString *mError;
    QMap<qint64, QString> mOldNames; // council row id -> name before the migration
    QHash<int, qint64> mRegisterRows;
    QSet<QString> mShortNames;
};

bool resolveCouncilsWithRegister(QSqlDatabase &db, QString *error)
{
    return Migrator(db, error).run();
}
} // namespace

MigrationStep councilRegisterMigration()
{
    MigrationStep step;
    step.sql << QStringLiteral("ALTER TABLE councils ADD COLUMN la_code INTEGER");
    step.code = resolveCouncilsWithRegister;
    step.sqlAfter << QStringLiteral("CREATE UNIQUE INDEX councils_by_la_code ON councils(la_code)");
    return step;
}

} // namespace inspectdesk
