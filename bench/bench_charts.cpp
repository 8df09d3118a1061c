// Benchmark, not a test: time to rebuild the trend and comparison views' data and their
// QChart objects for 153 councils x 22 years (2005-2026) x every family of every framework.
#include "SyntheticFacts.h"
#include "charts/ChartDataset.h"
#include "charts/ChartPage.h"
#include "charts/LatestJudgements.h"
#include "charts/TrendData.h"
#include "charts/YearSnapshot.h"
#include "dashboard/ChartBuilder.h"
#include "dashboard/DashboardCharts.h"
#include "register/CouncilRegister.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>
#include <algorithm>

using namespace inspectdesk;
using namespace inspectdesk::bench;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The dashboard's chart area as the user meets it (1280x800 window, offscreen): switching to
// each view rebuilds its charts or table from the dataset, lays it out and paints it once.
void benchViews(const ChartDataset &data, int runs, QTextStream &out)
{
    DashboardCharts charts;
    charts.resize(1000, 700);
    charts.show();
    QElapsedTimer t;
    t.start();
    charts.setDataset(data);
    QCoreApplication::processEvents();
    const double first = t.nsecsElapsed() / 1e6;
    const QList<QPair<const char *, ChartViewKind>> kinds = {{"trend", ChartViewKind::Trend},
                                                             {"comparison", ChartViewKind::Comparison},
                                                             {"grid", ChartViewKind::Grid},
                                                             {"small multiples", ChartViewKind::SmallMultiples},
                                                             {"distribution", ChartViewKind::Distribution},
                                                             {"latest judgements", ChartViewKind::Latest}};
    QHash<QString, QList<double>> rebuild, painted;
    for (int r = 0; r < runs; ++r) {
        for (const auto &kind : kinds) {
            // From another view, so that the switch rebuilds.
            charts.setKind(kind.second == ChartViewKind::Grid ? ChartViewKind::Comparison : ChartViewKind::Grid);
            QCoreApplication::processEvents();
            t.restart();
            charts.setKind(kind.second);
            rebuild[QLatin1String(kind.first)] << t.nsecsElapsed() / 1e6;
            QCoreApplication::processEvents();
            charts.grab();
            painted[QLatin1String(kind.first)] << t.nsecsElapsed() / 1e6;
        }
    }
    out << "  dashboard: new dataset shown (setDataset, trend view)  " << first << '\n';
    for (const auto &kind : kinds)
        out << "  dashboard: switch to " << kind.first << " view: rebuild / + layout and first paint  "
            << median(rebuild[QLatin1String(kind.first)]) << " / " << median(painted[QLatin1String(kind.first)])
            << '\n';
}

