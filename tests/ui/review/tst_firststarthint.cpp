// The first-start hint of the review workspace, through the real window: it names the real
// shortcuts for next unreviewed and confirm, stays until the reviewer has used both, and is
// gone for good after that (a new window does not show it again).
#include "ReviewFixture.h"

#include "review/FirstStartHint.h"
#include "review/ReportForm.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QTableView>

using namespace inspectdesk;

class TestFirstStartHint : public QObject
{
    Q_OBJECT
    test::ReviewFixture mFixture;

private slots:
    void initTestCase() { QVERIFY(mFixture.init()); }
    void cleanup() { mFixture.closeWindow(); }

    void hintShownUntilBothShortcutsUsed()
    {
        QSettings().remove(QStringLiteral("review/learntShortcuts")); // a newcomer
        MainWindow *window = mFixture.openWindow(QStringLiteral("hint"));
        ReviewWorkspace *review = window->reviewWorkspace();
        QVERIFY(QTest::qWaitForWindowActive(window));
        FirstStartHint *hint = review->firstStartHint();
        QVERIFY(hint->isVisible());
        // It teaches the keys the Review menu really has.
        for (const QString &name : {QStringLiteral("nextUnreviewed"), QStringLiteral("confirm")}) {
            const QString key = review->action(name)->shortcut().toString(QKeySequence::NativeText);
            QVERIFY(!key.isEmpty());
            QVERIFY2(hint->text().contains(key), qPrintable(key + QLatin1Char('|') + hint->text()));
        }

        review->form()->table()->setFocus();
        test::pressOnFocus(Qt::Key_F8);
        QVERIFY(hint->isVisible()); // one of the two
        test::pressOnFocus(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!hint->isVisible());

        // Remembered: the next start does not show it.
        mFixture.closeWindow();
        window = mFixture.openWindow(QStringLiteral("hint-again"));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(!window->reviewWorkspace()->firstStartHint()->isVisible());
    }

    void closingTheHintHidesItForGood()
    {
        QSettings().remove(QStringLiteral("review/learntShortcuts"));
        MainWindow *window = mFixture.openWindow(QStringLiteral("hint-closed"));
        FirstStartHint *hint = window->reviewWorkspace()->firstStartHint();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(hint->isVisible());
        auto *close = hint->findChild<QPushButton *>();
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!hint->isVisible());
        mFixture.closeWindow();
        window = mFixture.openWindow(QStringLiteral("hint-closed-again"));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(!window->reviewWorkspace()->firstStartHint()->isVisible());
    }
};

QTEST_MAIN(TestFirstStartHint)
#include "tst_firststarthint.moc"
