// File > Connect to Team Database on a real PostgreSQL server (scripts/test starts one and
// names it in INSPECTDESK_TEST_POSTGRES): the dialog's fields make the connection, a new shared
// database gets the schema but no sample reports, and the password is never remembered or shown.
// A location that cannot be opened brings the dialog back with the reason.
#include "AppSettings.h"
#include "ConnectDatabaseDialog.h"
#include "MainWindow.h"
#include "Session.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace inspectdesk;

namespace {
const QString kPassword = QStringLiteral("team-s3cret");

// Runs what with the connect dialog once it is shown (the dialog is modal).
void whenDialogShows(std::function<void(ConnectDatabaseDialog *)> what)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, what] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<ConnectDatabaseDialog *>(w); dialog && dialog->isVisible()) {
                timer->stop();
                timer->deleteLater();
                what(dialog);
                return;
            }
    });
    timer->start();
}
} // namespace

class TestConnectDatabase : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    QUrl mServer;      // the test server, as the app role
    QString mDatabase; // a database of this test's own, dropped at the end

    bool adminExec(const QString &sql)
    {
        bool ok = false;
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            admin.setHostName(mServer.host());
            admin.setPort(mServer.port());
            admin.setUserName(QStringLiteral("postgres"));
            admin.setDatabaseName(QStringLiteral("postgres"));
            ok = admin.open() && QSqlQuery(admin).exec(sql);
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        return ok;
    }

private slots:
    void initTestCase()
    {
        const QString server = qEnvironmentVariable("INSPECTDESK_TEST_POSTGRES");
        if (server.isEmpty())
            QSKIP("needs INSPECTDESK_TEST_POSTGRES (scripts/test starts a server)");
        mServer = QUrl(server);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, mDir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("InspectDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connectdatabase"));
        // Its own database: the store tests reset theirs while this runs.
        mDatabase = QStringLiteral("connect_test_%1").arg(QCoreApplication::applicationPid());
        QVERIFY(adminExec(QStringLiteral("CREATE DATABASE %1 OWNER app").arg(mDatabase)));
    }
    void cleanupTestCase()
    {
        if (!mDatabase.isEmpty())
            adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(mDatabase));
    }

    void connectsThroughTheDialog()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(mDir.filePath(QStringLiteral("local.sqlite"))));
        whenDialogShows([this](ConnectDatabaseDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("host"))->setText(mServer.host());
            dialog->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(mServer.port());
            dialog->findChild<QLineEdit *>(QStringLiteral("database"))->setText(mDatabase);
            dialog->findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("app"));
            dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(kPassword);
            dialog->accept();
        });
        QVERIFY(window.connectTeamDatabase());
        QVERIFY(Database::isPostgresLocation(window.session().location()));
        QCOMPARE(QUrl(window.session().location()).path(), QLatin1Char('/') + mDatabase);
        QCOMPARE(window.session().database().schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(window.session().store().reports().size(), 0); // a team database is not seeded

        const QStringList recent = AppSettings().recentDatabases();
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.first(),
                 QStringLiteral("postgresql://app@%1:%2/%3").arg(mServer.host()).arg(mServer.port()).arg(mDatabase));
        QFile settings(QSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(kPassword.toUtf8()));
        QVERIFY(!window.windowTitle().contains(kPassword));
    }

    void unreachableServerBringsTheDialogBackWithTheReason()
    {
        MainWindow window;
        const QString local = mDir.filePath(QStringLiteral("kept.sqlite"));
        QVERIFY(window.openDatabase(local));
        QString problem;
        bool problemShown = false;
        whenDialogShows([&](ConnectDatabaseDialog *dialog) {
            auto *label = dialog->findChild<QLabel *>(QStringLiteral("problem"));
            problemShown = label->isVisibleTo(dialog);
            problem = label->text();
            dialog->reject();
        });
        QVERIFY(!window.openDatabase(QStringLiteral("postgresql://app:%1@127.0.0.1:1/nowhere").arg(kPassword)));
        QVERIFY(problemShown);
        QVERIFY2(problem.contains(QLatin1String("cannot open database")), qPrintable(problem));
        QVERIFY(!problem.contains(kPassword));
        QCOMPARE(window.session().location(), local); // the open database stays open
    }
};

QTEST_MAIN(TestConnectDatabase)
#include "tst_connectdatabase.moc"
