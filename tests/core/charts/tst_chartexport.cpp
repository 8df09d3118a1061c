// The printable page of a dashboard view, exported as PDF, SVG and PNG from fixture data:
// poppler reads the title, the councils, the axis labels and the source line back.
#include "ChartFixture.h"
#include "charts/ChartExport.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::fixture;

class TestChartExport : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    Database mDb;
    QList<JudgementFact> mFacts;

    ChartDataset dataset(const QStringList &councils = {}) const
    {
        ChartFilter f;
        f.councils = councils;
        ChartDataset d(mFacts, f);
        d.setDataAsOf(QDateTime(QDate(2026, 1, 2), QTime(9, 30)));
        return d;
    }

private slots:
    void initTestCase()
    {
        mDir.setAutoRemove(qEnvironmentVariableIsEmpty("KEEP_TEST_OUTPUT"));
        QVERIFY(mDb.open(mDir.filePath(QStringLiteral("fixture.sqlite"))));
        QVERIFY(fixture::build(mDb));
        mFacts = ReportStore(mDb).judgementFacts();
    }

    void trendPdfCarriesTitleCouncilsAxisAndSource()
    {
        const QString path = mDir.filePath(QStringLiteral("trend.pdf"));
        ChartPageContent content{QStringLiteral("Overall effectiveness over time"), ChartViewKind::Trend,
                                 QStringLiteral("overall_effectiveness"), 0};
        QString error;
        QVERIFY2(ChartExport::write(path, dataset({kSoutham, kNorthby}), content, &error), qPrintable(error));
        const QStringList pages = pdfPageTexts(path);
        QCOMPARE(pages.size(), 1);
        const QString text = pages.first();
        for (const QString &expected :
             {QStringLiteral("Overall effectiveness over time"), kSoutham, kNorthby, QStringLiteral("Outstanding"),
              QStringLiteral("Inadequate"), QStringLiteral("2005"), QStringLiteral("2012"),
              QStringLiteral("Source: Ofsted inspection reports"), QStringLiteral("not yet reviewed")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing from: ") + text));
        QVERIFY(!text.contains(kWestmere));
    }

    void comparisonAndGridPages()
    {
        for (ChartViewKind kind : {ChartViewKind::Comparison, ChartViewKind::Grid, ChartViewKind::SmallMultiples}) {
            const QString path = mDir.filePath(QStringLiteral("view%1.pdf").arg(int(kind)));
            QString error;
            QVERIFY(ChartExport::write(path, dataset(), {QStringLiteral("Councils compared"), kind, QString(), 2008},
                                       &error));
            const QString text = pdfPageTexts(path).join(QLatin1Char(' '));
            QVERIFY(text.contains(QStringLiteral("Councils compared")));
            QVERIFY(text.contains(kWestmere));
            if (kind == ChartViewKind::Grid) {
                QVERIFY(text.contains(QStringLiteral("Assessment year 2008")));
                // Southam's 2008 letter is unreviewed: marked in every cell, printed grade quoted.
                QVERIFY(text.contains(QStringLiteral("Inadequate Adequate Inadequate")));
                QVERIFY(text.contains(QStringLiteral("“1” * “2” * “1” *")));
            }
        }
    }

    void noDataSaysSo()
    {
        const QString path = mDir.filePath(QStringLiteral("empty.pdf"));
        QString error;
        QVERIFY(ChartExport::write(path, dataset({QStringLiteral("Nowhere Council")}),
                                   {QStringLiteral("Empty"), ChartViewKind::Trend, QStringLiteral("being_healthy"), 0},
                                   &error));
        const QString text = pdfPageTexts(path).join(QLatin1Char(' '));
        QVERIFY(text.contains(QStringLiteral("No judgements match this selection")));
        QVERIFY(!text.contains(QStringLiteral("Outstanding")));
    }

    void svgAndPng()
    {
        QString error;
        const QString svg = mDir.filePath(QStringLiteral("trend.svg"));
        QVERIFY(ChartExport::write(
            svg, dataset(), {QStringLiteral("SVG title"), ChartViewKind::Trend, QStringLiteral("staying_safe"), 0},
            &error));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("<path") || bytes.contains("<polyline"));
        const QString png = mDir.filePath(QStringLiteral("trend.png"));
        QVERIFY(ChartExport::write(png, dataset(), {QStringLiteral("PNG"), ChartViewKind::Comparison, QString(), 0},
                                   &error));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1754, 1240));
    }

    void unwritablePathLeavesNothing()
    {
        QString error;
        const QString bad = mDir.filePath(QStringLiteral("no/such/dir/out.pdf"));
        QVERIFY(!ChartExport::write(bad, dataset(), {QStringLiteral("x"), ChartViewKind::Trend, QString(), 0}, &error));
        QVERIFY(error.contains(QStringLiteral("Cannot write")));
        QVERIFY(!QFile::exists(bad));
        QVERIFY(!ChartExport::write(mDir.filePath(QStringLiteral("out.doc")), dataset(),
                                    {QStringLiteral("x"), ChartViewKind::Trend, QString(), 0}, &error));
        QVERIFY(error.contains(QStringLiteral(".png")));
    }
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
