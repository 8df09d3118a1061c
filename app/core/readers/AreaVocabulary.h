#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace inspectdesk {

// Printed area labels -> normalised keys (corpus/README.md vocabulary). Keys are about
// meaning: "Capacity for improvement" and "Capacity to improve, including ..." are both
// capacity_to_improve.
struct LabelMatch
{
    QString key;
    int start = 0; // label start in the searched text
    int end = 0;   // label end
};

class AreaVocabulary
{
public:
    // The label whose phrase ends nearest before `pos` and is joined to it only by
    // punctuation/space, or by an elaboration (", including ..." / ": effectiveness of ...").
    // `allowedKeys` limits the search to the areas the report kind grades. `allowPeriod`
    // lets a heading sentence end with '.' before "Grade N". `aloneOnLine` (the grade is the
    // only thing on its line, e.g. centred between a label's two lines) also accepts the rest
    // of the label's first line between phrase and grade.
    static std::optional<LabelMatch> labelBefore(const QString &text, int pos, const QStringList &allowedKeys,
                                                 bool allowPeriod, bool aloneOnLine = false);
    // The key for a whole label string (exact phrase anywhere in it), or "" when none.
    static QString keyFor(const QString &label, const QStringList &allowedKeys);
    static QStringList allKeys();
    // A printed label with its line-end hyphenation undone where the vocabulary knows the
    // result: "Making a positive con-\ntribution" -> "...contribution", "Economic Well-\nBeing"
    // -> "Economic Well-Being". Other hyphenated breaks are left as printed.
    static QString joinLineEndHyphens(const QString &label);
};

} // namespace inspectdesk
