// The command line as a user runs it: the real binary, exit codes and one-line messages.
#include "../core/readers/PdfBuilder.h"
#include "CommandRun.h"
#include "TestData.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk::test;

namespace {
CommandRun run(const QStringList &args)
{
    static QTemporaryDir emptyFolder; // a bare word must never name a file here
    CommandOptions options;
    options.workingDirectory = emptyFolder.path();
    return runInspectDesk(args, options);
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

int errLines(const CommandRun &r)
{
    return int(r.err.trimmed().split(QLatin1Char('\n')).size());
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    QString db(const QString &name) { return mDir.filePath(name); }

private slots:
    void helpAndVersion()
    {
        CommandRun r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *cmd : {"import", "list", "export", "extract"})
            QVERIFY2(r.out.contains(QLatin1String(cmd)), cmd);
        r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("InspectDesk ")));
        for (const char *cmd : {"import", "list", "export", "extract"}) {
            r = run({QLatin1String(cmd), QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(QLatin1String("Usage:")), cmd);
        }
    }

    void usageErrors()
    {
        CommandRun r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("unknown command 'frobnicate'")));
        QCOMPARE(errLines(r), 1);
        r = run({QStringLiteral("import"), QStringLiteral("--db"), db(QStringLiteral("u.sqlite"))});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("export"), QStringLiteral("--db"), db(QStringLiteral("u.sqlite"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--csv")));
        r = run({QStringLiteral("list"), QStringLiteral("--bogus")});
        QCOMPARE(r.exitCode, 2);
    }

    void importListExportRoundTrip()
    {
        const QString path = db(QStringLiteral("main.sqlite"));
        CommandRun r = run({QStringLiteral("import"), QStringLiteral("--db"), path,
                            corpusPdf(QStringLiteral("stockton-on-tees_apa_2008")),
                            corpusPdf(QStringLiteral("stockton-on-tees_cs-assessment_2011"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("imported as report 1")));

        r = run({QStringLiteral("list"), QStringLiteral("--db"), path});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3); // header + two reports
        QVERIFY(r.out.contains(QLatin1String("Stockton-on-Tees\tapa\t2008\t2008-12-17")));
        QVERIFY(r.out.contains(QLatin1String("children_services_assessment\t2011")));

        const QString csv = mDir.filePath(QStringLiteral("out.csv"));
        r = run({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--csv"), csv});
        QCOMPARE(r.exitCode, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        // The byte-order mark (Excel reads UTF-8 by it), then readable headers; the values
        // stay the vocabulary's identifiers.
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFReport ID,Council,Report type,Assessment year"));
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QLatin1String(
            "achieving_economic_wellbeing,Achieving economic well-being,4,four_is_outstanding,outstanding")));
        // header + APA 7 + CSA 1, the source line a last column of each row
        QCOMPARE(text.count(QLatin1String("\r\n")), 1 + 7 + 1);
        QVERIFY(text.contains(QLatin1String(",Source: Ofsted inspection reports in InspectDesk "
                                            "(8 judgements from 2 reports)")));

        // The same file again: reported, not duplicated, and the exit code says so.
        r = run({QStringLiteral("import"), QStringLiteral("--db"), path,
                 corpusPdf(QStringLiteral("stockton-on-tees_apa_2008"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QLatin1String("already in the database as report 1")));
        r = run({QStringLiteral("list"), QStringLiteral("--db"), path});
        QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 3);
    }

    void badImportInputsWriteNothing()
    {
        const QString path = db(QStringLiteral("bad.sqlite"));
        QVERIFY(run({QStringLiteral("import"), QStringLiteral("--db"), path,
                     corpusPdf(QStringLiteral("stockton-on-tees_apa_2008"))})
                    .exitCode == 0);
        const QString notPdf = mDir.filePath(QStringLiteral("letter.pdf"));
        QFile f(notPdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Dear council, this is not a PDF.\n");
        f.close();
        const QString missing = mDir.filePath(QStringLiteral("nowhere.pdf"));

        for (const QString &input : {missing, notPdf}) {
            const CommandRun r = run({QStringLiteral("import"), QStringLiteral("--db"), path, input});
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(errLines(r), 1);
            QVERIFY2(r.err.contains(QFileInfo(input).fileName()), qPrintable(r.err));
        }
        QVERIFY(run({QStringLiteral("import"), QStringLiteral("--db"), path, missing})
                    .err.contains(QLatin1String("no such file")));
        QVERIFY(run({QStringLiteral("import"), QStringLiteral("--db"), path, notPdf})
                    .err.contains(QLatin1String("not a PDF file")));
        const CommandRun list = run({QStringLiteral("list"), QStringLiteral("--db"), path});
        QCOMPARE(list.out.trimmed().split(QLatin1Char('\n')).size(), 2); // header + the one report
    }

    void unreadableReportsWriteNothing()
    {
        const QString path = db(QStringLiteral("unreadable.sqlite"));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), path,
                      corpusPdf(QStringLiteral("stockton-on-tees_cs-assessment_2011"))})
                     .exitCode,
                 0);
        const QByteArray before = hashOf(path);

        PdfBuilder menu; // a real PDF with text, but not an Ofsted report
        menu.text(72, 100, QStringLiteral("Village hall lunch menu"));
        menu.text(72, 120, QStringLiteral("Soup of the day 3"));
        const QString menuPath = mDir.filePath(QStringLiteral("menu.pdf"));
        QVERIFY(writeFile(menuPath, menu.finish()));
        PdfBuilder blank; // a page with no text layer, like a scan
        const QString blankPath = mDir.filePath(QStringLiteral("scan.pdf"));
        QVERIFY(writeFile(blankPath, blank.finish()));

        CommandRun r = run({QStringLiteral("import"), QStringLiteral("--db"), path, menuPath});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(errLines(r), 1);
        QVERIFY2(r.err.contains(QLatin1String("menu.pdf: not recognised as an Ofsted children's services report")),
                 qPrintable(r.err));
        r = run({QStringLiteral("import"), QStringLiteral("--db"), path, blankPath});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("scan.pdf: no text layer on any page")), qPrintable(r.err));
        r = run({QStringLiteral("extract"), blankPath});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(hashOf(path), before);
    }

    void badDatabasesAreRefusedUntouched()
    {
        const QString text = mDir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all");
        f.close();
        const QByteArray before = hashOf(text);
        CommandRun r = run({QStringLiteral("import"), QStringLiteral("--db"), text,
                            corpusPdf(QStringLiteral("stockton-on-tees_apa_2008"))});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(errLines(r), 1);
        QVERIFY(r.err.contains(QLatin1String("not an SQLite database")));
        QVERIFY(r.err.contains(text));
        QCOMPARE(hashOf(text), before);

        const QString ro = db(QStringLiteral("ro.sqlite"));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), ro,
                      corpusPdf(QStringLiteral("stockton-on-tees_cs-assessment_2011"))})
                     .exitCode,
                 0);
        QVERIFY(QFile::setPermissions(ro, QFileDevice::ReadOwner));
        const QByteArray roBefore = hashOf(ro);
        r = run({QStringLiteral("import"), QStringLiteral("--db"), ro,
                 corpusPdf(QStringLiteral("stockton-on-tees_apa_2008"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("read-only")));
        r = run({QStringLiteral("list"), QStringLiteral("--db"), ro}); // reading still works
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("children_services_assessment")));
        QCOMPARE(hashOf(ro), roBefore);

        r = run({QStringLiteral("list"), QStringLiteral("--db"), db(QStringLiteral("absent.sqlite"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("does not exist")));
        QVERIFY(!QFile::exists(db(QStringLiteral("absent.sqlite"))));
    }

    void extractPrintsJson()
    {
        CommandRun r = run({QStringLiteral("extract"), corpusPdf(QStringLiteral("stockton-on-tees_apa_2008"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("report_type")).toString(), QStringLiteral("apa"));
        QCOMPARE(json.value(QStringLiteral("judgements")).toArray().size(), 7);
        const QJsonObject first = json.value(QStringLiteral("judgements")).toArray().first().toObject();
        QVERIFY(first.value(QStringLiteral("page")).toInt() >= 1);
        QCOMPARE(first.value(QStringLiteral("bbox")).toArray().size(), 4);

        r = run({QStringLiteral("extract"), mDir.filePath(QStringLiteral("missing.pdf"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("no such file")));
        r = run({QStringLiteral("extract")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_MAIN(TestCommandLine) // QPdfWriter text needs a QGuiApplication
#include "tst_commandline.moc"
