// The command line's messages: unknown options and commands answered with usage (never the
// window), help naming the command, the manual page, poppler's output summarised, nothing
// left behind by a read-only command, and PostgreSQL passwords kept out of sight.
#include "CommandRun.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk::test;

namespace {
CommandRun run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    static QTemporaryDir emptyFolder; // a bare word must never name a file here
    CommandOptions options;
    options.env = env;
    options.workingDirectory = emptyFolder.path();
    options.timeoutMs = 30000; // a window would never finish by itself: the timeout fails the test
    return runInspectDesk(args, options);
}

int lines(const QString &text)
{
    return text.trimmed().isEmpty() ? 0 : int(text.trimmed().split(QLatin1Char('\n')).size());
}
} // namespace

class TestCliMessages : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;

private slots:
    void unknownOptionsAndCommandsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("--versio") << QStringList{"--versio"} << "unknown option '--versio'; did you mean --version?";
        QTest::newRow("-x") << QStringList{"-x"} << "unknown option '-x';";
        QTest::newRow("option after a file")
            << QStringList{"report.pdf", "--frobnicate"} << "unknown option '--frobnicate';";
        QTest::newRow("imprt") << QStringList{"imprt", "a.pdf"} << "unknown command 'imprt'; did you mean import?";
        QTest::newRow("lst") << QStringList{"lst"} << "unknown command 'lst'; did you mean list?";
        QTest::newRow("after Qt option") << QStringList{"-style", "fusion", "exprot"}
                                         << "unknown command 'exprot'; did you mean export?";
        QTest::newRow("unrelated") << QStringList{"frobnicate"} << "unknown command 'frobnicate'; usage:";
        QTest::newRow("help of nothing") << QStringList{"help", "imprt"}
                                         << "unknown command 'imprt'; did you mean import?";
    }
    void unknownOptionsAndCommandsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CommandRun r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("inspectdesk: ") + message), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("usage: inspectdesk [COMMAND]")), qPrintable(r.err));
        QCOMPARE(lines(r.err), 1);
        QVERIFY(r.out.isEmpty());
    }

    void commandOptionErrorsNameTheCommand()
    {
        const CommandRun r = run({QStringLiteral("list"), QStringLiteral("--bogus")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QLatin1String("inspectdesk: list: Unknown option 'bogus'.")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Usage: inspectdesk list [options]")), qPrintable(r.err));
        QCOMPARE(lines(r.err), 1);
    }

    void helpNamesTheCommand()
    {
        for (const char *cmd : {"import", "list", "export", "extract", "briefing"}) {
            const CommandRun viaOption = run({QLatin1String(cmd), QStringLiteral("--help")});
            QCOMPARE(viaOption.exitCode, 0);
            QVERIFY2(viaOption.out.startsWith(QStringLiteral("Usage: inspectdesk %1 ").arg(QLatin1String(cmd))),
                     qPrintable(viaOption.out));
            QVERIFY(!viaOption.out.contains(binaryPath()));
            const CommandRun viaHelp = run({QStringLiteral("help"), QLatin1String(cmd)});
            QCOMPARE(viaHelp.exitCode, 0);
            QCOMPARE(viaHelp.out, viaOption.out);
        }
        const CommandRun all = run({QStringLiteral("help")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.startsWith(QLatin1String("Usage: inspectdesk [COMMAND] [OPTIONS]")));
        QCOMPARE(all.out, run({QStringLiteral("--help")}).out);
    }

    void manualPageHoldsEveryCommandsHelp()
    {
        const CommandRun r = run({QStringLiteral("--man")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String(".TH INSPECTDESK 1 ")));
        for (const char *cmd : {"import", "list", "export", "extract", "briefing"}) {
            QVERIFY2(r.out.contains(QStringLiteral(".SS %1\n").arg(QLatin1String(cmd))), cmd);
            const QString help = run({QLatin1String(cmd), QStringLiteral("--help")}).out;
            // Each option line of the command's help is in the page as printed.
            for (const QString &line : help.split(QLatin1Char('\n')))
                if (line.trimmed().startsWith(QLatin1String("--")))
                    QVERIFY2(r.out.contains(line), qPrintable(line));
        }
        QVERIFY(!r.out.contains(binaryPath()));
    }

    void popplerMessagesBecomeOneLine()
    {
        const CommandRun bad =
            run({QStringLiteral("extract"), dataPath(QStringLiteral("bad/garbage_after_header.pdf"))});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(lines(bad.err), 1);
        QVERIFY2(bad.err.contains(QLatin1String("the PDF reader reported")), qPrintable(bad.err));

        // A report whose first stream names a length object that does not exist: poppler
        // repairs it, complaining; the complaint becomes one warning of the report and
        // stderr stays empty.
        QFile in(corpusPdf(QStringLiteral("stockton-on-tees_apa_2008")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        const qsizetype at = bytes.indexOf("/Length 3 0 R");
        QVERIFY(at > 0);
        bytes.replace(at, 13, "/Length 999 0 R");
        const QString damaged = mDir.filePath(QStringLiteral("damaged-xref.pdf"));
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
        out.close();
        const CommandRun repaired = run({QStringLiteral("extract"), damaged});
        QCOMPARE(repaired.exitCode, 0);
        QCOMPARE(repaired.err, QString());
        const QJsonArray warnings =
            QJsonDocument::fromJson(repaired.out.toUtf8()).object().value(QStringLiteral("warnings")).toArray();
        int fromPoppler = 0;
        for (const QJsonValue &w : warnings)
            fromPoppler += w.toObject()
                               .value(QStringLiteral("message"))
                               .toString()
                               .startsWith(QLatin1String("the PDF reader reported"));
        QCOMPARE(fromPoppler, 1);
        QVERIFY2(repaired.out.contains(QLatin1String("problems in this file (first: Error: xref num 999 not found")),
                 qPrintable(repaired.out));
    }

    void readOnlyCommandLeavesNothingBehind()
    {
        const QString missing = mDir.filePath(QStringLiteral("missing/none.sqlite"));
        CommandRun r = run({QStringLiteral("list"), QStringLiteral("--db"), missing});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("database does not exist")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(mDir.filePath(QStringLiteral("missing"))));

        QTemporaryDir folder;
        const QString db = folder.filePath(QStringLiteral("team.sqlite"));
        r = run({QStringLiteral("import"), QStringLiteral("--db"), db,
                 corpusPdf(QStringLiteral("stockton-on-tees_apa_2008"))});
        QCOMPARE(r.exitCode, 0);
        const QStringList before = QDir(folder.path()).entryList(QDir::Files);
        QCOMPARE(before, QStringList{QStringLiteral("team.sqlite")});
        r = run({QStringLiteral("list"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lines(r.out), 2);
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files), before);
    }

    void passwordsStayOutOfSight()
    {
        // Nothing listens on port 1: each run fails to connect, after the checks under test.
        CommandRun r = run({QStringLiteral("list"), QStringLiteral("--db"),
                            QStringLiteral("postgresql://ann:s3cret@127.0.0.1:1/team")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(lines(r.err), 2);
        QVERIFY2(r.err.startsWith(QLatin1String("inspectdesk: warning: the password given in --db can be read by "
                                                "other users")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("postgresql://ann@127.0.0.1:1/team: cannot open database")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("s3cret")));

        r = run({QStringLiteral("list"), QStringLiteral("--db"),
                 QStringLiteral("postgresql://ann:s3/cr#et@127.0.0.1:1/team")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(lines(r.err), 1);
        QVERIFY2(r.err.startsWith(QLatin1String("inspectdesk: postgresql://ann@127.0.0.1:1/team: cannot read this "
                                                "PostgreSQL location")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("s3")) && !r.err.contains(QLatin1String("et@")));

        // Without a password in the location: no warning.
        r = run({QStringLiteral("list"), QStringLiteral("--db"),
                 QStringLiteral("host=127.0.0.1 port=1 dbname=team user=ann"), QStringLiteral("--password-file"),
                 mDir.filePath(QStringLiteral("no-such-file"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("cannot read password file")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliMessages)
#include "tst_cli_messages.moc"
