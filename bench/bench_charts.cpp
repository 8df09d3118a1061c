// Benchmark, not a test: time to rebuild the trend and comparison views' data and their
// QChart objects for 150 councils x 8 years x 7 areas (8,400 judgements).
#include "charts/ChartDataset.h"
#include "charts/ChartPage.h"
#include "charts/TrendData.h"
#include "charts/YearSnapshot.h"
#include "dashboard/ChartBuilder.h"

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>
#include <algorithm>

using namespace inspectdesk;

namespace {
QList<JudgementFact> syntheticFacts(int councils, int years, const QStringList &keys)
{
    QList<JudgementFact> facts;
    qint64 id = 0;
    for (int c = 0; c < councils; ++c) {
        for (int y = 0; y < years; ++y) {
            for (int k = 0; k < keys.size(); ++k) {
                JudgementFact f;
                f.reportId = c * years + y + 1;
                f.judgementId = ++id;
                f.council = QStringLiteral("Council %1").arg(c, 3, 10, QLatin1Char('0'));
                f.kind = y < 4 ? ReportKind::Apa : ReportKind::ChildrenServicesAssessment;
                f.assessmentYear = 2005 + y;
                f.published = QDate(2005 + y, 12, 1);
                f.fileName = QStringLiteral("r%1.pdf").arg(f.reportId);
                f.key = keys[k];
                f.printed = QString::number(1 + (c + y + k) % 4);
                f.scale = Scale::FourIsOutstanding;
                f.judgement = Judgement(1 + (c + y + k) % 4);
                f.page = 2;
                f.status = (c + y) % 5 ? ReviewStatus::Confirmed : ReviewStatus::Extracted;
                facts << f;
            }
        }
    }
    return facts;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    const QList<JudgementFact> facts = syntheticFacts(150, 8, chartOutcomeKeys());
    QList<double> dataset, trend, trendChart, trendCharts, comparison, comparisonChart, page;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const ChartDataset data(facts, ChartFilter());
        dataset << t.nsecsElapsed() / 1e6;
        t.restart();
        const TrendData td = TrendData::build(data);
        trend << t.nsecsElapsed() / 1e6;
        t.restart();
        delete ChartBuilder::trend(td.panels.first(), td.years).chart; // the single trend view
        trendChart << t.nsecsElapsed() / 1e6;
        t.restart();
        for (const TrendPanel &panel : td.panels) // small multiples: all seven charts
            delete ChartBuilder::trend(panel, td.years, true).chart;
        trendCharts << t.nsecsElapsed() / 1e6;
        t.restart();
        const YearSnapshot snap = YearSnapshot::build(data);
        comparison << t.nsecsElapsed() / 1e6;
        t.restart();
        delete ChartBuilder::comparison(snap).chart;
        comparisonChart << t.nsecsElapsed() / 1e6;
        t.restart();
        QImage image(1754, 1240, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        ChartPage::render(painter, data, {QStringLiteral("Bench"), ChartViewKind::SmallMultiples, QString(), 0});
        painter.end();
        page << t.nsecsElapsed() / 1e6;
        if (data.pointCount() != 150 * 8 * 7)
            return 1;
    }
    QTextStream out(stdout);
    out << "bench_charts: 150 councils x 8 years x 7 areas = " << facts.size() << " judgements, median of " << runs
        << " runs (ms)\n";
    out << "  dataset (filter + resolve)          " << median(dataset) << '\n';
    out << "  trend data (7 panels)               " << median(trend) << '\n';
    out << "  trend QChart, one outcome (300 series) " << median(trendChart) << '\n';
    out << "  trend QCharts, small multiples (7 x 300) " << median(trendCharts) << '\n';
    out << "  comparison data (latest year)       " << median(comparison) << '\n';
    out << "  comparison QChart (150 bar sets)    " << median(comparisonChart) << '\n';
    out << "  small multiples page, QPainter 150dpi " << median(page) << '\n';
    out << "  total trend view rebuild (one outcome) " << median(dataset) + median(trend) + median(trendChart) << '\n';
    out << "  total comparison view rebuild       " << median(dataset) + median(comparison) + median(comparisonChart)
        << Qt::endl;
    return 0;
}
