// A screen reader can name every control a user can reach with the keyboard: in the review
// workspace (library, document pane, form, warnings and history) and in the dashboard (filters
// and chart controls). Names are read through QAccessible, as assistive technology reads them.
#include "review/ReviewFixture.h"

#include "dashboard/DashboardView.h"
#include "dashboard/FilterPanel.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QTabWidget>

using namespace inspectdesk;

namespace {
// Focusable, visible controls under root whose accessible name is empty.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || !w->isEnabled())
            continue;
        // A scroll area's viewport and the line edit inside a combo or spin box are parts of
        // their control, which carries the name.
        const auto *area = qobject_cast<QAbstractScrollArea *>(w->parentWidget());
        if ((area && area->viewport() == w) || qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
            qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return unnamed;
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
    test::ReviewFixture mFixture;

private slots:
    void initTestCase() { QVERIFY(mFixture.init()); }
    void cleanup() { mFixture.closeWindow(); }

    void reviewWorkspaceControlsAreNamed()
    {
        MainWindow *window = mFixture.openWindow(QStringLiteral("review"));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->reviewWorkspace()->openReport(mFixture.reportId(QStringLiteral("stockton-on-tees_apa_2008.pdf")));
        QCoreApplication::processEvents();
        int controls = 0;
        for (QWidget *w : window->reviewWorkspace()->findChildren<QWidget *>())
            controls += (w->isVisible() && w->focusPolicy() != Qt::NoFocus) ? 1 : 0;
        QVERIFY2(controls >= 10, qPrintable(QString::number(controls))); // the check sees the form
        const QStringList unnamed = unnamedControls(window->reviewWorkspace());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void dashboardControlsAreNamed()
    {
        MainWindow *window = mFixture.openWindow(QStringLiteral("dashboard"));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->tabs()->setCurrentWidget(window->dashboard());
        QCoreApplication::processEvents();
        QVERIFY(window->dashboard()->filters()->isVisible());
        // Every chart view (trend, comparison, grid) shows other controls.
        QComboBox *views = nullptr;
        for (QComboBox *combo : window->dashboard()->findChildren<QComboBox *>())
            if (combo->accessibleName() == QLatin1String("View"))
                views = combo;
        QVERIFY(views && views->count() >= 3);
        for (int view = 0; view < views->count(); ++view) {
            views->setCurrentIndex(view);
            QCoreApplication::processEvents();
            const QStringList unnamed = unnamedControls(window->dashboard());
            QVERIFY2(unnamed.isEmpty(),
                     qPrintable(views->itemText(view) + QStringLiteral(": ") + unnamed.join(QStringLiteral(", "))));
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
