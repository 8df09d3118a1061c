#include "Grade.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace inspectdesk {

namespace {
struct Names
{
    const char *id;
    const char *label;
};
const Names kJudgements[] = {{"", QT_TRANSLATE_NOOP("Grade", "Unknown")},
                             {"inadequate", QT_TRANSLATE_NOOP("Grade", "Inadequate")},
                             {"adequate", QT_TRANSLATE_NOOP("Grade", "Adequate")},
                             {"good", QT_TRANSLATE_NOOP("Grade", "Good")},
                             {"outstanding", QT_TRANSLATE_NOOP("Grade", "Outstanding")}};
const Names kStatuses[] = {{"extracted", QT_TRANSLATE_NOOP("Grade", "Extracted")},
                           {"confirmed", QT_TRANSLATE_NOOP("Grade", "Confirmed")},
                           {"corrected", QT_TRANSLATE_NOOP("Grade", "Corrected")},
                           {"added", QT_TRANSLATE_NOOP("Grade", "Added by hand")}};
const char *const kScales[] = {"unknown", "four_is_outstanding", "performs", "one_is_outstanding", "words"};

Judgement fromWords(const QString &text)
{
    const QString t = text.toLower();
    // Order matters: "requires improvement to be good" contains "good", and
    // "inadequate" contains "adequate".
    // "require(s)/requiring improvement", whatever the verb's form.
    static const QRegularExpression requires_(QStringLiteral("\\brequir(?:e|es|ed|ing)\\s+improvement\\b"));
    if (requires_.match(t).hasMatch())
        return Judgement::Adequate;
    if (t.contains(QLatin1String("inadequate")) || t.contains(QLatin1String("poor")))
        return Judgement::Inadequate;
    if (t.contains(QLatin1String("outstanding")) || t.contains(QLatin1String("excellent")))
        return Judgement::Outstanding;
    if (t.contains(QLatin1String("good")) || t.contains(QLatin1String("well")))
        return Judgement::Good;
    if (t.contains(QLatin1String("adequate")) || t.contains(QLatin1String("satisfactory")))
        return Judgement::Adequate;
    return Judgement::Unknown;
}

int printedNumber(const QString &text)
{
    static const QRegularExpression digit(QStringLiteral("\\b([1-4])\\b"));
    const auto m = digit.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}
} // namespace

QString judgementId(Judgement j)
{
    return QString::fromLatin1(kJudgements[int(j)].id);
}
Judgement judgementFromId(const QString &id)
{
    for (int i = 1; i <= 4; ++i)
        if (id == QLatin1String(kJudgements[i].id))
            return Judgement(i);
    return Judgement::Unknown;
}
QString judgementLabel(Judgement j)
{
    return QCoreApplication::translate("Grade", kJudgements[int(j)].label);
}

QString scaleId(Scale s)
{
    return QString::fromLatin1(kScales[int(s)]);
}
Scale scaleFromId(const QString &id)
{
    for (int i = 0; i < 5; ++i)
        if (id == QLatin1String(kScales[i]))
            return Scale(i);
    return Scale::Unknown;
}

QString reviewStatusId(ReviewStatus s)
{
    return QString::fromLatin1(kStatuses[int(s)].id);
}
ReviewStatus reviewStatusFromId(const QString &id)
{
    for (int i = 0; i < 4; ++i)
        if (id == QLatin1String(kStatuses[i].id))
            return ReviewStatus(i);
    return ReviewStatus::Extracted;
}
QString reviewStatusLabel(ReviewStatus s)
{
    return QCoreApplication::translate("Grade", kStatuses[int(s)].label);
}

Judgement normalise(Scale scale, const QString &printed)
{
    const int n = printedNumber(printed);
    const Judgement words = fromWords(printed);
    Judgement byNumber = Judgement::Unknown;
    switch (scale) {
    case Scale::FourIsOutstanding:
    case Scale::PerformsScale:
        byNumber = n ? Judgement(n) : Judgement::Unknown;
        break;
    case Scale::OneIsOutstanding:
        byNumber = n ? Judgement(5 - n) : Judgement::Unknown;
        break;
    case Scale::Words:
        return words;
    case Scale::Unknown:
        return Judgement::Unknown; // a number on an unknown scale is never mapped
    }
    // When both a number and a word are printed they must agree; otherwise it is unknown.
    if (byNumber != Judgement::Unknown && words != Judgement::Unknown && byNumber != words)
        return Judgement::Unknown;
    return byNumber != Judgement::Unknown ? byNumber : words;
}

} // namespace inspectdesk
