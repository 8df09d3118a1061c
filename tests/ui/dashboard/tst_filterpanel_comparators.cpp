// Choosing "my council" and its comparators through the dashboard's real filter widgets: typed
// with completion, one click for the group, the council list by region with the ticked ones
// first, and everything remembered by a new panel (a restart) reading the same settings.
#include "dashboard/FilterPanel.h"
#include "register/CouncilRegister.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;

namespace {
template <typename T> T *named(QWidget *root, const QString &accessibleName)
{
    for (T *w : root->findChildren<T *>())
        if (w->accessibleName() == accessibleName)
            return w;
    return nullptr;
}

QPushButton *button(QWidget *root, const QString &text)
{
    for (QPushButton *b : root->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    return nullptr;
}

QStringList everyCouncil()
{
    QStringList names;
    for (const RegisterCouncil *c : CouncilRegister::builtIn().councils())
        names << c->shortName;
    return names;
}

// Stockton-on-Tees (808) and its neighbours in statistical-neighbours-2025.csv, closest first.
const QStringList kStocktonAndNeighbours2025 = {QStringLiteral("Stockton-on-Tees"),
                                                QStringLiteral("Darlington"),
                                                QStringLiteral("Dudley"),
                                                QStringLiteral("Lancashire"),
                                                QStringLiteral("Gateshead"),
                                                QStringLiteral("Wakefield"),
                                                QStringLiteral("Bury"),
                                                QStringLiteral("County Durham"),
                                                QStringLiteral("Rotherham"),
                                                QStringLiteral("Telford and Wrekin"),
                                                QStringLiteral("Wirral")};
} // namespace

class TestFilterPanelComparators : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;

    std::unique_ptr<FilterPanel> newPanel()
    {
        auto panel = std::make_unique<FilterPanel>();
        panel->setAvailable(everyCouncil(), 2013, 2025);
        panel->resize(300, 900);
        panel->show();
        return panel;
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, mDir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("InspectDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("filterpanel"));
    }

    void myCouncilAndNeighboursInOneClickRemembered()
    {
        auto panel = newPanel();
        QCOMPARE(panel->filter().focusLaCode, 0);
        auto *council = named<QComboBox>(panel.get(), QStringLiteral("My council"));
        QVERIFY(council);
        QSignalSpy changed(panel.get(), &FilterPanel::filterChanged);
        council->setFocus();
        council->lineEdit()->selectAll();
        QTest::keyClicks(council->lineEdit(), QStringLiteral("Stockton-on-Tees"));
        QTest::keyClick(council->lineEdit(), Qt::Key_Return);
        QCOMPARE(panel->filter().focusLaCode, 808);
        QVERIFY(!changed.isEmpty());

        QPushButton *neighbours = button(panel.get(), QStringLiteral("Neighbours"));
        QVERIFY(neighbours && neighbours->isCheckable());
        changed.clear();
        QTest::mouseClick(neighbours, Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(panel->filter().comparators, ComparatorGroup::Neighbours);
        QCOMPARE(panel->filter().focusLaCode, 808);
        // The group decides what is drawn; the list's count must not claim "every council".
        bool saysGroup = false;
        for (QLabel *l : panel->findChildren<QLabel *>())
            saysGroup = saysGroup || l->text().startsWith(QStringLiteral("My council's group is drawn"));
        QVERIFY(saysGroup);

        panel.reset(); // a restart
        auto again = newPanel();
        QCOMPARE(again->filter().focusLaCode, 808);
        QCOMPARE(again->filter().comparators, ComparatorGroup::Neighbours);
        QVERIFY(button(again.get(), QStringLiteral("Neighbours"))->isChecked());
    }

    void tickMyCouncilAndNeighboursListsThemFirst()
    {
        auto panel = newPanel(); // my council remembered from the test before
        QCOMPARE(panel->filter().focusLaCode, 808);
        QTest::mouseClick(button(panel.get(), QStringLiteral("Tick my council and its neighbours")), Qt::LeftButton);
        const ChartFilter f = panel->filter();
        QCOMPARE(f.councils, kStocktonAndNeighbours2025); // the model of the "to" year, 2025
        QCOMPARE(f.comparators, ComparatorGroup::Chosen);
        auto *list = named<QListView>(panel.get(), QStringLiteral("Councils"));
        QVERIFY(list);
        QStringList firstRows;
        for (int r = 0; r < 11; ++r)
            firstRows << list->model()->index(r, 0).data().toString();
        QCOMPARE(QSet<QString>(firstRows.begin(), firstRows.end()),
                 QSet<QString>(kStocktonAndNeighbours2025.begin(), kStocktonAndNeighbours2025.end()));
        QCOMPARE(list->model()->index(11, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        bool counted = false;
        for (QLabel *l : panel->findChildren<QLabel *>())
            counted = counted || l->text() == QStringLiteral("11 chosen (listed first)");
        QVERIFY(counted);

        panel.reset();
        auto again = newPanel();
        QCOMPARE(again->filter().councils, kStocktonAndNeighbours2025);
        QCOMPARE(again->filter().comparators, ComparatorGroup::Chosen);
    }

    void listByRegion()
    {
        auto panel = newPanel();
        auto *region = named<QComboBox>(panel.get(), QStringLiteral("List the councils of a region"));
        auto *list = named<QListView>(panel.get(), QStringLiteral("Councils"));
        QVERIFY(region && list);
        const int all = list->model()->rowCount();
        QCOMPARE(all, qsizetype(CouncilRegister::builtIn().councils().size()));
        region->setCurrentIndex(region->findText(QStringLiteral("North East")));
        // local-authorities.csv: 12 councils in the North East
        QCOMPARE(list->model()->rowCount(), 12);
        auto *search = named<QLineEdit>(panel.get(), QStringLiteral("Search councils"));
        QTest::keyClicks(search, QStringLiteral("tyne"));
        QCOMPARE(list->model()->rowCount(), 3); // Newcastle upon Tyne, North and South Tyneside
    }
};

QTEST_MAIN(TestFilterPanelComparators)
#include "tst_filterpanel_comparators.moc"
