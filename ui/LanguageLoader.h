#pragma once

#include <QLocale>
#include <QStringList>

namespace inspectdesk {

// Installs the translators for the interface language: the application's own strings
// (embedded at :/i18n/inspectdesk_<lang>.qm), English plural forms underneath them, and
// Qt's own strings (qtbase_<lang>.qm from the Qt installation, or embedded when Qt ships none).
// Widgets built afterwards come up in that language; existing ones keep their text.
class LanguageLoader
{
public:
    // code "" follows the system locale; otherwise e.g. "cy" or "en_GB".
    // Returns the locale now in use (also made QLocale's default).
    static QLocale apply(const QString &code);
    // English plural forms ("5 judgements", not "5 judgement(s)") for messages no other
    // translation gives: what apply() installs first, and all the command line needs.
    static void installEnglishPlurals();
    // Applies the language chosen in the settings (AppSettings::language()).
    static QLocale applyFromSettings();
    // Language codes with an embedded translation, plus the source language en_GB.
    static QStringList availableLanguages();
    // True if the application's translation for the locale was found and installed by
    // the last apply() (false for the source language, British English).
    static bool translationLoaded();
};

} // namespace inspectdesk
