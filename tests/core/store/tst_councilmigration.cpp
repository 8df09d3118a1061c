// The schema step that keys councils by DfE LA code, run on a database written by the
// previous release (schema version 2) holding duplicated, truncated and ambiguous council
// names: one council each, every report and printed name kept, history for every change.
// On SQLite, and on PostgreSQL when INSPECTDESK_TEST_POSTGRES names a server.
#include "OldSchema.h"
#include "PostgresScratch.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;

namespace {
struct OldReport
{
    const char *printed; // the name the report printed; the council row of version 2 by its key
    const char *published;
    int year;
};

// As version 2 stored them: a council row per identity key of version 2's name rules.
const OldReport kReports[] = {
    {"Leeds City", "2019-01-10", 2018},
    {"Leeds City Council", "2022-03-01", 2022},
    {"Bedford", "2015-05-01", 2015},
    {"Bedford Borough", "2019-06-01", 2019},
    {"Kingston Upon Hull City Council", "2018-02-01", 2018},
    {"Hull", "2022-07-01", 2022},
    {"Medway Children's Services", "2016-09-01", 2016},
    {"Medway", "2019-09-01", 2019},
    {"Wakefield District Metropolitan Council", "2016-04-01", 2016},
    {"Wakefield Metropolitan District Council", "2019-04-01", 2019},
    {"Thames Council", "2018-05-01", 2018}, // Richmond upon Thames, name cut by the reader
    {"Thames Council", "2019-05-01", 2019}, // Kingston upon Thames
    {"Council", "2017-01-01", 2017},        // four councils whose name the reader lost
    {"Council", "2018-01-01", 2018},
    {"Council", "2019-01-01", 2019},
    {"Council", "2020-01-01", 2020},
    {"Northamptonshire", "2016-10-01", 2016},
    {"Bristol City of", "2019-03-01", 2019},
    {"London Borough of Hackney", "2019-12-01", 2019},
    {"Northby Borough Council", nullptr, 2008}, // not an English council
    {"Bedford", "2007-12-01", 2007},            // before Bedford Borough existed
};
constexpr int kReportCount = int(std::size(kReports));

QSqlDatabase rawConnection(const QString &location)
{
    if (location.startsWith(QLatin1String("postgres")))
        return test::addPostgresConnection(location, QStringLiteral("v2"));
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
    raw.setDatabaseName(location);
    return raw;
}

// Writes the version 2 database: the release's own schema steps 1 and 2, then its rows.
bool writeVersionTwo(const QString &location, QString *error)
{
    bool ok = true;
    {
        QSqlDatabase raw = rawConnection(location);
        ok = raw.open();
        QSqlQuery q(raw);
        auto run = [&](const QString &sql) {
            if (ok && !q.exec(sql)) {
                *error = sql + QStringLiteral(": ") + q.lastError().text();
                ok = false;
            }
        };
        if (ok && location.startsWith(QLatin1String("postgres")) && !test::resetPostgres(location))
            *error = QStringLiteral("cannot empty the PostgreSQL test database"), ok = false;
        if (ok) {
            *error = test::writeOldSchema(raw, 2);
            ok = error->isEmpty();
        }
        run(QStringLiteral("INSERT INTO schema_migrations VALUES (1, '2026-01-01T00:00:00Z'),"
                           " (2, '2026-02-01T00:00:00Z')"));
        QHash<QString, int> councilIds;
        for (int i = 0; i < kReportCount; ++i) {
            const QString printed = QString::fromUtf8(kReports[i].printed);
            // Ids come from the database, as the release's store left them (PostgreSQL sequences).
            if (!councilIds.contains(printed)) {
                q.prepare(QStringLiteral("INSERT INTO councils (name, identity_key) VALUES (?, ?) RETURNING id"));
                q.addBindValue(printed);
                q.addBindValue(printed.toLower());
                if (ok && (!q.exec() || !q.next()))
                    *error = q.lastError().text(), ok = false;
                councilIds.insert(printed, q.value(0).toInt());
                q.finish();
            }
            const int id = i + 1;
            run(QStringLiteral("INSERT INTO documents VALUES ('doc%1', 1, '%1')").arg(id));
            q.prepare(QStringLiteral("INSERT INTO reports (council_id, council_as_printed, kind, assessment_year,"
                                     " published, page_count, document_sha256, file_name, imported_at, imported_by)"
                                     " VALUES (?, ?, 'ilacs', ?, ?, 10, ?, ?, '2026-02-01T00:00:00Z', 'ann')"
                                     " RETURNING id"));
            for (const QVariant &v :
                 {QVariant(councilIds.value(printed)), QVariant(printed), QVariant(kReports[i].year),
                  kReports[i].published ? QVariant(QString::fromLatin1(kReports[i].published))
                                        : QVariant(QMetaType::fromType<QString>()),
                  QVariant(QStringLiteral("doc%1").arg(id)), QVariant(QStringLiteral("report%1.pdf").arg(id))})
                q.addBindValue(v);
            if (ok && (!q.exec() || !q.next() || q.value(0).toInt() != id))
                *error = QStringLiteral("report %1 not stored as %1: %2").arg(id).arg(q.lastError().text()), ok = false;
            q.finish();
            run(QStringLiteral("INSERT INTO history (report_id, field, old_value, new_value, changed_by, changed_at)"
                               " VALUES (%1, 'imported', '', 'report%1.pdf', 'ann', '2026-02-01T00:00:00Z')")
                    .arg(id));
        }
        run(QStringLiteral("INSERT INTO judgements (report_id, section, judgement_key, area, printed, scale,"
                           " judgement, page, confidence, status) VALUES (1, '', 'overall_effectiveness',"
                           " 'Overall effectiveness', 'Good', 'words', 'good', 3, 0.9, 'confirmed')"));
        q.finish();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    return ok;
}

QStringList column(QSqlDatabase db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {q.lastError().text()};
    while (q.next())
        out << q.value(0).toString();
    return out;
}
} // namespace

class TestCouncilMigration : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    QString mLocation;

private slots:
    void initTestCase_data() { test::addLocationRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, location);
        static int counter = 0;
        mLocation = location.isEmpty() ? mDir.filePath(QStringLiteral("v2-%1.sqlite").arg(++counter)) : location;
        QString error;
        QVERIFY2(writeVersionTwo(mLocation, &error), qPrintable(error));
    }

    void oneCouncilEachEveryReportKept()
    {
        Database db;
        QVERIFY2(db.open(mLocation), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        // Register councils: one row each under the short name, holding all their reports.
        const QStringList councils = column(
            db.connection(), QStringLiteral("SELECT c.la_code || '|' || c.name || '|' || COUNT(r.id) FROM councils c"
                                            " JOIN reports r ON r.council_id = c.id WHERE c.la_code IS NOT NULL"
                                            " GROUP BY c.la_code, c.name ORDER BY c.la_code"));
        QCOMPARE(councils,
                 (QStringList{"204|Hackney|1", "383|Leeds|2", "384|Wakefield|2", "801|Bristol|1",
                              "810|Kingston upon Hull|2", "822|Bedford|2", "887|Medway|2", "928|Northamptonshire|1"}));
        // Unresolved: left as they were, flagged by la_code NULL; "Bedford" of 2007 gives way to
        // the register's Bedford.
        const QStringList unresolved =
            column(db.connection(), QStringLiteral("SELECT c.name || '|' || COUNT(r.id) FROM councils c"
                                                   " JOIN reports r ON r.council_id = c.id WHERE c.la_code IS NULL"
                                                   " GROUP BY c.name ORDER BY c.name"));
        QCOMPARE(unresolved,
                 (QStringList{"Bedford (unresolved)|1", "Council|4", "Northby Borough Council|1", "Thames Council|2"}));
        QCOMPARE(column(db.connection(), QStringLiteral("SELECT COUNT(*) FROM councils")), QStringList{"12"});
        // Nothing lost: every report with the name it printed, its judgement and history.
        QStringList printed;
        for (const OldReport &r : kReports)
            printed << QString::fromUtf8(r.printed);
        QCOMPARE(column(db.connection(), QStringLiteral("SELECT council_as_printed FROM reports ORDER BY id")),
                 printed);
        QCOMPARE(column(db.connection(), QStringLiteral("SELECT COUNT(*) FROM judgements")), QStringList{"1"});
        QCOMPARE(column(db.connection(), QStringLiteral("SELECT COUNT(*) FROM history WHERE field = 'imported'")),
                 QStringList{QString::number(kReportCount)});
    }

    void historyForEveryChange()
    {
        Database db;
        QVERIFY2(db.open(mLocation), qPrintable(db.errorString()));
        ReportStore store(db);
        int migrationRows = 0;
        for (int id = 1; id <= kReportCount; ++id) {
            QList<HistoryEntry> rows;
            for (const HistoryEntry &h : store.history(id))
                if (h.changedBy == QLatin1String("InspectDesk migration"))
                    rows << h;
            QCOMPARE(rows.size(), 1);
            ++migrationRows;
        }
        QCOMPARE(migrationRows, kReportCount);
        const QList<HistoryEntry> leeds = store.history(1);
        const auto migrated = [](const QList<HistoryEntry> &rows) {
            for (const HistoryEntry &h : rows)
                if (h.changedBy == QLatin1String("InspectDesk migration"))
                    return h;
            return HistoryEntry();
        };
        QCOMPARE(migrated(leeds).field, QStringLiteral("council"));
        QCOMPARE(migrated(leeds).oldValue, QStringLiteral("Leeds City"));
        QCOMPARE(migrated(leeds).newValue, QStringLiteral("Leeds (LA 383)"));
        const HistoryEntry thames = migrated(store.history(11));
        QCOMPARE(thames.field, QStringLiteral("council_unresolved"));
        QVERIFY2(thames.newValue.contains(QStringLiteral("Kingston upon Thames (314)")) &&
                     thames.newValue.contains(QStringLiteral("Richmond upon Thames (318)")),
                 qPrintable(thames.newValue));
    }

    void storeWorksOnTheMigratedDatabase()
    {
        Database db;
        QVERIFY2(db.open(mLocation), qPrintable(db.errorString()));
        ReportStore store(db);
        int leeds = 0;
        for (const ReportSummary &r : store.reports()) {
            if (r.id == 1 || r.id == 2) {
                QCOMPARE(r.council, QStringLiteral("Leeds"));
                QCOMPARE(r.laCode, 383);
                ++leeds;
            }
            if (r.id == 11)
                QCOMPARE(r.laCode, 0);
        }
        QCOMPARE(leeds, 2);
        // A new report of Leeds joins the same council; an unresolved "Bedford" joins its row.
        ExtractedReport report;
        report.council = QStringLiteral("Leeds City Council");
        report.laCode = 383;
        report.pageCount = 1;
        QCOMPARE(
            store.importReport("%PDF-new leeds", QStringLiteral("leeds.pdf"), report, QStringLiteral("ann")).outcome,
            ImportOutcome::Imported);
        report.council = QStringLiteral("Bedford");
        report.laCode = 0;
        const ImportResult bedford =
            store.importReport("%PDF-new bedford", QStringLiteral("bedford.pdf"), report, QStringLiteral("ann"));
        QCOMPARE(bedford.outcome, ImportOutcome::Imported);
        QVERIFY(bedford.message.contains(QStringLiteral("unresolved")));
        QCOMPARE(column(db.connection(),
                        QStringLiteral("SELECT COUNT(*) FROM reports r JOIN councils c ON c.id = r.council_id"
                                       " WHERE c.la_code = 383")),
                 QStringList{"3"});
        QCOMPARE(column(db.connection(),
                        QStringLiteral("SELECT COUNT(*) FROM reports r JOIN councils c ON c.id = r.council_id"
                                       " WHERE c.name = 'Bedford (unresolved)'")),
                 QStringList{"2"});
        QCOMPARE(column(db.connection(), QStringLiteral("SELECT COUNT(*) FROM councils")), QStringList{"12"});
    }

    void reviewerChoosesTheCouncil()
    {
        Database db;
        QVERIFY2(db.open(mLocation), qPrintable(db.errorString()));
        ReportStore store(db);
        const int revision = store.reportRevision(11);
        QCOMPARE(store.setReportCouncil(11, revision, 999, QStringLiteral("ann")), -1);
        QVERIFY(store.lastError().contains(QStringLiteral("999")));
        const int chosen = store.setReportCouncil(11, revision, 318, QStringLiteral("ann"));
        QCOMPARE(chosen, revision + 1);
        const auto councilOf = [&](qint64 id) {
            for (const ReportSummary &r : store.reports())
                if (r.id == id)
                    return QStringLiteral("%1|%2").arg(r.council).arg(r.laCode);
            return QString();
        };
        QCOMPARE(councilOf(11), QStringLiteral("Richmond upon Thames|318"));
        QCOMPARE(councilOf(12), QStringLiteral("Thames Council|0"));
        QCOMPARE(store.report(11)->content.council, QStringLiteral("Thames Council")); // as printed
        const HistoryEntry last = store.history(11).last();
        QCOMPARE(last.field, QStringLiteral("council"));
        QCOMPARE(last.oldValue, QStringLiteral("Thames Council"));
        QCOMPARE(last.newValue, QStringLiteral("Richmond upon Thames (LA 318)"));
        QCOMPARE(last.changedBy, QStringLiteral("ann"));
        // Undo: back to unresolved under its printed name; a stale revision is refused.
        QCOMPARE(store.setReportCouncil(11, revision, 0, QStringLiteral("ann")), -1);
        QVERIFY(store.lastWasConflict());
        QCOMPARE(store.setReportCouncil(11, chosen, 0, QStringLiteral("ann")), chosen + 1);
        QCOMPARE(councilOf(11), QStringLiteral("Thames Council|0"));
    }
};

QTEST_GUILESS_MAIN(TestCouncilMigration)
#include "tst_councilmigration.moc"
