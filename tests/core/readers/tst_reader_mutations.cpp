// Mutation test: every corpus report rewritten in many deterministic ways (fixed seeds) —
// other line widths, another council, other grades in the report's own scale, the grade
// column moved or ruled in a real PDF table, page-break artefacts inside the grade table —
// must give exactly the rewritten truth, or a flagged low-confidence grade, never a wrong
// confident one. Expectations come from the substitutions made, not from the extractor.
#include "MutationKit.h"
#include "PdfBuilder.h"
#include "TestData.h"
#include "readers/ReportExtractor.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::test;

namespace {

enum class Mode { Text, PdfFlow, PdfTable };

struct Variant
{
    QString name;
    QStringList lines;             // substituted and renamed; same indices as the sites
    QHash<int, QStringList> after; // page-break artefacts inserted after a line
    int width = 0;                 // 0 = lines as printed
    double gradeX = 0;             // table mode: where the grade column is
    int valign = 0;                // table mode: grade at the top/middle/bottom of its row
    bool ruled = false;
    Truth expected;
};

// Running header and repeated table header a page break leaves in the middle of a table.
QStringList pageBreak(const QString &kind, const QString &area, QRandomGenerator &rng)
{
    const int page = 2 + int(rng.bounded(10));
    QStringList l = {QString(), QStringLiteral("Page %1 of %2").arg(page).arg(page + int(rng.bounded(4))),
                     QStringLiteral("\f")};
    if (kind == QLatin1String("apa"))
        l << area + QStringLiteral(" APA 2008") << QStringLiteral("Assessment judgement area APA grade");
    else if (kind == QLatin1String("jar"))
        l << area + QStringLiteral(" Joint area review") << QStringLiteral("\tGrade");
    else if (kind == QLatin1String("safeguarding_lac_inspection"))
        l << area + QStringLiteral(" Inspection of safeguarding and looked after children") << QString();
    return l;
}

QString printedLike(const QString &truthPrinted, Judgement j)
{
    if (truthPrinted.startsWith(QLatin1String("Performs")))
        return printGrade(SiteForm::Performs, j);
    if (truthPrinted.size() == 1 && truthPrinted[0].isDigit())
        return printGrade(SiteForm::Number, j);
    return printGrade(SiteForm::Word, j);
}

Variant makeVariant(const QStringList &lines, const QList<Site> &sites, const Truth &truth, quint32 seed, Mode mode)
{
    QRandomGenerator rng(seed);
    Variant v;
    v.expected = truth;
    const CouncilName &council = councilNames()[int(rng.bounded(int(councilNames().size())))];
    // (c) other grades, consistently at every site of an area.
    QHash<QString, Judgement> value;
    for (auto &j : v.expected.judgements) {
        if (j.optional) {
            j.printed = renameCouncil(j.printed, council);
            continue;
        }
        if (rng.bounded(10) < 7)
            j.judgement = Judgement(1 + rng.bounded(4));
        j.printed = printedLike(j.printed, j.judgement);
        value.insert(j.section + QLatin1Char('/') + j.key, j.judgement);
    }
    v.lines = lines;
    for (auto it = sites.crbegin(); it != sites.crend(); ++it) // right to left keeps positions valid
        v.lines[it->line].replace(it->start, it->length,
                                  printGrade(it->form, value.value(it->section + QLatin1Char('/') + it->key)));
    // (b) another council everywhere it is printed.
    for (QString &l : v.lines)
        l = renameCouncil(l, council);
    v.expected.council = renameCouncil(truth.council, council);
    // (e) a page break inside a grade table (after a table row, not the last).
    QList<int> rows;
    for (const auto &s : sites)
        if (s.form == SiteForm::Number || s.form == SiteForm::Word)
            rows << s.line;
    if (rows.size() > 1 && rng.bounded(10) < 6)
        v.after.insert(rows[int(rng.bounded(int(rows.size()) - 1))],
                       pageBreak(truth.kind, QString::fromUtf8(council.area), rng));
    // (a) line widths; (d) the grade column's place and rules.
    v.width = mode == Mode::Text && rng.bounded(5) == 0 ? 0 : 40 + int(rng.bounded(101));
    v.gradeX = 220 + rng.bounded(300);
    v.valign = int(rng.bounded(3));
    v.ruled = rng.bounded(2) == 1;
    v.name = QStringLiteral("seed %1 %2 width %3 x %4 valign %5%6%7")
                 .arg(seed)
                 .arg(QString::fromUtf8(council.area))
                 .arg(v.width)
                 .arg(int(v.gradeX))
                 .arg(v.valign)
                 .arg(v.ruled ? QStringLiteral(" ruled") : QString())
                 .arg(v.after.isEmpty() ? QString() : QStringLiteral(" page-break"));
    return v;
}

QStringList flowLines(const Variant &v)
{
    QStringList out;
    for (int i = 0; i < v.lines.size(); ++i)
        out << v.lines[i] << v.after.value(i);
    return v.width > 0 ? wrapLines(out, v.width) : out;
}

// Draws lines one under another (cells at fixed tab stops); a form feed starts a page.
class Flow
{
public:
    Flow(PdfBuilder &pdf, double pt) : mPdf(pdf), mPt(pt) { mPdf.setFont(pt); }
    void line(const QString &l)
    {
        const QStringList pages = l.split(QLatin1Char('\f'));
        for (int p = 0; p < pages.size(); ++p) {
            if (p > 0)
                newPage();
            const QStringList cells = pages[p].split(QLatin1Char('\t'));
            for (int c = 0; c < cells.size(); ++c)
                if (!cells[c].trimmed().isEmpty())
                    mPdf.text(50 + 150 * c, mY, cells[c].trimmed());
            advance(1);
        }
    }
    void advance(double lines)
    {
        mY += lines * mPt * 1.4;
        if (mY > 790)
            newPage();
    }
    void keepWithNext()
    {
        if (mY + lead() > 790)
            newPage();
    }
    void newPage()
    {
        mPdf.newPage();
        mY = 50;
    }
    double y() const { return mY; }
    double lead() const { return mPt * 1.4; }

private:
    PdfBuilder &mPdf;
    double mPt;
    double mY = 50;
};

QByteArray renderFlow(const Variant &v)
{
    PdfBuilder pdf;
    const QStringList lines = flowLines(v);
    double widest = 0; // at 10pt; the font shrinks so the widest line fits the page
    for (const QString &l : lines)
        for (const QString &cell : l.split(QLatin1Char('\t')))
            widest = std::max(widest,
                              pdf.textWidth(cell.trimmed()) + 150 * (l.left(l.indexOf(cell)).count(QLatin1Char('\t'))));
    Flow flow(pdf, std::min(10.0, 10.0 * 500 / widest));
    // A table row's label stays on the page of its grade, as a typesetter keeps rows whole.
    static const QRegularExpression bareGrade(QStringLiteral("^\\s*[1-4]\\s*$"));
    for (int i = 0; i < lines.size(); ++i) {
        if (i + 1 < lines.size() && bareGrade.match(lines[i + 1]).hasMatch())
            flow.keepWithNext();
        flow.line(lines[i]);
    }
    return pdf.finish();
}

// Every grade site drawn as a table row: label cell wrapped left, grade at gradeX.
QByteArray renderTable(const Variant &v, const QList<Site> &sites)
{
    PdfBuilder pdf;
    Flow flow(pdf, 9);
    QHash<int, Site> rowAt;
    for (const auto &s : sites)
        rowAt.insert(s.labelFirst, s);
    for (int i = 0; i < v.lines.size(); ++i) {
        if (rowAt.contains(i)) {
            const Site s = rowAt.value(i);
            const QString token = v.lines[s.line].mid(s.start);
            QStringList label;
            for (int k = s.labelFirst; k <= s.line; ++k)
                label << (k == s.line ? v.lines[k].left(s.start) : v.lines[k]);
            const QString text = label.join(QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' ')).simplified();
            const double x = std::min(v.gradeX, 585 - pdf.textWidth(token.trimmed()));
            if (flow.y() > 740)
                flow.newPage();
            const double top = flow.y();
            const double end = pdf.paragraph(50, top, x - 60, text, flow.lead());
            const int n = std::max(1, int((end - top) / flow.lead() + 0.5));
            pdf.text(x, top + v.valign * (n - 1) * flow.lead() / 2, token.trimmed());
            if (v.ruled) {
                const double t = top - flow.lead() * 0.8, b = end - flow.lead() * 0.8;
                pdf.line(45, t, 590, t);
                pdf.line(45, b, 590, b);
                pdf.line(x - 6, t, x - 6, b);
            }
            flow.advance(n + 0.4);
            i = s.line;
        } else {
            for (const QString &l : wrapLines({v.lines[i]}, 100))
                flow.line(l);
        }
        for (const QString &l : v.after.value(i))
            flow.line(l);
    }
    return pdf.finish();
}

