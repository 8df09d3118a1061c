// The chart and briefing drawing in the core library looks its strings up by hand-written
// contexts; this checks that, under Welsh, they really come out translated (a context that
// does not match lupdate's would silently stay English), on screen and in the PDF.
#include "../../core/charts/ChartFixture.h"
#include "LanguageLoader.h"
#include "briefing/BriefingWriter.h"
#include "charts/ChartExport.h"
#include "charts/ChartStyle.h"

#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::fixture;

class TestDashboardWelsh : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    Database mDb;
    QList<JudgementFact> mFacts;

private slots:
    void initTestCase()
    {
        QVERIFY(mDb.open(mDir.filePath(QStringLiteral("fixture.sqlite"))));
        QVERIFY(fixture::build(mDb));
        mFacts = ReportStore(mDb).judgementFacts();
        LanguageLoader::apply(QStringLiteral("cy"));
        QVERIFY(LanguageLoader::translationLoaded());
    }
    void cleanupTestCase() { LanguageLoader::apply(QStringLiteral("en_GB")); }

    void chartStringsAreWelsh()
    {
        const ChartDataset data(mFacts, ChartFilter());
        QCOMPARE(familyLabel(QStringLiteral("being_healthy")), QStringLiteral("Bod yn iach"));
        QVERIFY(ChartPage::sourceLine(data).startsWith(QStringLiteral("Ffynhonnell:")));
        QVERIFY(ChartPage::subtitle(data, {QString(), ChartViewKind::Grid, QString(), 2008})
                    .startsWith(QStringLiteral("Blwyddyn asesu 2008")));
        const ChartPoint *p = data.point(kSoutham, QStringLiteral("staying_safe"), 2008);
        const QString tip = chartstyle::describePoint(*p, kSoutham, QStringLiteral("staying_safe"), 2008);
        QVERIFY2(tip.contains(QStringLiteral("Adroddiad:")) && tip.contains(QStringLiteral("heb ei adolygu eto")),
                 qPrintable(tip));
        QString error;
        QVERIFY(!ChartExport::write(mDir.filePath(QStringLiteral("x.doc")), data, {}, &error));
        QVERIFY(error.startsWith(QStringLiteral("Methu allforio")));
        const QString pdf = mDir.filePath(QStringLiteral("trend.pdf"));
        QVERIFY(ChartExport::write(
            pdf, data, {QStringLiteral("Teitl"), ChartViewKind::Trend, QStringLiteral("overall_effectiveness"), 0},
            &error));
        const QString text = pdfPageTexts(pdf).join(QLatin1Char(' '));
        QVERIFY2(text.contains(QStringLiteral("Marciwr gwag")) && text.contains(QStringLiteral("Rhagorol")),
                 qPrintable(text));
    }

    void briefingPackIsWelsh()
    {
        BriefingOptions o;
        o.councils = {kNorthby, kSoutham};
        QString error;
        const QString pdf = mDir.filePath(QStringLiteral("pecyn.pdf"));
        QVERIFY2(BriefingWriter::write(pdf, BriefingData::build(mFacts, o), &error), qPrintable(error));
        const QStringList pages = pdfPageTexts(pdf);
        QCOMPARE(pages.size(), 6);
        QVERIFY(pages[0].contains(QStringLiteral("Dyfarniadau gwasanaethau plant: pecyn briffio")));
        QVERIFY(pages[0].contains(QStringLiteral("Heb eu hadolygu eto")));
        QVERIFY(pages[1].contains(QStringLiteral("Y dyfarniadau diweddaraf")));
        QVERIFY(pages[1].contains(QStringLiteral("wedi gwella")));
        QVERIFY(pages[5].contains(QStringLiteral("Ffynonellau")));
        QVERIFY(pages[5].contains(QStringLiteral("tudalen 6")));
        QVERIFY(!BriefingWriter::write(mDir.filePath(QStringLiteral("none/x.pdf")), BriefingData::build(mFacts, o),
                                       &error));
        QVERIFY(error.startsWith(QStringLiteral("Methu ysgrifennu")));
    }
};

QTEST_MAIN(TestDashboardWelsh)
#include "tst_dashboard_welsh.moc"
