// `inspectdesk briefing` run as a separate process, offscreen, on a fixture database:
// the PDF's pages contain the expected text; bad input fails with one line and no file.
#include "../core/charts/ChartFixture.h"
#include "CommandRun.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::fixture;

class TestBriefingCli : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    QString mDb;

    test::CommandRun run(const QStringList &args)
    {
        test::CommandOptions options;
        options.timeoutMs = 120000;
        QProcessEnvironment &env = options.env;
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command must pick offscreen itself
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), mDir.filePath(QStringLiteral("config")));
        // As from cron or CI: no runtime dir, and still nothing on stderr but the command's own line.
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        return test::runInspectDesk(QStringList{QStringLiteral("briefing")} + args, options);
    }

private slots:
    void initTestCase()
    {
        mDb = mDir.filePath(QStringLiteral("fixture.sqlite"));
        Database db;
        QVERIFY(db.open(mDb));
        QVERIFY(fixture::build(db));
    }

    void writesThePack()
    {
        const QString out = mDir.filePath(QStringLiteral("pack.pdf"));
        const test::CommandRun r =
            run({QStringLiteral("--council"), kWestmere, QStringLiteral("--council"), QStringLiteral("northby"),
                 QStringLiteral("--from"), QStringLiteral("2006"), QStringLiteral("--to"), QStringLiteral("2011"),
                 QStringLiteral("--out"), out, QStringLiteral("--db"), mDb});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("(6 pages, 2 councils, 0 unreviewed judgements)")), qPrintable(r.out));
        const QStringList pages = pdfPageTexts(out);
        QCOMPARE(pages.size(), 6);
        QVERIFY(pages[0].contains(QStringLiteral("briefing pack")));
        QVERIFY(pages[0].contains(kWestmere));
        QVERIFY(pages[0].contains(kNorthby));
        QVERIFY(!pages[0].contains(kSoutham));
        QVERIFY(pages[0].contains(QStringLiteral("Assessment years: 2006–2011")));
        QVERIFY(pages[0].contains(QStringLiteral("All 46 judgements in this pack have been reviewed")));
        // Councils in the order given: Westmere first.
        QVERIFY(pages[1].startsWith(kWestmere));
        QVERIFY(pages[1].contains(QStringLiteral("(2011)")));
        QVERIFY(pages[1].contains(QStringLiteral("Performs excellently (4)")));
        QVERIFY(pages[2].startsWith(kNorthby));
        QVERIFY2(pages[2].contains(QStringLiteral("adequately (2)")), qPrintable(pages[2]));
        QVERIFY(pages[2].contains(QStringLiteral("▲ improved")));
        QVERIFY(pages[4].contains(QStringLiteral("Comparison of councils, 2008")));
        QVERIFY(pages[5].contains(QStringLiteral("westmere_apa_2006.pdf")));
        QVERIFY(pages[5].contains(QStringLiteral("northby_children_services_assessment_2010.pdf")));
        QVERIFY(!pages[5].contains(QStringLiteral("northby_apa_2005.pdf")));
    }

    void summaryCountsInSingular()
    {
        const QString out = mDir.filePath(QStringLiteral("one.pdf"));
        const test::CommandRun r = run({QStringLiteral("--council"), kWestmere, QStringLiteral("--from"),
                                        QStringLiteral("2006"), QStringLiteral("--to"), QStringLiteral("2011"),
                                        QStringLiteral("--out"), out, QStringLiteral("--db"), mDb});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(" 1 council, ")), qPrintable(r.out));
    }

    void unreviewedJudgementsCountedInEnglishPlurals()
    {
        // Reports just imported: nothing reviewed. The command line has no language chosen, yet
        // says "7 judgements" and "1 judgement", never "judgement(s)".
        const QString db = mDir.filePath(QStringLiteral("imported.sqlite"));
        test::CommandOptions options;
        options.timeoutMs = 120000;
        const test::CommandRun imported =
            test::runInspectDesk({QStringLiteral("import"), QStringLiteral("--db"), db,
                                  test::corpusPdf(QStringLiteral("stockton-on-tees_apa_2008")),
                                  test::corpusPdf(QStringLiteral("stockton-on-tees_cs-assessment_2011"))},
                                 options);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("(7 judgements)")), qPrintable(imported.out));
        QVERIFY2(imported.out.contains(QStringLiteral("(1 judgement)")), qPrintable(imported.out));
        const QString out = mDir.filePath(QStringLiteral("unreviewed.pdf"));
        const test::CommandRun r = run({QStringLiteral("--council"), QStringLiteral("Stockton-on-Tees"),
                                        QStringLiteral("--out"), out, QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfPageTexts(out).join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("— 7 judgements not yet reviewed")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("— 1 judgement not yet reviewed")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("(s)")), qPrintable(text));
    }

    void unwritableOutputFailsCleanly()
    {
        const QString out = mDir.filePath(QStringLiteral("nope/pack.pdf"));
        const test::CommandRun r =
            run({QStringLiteral("--council"), kNorthby, QStringLiteral("--out"), out, QStringLiteral("--db"), mDb});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.err.startsWith(QStringLiteral("inspectdesk: briefing: Cannot write")));
        QVERIFY(!QFile::exists(out));
        QVERIFY(QDir(mDir.path())
                    .entryList({QStringLiteral("*.pdf*")}, QDir::Files)
                    .filter(QStringLiteral("nope"))
                    .isEmpty());
    }

    void badInput()
    {
        const QString out = mDir.filePath(QStringLiteral("bad.pdf"));
        test::CommandRun r = run({QStringLiteral("--council"), QStringLiteral("Atlantis"), QStringLiteral("--out"), out,
                                  QStringLiteral("--db"), mDb});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("no council called 'Atlantis'")));
        r = run({QStringLiteral("--council"), QStringLiteral("council"), QStringLiteral("--out"), out,
                 QStringLiteral("--db"), mDb});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("matches several councils")));
        r = run({QStringLiteral("--council"), kNorthby, QStringLiteral("--from"), QStringLiteral("2012"),
                 QStringLiteral("--to"), QStringLiteral("2009"), QStringLiteral("--out"), out, QStringLiteral("--db"),
                 mDb});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("--council"), kNorthby, QStringLiteral("--db"), mDb});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--out")));
        r = run({QStringLiteral("--council"), kWestmere, QStringLiteral("--from"), QStringLiteral("2012"),
                 QStringLiteral("--out"), out, QStringLiteral("--db"), mDb});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("No judgements")));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestBriefingCli)
#include "tst_briefing_cli.moc"
