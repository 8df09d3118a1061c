#include "readers/GradePatterns.h"

#include <QRegularExpression>

namespace inspectdesk {

namespace {

const auto kCI = QRegularExpression::CaseInsensitiveOption;

QString collapse(const QString &s)
{
    return s.simplified();
}

template <typename Fn>
QList<GradeHit> scan(const QRegularExpression &re, const QString &text, int from, int to, Fn &&make)
{
    QList<GradeHit> out;
    const int end = to < 0 ? int(text.size()) : to;
    auto it = re.globalMatch(text, from);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() >= end)
            break;
        GradeHit h;
        h.start = int(m.capturedStart());
        h.end = int(m.capturedEnd());
        h.printed = collapse(m.captured(0));
        if (make(m, h))
            out << h;
    }
    return out;
}

} // namespace

namespace GradePatterns {

QList<GradeHit> gradeNumbers(const QString &text, int from, int to)
{
    // "Grade 3", "Grade: 3", optionally the word after it, possibly on the next line:
    // "Grade 3 (adequate)", "Grade 3 - good", "Grade 3: good", "Grade 3 – good". The word is
    // part of what was printed, so a number and a word that disagree are caught when mapped.
    // Not "Grade 3 reflects", which is prose; the caller decides by the label before it.
    static const QRegularExpression re(
        QStringLiteral(
            "\\bGrade\\s*:?\\s*([1-4])\\b(?![.,]\\d)(?:\\s*\\(\\s*(outstanding|good|adequate|inadequate|"
            "satisfactory|excellent)\\s*\\)|[ ]*[:\\-–—][ ]*(outstanding|good|adequate|inadequate|satisfactory|"
            "excellent)\\b)?"),
        kCI);
    return scan(re, text, from, to, [](const QRegularExpressionMatch &m, GradeHit &h) {
        h.form = GradeForm::GradeNumber;
        h.number = m.captured(1).toInt();
        h.word = (m.captured(2) + m.captured(3)).toLower();
        return true;
    });
}

QList<GradeHit> performs(const QString &text, int from, int to)
{
    static const QRegularExpression re(
        QStringLiteral("\\bPerforms\\s+(excellently|well|adequately|poorly)\\s*\\(\\s*([1-4])\\s*\\)"), kCI);
    return scan(re, text, from, to, [](const QRegularExpressionMatch &m, GradeHit &h) {
        h.form = GradeForm::Performs;
        h.number = m.captured(2).toInt();
        h.word = m.captured(1).toLower();
        return true;
    });
}

QList<GradeHit> words(const QString &text, int from, int to)
{
    // A capitalised grade word that ends its cell or line, or is directly followed by the
    // next capitalised heading (text flowed without line breaks). Prose ("Good progress has
    // been made", "good.") never qualifies.
    static const QRegularExpression re(QStringLiteral("(?<![\\w(])(Outstanding|Good|Adequate|Inadequate|Satisfactory|"
                                                      "Requires\\s+improvement(?:\\s*,?\\s*to\\s+be\\s+good)?)"
                                                      "(?=[ ]*(?:[\\n\\t\\f]|$|[A-Z][a-z]))"));
    return scan(re, text, from, to, [](const QRegularExpressionMatch &m, GradeHit &h) {
        h.form = GradeForm::Word;
        h.word = collapse(m.captured(1)).toLower();
        return true;
    });
}

QList<GradeHit> colonWords(const QString &text, int from, int to)
{
    // Later frameworks' section headings print the grade in lower case after a colon, ending
    // the heading: "The experiences and progress of children in care: requires improvement to
    // be good". Only the grade words directly after the colon, up to the end of the line.
    static const QRegularExpression re(QStringLiteral(
        ":[ \\t]*\\n?[ \\t]*(outstanding|good|adequate|inadequate|requires\\s+improvement(?:\\s+to\\s+be\\s+good)?)"
        "[ ]*\\.?[ ]*(?=[\\n\\f]|$)"));
    return scan(re, text, from, to, [](const QRegularExpressionMatch &m, GradeHit &h) {
        h.form = GradeForm::Word;
        h.start = int(m.capturedStart(1));
        h.end = int(m.capturedEnd(1));
        h.printed = collapse(m.captured(1));
        h.word = h.printed;
        return true;
    });
}

QList<GradeHit> rowNumbers(const QString &text, int from, int to)
{
    // A bare 1-4 that is the last thing on its line, after a space or a cell gap. A table with
    // two grade columns ("Local services overall | Council services") ends a row with two.
    static const QRegularExpression re(QStringLiteral("(?<=[ \\t\\n])([1-4])(?:[ \\t]+([1-4]))?(?=[ ]*(?:\\n|\\f|$))"));
    return scan(re, text, from, to, [](const QRegularExpressionMatch &m, GradeHit &h) {
        h.form = GradeForm::RowNumber;
        h.number = m.captured(1).toInt();
        h.otherColumn = m.captured(2).toInt();
        if (h.otherColumn == h.number) { // both columns agree: one grade
            h.end = int(m.capturedEnd(1));
            h.printed = m.captured(1);
            h.otherColumn = 0;
        }
        return true;
    });
}

Scale legendScale(const QString &text)
{
    static const QRegularExpression four(
        QStringLiteral("\\b4\\s*[:=]\\s*(?:outstanding|excellent)|\\boutstanding[^.\\n]{0,30}\\bgrade\\s*4\\b|"
                       "\\bgrade\\s*4\\b[^.\\n]{0,10}\\(?\\s*outstanding|\\b4\\s+performs\\s+excellently"),
        kCI);
    static const QRegularExpression one(
        QStringLiteral("\\b1\\s*[:=]\\s*outstanding|\\boutstanding\\s*\\(\\s*grade\\s*1\\s*\\)|"
                       "\\bgrade\\s*1\\s*\\(?\\s*[:=–-]?\\s*outstanding"),
        kCI);
    const bool isFour = four.match(text).hasMatch();
    const bool isOne = one.match(text).hasMatch();
    if (isFour == isOne)
        return Scale::Unknown;
    return isFour ? Scale::FourIsOutstanding : Scale::OneIsOutstanding;
}

} // namespace GradePatterns

} // namespace inspectdesk
