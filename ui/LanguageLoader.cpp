#include "LanguageLoader.h"

#include "AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>
#include <vector>

namespace inspectdesk {

namespace {
const QString kResourceDir = QStringLiteral(":/i18n");

// The translators installed by the last apply(); owned by the application object so they
// are gone with it, tracked here so a later apply() can replace them.
std::vector<QPointer<QTranslator>> &installed()
{
    static std::vector<QPointer<QTranslator>> translators;
    return translators;
}
bool gTranslationLoaded = false;

void removeInstalled()
{
    for (const QPointer<QTranslator> &t : installed()) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed().clear();
}

bool install(QTranslator *translator, bool loaded)
{
    if (!loaded) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().emplace_back(translator);
    return true;
}
} // namespace

QLocale LanguageLoader::apply(const QString &code)
{
    removeInstalled();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    QCoreApplication *app = QCoreApplication::instance();

    // Installed first, so searched last: proper English plurals for any message that the
    // chosen language leaves untranslated (and for English itself).
    installEnglishPlurals();

    // Qt's own dialogs and buttons. Debian ships no Welsh qtbase, so an embedded one is
    // tried after the Qt installation's.
    auto *qt = new QTranslator(app);
    const bool qtLoaded = qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
                          qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), kResourceDir);
    install(qt, qtLoaded);

    // British English is the source text: nothing to load (a lookup for en_GB would
    // otherwise fall back to the plural-forms file inspectdesk_en.qm).
    gTranslationLoaded = false;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        auto *own = new QTranslator(app);
        gTranslationLoaded =
            install(own, own->load(locale, QStringLiteral("inspectdesk"), QStringLiteral("_"), kResourceDir));
    }
    return locale;
}

void LanguageLoader::installEnglishPlurals()
{
    auto *plurals = new QTranslator(QCoreApplication::instance());
    install(plurals, plurals->load(kResourceDir + QStringLiteral("/inspectdesk_en.qm")));
}

QLocale LanguageLoader::applyFromSettings()
{
    return apply(AppSettings().language());
}

QStringList LanguageLoader::availableLanguages()
{
    QStringList codes{QStringLiteral("en_GB")};
    const QStringList files =
        QDir(kResourceDir).entryList({QStringLiteral("inspectdesk_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(int(qstrlen("inspectdesk_"))).chopped(3);
        if (code != QLatin1String("en")) // the plural-forms file, not a language of its own
            codes << code;
    }
    return codes;
}

bool LanguageLoader::translationLoaded()
{
    return gTranslationLoaded;
}

} // namespace inspectdesk