// Problems with one extraction; `wrong` counts confident wrong or invented grades.
QStringList problems(const ExtractionResult &r, const Truth &e, int *wrong)
{
    QStringList out;
    if (!r.ok)
        return {QStringLiteral("failed: ") + r.error};
    const ExtractedReport &rep = r.report;
    if (reportKindId(rep.kind) != e.kind)
        out << QStringLiteral("kind %1").arg(reportKindId(rep.kind));
    if (rep.council != e.council)
        out << QStringLiteral("council '%1' != '%2'").arg(rep.council, e.council);
    if (rep.assessmentYear != e.year || rep.published != e.published)
        out << QStringLiteral("year %1 published %2").arg(rep.assessmentYear).arg(rep.published.toString(Qt::ISODate));
    const auto flagged = [&rep](const JudgementRecord &j) {
        if (j.confidence > 0.3)
            return false;
        for (const auto &w : rep.warnings)
            if (w.key == j.key || w.message.contains(j.key))
                return true;
        return false;
    };
    QSet<int> matched;
    for (const auto &t : e.judgements) {
        int at = -1;
        for (int i = 0; i < rep.judgements.size(); ++i)
            if (rep.judgements[i].section == t.section && rep.judgements[i].key == t.key)
                at = i;
        const QString what = t.section + QLatin1Char('/') + t.key;
        if (at < 0) {
            if (!t.optional)
                out << QStringLiteral("missing ") + what;
            continue;
        }
        matched << at;
        const JudgementRecord &j = rep.judgements[at];
        const bool right = j.judgement == t.judgement && (t.optional || j.printed == t.printed);
        if (!right && !flagged(j)) {
            out << QStringLiteral("WRONG %1: '%2' %3 (%4), expected '%5' %6")
                       .arg(what, j.printed, judgementId(j.judgement))
                       .arg(j.confidence)
                       .arg(t.printed, judgementId(t.judgement));
            ++*wrong;
        }
    }
    for (int i = 0; i < rep.judgements.size(); ++i) {
        if (matched.contains(i) || flagged(rep.judgements[i]))
            continue;
        const auto &j = rep.judgements[i];
        out << QStringLiteral("INVENTED %1/%2 '%3' (%4)").arg(j.section, j.key, j.printed).arg(j.confidence);
        ++*wrong;
    }
    return out;
}

