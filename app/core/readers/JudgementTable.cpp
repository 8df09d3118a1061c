#include "readers/JudgementTable.h"

#include <QRegularExpression>

namespace inspectdesk::JudgementTable {

namespace {

const auto kCI = QRegularExpression::CaseInsensitiveOption;

// A grade cell's words, whole or a wrapped piece of them.
const QRegularExpression &gradePiece()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:requires(?:\\s+improvement)?(?:\\s+to)?(?:\\s+be)?(?:\\s+good)?|"
                       "improvement(?:\\s+to)?(?:\\s+be)?(?:\\s+good)?|to(?:\\s+be)?(?:\\s+good)?|"
                       "be(?:\\s+good)?|good|inadequate|outstanding|not\\s+judged)$"),
        kCI);
    return re;
}

// A label line with the grade cell after it, with or without a tab between them.
const QRegularExpression &labelThenGrade()
{
    static const QRegularExpression re(
        QStringLiteral("^(.*?\\S)(?:[ ]*\\t[ \\t]*|[ ]+(?=(?:Requires|Good|Inadequate|Outstanding|Not judged)\\b))"
                       "((?i:requires|improvement|to be good|be good|good|inadequate|outstanding|not judged)\\b.*)$"));
    return re;
}

// A row label starts with its numbering or "The experiences and progress of", then the area.
const QRegularExpression &rowStart()
{
    static const QRegularExpression re(QStringLiteral("^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?[A-Z]"));
    return re;
}

struct Piece
{
    int start;
    int end;
};

struct Row
{
    int firstLine;
    QList<Piece> label;
};

} // namespace

