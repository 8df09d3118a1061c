// Real published reports (tests/data/archive/pdf, one per layout family of the national archive)
// against their hand-checked truth files: every grade found with its key, judgement and printed
// words, nothing invented, the council's name whole.
#include "TestData.h"
#include "readers/ReportExtractor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace inspectdesk;

namespace {

QJsonObject readTruth(const QString &pdfName)
{
    QFile f(test::dataPath(QStringLiteral("archive/truth/")) + QFileInfo(pdfName).completeBaseName() +
            QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestArchiveTruth : public QObject
{
    Q_OBJECT
private slots:
    void report_data()
    {
        QTest::addColumn<QString>("pdf");
        const QDir dir(test::dataPath(QStringLiteral("archive/pdf")));
        const QStringList pdfs = dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
        QVERIFY(pdfs.size() >= 6);
        for (const QString &name : pdfs)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
    void report()
    {
        QFETCH(QString, pdf);
        const QJsonObject truth = readTruth(pdf);
        QVERIFY2(!truth.isEmpty(), "every copied PDF has a truth file");

        const ExtractionResult r = extractReportFile(pdf);
        QVERIFY2(r.ok, qPrintable(r.error));
        const ExtractedReport &rep = r.report;
        // Every difference at once, so one run shows a developer all that is left to fix.
        QStringList problems;
        const auto differs = [&problems](const QString &what, const QString &read, const QString &printed) {
            if (read != printed)
                problems << QStringLiteral("%1: read \"%2\", truth \"%3\"").arg(what, read, printed);
        };
        differs(QStringLiteral("report_type"), reportKindId(rep.kind),
                truth.value(QStringLiteral("report_type")).toString());
        differs(QStringLiteral("council"), rep.council.simplified(), truth.value(QStringLiteral("council")).toString());
        differs(QStringLiteral("assessment_year"), QString::number(rep.assessmentYear),
                QString::number(truth.value(QStringLiteral("assessment_year")).toInt()));

        const QJsonArray expected = truth.value(QStringLiteral("judgements")).toArray();
        for (const auto &v : expected) {
            const QJsonObject t = v.toObject();
            const QString section = t.value(QStringLiteral("section")).toString();
            const QString key = t.value(QStringLiteral("key")).toString();
            const QString what = section + QLatin1Char('/') + key;
            const JudgementRecord *found = nullptr;
            for (const auto &j : rep.judgements)
                if (j.section == section && j.key == key)
                    found = &j;
            if (!found)
                problems << QStringLiteral("missing ") + what;
            else if (judgementId(found->judgement) != t.value(QStringLiteral("judgement")).toString() ||
                     found->printed.simplified() != t.value(QStringLiteral("printed")).toString())
                problems << QStringLiteral("%1: read \"%2\" (%3), printed \"%4\"")
                                .arg(what, found->printed, judgementId(found->judgement),
                                     t.value(QStringLiteral("printed")).toString());
        }
        // Nothing invented: every graded judgement read is one of the truth's.
        for (const auto &j : rep.judgements) {
            bool known = false;
            for (const auto &v : expected)
                known = known || (v.toObject().value(QStringLiteral("section")).toString() == j.section &&
                                  v.toObject().value(QStringLiteral("key")).toString() == j.key);
            if (!known)
                problems << QStringLiteral("extra %1/%2 \"%3\"").arg(j.section, j.key, j.printed);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(TestArchiveTruth)
#include "tst_archive_truth.moc"
