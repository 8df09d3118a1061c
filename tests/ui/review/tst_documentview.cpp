// The document pane's viewer on a real report: zoom steps and fits, Ctrl+wheel zoom against a
// plain wheel scroll, page navigation and find; the page text is the core's TextPage, and a
// report is loaded by poppler once per thread that needs it.
#include "pdf/PdfText.h"
#include "review/DocumentPane.h"
#include "review/DocumentView.h"
#include "review/PageThumbnailModel.h"

#include <QFile>
#include <QListView>
#include <QScrollBar>
#include <QTest>
#include <QWheelEvent>

using namespace inspectdesk;

class TestDocumentView : public QObject
{
    Q_OBJECT
    QByteArray mJar;

    // A shown viewer on the joint area review sample (15 pages, portrait A4).
    std::unique_ptr<DocumentView> openedView()
    {
        auto view = std::make_unique<DocumentView>();
        view->resize(600, 700);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()) || !view->setDocument(mJar))
            return nullptr;
        return view;
    }
    static void wheel(DocumentView *view, int delta, Qt::KeyboardModifiers modifiers)
    {
        const QPointF at = view->viewport()->rect().center();
        QWheelEvent event(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view->viewport(), &event);
    }

private slots:
    void initTestCase()
    {
        QFile f(QStringLiteral(TEST_DATA_DIR "/corpus/pdf/stockton-on-tees_jar_2008.pdf"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        mJar = f.readAll();
    }

    void fitsAndZoomSteps()
    {
        auto view = openedView();
        QVERIFY(view);
        QCOMPARE(view->pageCount(), 15);
        view->fitWidth();
        QCOMPARE(view->fit(), DocumentView::Fit::Width);
        const double widthZoom = view->zoom();
        // A4 is taller than wide: fitting the whole page needs a smaller zoom than the width.
        view->fitPage();
        QCOMPARE(view->fit(), DocumentView::Fit::Page);
        QVERIFY2(view->zoom() < widthZoom, qPrintable(QStringLiteral("%1 vs %2").arg(view->zoom()).arg(widthZoom)));
        const QRect page = view->viewportRect(view->currentPage(), QRectF(0, 0, 595, 842));
        QVERIFY2(page.height() <= view->viewport()->height(), "fit page shows the whole page height");

        const double before = view->zoom();
        view->zoomIn();
        QVERIFY(view->zoom() > before);
        QCOMPARE(view->fit(), DocumentView::Fit::None); // a manual zoom leaves the fit mode
        view->zoomOut();
        QVERIFY(qAbs(view->zoom() - before) < 1e-6 * before + 0.02);
        for (int i = 0; i < 40; ++i)
            view->zoomOut();
        QVERIFY2(view->zoom() > 0, "zoom stays positive however far out");
    }

    void ctrlWheelZoomsPlainWheelScrolls()
    {
        auto view = openedView();
        QVERIFY(view);
        view->fitWidth();
        const double zoom = view->zoom();
        const int scroll = view->verticalScrollBar()->value();
        wheel(view.get(), 120, Qt::ControlModifier);
        QVERIFY(view->zoom() > zoom);
        wheel(view.get(), -120, Qt::ControlModifier);
        wheel(view.get(), -120, Qt::ControlModifier);
        QVERIFY(view->zoom() < zoom);
        const double zoomed = view->zoom();
        wheel(view.get(), -120, Qt::NoModifier); // scroll down one notch
        QCOMPARE(view->zoom(), zoomed);
        QVERIFY(view->verticalScrollBar()->value() > scroll);
    }

    void pagesAndFind()
    {
        auto view = openedView();
        QVERIFY(view);
        view->fitWidth();
        view->goToPage(11);
        QCOMPARE(view->currentPage(), 11);
        view->goToPage(0);
        QCOMPARE(view->currentPage(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(view->allTextRead(), 10000);
        // The youth service annex (page 12) prints its scale: one hit, and the view goes there.
        view->find(QStringLiteral("Inspectors make judgements based on the following scale"));
        QCOMPARE(view->findHitCount(), 1);
        QCOMPARE(view->currentPage(), 11);
        view->find(QStringLiteral("Stockton"));
        const int hits = view->findHitCount();
        QVERIFY(hits > 5);
        const int first = view->currentFindHit();
        view->findNext();
        QCOMPARE(view->currentFindHit(), (first + 1) % hits);
        view->findPrevious();
        QCOMPARE(view->currentFindHit(), first);
        view->find(QStringLiteral("no such phrase in this report"));
        QCOMPARE(view->findHitCount(), 0);
    }

    void loadsOncePerThreadAndReadsTheExtractorsWords()
    {
        DocumentPane pane;
        pane.resize(800, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const int before = pdfLoadCount();
        QVERIFY(pane.view()->setDocument(mJar));
        // The view loads it once for the page sizes and hands it to its render thread, which
        // draws and reads every page's words from it; the thumbnails' thread loads its own.
        QCOMPARE(pdfLoadCount() - before, 1);
        pane.documentChanged();
        QTRY_VERIFY_WITH_TIMEOUT(pane.view()->allTextRead(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(pane.thumbnails()->hasThumbnail(14), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(pane.view()->isPageReady(pane.view()->currentPage()), 20000);
        QCOMPARE(pdfLoadCount() - before, 2);
        // The words the view finds and selects in are those extraction read, page by page.
        const PdfTextResult extracted = loadPdfText(mJar);
        QVERIFY(extracted.ok);
        for (int page = 0; page < 15; ++page) {
            const TextPage *seen = pane.view()->pageText(page);
            QVERIFY(seen);
            const QList<TextLine> &lines = extracted.text.pages.at(page).lines;
            QCOMPARE(seen->lines.size(), lines.size());
            for (int i = 0; i < lines.size(); ++i)
                QCOMPARE(seen->lines[i].text(), lines[i].text());
        }
    }

    void thumbnailsShowThePagesAndGoThere()
    {
        DocumentPane pane;
        pane.resize(800, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.view()->setDocument(mJar));
        pane.documentChanged();
        PageThumbnailModel *thumbnails = pane.thumbnails();
        QCOMPARE(thumbnails->rowCount(), 15);
        QTRY_VERIFY_WITH_TIMEOUT(thumbnails->hasThumbnail(14), 20000);
        for (int page = 0; page < 15; ++page) {
            QVERIFY(thumbnails->hasThumbnail(page));
            // A drawn page: text greys the white paper (a placeholder is white inside its edge).
            const QImage image = thumbnails->index(page).data(Qt::DecorationRole).value<QImage>();
            QVERIFY(image.width() >= 64);
            int dark = 0;
            for (int y = 2; y < image.height() - 2; ++y)
                for (int x = 2; x < image.width() - 2; ++x)
                    dark += qGray(image.pixel(x, y)) < 230 ? 1 : 0;
            QVERIFY2(dark > 20, qPrintable(QStringLiteral("page %1: %2 dark pixels").arg(page + 1).arg(dark)));
        }
        QCOMPARE(thumbnails->index(11).data(Qt::ToolTipRole).toString(), QStringLiteral("Page 12"));
        // Clicking the twelfth thumbnail shows page 12; scrolling the view selects its thumbnail.
        QListView *list = pane.pageList();
        list->scrollTo(thumbnails->index(11));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(thumbnails->index(11)).center());
        QCOMPARE(pane.view()->currentPage(), 11);
        pane.view()->goToPage(3);
        QCOMPARE(list->currentIndex().row(), 3);
    }

    // Issue 12: whichever way the page changes, its thumbnail becomes current and is scrolled
    // into the list's view (the list shows about four of the fifteen pages at this size).
    void thumbnailsFollowThePage()
    {
        DocumentPane pane;
        pane.resize(800, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.view()->setDocument(mJar));
        pane.documentChanged();
        DocumentView *view = pane.view();
        QListView *list = pane.pageList();
        view->fitWidth();
        QCOMPARE(view->currentPage(), 0);
        const auto follows = [&](const char *move) {
            const int page = view->currentPage();
            const QRect item = list->visualRect(pane.thumbnails()->index(page));
            const bool ok = list->currentIndex().row() == page && list->viewport()->rect().contains(item);
            if (!ok)
                qWarning("%s: page %d, current thumbnail %d at y %d..%d of a %d px list", move, page + 1,
                         list->currentIndex().row() + 1, item.top(), item.bottom(), list->viewport()->height());
            return ok;
        };

        // Keyboard: Page Down in the document, to well past the thumbnails shown at first.
        view->setFocus();
        for (int i = 0; i < 12; ++i)
            QTest::keyClick(view, Qt::Key_PageDown);
        QVERIFY2(view->currentPage() >= 6, qPrintable(QString::number(view->currentPage())));
        QVERIFY(follows("Page Down"));

        // Scrolling: to the end of the document, then back to the start.
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QCOMPARE(view->currentPage(), 14);
        QVERIFY(follows("scroll to end"));
        view->verticalScrollBar()->setValue(0);
        QCOMPARE(view->currentPage(), 0);
        QVERIFY(follows("scroll to start"));

        // A judgement's source on another page (the workspace shows it with showBox).
        view->showBox(9, QRectF(72, 400, 300, 20));
        QCOMPARE(view->currentPage(), 9);
        QVERIFY(follows("judgement source"));
        view->showBox(1, QRectF(72, 400, 300, 20));
        QCOMPARE(view->currentPage(), 1);
        QVERIFY(follows("judgement source back"));

        // Find: the only hit is on page 12.
        QTRY_VERIFY_WITH_TIMEOUT(view->allTextRead(), 20000);
        view->find(QStringLiteral("Inspectors make judgements based on the following scale"));
        QCOMPARE(view->findHitCount(), 1);
        QCOMPARE(view->currentPage(), 11);
        QVERIFY(follows("find"));
    }
};

QTEST_MAIN(TestDocumentView)
#include "tst_documentview.moc"