const char *const kReports[] = {"stockton-on-tees_apa_2008", "stockton-on-tees_jar_2008",
                                "stockton-on-tees_safeguarding-lac_2010", "stockton-on-tees_cs-assessment_2011"};

} // namespace

class TestReaderMutations : public QObject
{
    Q_OBJECT
private slots:
    void mutations_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("count");
        for (const char *n : kReports) {
            const QString name = QString::fromLatin1(n);
            QTest::newRow(qPrintable(name + QStringLiteral(" text"))) << name << int(Mode::Text) << 60;
            QTest::newRow(qPrintable(name + QStringLiteral(" pdf flow"))) << name << int(Mode::PdfFlow) << 6;
            QTest::newRow(qPrintable(name + QStringLiteral(" pdf table"))) << name << int(Mode::PdfTable) << 10;
        }
    }

    void mutations()
    {
        QFETCH(QString, name);
        QFETCH(int, mode);
        QFETCH(int, count);
        // MUTATION_SCALE=<n> runs n times as many variants (a longer hunt than ctest's).
        count *= std::max(1, qEnvironmentVariableIntValue("MUTATION_SCALE"));
        QFile f(corpusText(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        const Truth truth = loadTruth(corpusTruth(name));
        const QList<Site> sites = findSites(lines, truth.kind);
        // The test's own site finder must see every printed grade of the truth, and nothing else.
        for (const auto &t : truth.judgements) {
            bool seen = false;
            for (const auto &s : sites)
                seen = seen || (s.section == t.section && s.key == t.key);
            QVERIFY2(seen || t.optional,
                     qPrintable(QStringLiteral("no site for ") + t.section + QLatin1Char('/') + t.key));
        }
        for (const auto &s : sites)
            QVERIFY2(!s.key.isEmpty(), qPrintable(QStringLiteral("unlabelled site on line %1").arg(s.line + 1)));

        int failed = 0, wrong = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i) {
            const quint32 seed = quint32(1000 * (mode + 1) + i) ^ quint32(qHash(name));
            const Variant v = makeVariant(lines, sites, truth, seed, Mode(mode));
            const QByteArray input = Mode(mode) == Mode::Text      ? flowLines(v).join(QLatin1Char('\n')).toUtf8()
                                     : Mode(mode) == Mode::PdfFlow ? renderFlow(v)
                                                                   : renderTable(v, sites);
            const ExtractionResult r =
                Mode(mode) == Mode::Text ? extractReportText(QString::fromUtf8(input)) : extractReportPdf(input);
            const QStringList p = problems(r, v.expected, &wrong);
            if (!p.isEmpty()) {
                ++failed;
                // MUTATION_DUMP=<dir> keeps each failing variant for a closer look.
                const QString dump = qEnvironmentVariable("MUTATION_DUMP");
                QFile out(QStringLiteral("%1/%2.%3").arg(dump).arg(seed).arg(mode == int(Mode::Text) ? "txt" : "pdf"));
                if (!dump.isEmpty() && out.open(QIODevice::WriteOnly))
                    out.write(input);
                qWarning("%s: %s", qPrintable(v.name), qPrintable(p.join(QStringLiteral("; "))));
            }
        }
        qInfo("%s: %d variants, %d failed, %d confident wrong/invented grades, %lld ms", qPrintable(name), count,
              failed, wrong, timer.elapsed());
        QCOMPARE(failed, 0);
    }
};

QTEST_MAIN(TestReaderMutations)
#include "tst_reader_mutations.moc"
