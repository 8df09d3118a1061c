// The dashboard on the bundled sample reports: the joint area review prints no assessment year,
// so it cannot be charted; the dashboard says so and its link opens that report for review.
#include "../review/ReviewFixture.h"

#include "LanguageLoader.h"
#include "dashboard/DashboardView.h"

#include <QLabel>
#include <QTabWidget>

using namespace inspectdesk;

class TestDashboardSamples : public QObject
{
    Q_OBJECT
    test::ReviewFixture mFixture;

private slots:
    void initTestCase()
    {
        QVERIFY(mFixture.init());
        LanguageLoader::apply(QStringLiteral("en_GB")); // English plural forms, as the app loads them
    }
    void cleanup() { mFixture.closeWindow(); }

    void undatedReportIsNamedAndOpens()
    {
        MainWindow *window = mFixture.openWindow(QStringLiteral("undated"));
        window->tabs()->setCurrentWidget(window->dashboard());
        QTRY_VERIFY(!window->dashboard()->isLoading()); // read on a worker thread
        auto *notice = window->dashboard()->findChild<QLabel *>(QStringLiteral("UndatedNotice"));
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().startsWith(QLatin1String("1 report without an assessment year")),
                 qPrintable(notice->text()));
        const qint64 jar = mFixture.reportId(QStringLiteral("stockton-on-tees_jar_2008.pdf"));
        QVERIFY(jar > 0);
        QVERIFY(notice->text().contains(QStringLiteral("href=\"%1\"").arg(jar)));

        emit notice->linkActivated(QString::number(jar));
        QCOMPARE(window->tabs()->currentWidget(), window->reviewWorkspace());
        QCOMPARE(window->reviewWorkspace()->currentReportId(), jar);
    }

    void datedReportsLeaveNoNotice()
    {
        // Once the reviewer gives the joint area review a year, nothing is left out.
        MainWindow *window = mFixture.openWindow(QStringLiteral("dated"));
        const qint64 jar = mFixture.reportId(QStringLiteral("stockton-on-tees_jar_2008.pdf"));
        ReportStore &store = window->session().store();
        const StoredReport report = *store.report(jar);
        const ReportFields before{report.content.council, report.content.kind, report.content.assessmentYear,
                                  report.content.published};
        ReportFields after = before;
        after.assessmentYear = 2008;
        QVERIFY(store.updateReportFields(jar, report.revision, before, after, QStringLiteral("t")) > 0);
        window->session().notifyReportsChanged(jar);
        window->tabs()->setCurrentWidget(window->dashboard());
        QTRY_VERIFY(!window->dashboard()->isLoading()); // read on a worker thread
        auto *notice = window->dashboard()->findChild<QLabel *>(QStringLiteral("UndatedNotice"));
        QVERIFY(notice);
        QVERIFY(!notice->isVisible());
    }
};

QTEST_MAIN(TestDashboardSamples)
#include "tst_dashboard_samples.moc"
