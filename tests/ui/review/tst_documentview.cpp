// The document pane's viewer on a real report: zoom steps and fits, Ctrl+wheel zoom against a
// plain wheel scroll, page navigation and find.
#include "review/DocumentView.h"

#include <QFile>
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
};

QTEST_MAIN(TestDocumentView)
#include "tst_documentview.moc"
