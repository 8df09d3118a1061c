// `inspectdesk councils` and the --council option run as separate processes on a database of
// real council names: register councils with their reports, unknown names answered with the
// nearest councils.
#include "CommandRun.h"
#include "TestData.h"

#include "register/ReportCouncil.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;

class TestCouncilsCli : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    QString mDb;

    test::CommandRun run(const QStringList &args)
    {
        test::CommandOptions options;
        options.timeoutMs = 120000;
        options.env.insert(QStringLiteral("XDG_CONFIG_HOME"), mDir.filePath(QStringLiteral("config")));
        return test::runInspectDesk(args + QStringList{QStringLiteral("--db"), mDb}, options);
    }

private slots:
    void initTestCase()
    {
        mDb = mDir.filePath(QStringLiteral("councils.sqlite"));
        Database db;
        QVERIFY(db.open(mDb));
        ReportStore store(db);
        const std::pair<const char *, int> printed[] = {{"Leeds City Council", 2019},
                                                        {"Leeds City", 2022},
                                                        {"London Borough of Hackney", 2018},
                                                        {"Thames Council", 2019}};
        int n = 0;
        for (const auto &[name, year] : printed) {
            ExtractedReport r;
            r.council = QString::fromLatin1(name);
            r.kind = ReportKind::Ilacs;
            r.assessmentYear = year;
            r.published = QDate(year, 6, 1);
            r.pageCount = 1;
            JudgementRecord j;
            j.key = QStringLiteral("overall_effectiveness");
            j.area = QStringLiteral("Overall effectiveness");
            j.printed = QStringLiteral("Good");
            j.scale = Scale::Words;
            j.judgement = Judgement::Good;
            j.page = 1;
            j.confidence = 1;
            r.judgements << j;
            resolveReportCouncil(r);
            const QByteArray bytes = QByteArrayLiteral("%PDF-") + QByteArray::number(++n);
            QCOMPARE(store.importReport(bytes, QStringLiteral("r%1.pdf").arg(n), r, QStringLiteral("ann")).outcome,
                     ImportOutcome::Imported);
        }
    }

    void listsTheRegister()
    {
        const test::CommandRun r = run({QStringLiteral("councils")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("la_code\tcouncil\tregion\ttype\tended\treports"));
        // 153 current councils, 7 former ones, then the unresolved name.
        QCOMPARE(lines.size(), 1 + 160 + 1);
        QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("\t-\t\\d+$"))).size(), 153 + 1);
        QVERIFY(lines.contains(QStringLiteral("383\tLeeds\tYorkshire and the Humber\tMetropolitan District\t-\t2")));
        QVERIFY(lines.contains(QStringLiteral("204\tHackney\tLondon\tLondon Borough\t-\t1")));
        QVERIFY(lines.contains(QStringLiteral("928\tNorthamptonshire\tEast Midlands\tCounty\t2021-03-31\t0")));
        QVERIFY(lines.contains(QStringLiteral("820\tBedfordshire\tEast of England\tCounty\t2009-03-31\t0")));
        QCOMPARE(lines.last(), QStringLiteral("-\tThames Council\t-\t-\t-\t1"));
    }

    void listsOneRegion()
    {
        test::CommandRun r =
            run({QStringLiteral("councils"), QStringLiteral("--region"), QStringLiteral("north east")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 12);
        QVERIFY(lines.contains(QStringLiteral("808\tStockton-on-Tees\tNorth East\tUnitary Authority\t-\t0")));
        r = run({QStringLiteral("councils"), QStringLiteral("--region"), QStringLiteral("Atlantis")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith(QStringLiteral("inspectdesk: councils: no region called 'Atlantis'")));
    }

    void councilOptionTakesCodesAndNameForms()
    {
        const QString out = mDir.filePath(QStringLiteral("leeds.pdf"));
        test::CommandRun r =
            run({QStringLiteral("briefing"), QStringLiteral("--council"), QStringLiteral("383"),
                 QStringLiteral("--council"), QStringLiteral("Leeds City"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(" 1 council, ")), qPrintable(r.out));
        r = run({QStringLiteral("briefing"), QStringLiteral("--council"), QStringLiteral("London Borough of Hackney"),
                 QStringLiteral("--council"), QStringLiteral("LEEDS"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(" 2 councils, ")), qPrintable(r.out));
    }

    void unknownCouncilGetsTheNearest()
    {
        const QString out = mDir.filePath(QStringLiteral("none.pdf"));
        test::CommandRun r = run({QStringLiteral("briefing"), QStringLiteral("--council"), QStringLiteral("Hackny"),
                                  QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("inspectdesk: briefing: no council called 'Hackny'; did you mean Hackney?\n"));
        r = run({QStringLiteral("briefing"), QStringLiteral("--council"), QStringLiteral("999"),
                 QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("no council with LA code 999")));
        r = run({QStringLiteral("briefing"), QStringLiteral("--council"), QStringLiteral("Dorset County Council"),
                 QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("could be Dorset (838) or Dorset County (835)")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCouncilsCli)
#include "tst_councils_cli.moc"
