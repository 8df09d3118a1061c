// Switches the interface to Welsh and checks that the main window really changes: menu
// titles, the workspace tabs, and every visible text is translated. The English and Welsh
// windows are built on the same database; a text that reads the same in both is a failure
// unless it is data (council names, file names) or a name that is never translated.
#include "AppSettings.h"
#include "LanguageLoader.h"
#include "MainWindow.h"
#include "Session.h"
#include "SettingsDialog.h"
#include "dashboard/DashboardView.h"
#include "model/ReportKind.h"
#include "store/ReportStore.h"

#include <algorithm>

#include "register/CouncilRegister.h"
#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

#include <QTest>
#include <QValueAxis>

using namespace inspectdesk;

namespace {

// Words that are the same in every language.
const QStringList kNeverTranslated = {QStringLiteral("InspectDesk"), QStringLiteral("Ofsted"),  QStringLiteral("Qt"),
                                      QStringLiteral("PDF"),         QStringLiteral("CSV"),     QStringLiteral("SVG"),
                                      QStringLiteral("ILACS"),       QStringLiteral("sqlite"),  QStringLiteral("db"),
                                      QStringLiteral("poppler"),     QStringLiteral("English"), QStringLiteral("UK"),
                                      QStringLiteral("Cymraeg"),     QStringLiteral("GNU"),     QStringLiteral("JSON"),
                                      QStringLiteral("Ctrl"),        QStringLiteral("Shift"),   QStringLiteral("Alt")};

struct Text
{
    QString where;
    QString text;
};

void add(QList<Text> &texts, const QString &where, const QString &text)
{
    if (!text.trimmed().isEmpty())
        texts.append({where, text});
}

// Every text a user can see in the window as it stands: widget texts and titles,
// menu and toolbar actions, tab titles, item-view headers and cells, chart labels.
QList<Text> visibleTexts(QWidget &window)
{
    QList<Text> texts;
    add(texts, QStringLiteral("window title"), window.windowTitle());
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(&window))
            continue;
        const QString where = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
        add(texts, where + QStringLiteral(" tooltip"), w->toolTip());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(texts, where, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(texts, where, button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            add(texts, where, group->title());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(texts, where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(texts, where + QStringLiteral(" item"), combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(texts, where + QStringLiteral(" tab"), tabs->tabText(i));
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                add(texts, where + QStringLiteral(" header"), model->headerData(c, Qt::Horizontal).toString());
                for (int r = 0; r < qMin(model->rowCount(), 60); ++r)
                    add(texts, where + QStringLiteral(" cell"), model->index(r, c).data().toString());
            }
        }
        if (auto *chartView = qobject_cast<QChartView *>(w); chartView && chartView->chart()) {
            QChart *chart = chartView->chart();
            add(texts, where + QStringLiteral(" chart title"), chart->title());
            const QList<QAbstractAxis *> axes = chart->axes();
            for (QAbstractAxis *axis : axes)
                add(texts, where + QStringLiteral(" axis"), axis->titleText());
            const QList<QLegendMarker *> markers = chart->legend()->markers();
            for (QLegendMarker *marker : markers)
                add(texts, where + QStringLiteral(" legend"), marker->label());
        }
    }
    // Menus (titles and items, also those of menus not open now) and toolbar actions.
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (!action->isSeparator() && !action->associatedObjects().isEmpty())
            add(texts, QStringLiteral("action ") + action->objectName(), action->text());
    }
    return texts;
}

// True if the text carries words of the source language: letters left after removing
// markup, mnemonics, data and names that are never translated.
bool readsAsEnglish(QString text, const QSet<QString> &data)
{
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.remove(QLatin1Char('&'));
    if (data.contains(text.trimmed()))
        return false;
    // Data inside a longer text ("x.sqlite — InspectDesk"); longest first, so a council name
    // goes whole before its parts ("Stockton-on-Tees" before "Tees" leaves no stray "on-").
    QStringList values = data.values();
    std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &value : std::as_const(values)) {
        if (value.size() >= 3)
            text.replace(value, QStringLiteral(" "));
    }
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z'’-]+"));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (!kNeverTranslated.contains(w, Qt::CaseInsensitive) && !data.contains(w))
            return true;
    }
    return false;
}

} // namespace

class TranslationTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void welshIsEmbedded();
    void menusAndDashboardChange();
    void noVisibleTextLeftUntranslated();
    void settingsDialogTranslated();

