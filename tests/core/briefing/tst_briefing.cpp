// Briefing packs from the fixture database: the latest judgements with change, sources and
// unreviewed notes are exact, and the PDF's pages carry the expected text (read by poppler).
#include "../charts/ChartFixture.h"
#include "briefing/BriefingWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::fixture;

class TestBriefing : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    Database mDb;
    QList<JudgementFact> mFacts;

    BriefingData pack(const QStringList &councils, int from, int to) const
    {
        BriefingOptions o;
        o.councils = councils;
        o.fromYear = from;
        o.toYear = to;
        o.date = QDate(2026, 3, 4);
        return BriefingData::build(mFacts, o);
    }

private slots:
    void initTestCase()
    {
        mDir.setAutoRemove(qEnvironmentVariableIsEmpty("KEEP_TEST_OUTPUT"));
        QVERIFY(mDb.open(mDir.filePath(QStringLiteral("fixture.sqlite"))));
        QVERIFY(fixture::build(mDb));
        mFacts = ReportStore(mDb).judgementFacts();
    }

    void latestJudgementsWithChange()
    {
        const BriefingData b = pack({kNorthby, kSoutham}, 2005, 2012);
        QCOMPARE(b.councils, QStringList({kNorthby, kSoutham}));
        const QList<LatestJudgement> north = b.latest.value(kNorthby);
        QCOMPARE(north.size(), 7);
        QCOMPARE(north[0].key, QStringLiteral("overall_effectiveness"));
        QCOMPARE(north[0].year, 2012);
        QCOMPARE(north[0].latest.judgement, Judgement::Outstanding);
        QCOMPARE(north[0].latest.printed, QStringLiteral("Performs excellently (4)"));
        QCOMPARE(north[0].previousYear, 2011);
        QCOMPARE(north[0].previous->judgement, Judgement::Good);
        QCOMPARE(north[0].change, Change::Improved);
        QCOMPARE(north[1].change, Change::Same); // being healthy 2008 good, 2007 good
        // Capacity: the 2008 letter. The 2010 safeguarding inspection's section grade is no
        // whole-service judgement (vocabulary, "Families").
        QCOMPARE(north[6].year, 2008);
        QCOMPARE(north[6].latest.printed, QStringLiteral("3"));
        QCOMPARE(north[6].previousYear, 2007);
        const QList<LatestJudgement> south = b.latest.value(kSoutham);
        QCOMPARE(south[2].key, QStringLiteral("staying_safe"));
        QCOMPARE(south[2].latest.judgement, Judgement::Inadequate);
        QVERIFY(!south[2].latest.reviewed());
        QCOMPARE(south[2].change, Change::Declined);
        QCOMPARE(b.unreviewedItems.size(), 7);
        QCOMPARE(b.unreviewedItems.first(), kSoutham + QStringLiteral(" — Overall effectiveness, 2008"));
        // Northby: 4 letters and 4 assessments; Southam: 8.
        QCOMPARE(b.sources.size(), 16);
        QCOMPARE(b.sources.first().fileName, QStringLiteral("northby_apa_2005.pdf"));
        QCOMPARE(b.sources.first().pages, QList<int>({2, 3, 4}));
        QCOMPARE(b.sources.last().fileName, QStringLiteral("southam_children_services_assessment_2012.pdf"));
    }

    void yearRangeLimitsChange()
    {
        const BriefingData b = pack({kNorthby, QStringLiteral("Nowhere Council")}, 2009, 2012);
        QCOMPARE(b.councils, QStringList({kNorthby}));
        QCOMPARE(b.missingCouncils, QStringList({QStringLiteral("Nowhere Council")}));
        const QList<LatestJudgement> rows = b.latest.value(kNorthby);
        QCOMPARE(rows.size(), 1); // only overall effectiveness is graded in 2009-12
        QCOMPARE(rows[0].key, QStringLiteral("overall_effectiveness"));
        QCOMPARE(rows[0].previousYear, 2011);
        const QList<LatestJudgement> first = pack({kNorthby}, 2009, 2009).latest.value(kNorthby);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first[0].change, Change::New);
        QVERIFY(!first[0].previous);
        QVERIFY(b.unreviewedItems.isEmpty());
    }

    void pdfPagesCarryTheText()
    {
        const QString path = mDir.filePath(QStringLiteral("pack.pdf"));
        QString error;
        int pages = 0;
        QVERIFY2(BriefingWriter::write(path, pack({kNorthby, kSoutham}, 2005, 2012), &error, &pages),
                 qPrintable(error));
        const QStringList text = pdfPageTexts(path);
        QCOMPARE(text.size(), 6);
        QCOMPARE(pages, 6);
        auto expect = [&](int page, const QString &s) {
            QVERIFY2(text[page].contains(s),
                     qPrintable(QStringLiteral("page %1 lacks '%2': %3").arg(page + 1).arg(s, text[page])));
        };
        expect(0, QStringLiteral("Children's services judgements: briefing pack"));
        expect(0, QStringLiteral("4 March 2026"));
        expect(0, kNorthby);
        expect(0, kSoutham);
        expect(0, QStringLiteral("Assessment years: 2005–2012"));
        expect(0, QStringLiteral("Not yet reviewed: 7 of the"));
        expect(1, kNorthby);
        expect(1, QStringLiteral("Latest judgements and change since the previous assessment"));
        // The latest column in the framework's words: "Performs excellently (4) (2012)".
        expect(1, QStringLiteral("(2012)"));
        expect(1, QStringLiteral("Performs excellently (4)"));
        expect(1, QStringLiteral("Performs well (3)"));
        expect(1, QStringLiteral("(2011)"));
        expect(1, QStringLiteral("improved"));
        expect(1, QStringLiteral("Capacity to improve"));
        expect(1, QStringLiteral("Trends"));
        expect(2, kSoutham);
        expect(2, QStringLiteral("Inadequate (2008) *"));
        expect(2, QStringLiteral("declined"));
        expect(3, QStringLiteral("Trends: all chosen councils"));
        expect(4, QStringLiteral("Comparison of councils, 2008"));
        expect(4, QStringLiteral("Outstanding"));
        expect(5, QStringLiteral("Sources"));
        expect(5, QStringLiteral("northby_apa_2005.pdf"));
        expect(5, QStringLiteral(", published ")); // each source's date said once, with what it is
        QVERIFY(!text[5].contains(QStringLiteral("published published")));
        expect(5, QStringLiteral("southam_children_services_assessment_2012.pdf"));
        expect(5, QStringLiteral("Note on unreviewed data"));
        expect(5, kSoutham + QStringLiteral(" — Staying safe, 2008"));
        for (int i = 0; i < text.size(); ++i)
            expect(i, QStringLiteral("page %1").arg(i + 1));
    }

    // Twenty-two years and every framework: a panel per family with data (none empty), later
    // judgements in their own words, and year labels that do not run together.
    void twentyYearPackAcrossFrameworks()
    {
        Database db;
        QVERIFY(db.open(mDir.filePath(QStringLiteral("later.sqlite"))));
        QVERIFY(fixture::build(db));
        QVERIFY(fixture::addLaterFrameworks(db));
        BriefingOptions o;
        o.councils = {kNorthby, kSoutham};
        o.date = QDate(2026, 3, 4);
        const BriefingData b = BriefingData::build(ReportStore(db).judgementFacts(), o);
        const QList<LatestJudgement> north = b.latest.value(kNorthby);
        QCOMPARE(north[0].key, QStringLiteral("overall_effectiveness"));
        QCOMPARE(north[0].year, 2024);
        QCOMPARE(north[0].previousYear, 2019);
        QCOMPARE(north[0].change, Change::Improved);
        const QString path = mDir.filePath(QStringLiteral("twenty-years.pdf"));
        QString error;
        QVERIFY2(BriefingWriter::write(path, b, &error), qPrintable(error));
        const QStringList text = pdfPageTexts(path);
        QVERIFY(text.size() >= 6);
        for (const QString &page : text)
            QVERIFY2(!page.contains(QStringLiteral("No judgements")), qPrintable(page));
        QVERIFY(text[1].contains(QStringLiteral("Help and protection")));
        QVERIFY(text[1].contains(QStringLiteral("Children in care")));
        QVERIFY(text[1].contains(QStringLiteral("Outstanding (2024)")));
        // Eleven families: the council's trends on a page of their own, after its latest judgements.
        QVERIFY(text[2].startsWith(QStringLiteral("Trends: ") + kNorthby));
        QVERIFY(!text[2].contains(QStringLiteral("20052006")));
        QVERIFY(text[2].contains(QStringLiteral("2005")));
        // Small panels label every fifth year at most: 2006 and 2007 are ticks without text.
        QVERIFY(text[5].startsWith(QStringLiteral("Trends: all chosen councils")));
        QVERIFY(!text[5].contains(QStringLiteral("2006")));

        // Six councils' twenty years, none reviewed: the sources run over pages, each saying
        // what it is; the unreviewed judgements are too many to list, and are counted.
        QList<JudgementFact> many;
        for (JudgementFact f : ReportStore(db).judgementFacts()) {
            f.status = ReviewStatus::Extracted;
            for (int copy = 1; copy <= 6; ++copy) {
                f.council = QStringLiteral("Council %1").arg(copy);
                f.reportId += 1000;
                many << f;
            }
        }
        o.councils.clear();
        for (int copy = 1; copy <= 6; ++copy)
            o.councils << QStringLiteral("Council %1").arg(copy);
        const QString manyPath = mDir.filePath(QStringLiteral("many.pdf"));
        const BriefingData manyData = BriefingData::build(many, o);
        QVERIFY(!manyData.listsUnreviewed());
        QCOMPARE(manyData.unreviewedItems.size(), manyData.judgementCount);
        QVERIFY2(BriefingWriter::write(manyPath, manyData, &error), qPrintable(error));
        const QStringList pages = pdfPageTexts(manyPath);
        const QStringList sources = pages.filter(QStringLiteral(" judgement(s) not yet reviewed"));
        QVERIFY2(sources.size() >= 2, qPrintable(QString::number(sources.size())));
        QVERIFY(sources[0].startsWith(QStringLiteral("Sources Every judgement")));
        for (int i = 1; i < sources.size(); ++i)
            QVERIFY2(sources[i].startsWith(QStringLiteral("Sources (continued) ")), qPrintable(sources[i].left(200)));
        QVERIFY(pages.filter(QStringLiteral("• ")).isEmpty());
        const QString counted =
            QStringLiteral("%1 of the %1 judgements in this pack were read automatically").arg(manyData.judgementCount);
        QVERIFY2(pages.last().contains(counted), qPrintable(pages.last().right(400)));
        QVERIFY(pages.first().contains(QStringLiteral("the sources give their number in each report")));
    }

    void unwritableOrEmptyLeavesNothing()
    {
        QString error;
        const QString bad = mDir.filePath(QStringLiteral("missing/dir/pack.pdf"));
        QVERIFY(!BriefingWriter::write(bad, pack({kNorthby}, 2005, 2012), &error));
        QVERIFY(error.startsWith(QStringLiteral("Cannot write")));
        QVERIFY(!QFile::exists(bad));
        QVERIFY(QDir(mDir.filePath(QStringLiteral("missing"))).isEmpty() ||
                !QDir(mDir.filePath(QStringLiteral("missing"))).exists());
        const QString empty = mDir.filePath(QStringLiteral("empty.pdf"));
        QVERIFY(!BriefingWriter::write(empty, pack({kWestmere}, 2012, 2012), &error));
        QVERIFY(error.contains(QStringLiteral("No judgements")));
        QVERIFY(!QFile::exists(empty));
    }
};

QTEST_MAIN(TestBriefing)
#include "tst_briefing.moc"
