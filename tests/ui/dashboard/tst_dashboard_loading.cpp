// The dashboard reads its judgements on a worker thread: it shows that it is loading, then the
// data; a database opened during a read shows only the new one's judgements; a read that fails
// says why and can be tried again; closing the view while it reads is clean.
#include "../../core/charts/ChartFixture.h"
#include "PostgresScratch.h"
#include "Session.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardView.h"
#include "dashboard/FilterPanel.h"
#include "dashboard/LoadingPanel.h"

#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace inspectdesk;
using namespace inspectdesk::fixture;

namespace {
QSet<QString> councilsOf(const QList<JudgementFact> &facts)
{
    QSet<QString> councils;
    for (const JudgementFact &f : facts)
        councils.insert(f.council);
    return councils;
}
} // namespace

class TestDashboardLoading : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    Session mSession;
    QString mFull;     // the fixture: Northby, Southam and Westmere
    QString mTwo;      // the fixture without Westmere's judgements
    QString mUnstored; // never created

    bool buildDatabase(const QString &path, bool withWestmere)
    {
        QString error;
        if (!mSession.openDatabase(path, &error) || !fixture::build(mSession.database()))
            return false;
        if (withWestmere)
            return true;
        QSqlQuery q(mSession.database().connection());
        return q.exec(QStringLiteral("UPDATE judgements SET removed = 1 WHERE report_id IN (SELECT r.id FROM "
                                     "reports r JOIN councils c ON c.id = r.council_id WHERE c.name = '%1')")
                          .arg(kWestmere));
    }
    static QScrollArea *filterArea(DashboardView &view) { return view.findChild<QScrollArea *>(); }

