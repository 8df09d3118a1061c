// Opening databases: migrations from empty, and every bad database file refused untouched.
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
        for (const char *t : {"councils", "documents", "reports", "judgements", "history",
                              "extraction_warnings", "schema_migrations"})
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
