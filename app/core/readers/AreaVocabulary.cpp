#include "readers/AreaVocabulary.h"

#include <QRegularExpression>
#include <QSet>

#include <vector>

namespace inspectdesk {

namespace {

struct Entry
{
    const char *key;
    const char *pattern; // words separated by single spaces; matched across any whitespace
};

// Longer phrases first only for readability: ties on the end position go to the longest.
const Entry kEntries[] = {
    {"overall_effectiveness", "overall effectiveness(?: of (?:the )?children['’]s services)?"},
    {"overall_effectiveness", "overall judgement"},
    {"overall_effectiveness", "children['’]s services assessment"},
    // 2005-2006 APA letters: "The contribution of the local authority's children's services in
    // maintaining and improving outcomes ..." was the overall judgement; "The council's overall
    // capacity to improve its services for ..." the capacity one.
    {"overall_effectiveness", "contribution of the (?:local authority|council)['’]s children['’]s services in "
                              "maintaining and improving outcomes for children and young people"},
    {"social_care_services", "contribution of the (?:local authority|council)['’]s social care services in "
                             "maintaining and improving outcomes for children and young people"},
    {"capacity_to_improve",
     "capacity (?:to improve|for improvement)(?: its services(?: for children and young people)?)?"},
    {"being_healthy", "being healthy"},
    {"staying_safe", "staying safe"},
    {"enjoying_and_achieving", "enjoying and achieving"},
    {"making_a_positive_contribution", "making a positive contribution"},
    {"achieving_economic_wellbeing", "(?:achieving )?economic well(?:[-‐–]|\\s)?being"},
    {"service_management", "service management"},
    {"safeguarding", "safeguarding"},
    {"looked_after_children", "looked after children"},
    {"learning_difficulties_and_disabilities", "learning difficulties and(?:/|\\s)?or disabilities"},
    {"children_are_safe", "children and young people are safe"},
    {"children_feel_safe", "children and young people feel safe"},
    {"quality_of_provision", "quality of provision"},
    {"outcomes_for_looked_after_children", "outcomes for (?:looked after children|children looked after)(?: and care "
                                           "leavers)?"},
    {"service_responsiveness", "service responsiveness(?: including complaints)?"},
    {"assessment_and_direct_work", "assessment and direct work with children(?: and (?:young people|families))?"},
    {"case_planning_review_and_recording", "case planning,? review and recording"},
    {"leadership_and_management", "leadership and management"},
    {"leadership_management_and_governance", "leadership,? management and governance"},
    {"ambition_and_prioritisation", "ambition and prioritisation"},
    {"evaluation", "evaluation"},
    {"user_engagement", "user engagement"},
    {"partnerships", "partnerships"},
    {"equality_and_diversity", "equality and diversity"},
    {"value_for_money", "value for money"},
    {"standards_of_achievement", "standards of (?:young people['’]s )?achievement"},
    {"quality_of_practice", "quality of (?:youth work )?practice"},
    {"quality_of_curriculum_and_resources", "quality of (?:the )?curriculum and resources"},
    // Later frameworks (SIF 2013-2017, ILACS 2018-).
    {"children_who_need_help_and_protection", "children who need help(?: and protection)?"},
    // Keys as ../docs judgement vocabulary: the 2018-22 ILACS combined judgement is not the
    // 2023+ one on children in care alone, nor the SIF one on children looked after.
    {"children_looked_after_and_achieving_permanence", "children looked after(?: and achieving permanence)?"},
    {"children_in_care_and_care_leavers", "children in care and care leavers"},
    {"children_in_care", "children in care"},
    {"adoption_performance", "adoption(?: performance)?"},
    {"care_leavers", "care leavers"},
    {"lscb_effectiveness", "(?:review of )?the effectiveness of the local safeguarding children board(?: \\(LSCB\\))?"},
    {"lscb_effectiveness", "local safeguarding children board(?: \\(LSCB\\))?"},
    {"impact_of_leaders", "impact of leaders(?: on social work practice with children and families)?"},
};

struct Compiled
{
    QString key;
    QRegularExpression re;
};

const std::vector<Compiled> &compiled()
{
    static const std::vector<Compiled> list = [] {
        std::vector<Compiled> out;
        for (const auto &e : kEntries) {
            QString p = QString::fromUtf8(e.pattern);
            p.replace(QLatin1Char(' '), QLatin1String("\\s+"));
            out.push_back(
                {QString::fromLatin1(e.key), QRegularExpression(QStringLiteral("\\b") + p + QStringLiteral("\\b"),
                                                                QRegularExpression::CaseInsensitiveOption)});
        }
        return out;
    }();
    return list;
}

// What may stand between a label and its grade. An elaboration starts with ',', ':' or '('
// and never holds a verb: "Capacity to improve, including the management of services" is a
// label, "capacity to improve, which is good" is prose.
bool acceptableGap(const QString &gap, bool allowPeriod, bool aloneOnLine = false)
{
    static const QRegularExpression continuation(QStringLiteral("^[^.;:\\f\\t\\n]{0,120}\\n[ ]*$"));
    static const QRegularExpression plain(QStringLiteral("^[\\s:\\-–—]*$"));
    static const QRegularExpression plainPeriod(QStringLiteral("^[\\s:\\-–—]*\\.?\\s*$"));
    // A label cell may also run over a page break (at most one).
    static const QRegularExpression elaboration(QStringLiteral("^\\s*(?:[,:(]|including\\b)[^.;]{0,200}$"));
    // An elaboration never holds another grade, nor runs over more than three line breaks
    // (a label wrapped in a narrow cell).
    static const QRegularExpression otherGrade(
        QStringLiteral("\\b(?:outstanding|good|adequate|inadequate|grade|performs)\\b|\\b[1-4]\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression verb(QStringLiteral("\\b(is|are|was|were|has|have|had|be|been|remains?|judged)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    // A label sentence ending in '.' inside its cell, the grade in the next cell.
    static const QRegularExpression periodThenCell(QStringLiteral("^\\.[ ]*\\t\\s*$"));
    if ((allowPeriod ? plainPeriod : plain).match(gap).hasMatch() || periodThenCell.match(gap).hasMatch())
        return true;
    return (elaboration.match(gap).hasMatch() || (aloneOnLine && continuation.match(gap).hasMatch())) &&
           !verb.match(gap).hasMatch() && !otherGrade.match(gap).hasMatch() && gap.count(QLatin1Char('\n')) <= 3 &&
           gap.count(QLatin1Char('\f')) <= 1;
}

// Text between a label phrase and its restatement within one label cell.
bool restatement(const QString &between)
{
    static const QRegularExpression plain(QStringLiteral("^[^.;\\f]{0,200}$"));
    static const QRegularExpression otherGrade(
        QStringLiteral("\\b(?:outstanding|good|adequate|inadequate|grade|performs)\\b|\\b[1-4]\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return plain.match(between).hasMatch() && !otherGrade.match(between).hasMatch() &&
           between.count(QLatin1Char('\n')) <= 2;
}

// Every word of the vocabulary's phrases, lower case: what a word split at a line end may
// be joined into.
const QSet<QString> &vocabularyWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> out;
        static const QRegularExpression word(QStringLiteral("[a-z]{2,}"));
        for (const auto &e : kEntries) {
            auto it = word.globalMatch(QString::fromUtf8(e.pattern).toLower());
            while (it.hasNext())
                out.insert(it.next().captured(0));
        }
        return out;
    }();
    return words;
}

// How a word split at a line end is put back together: "con-" / "tribution" is one word
// (the hyphen was only the break's), "Well-" / "Being" two words the hyphen really joins.
enum class Join { None, DropHyphen, KeepHyphen };

Join joinOf(const QString &before, const QString &after)
{
    const QString a = before.toLower(), b = after.toLower();
    const QSet<QString> &words = vocabularyWords();
    if (words.contains(a + b))
        return Join::DropHyphen;
    if (words.contains(a) && words.contains(b))
        return Join::KeepHyphen;
    return Join::None;
}

const QRegularExpression &lineEndHyphen()
{
    // The word before the break, the break itself (hyphen, line end, indentation), the word after.
    static const QRegularExpression re(QStringLiteral("([A-Za-z]+)([-‐][ \\t]*\\n[ \\t]*)([A-Za-z]+)"));
    return re;
}

// A word hyphenated at a line end ("en-\njoying", "Well-\nBeing") is matched whole. Returns the
// window with such breaks removed and fills `map` (cleaned index -> window index, one past the
// end too); leaves the window as it is when it holds none. Lower-case halves always join (the
// phrase match decides whether the word means anything); a capitalised half only when the
// vocabulary knows the joined form.
QString joinHyphenated(const QString &window, QList<int> &map)
{
    map.clear();
    if (!window.contains(QLatin1Char('\n')) ||
        (!window.contains(QLatin1Char('-')) && !window.contains(QChar(0x2010))) ||
        !lineEndHyphen().match(window).hasMatch())
        return window;
    QString out;
    out.reserve(window.size());
    int at = 0;
    auto it = lineEndHyphen().globalMatch(window);
    while (it.hasNext()) {
        const auto m = it.next();
        const Join join = joinOf(m.captured(1), m.captured(3));
        const bool lower = m.captured(1).back().isLower() && m.captured(3).front().isLower();
        if (join == Join::None && !lower)
            continue;
        for (; at < m.capturedStart(2); ++at) {
            out += window[at];
            map << at;
        }
        if (join == Join::KeepHyphen) {
            out += QLatin1Char('-');
            map << at;
        }
        at = int(m.capturedEnd(2));
    }
    if (map.isEmpty())
        return window;
    for (; at < window.size(); ++at) {
        out += window[at];
        map << at;
    }
    map << int(window.size());
    return out;
}

} // namespace

std::optional<LabelMatch> AreaVocabulary::labelBefore(const QString &text, int pos, const QStringList &allowedKeys,
                                                      bool allowPeriod, bool aloneOnLine)
{
    constexpr int kWindow = 320;
    const int from = std::max(0, pos - kWindow);
    QList<int> map;
    const QString w = joinHyphenated(text.mid(from, pos - from), map);
    // Positions below are in w; mapped back to the text's at the end.
    std::optional<LabelMatch> best;
    QList<LabelMatch> candidates;
    for (const auto &c : compiled()) {
        if (!allowedKeys.isEmpty() && !allowedKeys.contains(c.key))
            continue;
        auto it = c.re.globalMatch(w);
        while (it.hasNext()) {
            const auto m = it.next();
            const int s = int(m.capturedStart()), e = int(m.capturedEnd());
            if (!acceptableGap(w.mid(e), allowPeriod, aloneOnLine))
                continue;
            candidates << LabelMatch{c.key, s, e};
            // Nearest end wins; on a tie the longer phrase ("children in care and care
            // leavers" over "care leavers").
            if (!best || e > best->end || (e == best->end && s < best->start))
                best = LabelMatch{c.key, s, e};
        }
    }
    if (!best)
        return best;
    // A phrase inside another label's elaboration is not the row's area: "Making a positive
    // contribution, including user engagement" is making_a_positive_contribution.
    static const QRegularExpression elaborationStart(QStringLiteral("^\\s*(?:[,(]|including\\b)"),
                                                     QRegularExpression::CaseInsensitiveOption);
    for (const auto &c : std::as_const(candidates))
        if (c.key != best->key && c.end <= best->start &&
            elaborationStart.match(w.mid(c.end, best->start - c.end)).hasMatch() && (c.start < best->start))
            best = c;
    // A label that restates its phrase ("Children ... are safe: effectiveness of services
    // ... children and young people are safe") starts at its first statement.
    for (const auto &c : compiled()) {
        if (c.key != best->key)
            continue;
        auto it = c.re.globalMatch(w);
        while (it.hasNext()) {
            const auto m = it.next();
            const int s = int(m.capturedStart()), e = int(m.capturedEnd());
            if (s < best->start && e <= best->start && restatement(w.mid(e, best->start - e)))
                best->start = s;
        }
    }
    if (!map.isEmpty()) {
        best->start = map[best->start];
        best->end = map[best->end];
    }
    best->start += from;
    best->end += from;
    return best;
}

QString AreaVocabulary::keyFor(const QString &label, const QStringList &allowedKeys)
{
    const auto m = labelBefore(label, int(label.size()), allowedKeys, true);
    return m ? m->key : QString();
}

QString AreaVocabulary::joinLineEndHyphens(const QString &label)
{
    if (!label.contains(QLatin1Char('\n')))
        return label;
    QString out;
    int at = 0;
    auto it = lineEndHyphen().globalMatch(label);
    while (it.hasNext()) {
        const auto m = it.next();
        const Join join = joinOf(m.captured(1), m.captured(3));
        if (join == Join::None)
            continue;
        out += label.mid(at, m.capturedStart(2) - at);
        if (join == Join::KeepHyphen)
            out += QLatin1Char('-');
        at = int(m.capturedEnd(2));
    }
    return out + label.mid(at);
}

QStringList AreaVocabulary::allKeys()
{
    QStringList keys;
    for (const auto &c : compiled())
        if (!keys.contains(c.key))
            keys << c.key;
    return keys;
}

} // namespace inspectdesk