private slots:
    void initTestCase()
    {
        mFull = mDir.filePath(QStringLiteral("full.sqlite"));
        mTwo = mDir.filePath(QStringLiteral("two.sqlite"));
        QVERIFY(buildDatabase(mTwo, false));
        QVERIFY(buildDatabase(mFull, true));
    }

    void showsLoadingThenTheData()
    {
        QString error;
        QVERIFY2(mSession.openDatabase(mFull, &error), qPrintable(error));
        DashboardView view(mSession);
        QMenu file;
        MainMenus menus;
        menus.file = &file;
        view.setupMenus(menus);
        view.resize(1280, 800);
        view.show();
        // Until the worker hands the judgements over, the panel stands in for the charts.
        QVERIFY(view.isLoading());
        QVERIFY(view.loadingPanel()->isVisible());
        QVERIFY(!view.charts()->isVisible());
        QVERIFY(view.loadingPanel()->text().startsWith(QStringLiteral("Loading judgements…")));
        QVERIFY(view.loadingPanel()->text().contains(QStringLiteral("full.sqlite")));
        QVERIFY(!filterArea(view)->isEnabled());
        QVERIFY(view.facts().isEmpty());
        QVERIFY(!file.actions().isEmpty());
        for (QAction *a : file.actions()) // nothing to print or export yet
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));

        QSignalSpy finished(&view, &DashboardView::loadFinished);
        QVERIFY(finished.wait(5000));
        for (QAction *a : file.actions())
            QVERIFY2(a->isEnabled(), qPrintable(a->text()));
        QVERIFY(!view.isLoading());
        QVERIFY(!view.loadingPanel()->isVisible());
        QVERIFY(view.charts()->isVisible());
        QVERIFY(filterArea(view)->isEnabled());
        QCOMPARE(councilsOf(view.facts()), QSet<QString>({kNorthby, kSoutham, kWestmere}));
        QVERIFY(!view.charts()->showsNoData());
        QCOMPARE(view.facts().size(), mSession.store().judgementFacts().size());
    }

    void reloadKeepsTheChartsWhileReading()
    {
        QString error;
        QVERIFY2(mSession.openDatabase(mFull, &error), qPrintable(error));
        DashboardView view(mSession);
        view.show();
        QTRY_VERIFY(!view.isLoading());
        const qsizetype before = view.facts().size();
        // A review edit: the charts stay while the judgements are read again.
        mSession.notifyReportsChanged(0);
        QVERIFY(view.isLoading());
        QVERIFY(view.charts()->isVisible());
        QVERIFY(filterArea(view)->isEnabled());
        QCOMPARE(view.facts().size(), before);
        QVERIFY(view.findChild<QWidget *>(QStringLiteral("UpdatingNotice"))->isVisible());
        QTRY_VERIFY(!view.isLoading());
        QVERIFY(!view.findChild<QWidget *>(QStringLiteral("UpdatingNotice"))->isVisible());
        QCOMPARE(view.facts().size(), before);
    }

    // The worker builds the charts' dataset for the filter of the moment it started; a filter
    // changed while it read is the one drawn when the judgements arrive.
    void aFilterChangedDuringAReadIsTheOneDrawn()
    {
        QString error;
        QVERIFY2(mSession.openDatabase(mFull, &error), qPrintable(error));
        DashboardView view(mSession);
        view.show();
        QTRY_VERIFY(!view.isLoading());
        ChartFilter every = view.filters()->filter(); // the choice is remembered: start from none
        every.councils.clear();
        every.focusLaCode = 0;
        every.comparators = ComparatorGroup::Chosen;
        view.filters()->setFilter(every);
        QCOMPARE(view.charts()->dataset().councils().size(), 3);
        mSession.notifyReportsChanged(0);
        QVERIFY(view.isLoading());
        ChartFilter southamOnly = every;
        southamOnly.councils = {kSoutham};
        view.filters()->setFilter(southamOnly);
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(view.charts()->dataset().councils(), QStringList{kSoutham});
        QVERIFY(view.charts()->dataset().dataAsOf().isValid());
        view.filters()->setFilter(every); // remembered by the tests after this one
    }

    void anotherDatabaseDuringALoadShowsOnlyTheNewOne()
    {
        QString error;
        QVERIFY2(mSession.openDatabase(mFull, &error), qPrintable(error));
        DashboardView view(mSession);
        view.show();
        QVERIFY(view.isLoading());
        QSignalSpy finished(&view, &DashboardView::loadFinished);
        // Switched before the first read is handed over: its result must never be shown.
        QVERIFY2(mSession.openDatabase(mTwo, &error), qPrintable(error));
        QVERIFY(view.isLoading());
        QVERIFY(view.loadingPanel()->text().contains(QStringLiteral("two.sqlite")));
        QVERIFY(finished.wait(5000));
        QCOMPARE(councilsOf(view.facts()), QSet<QString>({kNorthby, kSoutham}));
        QTest::qWait(300); // time for the superseded read to end and post, were it to be shown
        QCOMPARE(finished.size(), 1);
        QCOMPARE(councilsOf(view.facts()), QSet<QString>({kNorthby, kSoutham}));

        // Switched back while the charts show the other database: none of its judgements stay.
        QVERIFY2(mSession.openDatabase(mFull, &error), qPrintable(error));
        QVERIFY(view.facts().isEmpty());
        QVERIFY(view.charts()->showsNoData());
        QVERIFY(finished.wait(5000));
        QCOMPARE(councilsOf(view.facts()), QSet<QString>({kNorthby, kSoutham, kWestmere}));
    }

    void aFailedReadSaysWhyAndCanBeTriedAgain()
    {
        const QString moved = mDir.filePath(QStringLiteral("moved.sqlite"));
        QString error;
        QVERIFY2(mSession.openDatabase(mFull, &error), qPrintable(error));
        DashboardView view(mSession);
        view.show();
        QTRY_VERIFY(!view.isLoading());
        // The file goes away under the open connection: a new connection cannot read it.
        QVERIFY(QFile::rename(mFull, moved));
        view.reload();
        QTRY_VERIFY(!view.isLoading());
        QFile::rename(moved, mFull);
        QVERIFY(view.loadingPanel()->isVisible());
        QVERIFY(view.loadingPanel()->showsError());
        QVERIFY2(view.loadingPanel()->text().startsWith(QStringLiteral("The judgements could not be read from")),
                 qPrintable(view.loadingPanel()->text()));
        QVERIFY2(view.loadingPanel()->text().contains(QStringLiteral("does not exist")),
                 qPrintable(view.loadingPanel()->text()));
        QVERIFY(view.facts().isEmpty());

        auto *retry = view.loadingPanel()->findChild<QPushButton *>();
        QVERIFY(retry && retry->isVisible());
        retry->click();
        QVERIFY(view.isLoading());
        QVERIFY(!view.loadingPanel()->showsError());
        QTRY_VERIFY(!view.isLoading());
        QVERIFY(view.charts()->isVisible());
        QCOMPARE(councilsOf(view.facts()), QSet<QString>({kNorthby, kSoutham, kWestmere}));
    }

    void readsAPostgresDatabaseOnItsOwnConnection()
    {
        if (!test::PostgresScratch::serverNamed())
            QSKIP("no PostgreSQL server named (INSPECTDESK_TEST_POSTGRES; scripts/test starts one)");
        test::PostgresScratch scratch(QStringLiteral("dashboard_loading"));
        QVERIFY2(!scratch.url().isEmpty(), qPrintable(scratch.error()));
        {
            Session shared;
            QString error;
            QVERIFY2(shared.openDatabase(scratch.url(), &error), qPrintable(error));
            QVERIFY(fixture::build(shared.database()));
            DashboardView view(shared);
            view.show();
            QVERIFY(view.isLoading());
            QSignalSpy finished(&view, &DashboardView::loadFinished);
            QVERIFY(finished.wait(10000));
            QVERIFY2(!view.loadingPanel()->showsError(), qPrintable(view.loadingPanel()->text()));
            QCOMPARE(councilsOf(view.facts()), QSet<QString>({kNorthby, kSoutham, kWestmere}));
            QCOMPARE(view.facts().size(), shared.store().judgementFacts().size());
        } // every connection closed before the scratch database is dropped
    }

    void closingWhileLoadingIsClean()
    {
        QString error;
        QVERIFY2(mSession.openDatabase(mFull, &error), qPrintable(error));
        for (int i = 0; i < 20; ++i) {
            auto view = std::make_unique<DashboardView>(mSession);
            view->show();
            if (i % 2)
                mSession.notifyReportsChanged(0); // a superseded read still running too
            QVERIFY(view->isLoading());
            QTest::qWait(i); // from not yet started to reading
            view.reset();    // waits for the workers; their results are dropped
        }
        QTest::qWait(200); // results posted to the deleted views would arrive now
        // The session's own connection is untouched and usable.
        QVERIFY(!mSession.store().judgementFacts().isEmpty());
    }
};

QTEST_MAIN(TestDashboardLoading)
#include "tst_dashboard_loading.moc"