private:
    QStringList menuTitles(MainWindow &window) const;
    QList<Text> textsOfAllTabs(MainWindow &window) const;
    QSet<QString> dataTexts(MainWindow &window) const;
    QTemporaryDir mHome;
    QString mDatabase;
};

void TranslationTest::initTestCase()
{
    Q_INIT_RESOURCE(resources); // the sample reports and icon live in a static library
    QVERIFY(mHome.isValid());
    // Settings and the default database go to a scratch folder, never the user's.
    qputenv("XDG_CONFIG_HOME", mHome.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", mHome.filePath(QStringLiteral("data")).toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("InspectDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translation"));
    mDatabase = mHome.filePath(QStringLiteral("reports.sqlite"));
    // Seed the database once, in English, so both windows show the same reports.
    LanguageLoader::apply(QStringLiteral("en_GB"));
    MainWindow window;
    QVERIFY(window.openDatabase(mDatabase));
    QVERIFY2(!window.session().store().reports().isEmpty(), "the sample reports were not imported");
}

void TranslationTest::cleanupTestCase()
{
    LanguageLoader::apply(QStringLiteral("en_GB"));
}

void TranslationTest::welshIsEmbedded()
{
    QVERIFY(LanguageLoader::availableLanguages().contains(QStringLiteral("cy")));
    LanguageLoader::apply(QStringLiteral("cy"));
    QVERIFY(LanguageLoader::translationLoaded());
    QCOMPARE(QCoreApplication::translate("inspectdesk::MainWindow", "&File"), QStringLiteral("&Ffeil"));
    QCOMPARE(QCoreApplication::translate("Grade", "Outstanding"), QStringLiteral("Rhagorol"));
    QCOMPARE(QLocale().language(), QLocale::Welsh);
    // Qt's own buttons too (Qt ships no Welsh; ours is embedded).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Diddymu"));

    // Back in English the source text shows, with proper English plurals.
    LanguageLoader::apply(QStringLiteral("en_GB"));
    QVERIFY(!LanguageLoader::translationLoaded());
    QCOMPARE(QCoreApplication::translate("inspectdesk::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(QCoreApplication::translate("inspectdesk::MainWindow", "New database: %n sample report(s) imported",
                                         nullptr, 1),
             QStringLiteral("New database: 1 sample report imported"));
    QCOMPARE(QCoreApplication::translate("inspectdesk::MainWindow", "New database: %n sample report(s) imported",
                                         nullptr, 4),
             QStringLiteral("New database: 4 sample reports imported"));
}

QStringList TranslationTest::menuTitles(MainWindow &window) const
{
    QStringList titles;
    const QList<QAction *> menus = window.menuBar()->actions();
    for (QAction *menu : menus)
        titles << menu->text();
    return titles;
}

QList<Text> TranslationTest::textsOfAllTabs(MainWindow &window) const
{
    QList<Text> texts;
    for (int i = 0; i < window.tabs()->count(); ++i) {
        window.tabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        texts += visibleTexts(window);
    }
    return texts;
}

// What the open database holds: shown as it is in every language.
QSet<QString> dataTexts(ReportStore &store, const QString &database)
{
    QSet<QString> data{database, QFileInfo(database).fileName()};
    // The register's councils and regions are names (the "My council" and region lists), as
    // printed by the DfE in English, not interface text.
    for (const RegisterCouncil *c : CouncilRegister::builtIn().councils())
        data << c->shortName << c->officialName << c->region << c->councilType;
    const QList<ReportSummary> reports = store.reports();
    for (const ReportSummary &r : reports) {
        data << r.council << r.fileName << r.importedBy;
        static const QRegularExpression parts(QStringLiteral("[\\s-]+"));
        for (const QString &part : r.council.split(parts, Qt::SkipEmptyParts))
            data << part; // council names inside longer texts ("Stockton-on-Tees 2008")
        // The kind's stable id, as in the Recent Reports entries ("Stockton-on-Tees jar 2008").
        data << reportKindId(r.kind);
        // Extraction warnings are stored with the report as the readers wrote them (English),
        // like the grades and areas read from the PDF.
        if (const std::optional<StoredReport> stored = store.report(r.id)) {
            for (const ExtractionWarning &w : stored->content.warnings)
                data << w.message;
        }
    }
    const QList<JudgementFact> facts = store.judgementFacts();
    for (const JudgementFact &f : facts)
        data << f.section << f.key << f.area << f.printed;
    return data;
}

QSet<QString> TranslationTest::dataTexts(MainWindow &window) const
{
    return ::dataTexts(window.session().store(), mDatabase);
}

void TranslationTest::menusAndDashboardChange()
{
    LanguageLoader::apply(QStringLiteral("en_GB"));
    auto english = std::make_unique<MainWindow>();
    const QStringList englishMenus = menuTitles(*english);
    const QString englishDashboard = english->tabs()->tabText(english->tabs()->indexOf(english->dashboard()));
    english.reset();

    LanguageLoader::apply(QStringLiteral("cy"));
    MainWindow welsh;
    const QStringList welshMenus = menuTitles(welsh);
    QCOMPARE(englishMenus.first(), QStringLiteral("&File"));
    QCOMPARE(welshMenus.first(), QStringLiteral("&Ffeil"));
    QCOMPARE(welshMenus.size(), englishMenus.size());
    for (int i = 0; i < welshMenus.size(); ++i)
        QVERIFY2(welshMenus.at(i) != englishMenus.at(i), qPrintable(englishMenus.at(i)));
    QCOMPARE(englishDashboard, QStringLiteral("&Dashboard"));
    QCOMPARE(welsh.tabs()->tabText(welsh.tabs()->indexOf(welsh.dashboard())), QStringLiteral("&Dangosfwrdd"));
}

void TranslationTest::noVisibleTextLeftUntranslated()
{
    QSet<QString> english;
    QSet<QString> data;
    {
        LanguageLoader::apply(QStringLiteral("en_GB"));
        MainWindow window;
        QVERIFY(window.openDatabase(mDatabase));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<Text> texts = textsOfAllTabs(window);
        data = dataTexts(window);
        int readAsEnglish = 0;
        for (const Text &t : texts) {
            english << t.text;
            readAsEnglish += readsAsEnglish(t.text, data) ? 1 : 0;
        }
        // The detector itself works: the English window is full of English.
        QVERIFY2(readAsEnglish >= 20, qPrintable(QString::number(readAsEnglish)));
    }
    LanguageLoader::apply(QStringLiteral("cy"));
    MainWindow window;
    QVERIFY(window.openDatabase(mDatabase));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<Text> texts = textsOfAllTabs(window);
    QVERIFY(texts.size() >= 20); // menus, actions, tabs at the least

    QStringList untranslated;
    for (const Text &t : texts) {
        if (english.contains(t.text) && readsAsEnglish(t.text, data))
            untranslated << t.where + QStringLiteral(": \"") + t.text + QLatin1Char('"');
    }
    untranslated.removeDuplicates();
    QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("left in English under Welsh:\n  ") +
                                                untranslated.join(QStringLiteral("\n  "))));
}

