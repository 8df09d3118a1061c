// Many clients opening one database at the same moment: eight inspectdesk processes start
// together on a new database and on one of an older schema, on SQLite and (when
// INSPECTDESK_TEST_POSTGRES names a server) PostgreSQL. Every one must succeed: the schema
// is created or upgraded once, under the database-wide lock, and each file stored once.
// SQLite runs several rounds: one client in a few dozen used to be refused "database is
// locked" while switching an old file to WAL.
#include "PostgresScratch.h"
#include "TestData.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PostgresLocation.h"
#include "store/ReportStore.h"
#include "store/SqlDialect.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

using namespace inspectdesk;
using namespace inspectdesk::test;

namespace {
const char *const kReports[] = {"corpus/pdf/stockton-on-tees_apa_2008.pdf",
                                "corpus/pdf/stockton-on-tees_cs-assessment_2011.pdf",
                                "corpus/pdf/stockton-on-tees_jar_2008.pdf",
                                "corpus/pdf/stockton-on-tees_safeguarding-lac_2010.pdf",
                                "archive/pdf/barking-and-dagenham_2023-09-04.pdf",
                                "archive/pdf/cheshire-east_2015-09-15.pdf",
                                "archive/pdf/doncaster_2022-04-08.pdf",
                                "archive/pdf/hillingdon_2014-02-11.pdf"};

// Writes the schema as version 1 of InspectDesk left it (the first migration only).
bool writeVersionOne(const QString &location, QString *error)
{
    const QString name = QStringLiteral("v1-writer");
    bool ok = false;
    {
        QSqlDatabase raw;
        if (Database::isPostgresLocation(location)) {
            const auto pg = PostgresLocation::parse(location, error);
            if (!pg)
                return false;
            raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            raw.setHostName(pg->host);
            raw.setPort(pg->port);
            raw.setUserName(pg->user);
            raw.setPassword(pg->password);
            raw.setDatabaseName(pg->database);
        } else {
            raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(location);
        }
        ok = raw.open();
        QSqlQuery q(raw);
        QStringList sql{QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY,"
                                       " applied_at VARCHAR(32) NOT NULL)")};
        sql << schemaMigrations(SqlDialect::forDatabase(raw)).first().sql
            << QStringLiteral("INSERT INTO schema_migrations VALUES (1, '2026-01-01T00:00:00Z')");
        for (const QString &s : sql) {
            if (!ok)
                break;
            ok = q.exec(s);
            if (!ok)
                *error = q.lastError().text();
        }
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

class TestConcurrentOpen : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    std::unique_ptr<PostgresScratch> mPostgres;

    // The location to hand to the processes, with the password (if any) moved to
    // PGPASSWORD, as the README tells users to do.
    QString location(const QString &engine, const QString &name, QString *password)
    {
        if (engine == QLatin1String("sqlite"))
            return mDir.filePath(name + QStringLiteral(".sqlite"));
        mPostgres = std::make_unique<PostgresScratch>(name);
        if (mPostgres->url().isEmpty())
            return {};
        QUrl url(mPostgres->url());
        *password = url.password();
        url.setPassword(QString());
        return url.toString(QUrl::FullyEncoded);
    }

private slots:
    void cleanup() { mPostgres.reset(); }

    void eightClientsOpenAtOnce_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<bool>("oldSchema");
        QTest::newRow("sqlite new") << "sqlite" << false;
        QTest::newRow("sqlite version 1") << "sqlite" << true;
        QTest::newRow("postgresql new") << "postgresql" << false;
        QTest::newRow("postgresql version 1") << "postgresql" << true;
    }
    void eightClientsOpenAtOnce()
    {
        QFETCH(QString, engine);
        QFETCH(bool, oldSchema);
        if (engine == QLatin1String("postgresql") && !PostgresScratch::serverNamed())
            QSKIP("needs INSPECTDESK_TEST_POSTGRES (scripts/test starts a server)");
        const int rounds = engine == QLatin1String("sqlite") ? 6 : 1;
        for (int round = 0; round < rounds; ++round) {
            const QString name = (oldSchema ? QStringLiteral("old") : QStringLiteral("new")) + QString::number(round);
            openAtOnce(engine, name, oldSchema);
            if (QTest::currentTestFailed())
                return;
        }
    }

private:
    void openAtOnce(const QString &engine, const QString &name, bool oldSchema)
    {
        QString password;
        const QString where = location(engine, name, &password);
        QVERIFY2(!where.isEmpty(), qPrintable(mPostgres ? mPostgres->error() : QString()));
        const QString withPassword = [&] {
            QUrl u(where);
            u.setPassword(password);
            return password.isEmpty() ? where : u.toString(QUrl::FullyEncoded);
        }();
        if (oldSchema) {
            QString error;
            QVERIFY2(writeVersionOne(withPassword, &error), qPrintable(error));
        }

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!password.isEmpty())
            env.insert(QStringLiteral("PGPASSWORD"), password);
        std::vector<std::unique_ptr<QProcess>> clients;
        for (const char *report : kReports) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(env);
            p->start(binaryPath(),
                     {QStringLiteral("import"), QStringLiteral("--db"), where, dataPath(QLatin1String(report))});
            clients.push_back(std::move(p));
        }
        // Every client waited for before any verdict, so none outlives the test.
        QStringList failures;
        for (auto &p : clients) {
            const bool finished = p->waitForFinished(120000);
            const QString err = QString::fromUtf8(p->readAllStandardError());
            if (!finished || p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0 || !err.isEmpty())
                failures << QStringLiteral("%1 (exit %2): %3").arg(p->arguments().last()).arg(p->exitCode()).arg(err);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(name + QStringLiteral(": ") + failures.join(u'\n')));

        Database db;
        QVERIFY2(db.open(withPassword), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::kSchemaVersion);
        ReportStore store(db);
        QCOMPARE(store.reports().size(), int(std::size(kReports)));
    }
};

QTEST_GUILESS_MAIN(TestConcurrentOpen)
#include "tst_concurrent_open.moc"
