// The window on first start (seeded with the sample reports) and on a bad database file.
#include "MainWindow.h"
#include "Session.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace inspectdesk;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;

    // Closes the next modal message box, returning its text through *text.
    void closeNextMessageBox(QString *text)
    {
        QTimer::singleShot(200, this, [text] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *text = box->text();
                box->accept();
            }
        });
    }

private slots:
    void initTestCase()
    {
        Q_INIT_RESOURCE(resources);
        QCoreApplication::setOrganizationName(QStringLiteral("InspectDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void firstStartSeedsSampleReports()
    {
        MainWindow window;
        const QString path = mDir.filePath(QStringLiteral("first.sqlite"));
        QVERIFY(window.openDatabase(path));
        const QList<ReportSummary> reports = window.session().store().reports();
        QCOMPARE(reports.size(), 4);
        QStringList kinds;
        for (const ReportSummary &r : reports)
            kinds << reportKindId(r.kind);
        kinds.sort();
        QCOMPARE(kinds, (QStringList{"apa", "children_services_assessment", "jar", "safeguarding_lac_inspection"}));
        QVERIFY(window.windowTitle().contains(QLatin1String("first.sqlite")));
        QCOMPARE(window.tabs()->count(), 2);

        // Opening it again does not seed twice.
        MainWindow second;
        QVERIFY(second.openDatabase(path));
        QCOMPARE(second.session().store().reports().size(), 4);
    }

    void badDatabaseShowsDialogAndKeepsCurrent()
    {
        MainWindow window;
        const QString good = mDir.filePath(QStringLiteral("good.sqlite"));
        QVERIFY(window.openDatabase(good));
        const QString bad = mDir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("garbage that is not SQLite");
        f.close();
        QString message;
        closeNextMessageBox(&message);
        QVERIFY(!window.openDatabase(bad));
        QVERIFY2(message.contains(QLatin1String("not an SQLite database")), qPrintable(message));
        QCOMPARE(window.session().location(), good);
        QCOMPARE(window.session().store().reports().size(), 4);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
