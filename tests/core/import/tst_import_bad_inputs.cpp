// Inputs that must not hang, crash or fool an import: each is refused with its reason in one
// line on stderr, exit 1, and the database file is left as it was. Runs the real binary.
#include "CommandRun.h"
#include "TestData.h"
#include "pdf/LineBuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace inspectdesk;
using namespace inspectdesk::test;

namespace {
// A run that does not end within the limit is killed and reported as exit -1 (a hang).
CommandRun run(const QStringList &args, const QString &workDir, int timeoutMs = 60000)
{
    CommandOptions options;
    options.workingDirectory = workDir;
    options.timeoutMs = timeoutMs;
    return runInspectDesk(args, options);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray hashOf(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A one-page PDF with a correct cross-reference table, its page `mediaBox` wide and high, with
// a few lines of text in the standard Helvetica font.
QByteArray handMadePdf(const QByteArray &mediaBox)
{
    QByteArray content = "BT /F1 12 Tf 72 700 Td 14 TL\n";
    for (int i = 0; i < 20; ++i)
        content += "(Inspection of local authority children's services, line " + QByteArray::number(i) + ") '\n";
    content += "ET\n";
    const QList<QByteArray> objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                       "<< /Type /Page /Parent 2 0 R /MediaBox [" + mediaBox +
                                           "] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                                       "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
                                           "endstream",
                                       "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}
} // namespace

class TestImportBadInputs : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    QString mDb;
    QString path(const QString &name) const { return mDir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        QDir(mDir.path()).mkpath(QStringLiteral("cwd"));
        mDb = path(QStringLiteral("reports.sqlite"));
        const CommandRun r = run({QStringLiteral("import"), QStringLiteral("--db"), mDb,
                                  corpusPdf(QStringLiteral("stockton-on-tees_apa_2008"))},
                                 mDir.path());
        QCOMPARE(r.exitCode, 0);
    }

    void refusedWithReasonDatabaseUnchanged_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");

        QTest::newRow("MediaBox 1e17 wide") << QStringLiteral("huge-mediabox.pdf")
                                            << QStringLiteral("page 1 is 1e+17 x 842 points, beyond PDF's limit");
        QTest::newRow("MediaBox 2^32 wide")
            << QStringLiteral("wide-mediabox.pdf") << QStringLiteral("page 1 is 4.295e+09 x 842 points");
        QTest::newRow("two reports in one PDF")
            << QStringLiteral("two-reports.pdf") << QStringLiteral("holds 2 reports (letters start on pages 1, ");
        QTest::newRow("named pipe") << QStringLiteral("pipe.pdf") << QStringLiteral("not a regular file");
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << QStringLiteral("not a regular file");
        QTest::newRow("folder without PDFs")
            << QStringLiteral("empty-folder") << QStringLiteral("no PDF files in this folder");
        QTest::newRow("2000 bytes before %PDF-")
            << QStringLiteral("late-header.pdf")
            << QStringLiteral("not a PDF file (no %PDF- header in its first 1024 bytes)");
        QTest::newRow("larger than 64 MB")
            << QStringLiteral("huge.pdf") << QStringLiteral("larger than the 64 MB a report can be");
    }

    void refusedWithReasonDatabaseUnchanged()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        const QString file = input.startsWith(QLatin1Char('/')) ? input : path(input);
        if (input == QLatin1String("huge-mediabox.pdf"))
            QVERIFY(writeFile(file, handMadePdf("0 0 100000000000000000 842")));
        else if (input == QLatin1String("wide-mediabox.pdf"))
            QVERIFY(writeFile(file, handMadePdf("0 0 4294967296 842")));
        else if (input == QLatin1String("two-reports.pdf")) {
            QProcess unite;
            unite.start(QStringLiteral("pdfunite"),
                        {corpusPdf(QStringLiteral("stockton-on-tees_apa_2008")),
                         corpusPdf(QStringLiteral("stockton-on-tees_cs-assessment_2011")), file});
            QVERIFY2(unite.waitForFinished(60000) && unite.exitCode() == 0, "pdfunite (poppler-utils) runs");
        } else if (input == QLatin1String("pipe.pdf"))
            QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
        else if (input == QLatin1String("empty-folder")) {
            QVERIFY(QDir(mDir.path()).mkpath(input + QStringLiteral("/inner")));
            QVERIFY(writeFile(file + QStringLiteral("/inner/notes.txt"), "not a report\n"));
        } else if (input == QLatin1String("late-header.pdf"))
            QVERIFY(writeFile(file,
                              QByteArray(2000, 'x') + readAll(corpusPdf(QStringLiteral("stockton-on-tees_apa_2008")))));
        else if (input == QLatin1String("huge.pdf")) {
            QFile f(file); // sparse: costs no disk
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write("%PDF-1.4\n") == 9 && f.resize(65 * 1024 * 1024));
        }

