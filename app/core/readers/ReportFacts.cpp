#include "readers/ReportFacts.h"

#include <QRegularExpression>

namespace inspectdesk {

namespace {
const auto kCI = QRegularExpression::CaseInsensitiveOption;

const QString &monthAlternation()
{
    static const QString months =
        QStringLiteral("(January|February|March|April|May|June|July|August|September|October|November|December|"
                       "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)");
    return months;
}

int monthNumber(const QString &name)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString n = name.left(3).toLower();
    for (int i = 0; i < 12; ++i)
        if (n == QLatin1String(names[i]))
            return i + 1;
    return 0;
}

const QRegularExpression &dateRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\b([0-3]?\\d)(?:st|nd|rd|th)?\\s+") + monthAlternation() +
            QStringLiteral(",?\\s+((?:19|20)\\d\\d)\\b|\\b([0-3]?\\d)/([01]?\\d)/((?:19|20)\\d\\d)\\b"),
        kCI);
    return re;
}

QDate fromMatch(const QRegularExpressionMatch &m)
{
    if (!m.captured(1).isEmpty())
        return QDate(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt());
    return QDate(m.captured(6).toInt(), m.captured(5).toInt(), m.captured(4).toInt());
}
} // namespace

namespace ReportFacts {

QDate parseDate(const QString &text)
{
    const auto m = dateRe().match(text);
    return m.hasMatch() ? fromMatch(m) : QDate();
}

QDate firstDate(const QString &text, int from, int to, int *at)
{
    auto it = dateRe().globalMatch(text, from);
    while (it.hasNext()) {
        const auto m = it.next();
        if (to >= 0 && m.capturedStart() >= to)
            break;
        const QDate d = fromMatch(m);
        if (d.isValid()) {
            if (at)
                *at = int(m.capturedStart());
            return d;
        }
    }
    if (at)
        *at = -1;
    return QDate();
}

QDate publishedDate(const QString &text)
{
    // "Published: 8 November 2011", "Report published: ...", "Date published 22 October 2010",
    // "Publication date\t...": the date must follow the label directly, so prose such as
    // "guidance published in April 2011" never counts.
    static const QRegularExpression label(
        QStringLiteral("\\b(?:report\\s+|date\\s+)?(?:published|publication\\s+date|date\\s+of\\s+publication)"
                       "(?:\\s*[:\\t]\\s*|[ ]+(?=\\d))"),
        kCI);
    auto it = label.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        int at = -1;
        const QDate d = firstDate(text, int(m.capturedEnd()), int(m.capturedEnd()) + 40, &at);
        if (d.isValid() && at == m.capturedEnd())
            return d;
    }
    return QDate();
}

QDate letterDate(const QString &text)
{
    // Only the first page, and only a date that is the whole line: dates inside sentences
    // ("covers the period 1 April 2007") are not the letter's date.
    const int pageEnd = text.indexOf(QLatin1Char('\f'));
    const QString first = text.left(pageEnd < 0 ? 3000 : std::min(pageEnd, 3000));
    const QStringList lines = first.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        // Some letters label it: "Date: 28 November 2005".
        static const QRegularExpression dateLabel(QStringLiteral("^date\\s*[:\\t]?\\s*"), kCI);
        const int skip = int(dateLabel.match(t).capturedLength());
        const auto m = dateRe().match(t, skip);
        if (m.hasMatch() && m.capturedStart() == skip && m.capturedEnd() == t.size())
            return fromMatch(m);
    }
    return QDate();
}

void inspectionPeriod(const QString &text, QDate *start, QDate *end)
{
    *start = *end = QDate();
    static const QRegularExpression label(QStringLiteral("\\binspection\\s+dates?\\s*[:\\t]?[ \\t]*"), kCI);
    const auto m = label.match(text);
    if (!m.hasMatch())
        return;
    // The dates run to the end of the line (or the next, when the line holds no year).
    int stop = int(text.indexOf(QLatin1Char('\n'), m.capturedEnd()));
    static const QRegularExpression year(QStringLiteral("\\b(?:19|20)\\d\\d\\b"));
    if (stop >= 0 && !year.match(text.mid(m.capturedEnd(), stop - m.capturedEnd())).hasMatch())
        stop = int(text.indexOf(QLatin1Char('\n'), stop + 1));
    const QString span = text.mid(m.capturedEnd(), (stop < 0 ? int(text.size()) : stop) - m.capturedEnd());
    static const QRegularExpression separator(QStringLiteral("\\s+(?:to|until)\\s+|\\s*[–—-]\\s*"), kCI);
    const auto sep = separator.match(span);
    const QString last = sep.hasMatch() ? span.mid(sep.capturedEnd()) : span;
    int at = -1;
    *end = firstDate(last, 0, -1, &at);
    if (!end->isValid() || at > 2)
        return void(*end = QDate());
    if (!sep.hasMatch()) { // one day
        *start = *end;
        return;
    }
    static const QRegularExpression first(QStringLiteral("^\\s*([0-3]?\\d)(?:st|nd|rd|th)?(?:\\s+") +
                                              monthAlternation() +
                                              QStringLiteral(")?(?:,?\\s+((?:19|20)\\d\\d))?\\s*$"),
                                          kCI);
    const auto f = first.match(span.left(sep.capturedStart()));
    if (!f.hasMatch())
        return void(*end = QDate());
    const int month = f.captured(2).isEmpty() ? end->month() : monthNumber(f.captured(2));
    const int y =
        f.captured(3).isEmpty() ? (month > end->month() ? end->year() - 1 : end->year()) : f.captured(3).toInt();
    *start = QDate(y, month, f.captured(1).toInt());
    if (!start->isValid() || *start > *end)
        *start = *end = QDate();
}