// Reading every judgement from a real database, as DashboardView::reload does.
void benchStore(const QString &path, QTextStream &out)
{
    Database db;
    if (!db.open(path, Database::Mode::ReadOnly)) {
        out << "  cannot open " << path << '\n';
        return;
    }
    QList<double> read, dataset;
    int facts = 0;
    for (int r = 0; r < 5; ++r) {
        QElapsedTimer t;
        t.start();
        const QList<JudgementFact> all = ReportStore(db).judgementFacts();
        read << t.nsecsElapsed() / 1e6;
        t.restart();
        const ChartDataset data(all, ChartFilter());
        dataset << t.nsecsElapsed() / 1e6;
        facts = int(all.size());
    }
    out << "  " << path << ": read " << facts << " judgement facts " << median(read) << ", dataset " << median(dataset)
        << '\n';
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    const int councils = 153, years = 22;
    const QList<JudgementFact> facts = syntheticFacts(councils, years);
    // The same judgements under real councils, for "my council" against its comparators.
    QList<JudgementFact> registered = facts;
    const auto reg = CouncilRegister::builtIn().councils();
    for (JudgementFact &f : registered) {
        const RegisterCouncil *c = reg.at(f.council.right(3).toInt() % reg.size());
        f.council = c->shortName;
        f.laCode = c->laCode;
    }
    ChartFilter neighbours, england, handPicked;
    handPicked.focusLaCode = 808;
    for (int i = 0; i < 4; ++i)
        handPicked.councils << reg.at(i)->shortName;
    neighbours.focusLaCode = england.focusLaCode = 808;
    neighbours.comparators = ComparatorGroup::Neighbours;
    england.comparators = ComparatorGroup::England;
    QList<double> datasetNeighbours, datasetEngland, latestNeighbours, trendNeighbours;
    QList<double> dataset, trend, trendChart, trendCharts, comparison, comparisonChart, inForce, page, latest;
    int points = 0, bands = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const ChartDataset data(facts, ChartFilter());
        dataset << t.nsecsElapsed() / 1e6;
        t.restart();
        const ChartDataset nd(registered, neighbours);
        datasetNeighbours << t.nsecsElapsed() / 1e6;
        t.restart();
        // Today's neighbours with their latest inspections: the table filters the facts again.
        const LatestJudgements latestOfNeighbours = LatestJudgements::build(nd);
        latestNeighbours << t.nsecsElapsed() / 1e6;
        if (latestOfNeighbours.rows.size() < 2)
            return 1;
        t.restart();
        const ChartDataset ed(registered, england);
        datasetEngland << t.nsecsElapsed() / 1e6;
        if (nd.councils().size() < 2 || ed.councils().size() != councils)
            return 1;
        t.restart();
        // My council and four hand-picked: lines, with England's shares behind them.
        const TrendData ndTrend = TrendData::build(ChartDataset(registered, handPicked));
        trendNeighbours << t.nsecsElapsed() / 1e6;
        bands = 0;
        for (const TrendPanel &panel : ndTrend.panels)
            bands += panel.hasBand() ? 1 : 0;
        t.restart();
        const TrendData td = TrendData::build(data);
        trend << t.nsecsElapsed() / 1e6;
        t.restart();
        delete ChartBuilder::trend(td.panels.first(), td.years).chart; // the single trend view
        trendChart << t.nsecsElapsed() / 1e6;
        t.restart();
        for (const TrendPanel &panel : td.panels) // small multiples: every family
            delete ChartBuilder::trend(panel, td.years, true).chart;
        trendCharts << t.nsecsElapsed() / 1e6;
        t.restart();
        const YearSnapshot snap = YearSnapshot::build(data);
        comparison << t.nsecsElapsed() / 1e6;
        t.restart();
        delete ChartBuilder::comparison(snap).chart;
        comparisonChart << t.nsecsElapsed() / 1e6;
        t.restart();
        const YearSnapshot atDate = YearSnapshot::inForce(data, QDate(2020, 3, 31));
        inForce << t.nsecsElapsed() / 1e6;
        t.restart();
        const LatestJudgements latestTable = LatestJudgements::build(data);
        latest << t.nsecsElapsed() / 1e6;
        t.restart();
        QImage image(1754, 1240, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        ChartPage::render(painter, data, {QStringLiteral("Bench"), ChartViewKind::SmallMultiples, QString(), 0});
        painter.end();
        page << t.nsecsElapsed() / 1e6;
        // Adoption joins no family: every other judgement is charted once.
        points = data.pointCount();
        if (td.panels.size() != 11 || atDate.councils.size() != councils || latestTable.rows.size() != councils)
            return 1;
    }
    QTextStream out(stdout);
    out << "bench_charts: " << councils << " councils x " << years
        << " years (2005-2026), every family = " << facts.size() << " judgements, " << points << " charted; median of "
        << runs << " runs (ms)\n";
    out << "  dataset (filter + resolve)          " << median(dataset) << '\n';
    out << "  dataset, my council + neighbours    " << median(datasetNeighbours) << '\n';
    out << "  dataset, my council + England       " << median(datasetEngland) << '\n';
    out << "  trend data (11 family panels)       " << median(trend) << '\n';
    out << "  dataset + trend data, my council + 4 with England's band (" << bands << " panels) "
        << median(trendNeighbours) << '\n';
    out << "  trend QChart, one family (306 series) " << median(trendChart) << '\n';
    out << "  trend QCharts, small multiples (11 x 306) " << median(trendCharts) << '\n';
    out << "  comparison data (latest year)       " << median(comparison) << '\n';
    out << "  comparison QChart (153 bar sets)    " << median(comparisonChart) << '\n';
    out << "  judgements in force on a date       " << median(inForce) << '\n';
    out << "  latest judgements table             " << median(latest) << '\n';
    out << "  latest table, my council + today's neighbours " << median(latestNeighbours) << '\n';
    out << "  small multiples page, QPainter 150dpi " << median(page) << '\n';
    out << "  total trend view rebuild (one outcome) " << median(dataset) + median(trend) + median(trendChart) << '\n';
    out << "  total comparison view rebuild       " << median(dataset) + median(comparison) + median(comparisonChart)
        << '\n';
    benchViews(ChartDataset(facts, ChartFilter()), runs, out);
    if (argc > 2)
        benchStore(QString::fromLocal8Bit(argv[2]), out);
    out.flush();
    return 0;
}
