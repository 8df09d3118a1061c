// bench_extract [N] [--dump]: extracts every corpus PDF N times (default 5) and runs
// `pdftotext` on the same files the same number of times, printing both times and their
// ratio. --lines prints the rebuilt lines, --dump prints each report's JSON once instead (handy when tuning readers).
#include "model/ReportJson.h"
#include "pdf/PdfText.h"
#include "readers/ReportExtractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTextStream>

using namespace inspectdesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool dump = args.removeAll(QStringLiteral("--dump")) > 0;
    const bool lines = args.removeAll(QStringLiteral("--lines")) > 0;
    QStringList files;
    int n = 5;
    for (const QString &a : args) {
        bool isNumber = false;
        const int v = a.toInt(&isNumber);
        if (isNumber)
            n = std::max(1, v);
        else
            files << a;
    }
    if (files.isEmpty()) {
        const QDir dir(QStringLiteral(CORPUS_DIR "/pdf"));
        for (const QString &f : dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name))
            files << dir.filePath(f);
    }
    QTextStream out(stdout);
    if (lines) { // the rebuilt reading-order text, cells shown as " | "
        for (const QString &f : files) {
            QFile file(f);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const PdfTextResult r = loadPdfText(file.readAll());
            out << "== " << f << " " << r.error << "\n";
            for (const auto &page : r.text.pages) {
                out << "--- page " << page.number << "\n";
                for (const auto &l : page.lines)
                    out << QString(l.text()).replace(QLatin1Char('\t'), QStringLiteral(" | ")) << "\n";
            }
        }
        return 0;
    }
    if (dump) {
        for (const QString &f : files) {
            const ExtractionResult r = extractReportFile(f);
            out << "== " << f << (r.ok ? QString() : QStringLiteral(" ERROR: ") + r.error) << "\n";
            if (r.ok)
                out << QJsonDocument(toJson(r.report)).toJson(QJsonDocument::Indented);
        }
        return 0;
    }

    QElapsedTimer timer;
    timer.start();
    int judgements = 0;
    for (int i = 0; i < n; ++i)
        for (const QString &f : files) {
            const ExtractionResult r = extractReportFile(f);
            judgements += int(r.report.judgements.size());
        }
    const double ours = timer.nsecsElapsed() / 1e6;

    timer.restart();
    for (int i = 0; i < n; ++i)
        for (const QString &f : files) {
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {f, QStringLiteral("-")});
            p.waitForFinished(-1);
            p.readAllStandardOutput();
        }
    const double theirs = timer.nsecsElapsed() / 1e6;

    out << "files: " << files.size() << "  runs: " << n << "  judgements/run: " << judgements / n << "\n";
    out << "inspectdesk extract: " << QString::number(ours, 'f', 1) << " ms\n";
    out << "pdftotext:           " << QString::number(theirs, 'f', 1) << " ms\n";
    out << "ratio (ours/pdftotext): " << QString::number(ours / theirs, 'f', 2) << "\n";
    return 0;
}
