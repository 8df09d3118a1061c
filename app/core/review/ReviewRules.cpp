#include "ReviewRules.h"

#include <QRegularExpression>

namespace inspectdesk::review {

bool isReviewed(ReviewStatus status)
{
    return status == ReviewStatus::Confirmed || status == ReviewStatus::Corrected;
}

QStringList reviewedStatusIds()
{
    return {reviewStatusId(ReviewStatus::Confirmed), reviewStatusId(ReviewStatus::Corrected)};
}

JudgementRecord confirmed(JudgementRecord j)
{
    j.status = ReviewStatus::Confirmed;
    return j;
}

JudgementRecord corrected(JudgementRecord j)
{
    if (j.status != ReviewStatus::AddedByHand)
        j.status = ReviewStatus::Corrected;
    return j;
}

bool hasLowConfidence(const JudgementRecord &j)
{
    return j.confidence < kLowConfidence && j.status != ReviewStatus::AddedByHand;
}

Judgement gradeAtEnd(Scale scale, const QString &selectedText)
{
    QString rest = selectedText.simplified();
    const auto chopPunctuation = [&rest] {
        while (!rest.isEmpty() && QStringLiteral(" ().:;,").contains(rest.back()))
            rest.chop(1);
    };
    chopPunctuation();
    // Grade words closing the text ("... Good", "... (good)"); only the last words, so
    // "well-being" in a label is no grade.
    static const QRegularExpression words(
        QStringLiteral("\\b(requires?\\s+improvement(?:\\s+to\\s+be\\s+good)?|outstanding|good|adequate|inadequate|"
                       "satisfactory|poor|excellent|performs\\s+(?:excellently|well|adequately|poorly))$"),
        QRegularExpression::CaseInsensitiveOption);
    QString word;
    if (const auto m = words.match(rest); m.hasMatch()) {
        word = m.captured(1);
        rest.truncate(m.capturedStart());
        chopPunctuation();
    }
    // A grade number just before them (or closing the text): not part of a year or a decimal.
    static const QRegularExpression number(QStringLiteral("(?<![\\w.])([1-4])$"));
    const auto m = number.match(rest);
    if (!m.hasMatch())
        return word.isEmpty() ? Judgement::Unknown : normalise(Scale::Words, word);
    // Number and word together must agree on the scale (normalise checks).
    return normalise(scale, (m.captured(1) + QLatin1Char(' ') + word).trimmed());
}

} // namespace inspectdesk::review