QString leadInspector(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(
            "(?<!deputy )(?<!deputy\\s)\\b(?:lead|reporting)\\s+inspector\\s*[:\\t]\\s*([A-Z][^\\n\\t\\f,]{2,60})"),
        kCI);
    static const QRegularExpression title(
        QStringLiteral(
            "\\s*(?:\\bHMI\\b|\\b(?:Her|His) Majesty['’]s Inspector\\b|\\bSocial Care Regulatory Inspector\\b|"
            "\\bSenior HMI\\b|\\(.*\\))\\s*$"),
        kCI);
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        QString name = it.next().captured(1).simplified();
        name.remove(title);
        name = name.simplified();
        if (name.size() >= 3 && name.front().isUpper())
            return name;
    }
    return QString();
}

QString councilName(const QString &text)
{
    // Capitalised words (allowing "on", "upon", "and" inside: "Stockton-on-Tees",
    // "Kingston upon Thames") before "Borough/County/City/District Council", or the
    // "London Borough of X" / "Royal Borough of X" / "City of X Council" forms.
    static const QRegularExpression re(
        QStringLiteral("((?:London |Royal )?Borough of [A-Z][\\w'’-]*(?: (?:and |& |upon |on )?[A-Z][\\w'’-]*)*"
                       "|(?:[A-Z][\\w'’-]*(?: (?:upon |on |and |& |of |the )?[A-Z][\\w'’-]*){0,4}) "
                       "(?:Metropolitan Borough |Borough |County |City |District )?Council"
                       "|Council of the [A-Z][\\w'’-]*(?: (?:of )?[A-Z][\\w'’-]*)*)"));
    static const QRegularExpression generic(QStringLiteral("^(?:The |Your |Dear |Borough |County |City |District )+"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        QString name = m.captured(1);
        name.remove(generic);
        // "Borough Council" alone, "Audit Commission Council" and the like are not a council.
        if (name.startsWith(QLatin1String("Council")) || name.split(QLatin1Char(' ')).size() < 2)
            continue;
        return name;
    }
    return QString();
}

QString nameEndingAt(const QString &text, int pos)
{
    static const QStringList joins = {"upon", "on", "and", "of", "the", "in", "le", "&"};
    QStringList name;
    int end = pos;
    for (int lines = 0; lines < 2 && end > 0; ++lines) {
        const int lineStart = int(text.lastIndexOf(QLatin1Char('\n'), end - 1)) + 1;
        const QString line = text.mid(lineStart, end - lineStart);
        if (line.contains(QLatin1Char('\t')) || line.contains(QLatin1Char('\f')))
            break;
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        int i = int(words.size());
        while (i > 0 && name.size() + (words.size() - i) < 8 &&
               (words[i - 1].front().isUpper() || joins.contains(words[i - 1])))
            --i;
        name = words.mid(i) + name;
        if (i > 0)
            break; // the name starts inside this line
        end = lineStart - 1;
    }
    while (!name.isEmpty() && !name.front().front().isUpper()) // starts with a capital
        name.removeFirst();
    return name.join(QLatin1Char(' '));
}

QString tidyName(const QString &name, const QString &wholeText)
{
    QString n = name.simplified();
    while (!n.isEmpty() && QStringLiteral(".,;:").contains(n.back()))
        n.chop(1);
    if (n.isEmpty() || n != n.toUpper())
        return n;
    // Printed in capitals (an annex heading): find the same name in ordinary case.
    int from = 0;
    while ((from = int(wholeText.indexOf(n, from, Qt::CaseInsensitive))) >= 0) {
        const QString candidate = wholeText.mid(from, n.size());
        if (candidate != candidate.toUpper())
            return candidate;
        from += int(n.size());
    }
    return n;
}

} // namespace ReportFacts

} // namespace inspectdesk
