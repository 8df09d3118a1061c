// bench_document_view: time from opening a 40-page report in the review workspace to its
// first page painted, and time per page turn (cold: page not rendered yet; warm: cached).
// The 40-page PDF is built with QPdfWriter from the words of corpus pages (the 19-page
// safeguarding report twice plus two pages), so it has real text to render.
#include "MainWindow.h"
#include "Session.h"
#include "pdf/PdfText.h"
#include "review/DocumentView.h"
#include "review/ReviewWorkspace.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <poppler-qt6.h>

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <memory>

using namespace inspectdesk;

namespace {

QByteArray fortyPagePdf()
{
    const QString dir = QStringLiteral(CORPUS_DIR "/pdf/");
    QList<std::pair<QString, int>> pages;
    for (int copy = 0; copy < 2; ++copy)
        for (int p = 0; p < 19; ++p)
            pages.append({QStringLiteral("stockton-on-tees_safeguarding-lac_2010.pdf"), p});
    pages.append({QStringLiteral("stockton-on-tees_cs-assessment_2011.pdf"), 0});
    pages.append({QStringLiteral("stockton-on-tees_cs-assessment_2011.pdf"), 1});
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72); // one unit = one PDF point
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    if (!painter.isActive())
        qFatal("cannot paint the benchmark PDF");
    QHash<QString, std::shared_ptr<Poppler::Document>> docs;
    for (int i = 0; i < pages.size(); ++i) {
        auto &doc = docs[pages[i].first];
        if (!doc)
            doc = Poppler::Document::load(dir + pages[i].first);
        const std::unique_ptr<Poppler::Page> page(doc->page(pages[i].second));
        if (i > 0)
            writer.newPage();
        const TextPage text = readTextPage(*page, pages[i].second + 1);
        for (const TextWord &w : text.words()) {
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPixelSize(std::max(4, int(w.box.height() * 0.8)));
            painter.setFont(font);
            painter.drawText(w.box, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, w.text);
        }
        painter.setPen(QPen(Qt::gray, 0.5));
        painter.drawLine(QPointF(50, 800), QPointF(545, 800));
    }
    painter.end();
    return bytes;
}

// Runs the event loop until page is painted with its image (or 10 s pass); returns ms.
double waitForPaint(DocumentView *view, int page, const std::function<void()> &action)
{
    QEventLoop loop;
    QElapsedTimer timer;
    bool done = false;
    const auto connection = QObject::connect(view, &DocumentView::pagesPainted, &loop, [&](const QList<int> &painted) {
        if (painted.contains(page)) {
            done = true;
            loop.quit();
        }
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    timer.start();
    action();
    if (!done)
        loop.exec();
    QObject::disconnect(connection);
    return done ? timer.nsecsElapsed() / 1e6 : -1.0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QTextStream out(stdout);
    const QByteArray pdf = fortyPagePdf();
    const QString location = dir.filePath(QStringLiteral("bench.sqlite"));
    qint64 reportId = 0;
    {
        Database db;
        db.open(location);
        ExtractedReport report;
        report.council = QStringLiteral("Benchmark");
        report.pageCount = 40;
        reportId =
            ReportStore(db).importReport(pdf, QStringLiteral("forty.pdf"), report, QStringLiteral("bench")).reportId;
    }
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.openStartupDatabase(location);
    ReviewWorkspace *review = window.reviewWorkspace();
    review->openReport(0); // nothing: make sure the first open below is a real one
    DocumentView *view = review->documentView();
    review->documentView()->clear();
    QCoreApplication::processEvents();

    out << "PDF: 40 pages, " << pdf.size() / 1024 << " KiB; viewport " << view->viewport()->width() << "x"
        << view->viewport()->height() << " at device pixel ratio " << view->devicePixelRatioF() << "\n";
    // openReport is skipped when the report is already open (the workspace may open it on start).
    const double open = waitForPaint(view, 0, [&] {
        review->reloadReport();
        if (review->currentReportId() != reportId)
            review->openReport(reportId);
        view->goToPage(0);
    });
    out << "open report -> first page painted: " << open << " ms\n";

    QList<double> cold, warm;
    for (int page = 1; page < view->pageCount(); ++page)
        cold << waitForPaint(view, page, [&] { view->goToPage(page); });
    for (int page = view->pageCount() - 2; page >= 0; --page)
        warm << waitForPaint(view, page, [&] { view->goToPage(page); });
    auto report = [&out](const char *name, QList<double> times) {
        std::sort(times.begin(), times.end());
        double sum = 0;
        for (double t : times)
            sum += t;
        out << name << ": mean " << sum / times.size() << " ms, median " << times[times.size() / 2] << " ms, max "
            << times.last() << " ms over " << times.size() << " turns\n";
    };
    report("page turn, not yet rendered", cold);
    report("page turn, cached", warm);
    return 0;
}
