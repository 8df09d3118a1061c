// Naming a PostgreSQL database: URLs and libpq keyword strings read strictly, and no
// password ever shown.
#include "store/Database.h"
#include "store/PostgresLocation.h"

#include <QTest>

using namespace inspectdesk;

class TestPostgresLocation : public QObject
{
    Q_OBJECT
private slots:
    void readsUrlWithoutPassword()
    {
        QString error;
        const auto loc = PostgresLocation::parse(QStringLiteral("postgresql://ann@db.example:5433/team"), &error);
        QVERIFY2(loc, qPrintable(error));
        QCOMPARE(loc->host, QStringLiteral("db.example"));
        QCOMPARE(loc->port, 5433);
        QCOMPARE(loc->user, QStringLiteral("ann"));
        QCOMPARE(loc->database, QStringLiteral("team"));
        QVERIFY(!loc->hasPassword);
        QVERIFY(loc->connectOptions.isEmpty());
    }

    void readsPercentEncodedPasswordAndParameters()
    {
        const auto loc = PostgresLocation::parse(
            QStringLiteral("postgres://ann:p%2Fa%23s%3Fs%40w%3Ad@[::1]/team?sslmode=require&connect_timeout=5"),
            nullptr);
        QVERIFY(loc);
        QVERIFY(loc->hasPassword);
        QCOMPARE(loc->password, QStringLiteral("p/a#s?s@w:d"));
        QCOMPARE(loc->host, QStringLiteral("::1"));
        QCOMPARE(loc->port, 5432);
        QCOMPARE(loc->connectOptions, QStringLiteral("sslmode='require';connect_timeout='5'"));
        // A ':' inside the password needs no encoding: the first one ends the user name.
        const auto colon = PostgresLocation::parse(QStringLiteral("postgresql://ann:a:b@h/d"), nullptr);
        QVERIFY(colon);
        QCOMPARE(colon->password, QStringLiteral("a:b"));
    }

    void readsKeywordString()
    {
        QVERIFY(PostgresLocation::isPostgres(QStringLiteral("host=db.example port=5434 dbname=team user=ann")));
        QVERIFY(!PostgresLocation::isPostgres(QStringLiteral("/home/ann/team.sqlite")));
        QVERIFY(!PostgresLocation::isPostgres(QStringLiteral("notes=1.sqlite")));
        const auto loc = PostgresLocation::parse(
            QStringLiteral("host=db.example port=5434 dbname=team user=ann password='it''s' sslmode=verify-full"),
            nullptr);
        QVERIFY(!loc); // '' is not libpq quoting: unreadable, refused
        const auto ok = PostgresLocation::parse(
            QStringLiteral(
                "host=db.example port=5434 dbname='our team' user=ann password='it\\'s x' sslmode=verify-full"),
            nullptr);
        QVERIFY(ok);
        QCOMPARE(ok->host, QStringLiteral("db.example"));
        QCOMPARE(ok->port, 5434);
        QCOMPARE(ok->database, QStringLiteral("our team"));
        QCOMPARE(ok->password, QStringLiteral("it's x"));
        QCOMPARE(ok->connectOptions, QStringLiteral("sslmode='verify-full'"));
        QCOMPARE(PostgresLocation::withoutPassword(
                     QStringLiteral("host=db.example dbname='our team' password='it\\'s x' user=ann")),
                 QStringLiteral("host=db.example dbname='our team' user=ann"));
    }

    void refusesUnencodedPasswordsNamingNoPassword_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("shown");
        QTest::newRow("slash") << "postgresql://ann:se/cret@db.example/team"
                               << "postgresql://ann@db.example/team";
        QTest::newRow("hash") << "postgresql://ann:se#cret@db.example/team"
                              << "postgresql://ann@db.example/team";
        QTest::newRow("question") << "postgresql://ann:se?cret@db.example/team"
                                  << "postgresql://ann@db.example/team";
        QTest::newRow("at") << "postgresql://ann:se@cret@db.example/team"
                            << "postgresql://ann@db.example/team";
        QTest::newRow("bad escape") << "postgresql://ann:se%zzcret@db.example/team"
                                    << "postgresql://ann@db.example/team";
        QTest::newRow("port") << "postgresql://ann@db.example:54x/team"
                              << "postgresql://ann@db.example:54x/team";
        QTest::newRow("unknown parameter") << "postgresql://ann@db.example/team?colour=blue"
                                           << "postgresql://ann@db.example/team?colour=blue";
    }
    void refusesUnencodedPasswordsNamingNoPassword()
    {
        QFETCH(QString, location);
        QFETCH(QString, shown);
        QVERIFY(PostgresLocation::isPostgres(location));
        QString error;
        QVERIFY(!PostgresLocation::parse(location, &error));
        QVERIFY2(error.startsWith(shown + QStringLiteral(": cannot read this PostgreSQL location")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("cret")), qPrintable(error));
        QCOMPARE(Database::displayLocation(location), shown);
        // Database::open refuses it the same way, before any connection is tried.
        Database db;
        QVERIFY(!db.open(location));
        QVERIFY(!db.errorString().contains(QLatin1String("cret")));
        QVERIFY2(db.errorString().contains(QLatin1String("percent-encoded")), qPrintable(db.errorString()));
    }

    void displayDropsPassword()
    {
        QCOMPARE(Database::displayLocation(QStringLiteral("postgresql://ann:s3cret@db.example:5433/team")),
                 QStringLiteral("postgresql://ann@db.example:5433/team"));
        QCOMPARE(Database::displayLocation(QStringLiteral("postgresql://db.example/team")),
                 QStringLiteral("postgresql://db.example/team"));
        QCOMPARE(Database::displayLocation(QStringLiteral("host=h password=s3cret dbname=d")),
                 QStringLiteral("host=h dbname=d"));
    }
};

QTEST_GUILESS_MAIN(TestPostgresLocation)
#include "tst_postgreslocation.moc"
