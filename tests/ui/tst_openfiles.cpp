// Report PDFs given on the command line, as the file manager's "Open with InspectDesk" does:
// a file already in the database is shown, a new one is imported only after asking.
#include "MainWindow.h"
#include "Session.h"
#include "review/ReviewWorkspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace inspectdesk;

namespace {
const QString kNewFile = QStringLiteral(TEST_DATA_DIR "/archive/pdf/darlington_2018-05-21.pdf");
// Byte for byte one of the sample reports every new database is seeded with.
const QString kSeededFile = QStringLiteral(TEST_DATA_DIR "/corpus/pdf/stockton-on-tees_jar_2008.pdf");

QMessageBox *modalBox()
{
    return qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
}

// The button of box whose text, without its mnemonic, is text.
QAbstractButton *button(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons())
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    return nullptr;
}
} // namespace

class TestOpenFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    int mDatabases = 0;

    // A window on a new database (seeded with the four sample reports), shown.
    std::unique_ptr<MainWindow> newWindow()
    {
        auto window = std::make_unique<MainWindow>();
        const QString path = mDir.filePath(QStringLiteral("open%1.sqlite").arg(++mDatabases));
        if (!window->openDatabase(path))
            return nullptr;
        window->show();
        return window;
    }

    static int reportCount(MainWindow &window) { return int(window.session().store().reports().size()); }

    // Opens paths as main() does and returns the question asked (nullptr when none).
    static QMessageBox *openAndWaitForQuestion(MainWindow &window, const QStringList &paths)
    {
        QSignalSpy checked(&window, &MainWindow::filesChecked);
        window.openFiles(paths);
        if (!checked.wait(10000)) // the files are read and hashed on a worker
            return nullptr;
        QTest::qWait(50);
        return modalBox();
    }

private slots:
    void initTestCase()
    {
        Q_INIT_RESOURCE(resources);
        QCoreApplication::setOrganizationName(QStringLiteral("InspectDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_openfiles"));
        QVERIFY(QFile::exists(kNewFile));
        QVERIFY(QFile::exists(kSeededFile));
    }

    void newFileAsksAndCancelImportsNothing()
    {
        auto window = newWindow();
        QVERIFY(window);
        QCOMPARE(reportCount(*window), 4);
        QSignalSpy finished(window->reviewWorkspace(), &ReviewWorkspace::importFinished);

        QMessageBox *box = openAndWaitForQuestion(*window, {kNewFile});
        QVERIFY2(box, "a new file is not imported without asking");
        QCOMPARE(box->text(), QStringLiteral("Import darlington_2018-05-21.pdf into open1.sqlite?"));
        QAbstractButton *cancel = button(box, QStringLiteral("Cancel"));
        QVERIFY(cancel);
        QVERIFY(button(box, QStringLiteral("Import")));
        cancel->click();
        QTRY_VERIFY(!modalBox());

        QTest::qWait(300); // an import would have started by now
        QCOMPARE(finished.count(), 0);
        QCOMPARE(reportCount(*window), 4);
        QVERIFY(!modalBox()); // Cancel says nothing more
    }

    void importStoresOnceAndOpensIt()
    {
        auto window = newWindow();
        QVERIFY(window);
        QSignalSpy finished(window->reviewWorkspace(), &ReviewWorkspace::importFinished);

        QMessageBox *box = openAndWaitForQuestion(*window, {kNewFile});
        QVERIFY(box);
        button(box, QStringLiteral("Import"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(reportCount(*window), 5);

        const QList<ImportResult> results = finished.first().first().value<QList<ImportResult>>();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().outcome, ImportOutcome::Imported);
        QCOMPARE(window->session().review().id(), results.first().reportId);
        QCOMPARE(window->tabs()->currentWidget(), window->reviewWorkspace());
        if (QMessageBox *summary = modalBox())
            summary->accept();

        // Given again, the same file is now shown without a question and not stored twice.
        window->session().review().load(1);
        QCOMPARE(openAndWaitForQuestion(*window, {kNewFile}), nullptr);
        QCOMPARE(window->session().review().id(), results.first().reportId);
        QCOMPARE(reportCount(*window), 5);
    }

    void knownFileOpensWithoutAsking()
    {
        auto window = newWindow();
        QVERIFY(window);
        QFile file(kSeededFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::optional<qint64> stored = window->session().store().reportIdForFile(file.readAll());
        QVERIFY(stored);
        window->tabs()->setCurrentIndex(1); // the dashboard: opening the file brings the report forward
        window->session().review().load(*stored == 1 ? 2 : 1);

        QCOMPARE(openAndWaitForQuestion(*window, {kSeededFile}), nullptr);
        QCOMPARE(window->session().review().id(), *stored);
        QCOMPARE(window->tabs()->currentWidget(), window->reviewWorkspace());
        QCOMPARE(reportCount(*window), 4);
    }

    void severalNewFilesAskOnceWithTheCount()
    {
        auto window = newWindow();
        QVERIFY(window);
        const QString other = QStringLiteral(TEST_DATA_DIR "/archive/pdf/surrey_2015-06-03.pdf");
        // The known one is opened; only the two new ones are asked about.
        QMessageBox *box = openAndWaitForQuestion(*window, {kNewFile, kSeededFile, other});
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("Import 2 report files into open4.sqlite?"));
        button(box, QStringLiteral("Cancel"))->click();
        QTRY_VERIFY(!modalBox());
        QCOMPARE(reportCount(*window), 4);
    }

    void filesGivenWhileCheckingAreAskedAboutTogether()
    {
        auto window = newWindow();
        QVERIFY(window);
        const QString other = QStringLiteral(TEST_DATA_DIR "/archive/pdf/surrey_2015-06-03.pdf");
        // A second "Open with" before the first files are read and hashed on the worker.
        QSignalSpy checked(window.get(), &MainWindow::filesChecked);
        window->openFiles({kNewFile});
        window->openFiles({other});
        QVERIFY(checked.wait(10000));
        QTest::qWait(50);
        QCOMPARE(checked.count(), 1);
        QMessageBox *box = modalBox();
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("Import 2 report files into open5.sqlite?"));
        button(box, QStringLiteral("Cancel"))->click();
        QTRY_VERIFY(!modalBox());
        QCOMPARE(reportCount(*window), 4);
    }
};

QTEST_MAIN(TestOpenFiles)
#include "tst_openfiles.moc"
