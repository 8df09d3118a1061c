// Benchmark, not a test: how long the dashboard's read of a national-scale database takes and
// how long the UI thread stalls meanwhile, read on a worker (DashboardView now) against the
// old read on the UI thread, in the same run. The database (153 councils x 22 years, every
// family, as bench_charts's facts) is built once at the path given (default
// /tmp/bench-national.sqlite) and reused.
//   bench_dashboard_load [database] [runs]
#include "Session.h"
#include "SyntheticFacts.h"
#include "charts/ChartDataset.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardView.h"
#include "dashboard/FilterPanel.h"
#include "register/CouncilRegister.h"
#include "store/BackgroundRead.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QMap>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

using namespace inspectdesk;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// One report per council and year with that year's judgements, under register councils.
bool buildDatabase(const QString &path, QTextStream &out)
{
    Database db;
    if (!db.open(path)) {
        out << "cannot create " << path << ": " << db.errorString() << '\n';
        return false;
    }
    const auto reg = CouncilRegister::builtIn().councils();
    QMap<qint64, ExtractedReport> reports;
    for (const JudgementFact &f : bench::syntheticFacts(153, 22)) {
        ExtractedReport &r = reports[f.reportId];
        if (r.judgements.isEmpty()) {
            const RegisterCouncil *c = reg.at(f.council.right(3).toInt() % reg.size());
            r.council = c->shortName;
            r.laCode = c->laCode;
            r.kind = f.kind;
            r.assessmentYear = f.assessmentYear;
            r.published = f.published;
            r.pageCount = 30;
        }
        JudgementRecord j;
        j.key = j.area = f.key;
        j.printed = f.printed;
        j.scale = f.scale;
        j.judgement = f.judgement;
        j.page = f.page;
        j.status = f.status;
        j.confidence = 0.9;
        r.judgements << j;
    }
    ReportStore store(db);
    QElapsedTimer t;
    t.start();
    for (auto it = reports.cbegin(); it != reports.cend(); ++it) {
        const QString file = QStringLiteral("national-%1.pdf").arg(it.key());
        const QByteArray bytes = "%PDF-1.4 bench " + file.toUtf8() + "\n%%EOF\n";
        if (store.importReport(bytes, file, it.value(), QStringLiteral("bench")).outcome != ImportOutcome::Imported) {
            out << "import failed: " << store.lastError() << '\n';
            return false;
        }
    }
    out << "  built " << path << ": " << reports.size() << " reports in " << t.elapsed() / 1000.0 << " s\n";
    return true;
}

struct Stall
{
    double total = 0;  // trigger to done (ms)
    double maxGap = 0; // longest time between two ticks of a 5 ms timer (ms)
};

// Runs trigger from the event loop while a 5 ms timer ticks, until done() holds.
Stall measure(const std::function<void()> &trigger, const std::function<bool()> &done)
{
    QElapsedTimer clock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    qint64 last = 0;
    double maxGap = 0;
    auto tick = [&] {
        const qint64 now = clock.nsecsElapsed();
        maxGap = std::max(maxGap, (now - last) / 1e6);
        last = now;
    };
    QObject::connect(&ticker, &QTimer::timeout, tick);
    clock.start();
    ticker.start();
    QTimer::singleShot(0, trigger);
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    const double total = clock.nsecsElapsed() / 1e6;
    tick(); // the time since the last tick counts too
    return {total, maxGap};
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/bench-national.sqlite");
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    out << "bench_dashboard_load: 153 councils x 22 years, every family; median of " << runs << " runs (ms)\n";
    if (!QFileInfo::exists(path) && !buildDatabase(path, out))
        return 1;

    Session session;
    QString error;
    if (!session.openDatabase(path, &error)) {
        out << error << '\n';
        return 1;
    }

    // judgementFacts on the worker, as the dashboard runs it.
    BackgroundRead reader;
    QList<double> workerRead;
    int facts = 0;
    for (int r = 0; r < runs; ++r) {
        QEventLoop loop;
        QObject::connect(&reader, &BackgroundRead::finished, &loop, &QEventLoop::quit);
        reader.start(
            path,
            [&](ReportStore &store, const std::atomic_bool &stop) -> std::function<void()> {
                QElapsedTimer t;
                t.start();
                const int n = int(store.judgementFacts(&stop).size());
                const double ms = t.nsecsElapsed() / 1e6;
                return [&, n, ms] { workerRead << ms, facts = n; };
            },
            [&](const QString &e) { out << e << '\n'; });
        loop.exec();
    }

    DashboardView view(session);
    view.resize(1280, 800);
    view.show();
    while (view.isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    int finished = 0;
    QObject::connect(&view, &DashboardView::loadFinished, [&] { ++finished; });

    QList<double> refreshTotal, refreshGap, openTotal, openGap, oldTotal, oldGap;
    for (int r = 0; r < runs; ++r) {
        // A refresh (after a review edit or an import): the worker reads, the UI thread draws.
        int before = finished;
        Stall s = measure([&] { view.reload(); }, [&] { return finished > before; });
        refreshTotal << s.total, refreshGap << s.maxGap;
        // The database opened again (File > Open): the session's connection, then the worker.
        before = finished;
        s = measure([&] { session.openDatabase(path, &error); }, [&] { return finished > before; });
        openTotal << s.total, openGap << s.maxGap;
        // The old reload: the same read and the same redraw, all on the UI thread.
        bool done = false;
        s = measure(
            [&] {
                const QList<JudgementFact> all = session.store().judgementFacts();
                const FilterChoices choices = FilterChoices::of(all);
                view.filters()->setAvailable(choices.councils, choices.firstYear, choices.lastYear);
                const ChartDataset dataset(all, view.filters()->filter());
                view.filters()->setOfferedFamilies(dataset.familiesWithData());
                view.charts()->setDataset(dataset);
                done = true;
            },
            [&] { return done; });
        oldTotal << s.total, oldGap << s.maxGap;
    }
    out << "  judgement facts read: " << facts << " (the view shows " << view.facts().size() << ")\n";
    out << "  judgementFacts on the worker                       " << median(workerRead) << '\n';
    out << "  reload on the worker: until drawn / longest UI stall  " << median(refreshTotal) << " / "
        << median(refreshGap) << " (max " << *std::max_element(refreshGap.begin(), refreshGap.end()) << ")\n";
    out << "  database opened again: until drawn / longest UI stall " << median(openTotal) << " / " << median(openGap)
        << " (max " << *std::max_element(openGap.begin(), openGap.end()) << ")\n";
    out << "  old reload on the UI thread: until drawn / longest stall " << median(oldTotal) << " / " << median(oldGap)
        << " (max " << *std::max_element(oldGap.begin(), oldGap.end()) << ")\n";
    out.flush();
    return 0;
}
