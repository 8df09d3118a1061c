// bench_review_archive DB [N]: the review workspace with its real widgets (offscreen) on a
// database of the whole archive (`inspectdesk import --db DB ../shared/archive/pdf`). Times,
// over N reports (default 20) spread through the library:
//   open report -> first page painted (and poppler loads per open, once the pages, the
//   thumbnails and the words have all been read);
//   confirm -> screen updated: the workspace's confirm action until the judgement's table row
//   and the library's "n of m" show it, and the widgets have repainted.
// Works on a copy of DB (confirming writes). Without DB it says so and exits 0.
#include "MainWindow.h"
#include "pdf/PdfText.h"
#include "review/DocumentPane.h"
#include "review/DocumentView.h"
#include "review/JudgementTableModel.h"
#include "review/LibraryView.h"
#include "review/PageThumbnailModel.h"
#include "review/ReportForm.h"
#include "review/ReportLibraryModel.h"
#include "review/ReviewWorkspace.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <functional>

using namespace inspectdesk;

namespace {

// Runs the event loop until done() holds (checked after every event batch) or 10 s pass.
bool spinUntil(const std::function<bool()> &done)
{
    QElapsedTimer limit;
    limit.start();
    while (!done()) {
        if (limit.elapsed() > 10000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

void printStats(QTextStream &out, const char *name, QList<double> ms)
{
    if (ms.isEmpty()) {
        out << name << ": no runs\n";
        return;
    }
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double t : ms)
        sum += t;
    out << name << ": median " << ms[ms.size() / 2] << " ms, mean " << sum / ms.size() << " ms, min " << ms.first()
        << " ms, max " << ms.last() << " ms over " << ms.size() << " runs\n";
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || !QFile::exists(args.first())) {
        out << "bench_review_archive: skipped, no archive database"
            << (args.isEmpty() ? QString() : QStringLiteral(" at ") + args.first())
            << " (make one: inspectdesk import --db DB ../shared/archive/pdf)\n";
        return 0;
    }
    const int runs = args.size() > 1 ? std::max(1, args[1].toInt()) : 20;
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("archive.sqlite"));
    if (!QFile::copy(args.first(), location)) {
        out << "bench_review_archive: cannot copy " << args.first() << "\n";
        return 1;
    }
    QList<qint64> ids;
    {
        Database db;
        db.open(location);
        QList<ReportSummary> open;
        for (const ReportSummary &r : ReportStore(db).reports())
            if (r.judgementCount > r.reviewedCount)
                open << r;
        std::sort(open.begin(), open.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
        const int n = std::min(runs, int(open.size()));
        for (int i = 0; i < n; ++i)
            ids << open[qsizetype(i) * open.size() / n].id;
        out << "database: " << ReportStore(db).reports().size() << " reports, " << open.size()
            << " with judgements to review; " << ids.size() << " of them timed\n";
    }
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.openStartupDatabase(location);
    ReviewWorkspace *review = window.reviewWorkspace();
    DocumentView *view = review->documentView();
    PageThumbnailModel *thumbnails = review->documentPane()->thumbnails();
    // Everything the last open started (pixels, words, thumbnails) is done: runs stay apart.
    auto settle = [&] {
        spinUntil([&] {
            return view->pageCount() == 0 ||
                   (view->allTextRead() && thumbnails->hasThumbnail(thumbnails->rowCount() - 1));
        });
    };
    settle();
    // The workspace opened one report on start: opening it again would do nothing.
    ids.removeAll(review->currentReportId());

    QList<double> open, confirm;
    QList<int> loads;
    for (qint64 id : std::as_const(ids)) {
        bool painted = false;
        const auto connection = QObject::connect(view, &DocumentView::pagesPainted, [&] { painted = true; });
        const int before = pdfLoadCount();
        QElapsedTimer timer;
        timer.start();
        review->openReport(id);
        if (spinUntil([&] { return painted; }))
            open << timer.nsecsElapsed() / 1e6;
        QObject::disconnect(connection);
        settle();
        loads << pdfLoadCount() - before;
    }
    for (qint64 id : std::as_const(ids)) {
        review->openReport(id);
        settle();
        ReportForm *form = review->form();
        const qint64 judgement = form->currentJudgementId();
        ReportLibraryModel *library = review->library()->model();
        const int libraryRow = library->rowOf(id);
        if (judgement <= 0 || libraryRow < 0 ||
            !form->model()
                 ->index(form->model()->rowOf(judgement), 0)
                 .data(JudgementTableModel::NeedsReviewRole)
                 .toBool())
            continue;
        const int reviewed = library->summary(libraryRow).reviewedCount;
        QElapsedTimer timer;
        timer.start();
        review->confirmCurrent();
        const bool shown = spinUntil([&] {
            const int row = form->model()->rowOf(judgement);
            const int lib = library->rowOf(id);
            return row >= 0 && !form->model()->index(row, 0).data(JudgementTableModel::NeedsReviewRole).toBool() &&
                   lib >= 0 && library->summary(lib).reviewedCount == reviewed + 1;
        });
        QCoreApplication::processEvents(); // the repaint the model changes asked for
        if (shown)
            confirm << timer.nsecsElapsed() / 1e6;
    }
    printStats(out, "open report -> first page painted", open);
    printStats(out, "confirm -> screen updated", confirm);
    std::sort(loads.begin(), loads.end());
    if (!loads.isEmpty())
        out << "poppler loads per open: min " << loads.first() << ", max " << loads.last() << "\n";
    return 0;
}
