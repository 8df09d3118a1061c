// Every corpus report, as PDF and as text, against its hand-checked truth file.
#include "TestData.h"
#include "readers/ReportExtractor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace inspectdesk;

class TestReaderCorpus : public QObject
{
    Q_OBJECT
private slots:
    void truth_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("pdf");
        for (const char *n : {"stockton-on-tees_apa_2008", "stockton-on-tees_jar_2008",
                              "stockton-on-tees_safeguarding-lac_2010", "stockton-on-tees_cs-assessment_2011"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1.pdf").arg(QLatin1String(n)))) << QString::fromLatin1(n) << true;
            QTest::newRow(qPrintable(QStringLiteral("%1.txt").arg(QLatin1String(n))))
                << QString::fromLatin1(n) << false;
        }
    }
    void truth()
    {
        QFETCH(QString, name);
        QFETCH(bool, pdf);
        QFile f(test::corpusTruth(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject truth = QJsonDocument::fromJson(f.readAll()).object();

        const ExtractionResult r = extractReportFile(pdf ? test::corpusPdf(name) : test::corpusText(name));
        QVERIFY2(r.ok, qPrintable(r.error));
        const ExtractedReport &rep = r.report;
        QCOMPARE(reportKindId(rep.kind), truth.value(QStringLiteral("report_type")).toString());
        QCOMPARE(rep.council, truth.value(QStringLiteral("council")).toString());
        QCOMPARE(rep.assessmentYear, truth.value(QStringLiteral("assessment_year")).toInt(0));
        const QString published = truth.value(QStringLiteral("published")).toString();
        QCOMPARE(rep.published, published.isEmpty() ? QDate() : QDate::fromString(published, Qt::ISODate));
        if (!rep.published.isValid() || rep.assessmentYear == 0)
            QVERIFY(!rep.warnings.isEmpty()); // a field not printed is flagged, not invented

        int expectedCount = 0;
        for (const auto &v : truth.value(QStringLiteral("judgements")).toArray()) {
            const QJsonObject t = v.toObject();
            const QString section = t.value(QStringLiteral("section")).toString();
            const QString key = t.value(QStringLiteral("key")).toString();
            const bool optional = t.value(QStringLiteral("optional")).toBool();
            const JudgementRecord *found = nullptr;
            for (const auto &j : rep.judgements)
                if (j.section == section && j.key == key)
                    found = &j;
            const QString what = section + QLatin1Char('/') + key;
            if (!found) {
                QVERIFY2(optional, qPrintable(QStringLiteral("missing ") + what));
                continue;
            }
            ++expectedCount;
            QVERIFY2(judgementId(found->judgement) == t.value(QStringLiteral("judgement")).toString(),
                     qPrintable(what));
            QCOMPARE(found->printed, t.value(QStringLiteral("printed")).toString());
            QVERIFY2(found->page > 0 && !found->box.isNull(), qPrintable(what + QStringLiteral(" has no source")));
            QVERIFY(found->confidence > 0 && found->confidence <= 1);
            if (optional)
                QCOMPARE(found->scale, Scale::Words);
        }
        // Nothing invented: every extracted judgement is in the truth file.
        QCOMPARE(int(rep.judgements.size()), expectedCount);
    }
};

QTEST_GUILESS_MAIN(TestReaderCorpus)
#include "tst_reader_corpus.moc"
