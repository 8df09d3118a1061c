#include "readers/JarProse.h"

#include <QRegularExpression>

namespace inspectdesk {

namespace {
struct Topic
{
    const char *key;
    const char *area;
    const char *pattern;
};
// Checked in order: the first topic whose cue is in the sentence's subject wins.
const Topic kTopics[] = {
    {"capacity_to_improve", "Capacity to improve", "\\bcapacity\\b"},
    {"service_management", "Service management", "service management|management of services"},
    {"achieving_economic_wellbeing", "Achieving economic well-being", "economic well-?\\s?being"},
    {"making_a_positive_contribution", "Making a positive contribution",
     "contribut\\w* to (?:society|the community)|positive contribution"},
    {"enjoying_and_achieving", "Enjoying and achieving", "\\benjoy|achieve well"},
    {"being_healthy", "Being healthy", "\\bhealth"},
    {"staying_safe", "Staying safe", "\\bsafe\\b"},
    {"overall_effectiveness", "Outcomes for children and young people", "^outcomes for children and young people"},
};
} // namespace

QList<JudgementRecord> proseJudgements(const FlatText &flat, int from, int to, const QString &section)
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    static const QRegularExpression para(QStringLiteral("(?:^|(?<=[\\s.]))\\d{1,2}\\.\\s+(?=[A-Z])"));
    static const QRegularExpression grade(
        QStringLiteral("\\b(?:is|are)\\s+(?:judged\\s+)?(outstanding|good|adequate|inadequate)\\s*$"), ci);
    static const QRegularExpression quoted(QStringLiteral("\\b(?:reported|was|were|previous|last year|APA)\\b"), ci);
    const QString &t = flat.text();
    QList<JudgementRecord> out;
    QStringList seen;
    auto it = para.globalMatch(t, from);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() >= to)
            break;
        const int start = int(m.capturedEnd());
        const auto sentenceEnd = QRegularExpression(QStringLiteral("\\.(?=\\s|$)")).match(t, start);
        if (!sentenceEnd.hasMatch() || sentenceEnd.capturedStart() - start > 300)
            continue;
        const int end = int(sentenceEnd.capturedStart());
        const QString sentence = t.mid(start, end - start).simplified();
        const auto g = grade.match(sentence);
        if (!g.hasMatch() || quoted.match(sentence).hasMatch())
            continue;
        const QString subject = sentence.left(g.capturedStart());
        for (const auto &topic : kTopics) {
            if (!QRegularExpression(QString::fromLatin1(topic.pattern), ci).match(subject).hasMatch())
                continue;
            const QString key = QString::fromLatin1(topic.key);
            if (seen.contains(key))
                break;
            seen << key;
            JudgementRecord r;
            r.section = section;
            r.key = key;
            r.area = QString::fromLatin1(topic.area);
            r.printed = sentence + QLatin1Char('.');
            r.scale = Scale::Words;
            r.judgement = normalise(Scale::Words, g.captured(1));
            r.page = flat.pageAt(start);
            r.box = flat.boxOf(start, end + 1);
            r.confidence = 0.5; // prose, not a printed grade: a reviewer should confirm
            out << r;
            break;
        }
    }
    return out;
}

} // namespace inspectdesk