        const QByteArray before = hashOf(mDb);
        const CommandRun r = run({QStringLiteral("import"), QStringLiteral("--db"), mDb, file}, mDir.path());
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QStringLiteral("inspectdesk: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String(" 0 imported, 0 already in the database")), qPrintable(r.out));
        QCOMPARE(hashOf(mDb), before);
        // extract reads through the same gate and says the same (a folder is no file to it).
        if (input != QLatin1String("empty-folder")) {
            const CommandRun e = run({QStringLiteral("extract"), file}, mDir.path());
            QCOMPARE(e.exitCode, 1);
            QVERIFY2(e.err.contains(message), qPrintable(e.err));
        }
    }

    void folderGivenToExtractIsRefused()
    {
        const CommandRun e = run({QStringLiteral("extract"), mDir.path()}, mDir.path());
        QCOMPARE(e.exitCode, 1);
        QVERIFY2(e.err.contains(QLatin1String("is a folder, not a file")), qPrintable(e.err));
    }

    // A little junk before the header is accepted by import and extract alike (as by poppler).
    void shortJunkBeforeHeaderIsReadByEveryCommand()
    {
        const QString file = path(QStringLiteral("early-junk.pdf"));
        QVERIFY(
            writeFile(file, QByteArray(100, 'x') + readAll(corpusPdf(QStringLiteral("stockton-on-tees_jar_2008")))));
        const CommandRun e = run({QStringLiteral("extract"), file}, mDir.path());
        QCOMPARE(e.exitCode, 0);
        QVERIFY(e.out.contains(QLatin1String("\"report_type\": \"jar\"")));
        const CommandRun i = run(
            {QStringLiteral("import"), QStringLiteral("--db"), path(QStringLiteral("junk.sqlite")), file}, mDir.path());
        QCOMPARE(i.exitCode, 0);
        QVERIFY(i.out.contains(QLatin1String("early-junk.pdf: imported as report 1")));
    }

    void memoryAndEmptyDatabasePathsAreRefused_data()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow(":memory:") << QStringLiteral(":memory:");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("  ");
    }

    void memoryAndEmptyDatabasePathsAreRefused()
    {
        QFETCH(QString, location);
        const QString cwd = path(QStringLiteral("cwd"));
        const CommandRun r = run({QStringLiteral("import"), QStringLiteral("--db"), location,
                                  corpusPdf(QStringLiteral("stockton-on-tees_apa_2008"))},
                                 cwd);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("not a database location")), qPrintable(r.err));
        QVERIFY(!r.out.contains(QLatin1String("imported as report")));
        QCOMPARE(QDir(cwd).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    }

    // The layout code itself, without poppler's page: a page of absurd width ends at once
    // with the words in their rows (the gutter search once stepped 2 points at a time).
    void absurdPageWidthEndsInLineBuilding()
    {
        QList<TextWord> words;
        for (int row = 0; row < 20; ++row)
            for (int col = 0; col < 2; ++col)
                words << TextWord{QStringLiteral("w%1_%2").arg(row).arg(col),
                                  QRectF(100 + col * 1e6, 100 + row * 14, 40, 10)};
        for (double width :
             {1e17, 4294967296.0, std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN()}) {
            const QList<TextLine> lines = LineBuilder::buildLines(words, QSizeF(width, 842));
            int count = 0;
            for (const TextLine &line : lines)
                count += int(line.words.size());
            QCOMPARE(count, 40);
        }
    }
};

QTEST_GUILESS_MAIN(TestImportBadInputs)
#include "tst_import_bad_inputs.moc"
