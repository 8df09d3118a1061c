// Opening databases: migrations from empty, and every bad database file refused untouched.
#include "OldSchema.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void migratesFromEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QVERIFY(db.wasCreated());
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        const QStringList tables = db.connection().tables();
        for (const char *t :
             {"councils", "documents", "reports", "judgements", "history", "extraction_warnings", "schema_migrations"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        db.close();
        Database again;
        QVERIFY(again.open(path));
        QVERIFY(!again.wasCreated());
        QCOMPARE(again.schemaVersion(), Database::kSchemaVersion);
    }

    void migratesVersionOneData()
    {
        // A version 1 database with one council under two printed names, as version 1 stored it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        const QString error = test::writeOldSqliteFile(
            path, 1,
            {"INSERT INTO schema_migrations VALUES (1, '2026-01-01T00:00:00Z')",
             "INSERT INTO councils (id, name) VALUES (1, 'Stockton-on-Tees'),"
             " (2, 'Stockton-on-Tees Borough Council'), (3, 'Kent County Council')",
             "INSERT INTO documents VALUES ('a', 1, x'00'), ('b', 1, x'01'), ('c', 1, x'02')",
             "INSERT INTO reports (id, council_id, kind, page_count, document_sha256, file_name,"
             " imported_at, imported_by) VALUES (1, 1, 'jar', 15, 'a', 'jar.pdf', 't', 'u'),"
             " (2, 2, 'apa', 4, 'b', 'apa.pdf', 't', 'u'), (3, 3, 'apa', 4, 'c', 'kent.pdf', 't', 'u')"});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QVERIFY(!db.wasCreated());
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT r.id, r.council_as_printed, c.name FROM reports r"
                                      " JOIN councils c ON c.id = r.council_id ORDER BY r.id")));
        QStringList rows;
        while (q.next())
            rows << QStringLiteral("%1|%2|%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        // Version 2 merged the two forms; version 3 keys councils by LA code, shown by short name.
        QCOMPARE(rows,
                 (QStringList{"1|Stockton-on-Tees|Stockton-on-Tees",
                              "2|Stockton-on-Tees Borough Council|Stockton-on-Tees", "3|Kent County Council|Kent"}));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM councils")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void foreignKeysEnforced()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("fk.sqlite"))));
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO judgements (report_id, section, judgement_key, area,"
                                       " printed, scale, judgement, page, confidence, status)"
                                       " VALUES (999, '', 'k', 'a', '3', 'unknown', '', 0, 0, 'extracted')")));
    }

    void passwordNeverShown()
    {
        QCOMPARE(Database::displayLocation(QStringLiteral("postgresql://ann:s3cret@db.example:5433/team")),
                 QStringLiteral("postgresql://ann@db.example:5433/team"));
        QCOMPARE(Database::displayLocation(QStringLiteral("/tmp/a:b@c.sqlite")), QStringLiteral("/tmp/a:b@c.sqlite"));
        // Nothing listens on port 1: the open fails, and its message names the database
        // without the password.
        Database db;
        QVERIFY(!db.open(QStringLiteral("postgresql://ann:s3cret@127.0.0.1:1/team")));
        QVERIFY2(db.errorString().startsWith(QLatin1String("postgresql://ann@127.0.0.1:1/team: ")),
                 qPrintable(db.errorString()));
        QVERIFY(!db.errorString().contains(QLatin1String("s3cret")));
    }

    void refusesFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("This is a text file, not a database.\n");
        f.close();
        const QByteArray before = fileHash(path);
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QLatin1String("not an SQLite database")), qPrintable(db.errorString()));
        QVERIFY(db.errorString().contains(path));
        QCOMPARE(fileHash(path), before);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (99, 'later')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileHash(path);
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QLatin1String("version 99 is newer")), qPrintable(db.errorString()));
        db.close();
        QCOMPARE(fileHash(path), before);
    }

    void refusesReadOnlyFileForWriting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const QByteArray before = fileHash(path);
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QLatin1String("read-only")), qPrintable(db.errorString()));
        // Reading it is still possible.
        Database reader;
        QVERIFY2(reader.open(path, Database::Mode::ReadOnly), qPrintable(reader.errorString()));
        QCOMPARE(reader.schemaVersion(), Database::kSchemaVersion);
        reader.close();
        QCOMPARE(fileHash(path), before);
    }

    void refusesForeignSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)"));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const QByteArray before = fileHash(path);
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY(db.errorString().contains(QLatin1String("not an InspectDesk database")));
        QCOMPARE(fileHash(path), before);
    }

    void readOnlyModeNeedsExistingFile()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("missing.sqlite")), Database::Mode::ReadOnly));
        QVERIFY(db.errorString().contains(QLatin1String("does not exist")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