void TranslationTest::settingsDialogTranslated()
{
    auto textsIn = [](const QString &language) {
        LanguageLoader::apply(language);
        SettingsDialog dialog;
        dialog.show();
        QList<Text> texts = visibleTexts(dialog);
        QLineEdit *reviewer = dialog.findChild<QLineEdit *>();
        return std::make_pair(
            texts, QSet<QString>{reviewer ? reviewer->placeholderText() : QString(), AppSettings().defaultDatabase()});
    };
    const auto [englishTexts, data] = textsIn(QStringLiteral("en_GB"));
    const auto [welshTexts, unused] = textsIn(QStringLiteral("cy"));
    QSet<QString> english;
    for (const Text &t : englishTexts)
        english << t.text;
    QStringList untranslated;
    for (const Text &t : welshTexts) {
        if (english.contains(t.text) && readsAsEnglish(t.text, data))
            untranslated << t.where + QStringLiteral(": \"") + t.text + QLatin1Char('"');
    }
    QVERIFY(welshTexts.size() >= 8); // labels, buttons, language choices
    const bool welshCancel = std::any_of(welshTexts.begin(), welshTexts.end(),
                                         [](const Text &t) { return t.text == QLatin1String("Diddymu"); });
    QVERIFY2(welshCancel, "the dialog's Cancel button is not in Welsh");
    QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("left in English under Welsh:\n  ") +
                                                untranslated.join(QStringLiteral("\n  "))));
}

QTEST_MAIN(TranslationTest)
#include "tst_translation.moc"
