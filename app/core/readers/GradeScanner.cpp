#include "readers/GradeScanner.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace inspectdesk {

namespace {
// The printed label as stored: line-end hyphenation undone where it makes a vocabulary word,
// whitespace collapsed, without list numbering ("2.", "2.1", "a)") or the gap punctuation
// before the grade.
QString tidyArea(const QString &raw)
{
    static const QRegularExpression numbering(QStringLiteral("^(?:\\d+(?:\\.\\d+)*|[a-z])[.)]?\\s+"));
    static const QRegularExpression trailing(QStringLiteral("[\\s.:\\-–—]+$"));
    QString area = AreaVocabulary::joinLineEndHyphens(raw).simplified();
    area.remove(numbering);
    area.remove(trailing);
    return area;
}
} // namespace

GradeScanner::GradeScanner(const FlatText &flat, ScanOptions options) : mFlat(flat), mOptions(std::move(options))
{
    const QString &t = mFlat.text();
    // A "Contents" heading line makes the rest of its page a contents list.
    static const QRegularExpression contents(QStringLiteral("(?:^|\\n)[ \\t]*(?:table of )?contents[ \\t]*\\n"),
                                             QRegularExpression::CaseInsensitiveOption);
    // It runs while lines end with page numbers (allowing wrapped entries), up to its page's end.
    static const QRegularExpression entry(QStringLiteral("\\s\\d{1,3}\\s*$"));
    auto it = contents.globalMatch(t);
    while (it.hasNext()) {
        const int at = int(it.next().capturedEnd());
        const int pageEnd = mFlat.pageEnd(mFlat.pageAt(at));
        int end = at, misses = 0;
        for (int line = mFlat.lineAt(at) + 1; line < mFlat.lineCount() && mFlat.lineStart(line) < pageEnd; ++line) {
            if (entry.match(mFlat.line(line)).hasMatch()) {
                end = mFlat.lineEnd(line);
                misses = 0;
            } else if (++misses > 3) {
                break;
            }
        }
        mContents.append({at, end});
    }
    for (const auto &marker : std::as_const(mOptions.sections)) {
        auto mit = marker.pattern.globalMatch(t);
        while (mit.hasNext()) {
            const int at = int(mit.next().capturedStart());
            if (!inContents(at)) // a contents list names every section
                mSectionStarts.append({at, marker.section});
        }
    }
    std::sort(mSectionStarts.begin(), mSectionStarts.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    findFurniture();
}

void GradeScanner::findFurniture()
{
    // Running headers, footers and page numbers: among the first and last two lines of each
    // page, a line that is "Page 7" / "Page 7 of 12", or that repeats (digits aside) in those
    // places on another page. A bare number counts only when it keeps the same distance from
    // the page's index on two pages, as page numbers do and grades do not. A line holding a
    // grade word is never furniture.
    static const QRegularExpression pageNumber(
        QStringLiteral("^(?:page\\s*#+(?:\\s*(?:of|/)\\s*#+)?|[-–—]\\s*#+\\s*[-–—])$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression gradeWord(
        QStringLiteral("\\b(?:grades?|outstanding|good|adequate|inadequate|performs|requires improvement)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QHash<QString, QSet<int>> pagesOf;
    QList<QPair<int, QString>> candidates; // line, key
    int line = 0;
    while (line < mFlat.lineCount()) {
        const int page = mFlat.pageAt(mFlat.lineStart(line));
        int last = line;
        while (last + 1 < mFlat.lineCount() && mFlat.pageAt(mFlat.lineStart(last + 1)) == page)
            ++last;
        for (int l = line; l <= last; ++l) {
            if (l > line + 1 && l < last - 1)
                continue;
            const QString text = mFlat.line(l).simplified();
            if (text.isEmpty() || gradeWord.match(text).hasMatch())
                continue;
            QString key = text;
            key.replace(digits, QStringLiteral("#"));
            if (pageNumber.match(key).hasMatch()) {
                mFurniture.insert(l);
                continue;
            }
            if (key == QLatin1String("#"))
                key = QStringLiteral("#%1").arg(text.toInt() - page);
            pagesOf[key].insert(page);
            candidates.append({l, key});
        }
        line = last + 1;
    }
    for (const auto &c : std::as_const(candidates))
        if (pagesOf.value(c.second).size() >= 2)
            mFurniture.insert(c.first);
}

QString GradeScanner::sectionAt(int pos) const
{
    QString section;
    for (const auto &s : mSectionStarts) {
        if (s.first > pos)
            break;
        section = s.second;
    }
    return section;
}

bool GradeScanner::inContents(int pos) const
{
    return std::any_of(mContents.cbegin(), mContents.cend(),
                       [pos](const auto &r) { return pos >= r.first && pos < r.second; });
}

QList<int> GradeScanner::tableRowLines(const QList<GradeHit> &rows) const
{
    // Walk the lines: a short line naming "grade(s)" opens a table; each row keeps it open.
    // What stands between rows (a wrapped legend, header cells, a label wrapped over several
    // lines in a narrow column, a page footer) is short; some thirty words of anything else
    // is prose, which closes the table. Counting words, not lines, keeps this independent of
    // where the lines happen to wrap.
    constexpr int kOpenWords = 30;
    static const QRegularExpression header(QStringLiteral("\\bgrades?\\b"), QRegularExpression::CaseInsensitiveOption);
    QSet<int> rowLines;
    for (const auto &r : rows)
        rowLines.insert(mFlat.lineAt(r.start));
    QList<int> accepted;
    int budget = -1;
    for (int line = 0; line < mFlat.lineCount(); ++line) {
        const bool isRow = rowLines.contains(line);
        if (isRow && budget >= 0) {
            accepted << line;
            budget = kOpenWords;
            continue;
        }
        const QString text = mFlat.line(line);
        static const QRegularExpression space(QStringLiteral("[ \\t]+"));
        const int words = int(text.split(space, Qt::SkipEmptyParts).size());
        const auto m = header.match(text);
        // The heading may end a line of flowed prose ("... provision. Key aspect inspection
        // grades Key Aspect Grade"): then it must be among the last few words.
        if (m.hasMatch() &&
            (words <= 12 || text.mid(m.capturedEnd()).split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 4)) {
            budget = kOpenWords;
            continue;
        }
        if (budget >= 0)
            budget = words > budget ? -1 : budget - words;
    }
    return accepted;
}

void GradeScanner::label(const QList<GradeHit> &hits, bool allowPeriod, QList<LabelledGrade> &out,
                         bool headingOnly) const
{
    const QString &t = mFlat.text();
    for (const auto &h : hits) {
        if (inContents(h.start))
            continue;
        const int line = mFlat.lineAt(h.start);
        const bool alone = mFlat.line(line).trimmed() == t.mid(h.start, h.end - h.start).trimmed();
        const auto m = AreaVocabulary::labelBefore(t, h.start, mOptions.keys, allowPeriod, alone);
        if (!m) {
            if (!headingOnly) {
                const int before = int(out.size());
                labelWithTail(h, allowPeriod, out);
                if (out.size() == before)
                    labelAcrossFurniture(h, allowPeriod, out);
            }
            continue;
        }
        // The printed label: from the label phrase back to the start of its cell/line or
        // sentence, then forward to the grade, without list numbering or gap punctuation.
        int start = m->start;
        while (start > 0 && !QStringLiteral("\n\t\f").contains(t[start - 1]) &&
               !(t[start - 1] == QLatin1Char(' ') && start > 1 && t[start - 2] == QLatin1Char('.')))
            --start;
        if (m->start - start > 40) // a long run before the phrase is prose, not label
            start = m->start;
        // A heading form counts only when its label starts the line (or cell): the same words
        // at the end of a wrapped sentence are prose.
        if (headingOnly && start > 0 && !QStringLiteral("\n\t\f").contains(t[start - 1]))
            continue;
        const QString area = tidyArea(t.mid(start, h.start - start));
        // ... and a heading starts with a capital: "overall effectiveness: outstanding." at
        // the start of a line is a sentence wrapped there.
        if (headingOnly && !area.isEmpty() && !area.front().isUpper())
            continue;
        out << labelled(h, m->key, area);
    }
}

// A grade with its label, placed where the grade was printed.
LabelledGrade GradeScanner::labelled(const GradeHit &h, const QString &key, const QString &area) const
{
    LabelledGrade g;
    g.hit = h;
    g.key = key;
    g.area = area;
    g.section = sectionAt(h.start);
    g.page = mFlat.pageAt(h.start);
    g.box = mFlat.boxOf(h.start, h.end);
    return g;
}

void GradeScanner::labelWithTail(const GradeHit &h, bool allowPeriod, QList<LabelledGrade> &out) const
{
    // A label cell wrapped over lines with the grade beside its first or middle line: the
    // label's last words come on the line after the grade ("Assessment and direct work with
    // children and | Adequate" / "families"). Such a tail is short, starts in lower case (or
    // finishes a word split at the line end: "Economic Well-" / "Being") and holds no grade;
    // the label is read as if it were printed whole before the grade.
    const QString &t = mFlat.text();
    const int line = mFlat.lineAt(h.start);
    if (line + 1 >= mFlat.lineCount() || !t.mid(h.end, mFlat.lineEnd(line) - h.end).trimmed().isEmpty())
        return;
    const QString tail = mFlat.line(line + 1).trimmed();
    const bool alone = mFlat.line(line).trimmed() == t.mid(h.start, h.end - h.start).trimmed();
    const int labelEnd = alone ? mFlat.lineStart(line) : h.start; // the label's text ends here
    const int from = std::max(0, labelEnd - 320);
    QString before = t.mid(from, labelEnd - from);
    while (!before.isEmpty() && before.back().isSpace())
        before.chop(1);
    static const QRegularExpression tailRe(QStringLiteral("^[a-z][^\\t]{0,60}$"));
    static const QRegularExpression splitTailRe(QStringLiteral("^[A-Za-z][^\\t]{0,60}$"));
    static const QRegularExpression splitEnd(QStringLiteral("[A-Za-z][-‐]$"));
    static const QRegularExpression grade(
        QStringLiteral("\\b(?:outstanding|good|adequate|inadequate|grade|performs)\\b|\\b[1-4]\\b|[.;]"),
        QRegularExpression::CaseInsensitiveOption);
    const bool split = splitEnd.match(before).hasMatch();
    if (!(split ? splitTailRe : tailRe).match(tail).hasMatch() || grade.match(tail).hasMatch() ||
        tail.count(QLatin1Char(' ')) > 5)
        return;
    const QString joined = before + QLatin1Char('\n') + tail; // a "con-" / "tribution" break joins
    const auto m = AreaVocabulary::labelBefore(joined, int(joined.size()), mOptions.keys, allowPeriod, false);
    if (!m || m->end <= before.size() + 1) // the tail must complete the phrase
        return;
    int start = m->start;
    while (start > 0 && !QStringLiteral("\n\t\f").contains(joined[start - 1]))
        --start;
    const QString area = tidyArea(joined.mid(start));
    out << labelled(h, m->key, area);
}

void GradeScanner::labelAcrossFurniture(const GradeHit &h, bool allowPeriod, QList<LabelledGrade> &out) const
{
    // A label at the foot of a page whose grade comes after the running footer, the page
    // break and the next page's running header: read as if the furniture were not there.
    const QString &t = mFlat.text();
    const int line = mFlat.lineAt(h.start);
    int prev = line - 1;
    while (prev >= 0 && mFurniture.contains(prev))
        --prev;
    if (prev < 0 || prev == line - 1)
        return; // nothing skipped: the ordinary search already looked here
    const int labelEnd = mFlat.lineEnd(prev);
    const int from = std::max(0, labelEnd - 320);
    const QString joined = t.mid(from, labelEnd - from) + QLatin1Char('\n') +
                           t.mid(mFlat.lineStart(line), h.start - mFlat.lineStart(line));
    const bool alone = mFlat.line(line).trimmed() == t.mid(h.start, h.end - h.start).trimmed();
    const auto m = AreaVocabulary::labelBefore(joined, int(joined.size()), mOptions.keys, allowPeriod, alone);
    if (!m)
        return;
    int start = m->start;
    while (start > 0 && !QStringLiteral("\n\t\f").contains(joined[start - 1]))
        --start;
    const QString area = tidyArea(joined.mid(start));
    out << labelled(h, m->key, area);
}

QList<LabelledGrade> GradeScanner::scan() const
{
    const QString &t = mFlat.text();
    QList<LabelledGrade> out;
    if (mOptions.gradeNumbers)
        label(GradePatterns::gradeNumbers(t), true, out);
    if (mOptions.performs)
        label(GradePatterns::performs(t), true, out);
    if (mOptions.words)
        label(GradePatterns::words(t), false, out);
    if (mOptions.colonWords)
        label(GradePatterns::colonWords(t), false, out, true);
    if (mOptions.rowNumbers) {
        const QList<GradeHit> rows = GradePatterns::rowNumbers(t);
        const QList<int> lines = tableRowLines(rows);
        QList<GradeHit> inTables;
        for (const auto &r : rows)
            if (lines.contains(mFlat.lineAt(r.start)))
                inTables << r;
        label(inTables, false, out);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.hit.start < b.hit.start; });
    return out;
}

} // namespace inspectdesk