QList<LabelledGrade> read(const FlatText &flat, const QStringList &keys)
{
    const QString &t = flat.text();
    static const QRegularExpression header(QStringLiteral("^\\s*judgements?\\s+grades?\\s*$"), kCI);
    // The table is on the first pages; start at its header or first numbered row.
    const int lastPage = std::min(2, int(t.count(QLatin1Char('\f'))) + 1);
    const int limit = lastPage >= 2 && t.count(QLatin1Char('\f')) >= 2 ? flat.pageEnd(2) : int(t.size());
    static const QRegularExpression firstRow(QStringLiteral("^\\s*1\\.?\\s+[A-Z]"));
    int startLine = -1;
    for (int l = 0; l < flat.lineCount() && flat.lineStart(l) < limit; ++l) {
        const QString line = flat.line(l);
        if (header.match(line).hasMatch()) {
            startLine = l + 1;
            break;
        }
        if (firstRow.match(line).hasMatch()) {
            startLine = l;
            // The first piece of a grade cell printed above its label's middle line ("Requires" /
            // label / "improvement"); a whole grade above is the end of a headline, not a cell.
            static const QRegularExpression opens(
                QStringLiteral("^requires(?:\\s+improvement)?(?:\\s+to)?(?:\\s+be)?$"), kCI);
            if (startLine > 0 && opens.match(flat.line(startLine - 1).trimmed()).hasMatch())
                --startLine;
            break;
        }
    }
    if (startLine < 0)
        return {};

    QList<Row> rows;
    QList<QPair<int, Piece>> grades; // line, piece
    auto keyOf = [&](const Row &r) {
        QString label;
        for (const auto &p : r.label)
            label += t.mid(p.start, p.end - p.start) + QLatin1Char(' ');
        static const QRegularExpression lead(
            QStringLiteral("^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:the\\s+)?(?:experiences\\s+and\\s+progress\\s+of\\s+)?"),
            kCI);
        static const QRegularExpression footnote(QStringLiteral("(?<=[a-z])\\d{1,2}(?=\\s*$)"));
        const QString rest = label.simplified().remove(lead).remove(footnote);
        // The whole cell is the area's label: prose that mentions an area is not a row.
        const auto m = AreaVocabulary::labelBefore(rest, int(rest.size()), keys, true);
        if (!m || m->start > 2 || label.size() > 160)
            return QString();
        return m->key;
    };
    int endLine = startLine;
    for (int l = startLine; l < flat.lineCount(); ++l) {
        const int ls = flat.lineStart(l), le = flat.lineEnd(l);
        if (t.mid(ls, le - ls).contains(QLatin1Char('\f')) || ls >= limit)
            break;
        QString line = t.mid(ls, le - ls);
        int lead = 0;
        while (lead < line.size() && line[lead].isSpace())
            ++lead;
        const QString body = line.mid(lead).trimmed();
        static const QRegularExpression pageNumber(QStringLiteral("^\\d{1,3}$"));
        if (body.isEmpty() || pageNumber.match(body).hasMatch()) // a page number under the table
            continue;
        Piece labelPiece{-1, -1}, gradePieceAt{-1, -1};
        if (gradePiece().match(body).hasMatch()) {
            gradePieceAt = {ls + lead, ls + lead + int(body.size())};
        } else if (const auto m = labelThenGrade().match(body); m.hasMatch()) {
            const QString g = m.captured(2).trimmed();
            if (!gradePiece().match(g).hasMatch())
                break;
            labelPiece = {ls + lead, ls + lead + int(m.capturedEnd(1))};
            gradePieceAt = {ls + lead + int(m.capturedStart(2)), ls + lead + int(m.capturedStart(2) + g.size())};
        } else {
            labelPiece = {ls + lead, ls + lead + int(body.size())};
        }
        if (labelPiece.start >= 0) {
            const QString text = t.mid(labelPiece.start, labelPiece.end - labelPiece.start);
            if (rowStart().match(text).hasMatch() || rows.isEmpty()) {
                if (!rows.isEmpty() && keyOf(rows.back()).isEmpty())
                    break;
                rows.append(Row{l, {labelPiece}});
            } else {
                rows.back().label << labelPiece;
            }
            if (rows.back().label.size() > 3)
                break;
        }
        if (gradePieceAt.start >= 0)
            grades.append({l, gradePieceAt});
        endLine = l;
    }
    Q_UNUSED(endLine)
    // The last row read may be prose after the table.
    while (!rows.isEmpty() && keyOf(rows.back()).isEmpty()) {
        const int cut = rows.back().firstLine;
        rows.removeLast();
        while (!grades.isEmpty() && grades.back().first >= cut)
            grades.removeLast();
    }
    if (rows.size() < 2)
        return {};
    // Grade pieces joined in order, then cut into whole grades.
    QString stream;
    QList<int> origin; // stream index -> text position
    for (const auto &g : grades) {
        if (!stream.isEmpty()) {
            stream += QLatin1Char(' ');
            origin << -1;
        }
        for (int i = g.second.start; i < g.second.end; ++i) {
            stream += t[i].isSpace() ? QLatin1Char(' ') : t[i];
            origin << i;
        }
    }
    static const QRegularExpression whole(
        QStringLiteral(
            "\\G\\s*(requires\\s+improvement(?:\\s+to\\s+be\\s+good)?|good|inadequate|outstanding|not\\s+judged)"
            "(?=\\s|$)"),
        kCI);
    QList<QPair<int, int>> cut; // stream ranges
    int at = 0;
    while (at < stream.size()) {
        const auto m = whole.match(stream, at);
        if (!m.hasMatch())
            break;
        cut.append({int(m.capturedStart(1)), int(m.capturedEnd(1))});
        at = int(m.capturedEnd());
    }
    if (!stream.mid(at).trimmed().isEmpty() || cut.size() != rows.size())
        return {};

    QList<LabelledGrade> out;
    for (int i = 0; i < rows.size(); ++i) {
        const QString printed = stream.mid(cut[i].first, cut[i].second - cut[i].first).simplified();
        if (printed.startsWith(QLatin1String("not"), Qt::CaseInsensitive))
            continue; // "Not judged": no grade to read
        LabelledGrade g;
        g.key = keyOf(rows[i]);
        QString label;
        for (const auto &p : rows[i].label)
            label += t.mid(p.start, p.end - p.start) + QLatin1Char(' ');
        static const QRegularExpression numbering(QStringLiteral("^(?:\\d+(?:\\.\\d+)*\\.?)\\s+"));
        g.area = label.simplified().remove(numbering);
        g.hit.form = GradeForm::Word;
        g.hit.printed = printed;
        g.hit.word = printed.toLower();
        g.hit.start = origin[cut[i].first];
        g.hit.end = origin[cut[i].second - 1] + 1;
        g.page = flat.pageAt(g.hit.start);
        // The grade's box: the union of its pieces, not the label lines between them.
        for (int s = cut[i].first; s < cut[i].second;) {
            int e = s;
            while (e < cut[i].second && origin[e] >= 0 && (e == s || origin[e] == origin[e - 1] + 1))
                ++e;
            if (origin[s] >= 0)
                g.box = g.box.isNull() ? flat.boxOf(origin[s], origin[e - 1] + 1)
                                       : g.box.united(flat.boxOf(origin[s], origin[e - 1] + 1));
            s = std::max(e, s + 1);
        }
        out << g;
    }
    return out;
}

} // namespace inspectdesk::JudgementTable
