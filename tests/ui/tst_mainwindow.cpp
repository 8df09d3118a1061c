// The window on first start (seeded with the sample reports) and on a bad database file.
#include "LanguageLoader.h"
#include "MainWindow.h"
#include "Session.h"

#include "ZipEntry.h"
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>

#include <QTest>
#include <QTimer>

using namespace inspectdesk;

namespace {
// The Alt+letter of a text with a mnemonic ("&File" -> "F"), or empty.
QString mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] != QLatin1Char('&'))
            return text[i + 1].toUpper();
        ++i; // "&&" is a literal ampersand
    }
    return QString();
}
} // namespace

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

    void exportsJudgementsAsCsvAndXlsx()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(mDir.filePath(QStringLiteral("csv.sqlite"))));
        QString error;
        // Read and written on a worker: the action is off until it ends.
        QAction *action = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text().startsWith(QStringLiteral("Export &Judgements")))
                action = a;
        QVERIFY(action);
        auto exportTo = [&](const QString &to) {
            QSignalSpy done(&window, &MainWindow::judgementsExported);
            window.exportJudgements(to);
            const bool offMeanwhile = window.isExportingJudgements() && !action->isEnabled();
            if (!done.wait(20000) || !offMeanwhile || !action->isEnabled())
                return error = QStringLiteral("export did not end, or the action was not off meanwhile"), false;
            if (done.first().at(0).toString() != to)
                return error = QStringLiteral("the signal named another path"), false;
            error = done.first().at(2).toString();
            return done.first().at(1).toBool();
        };
        const QString path = mDir.filePath(QStringLiteral("judgements.csv"));
        QVERIFY2(exportTo(path), qPrintable(error));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        // A header and one line per judgement of the four samples (7 + 15 + 33 + 1), each
        // ending with the source line; nothing after them.
        QCOMPARE(lines.size(), 1 + 56);
        QVERIFY(lines.first().startsWith("\xEF\xBB\xBFReport ID,Council,"));
        QVERIFY(lines.first().trimmed().endsWith(",Source"));
        QVERIFY(lines[1].contains("Stockton-on-Tees"));
        QVERIFY(
            lines.last().contains(",Source: Ofsted inspection reports in InspectDesk (56 judgements from 4 reports)"));
        // The same judgements as a workbook, by the suffix.
        const QString xlsx = mDir.filePath(QStringLiteral("judgements.xlsx"));
        QVERIFY2(exportTo(xlsx), qPrintable(error));
        QCOMPARE(inspectdesk::test::xlsxSheetNames(xlsx), QStringList{QStringLiteral("Judgements")});
        // An unwritable path is refused with its reason, and leaves nothing behind.
        for (const char *name : {"no/such/folder/x.csv", "no/such/folder/x.xlsx"}) {
            const QString bad = mDir.filePath(QLatin1String(name));
            QVERIFY(!exportTo(bad));
            QCOMPARE(error, bad + QStringLiteral(": no such folder"));
            QVERIFY(!QFile::exists(bad));
        }
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

    // Alt+letter reaches one control: within each workspace, the menu bar titles, tab titles,
    // buttons, group boxes and labelled fields on screen do not share a letter (Qt does nothing
    // useful with an ambiguous one).
    void altLettersUniqueInEachWorkspace_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("British English") << QStringLiteral("en_GB");
        QTest::newRow("Welsh") << QStringLiteral("cy");
    }
    void altLettersUniqueInEachWorkspace()
    {
        QFETCH(QString, language);
        LanguageLoader::apply(language);
        const auto restore = qScopeGuard([] { LanguageLoader::apply(QStringLiteral("en_GB")); });
        MainWindow window;
        window.resize(1280, 800);
        QVERIFY(window.openDatabase(mDir.filePath(language + QStringLiteral("-mnemonics.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int tab = 0; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            QMultiHash<QString, QString> owners; // letter -> texts
            auto note = [&](const QString &text) {
                const QString letter = mnemonic(text);
                if (!letter.isEmpty())
                    owners.insert(letter, text);
            };
            for (QAction *menu : window.menuBar()->actions())
                if (menu->isVisible())
                    note(menu->text());
            for (QTabBar *bar : window.findChildren<QTabBar *>())
                if (bar->isVisible())
                    for (int i = 0; i < bar->count(); ++i)
                        note(bar->tabText(i));
            for (QAbstractButton *b : window.findChildren<QAbstractButton *>())
                if (b->isVisible())
                    note(b->text());
            for (QGroupBox *g : window.findChildren<QGroupBox *>())
                if (g->isVisible())
                    note(g->title());
            for (QLabel *l : window.findChildren<QLabel *>())
                if (l->isVisible() && l->buddy())
                    note(l->text());
            QStringList clashes;
            for (const QString &letter : owners.uniqueKeys())
                if (owners.count(letter) > 1)
                    clashes << letter + QStringLiteral(": ") +
                                   QStringList(owners.values(letter)).join(QStringLiteral(", "));
            QVERIFY2(clashes.isEmpty(), qPrintable(window.tabs()->tabText(tab) + QStringLiteral(" workspace, Alt+") +
                                                   clashes.join(QStringLiteral("; Alt+"))));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
