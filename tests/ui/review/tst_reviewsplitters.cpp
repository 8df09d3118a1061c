// The review workspace's splitters (library | document | form, and the form over warnings and
// history) are where the reviewer last dragged them in the next window, after a restart.
#include "ReviewFixture.h"

#include <QMouseEvent>
#include <QSplitter>

using namespace inspectdesk;

namespace {
// Drags the handle before widget index of splitter by dx, dy as the mouse does.
void drag(QSplitter *splitter, int index, QPoint delta)
{
    QSplitterHandle *handle = splitter->handle(index);
    const QPoint from = handle->rect().center();
    const QPoint to = from + delta;
    QMouseEvent press(QEvent::MouseButtonPress, from, handle->mapToGlobal(from), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(handle, &press);
    QMouseEvent move(QEvent::MouseMove, to, handle->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(handle, &move);
    QMouseEvent release(QEvent::MouseButtonRelease, to, handle->mapToGlobal(to), Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(handle, &release);
}
} // namespace

class TestReviewSplitters : public QObject
{
    Q_OBJECT
    test::ReviewFixture mFixture;

    QSplitter *splitter(MainWindow *window, const char *name)
    {
        return window->reviewWorkspace()->findChild<QSplitter *>(QLatin1String(name));
    }

private slots:
    void initTestCase() { QVERIFY(mFixture.init()); }
    void cleanup() { mFixture.closeWindow(); }

    void draggedSplittersAreRememberedInTheNextWindow()
    {
        MainWindow *window = mFixture.openWindow(QStringLiteral("first"));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QSplitter *main = splitter(window, "ReviewSplitter");
        QSplitter *form = splitter(window, "FormSplitter");
        QVERIFY(main && form);
        const QList<int> initial = main->sizes();
        QCOMPARE(initial.size(), 3);

        drag(main, 1, {120, 0}); // a wider library
        drag(form, 1, {0, -80}); // more room for warnings and history
        const QList<int> dragged = main->sizes();
        const QList<int> draggedForm = form->sizes();
        QVERIFY2(dragged[0] >= initial[0] + 100,
                 qPrintable(QStringLiteral("%1 -> %2").arg(initial[0]).arg(dragged[0])));
        mFixture.closeWindow();

        // A window built afresh, as after a restart, starts where the reviewer left them.
        window = mFixture.openWindow(QStringLiteral("second"));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(splitter(window, "ReviewSplitter")->sizes(), dragged);
        QCOMPARE(splitter(window, "FormSplitter")->sizes(), draggedForm);
    }
};

QTEST_MAIN(TestReviewSplitters)
#include "tst_reviewsplitters.moc"
