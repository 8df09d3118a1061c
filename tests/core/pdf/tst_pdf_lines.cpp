// Line rebuilding from word boxes: baselines, cells at wide gaps, two-column reading order;
// and plain text turned into the same representation.
#include "pdf/DocumentText.h"
#include "pdf/FlatText.h"
#include "pdf/LineBuilder.h"

#include <QElapsedTimer>
#include <QTest>

using namespace inspectdesk;

namespace {
// Words of `text` laid out from x at baseline-top y, 6pt per character, 10pt high.
QList<TextWord> words(double x, double y, const QString &text)
{
    QList<TextWord> out;
    for (const QString &w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        out << TextWord{w, QRectF(x, y, w.size() * 6.0, 10)};
        x += (w.size() + 1) * 6.0;
    }
    return out;
}
QStringList texts(const QList<TextLine> &lines)
{
    QStringList out;
    for (const auto &l : lines)
        out << l.text();
    return out;
}
} // namespace

class TestPdfLines : public QObject
{
    Q_OBJECT
private slots:
    void baselineAndCells()
    {
        QList<TextWord> w = words(400, 100.8, QStringLiteral("3")); // slightly off the label's baseline
        w += words(60, 100, QStringLiteral("Being healthy"));
        w += words(60, 120, QStringLiteral("Staying safe"));
        w += words(400, 119.5, QStringLiteral("2"));
        const auto lines = LineBuilder::buildLines(w, QSizeF(595, 842));
        QCOMPARE(texts(lines), (QStringList{"Being healthy\t3", "Staying safe\t2"}));
        QCOMPARE(lines[0].cellStarts, (QList<int>{0, 2}));
    }
    void twoColumnsReadLeftThenRight()
    {
        QList<TextWord> w = words(50, 40, QStringLiteral("A heading that spans both of the columns of this page"));
        for (int i = 0; i < 10; ++i) {
            w += words(50, 70 + i * 14, QStringLiteral("left column text line number %1 here").arg(i));
            w += words(315, 72 + i * 14, QStringLiteral("right column text line number %1 too").arg(i));
        }
        const QStringList t = texts(LineBuilder::buildLines(w, QSizeF(595, 842)));
        QCOMPARE(t.size(), 21);
        QVERIFY(t[0].startsWith(QLatin1String("A heading")));
        QCOMPARE(t[1], QStringLiteral("left column text line number 0 here"));
        QCOMPARE(t[10], QStringLiteral("left column text line number 9 here"));
        QCOMPARE(t[11], QStringLiteral("right column text line number 0 too"));
    }
    void longPageStaysFast()
    {
        // A very long page of many short lines (a data annex, a scroll-length export): the
        // line builder must stay near linear, not compare every line with every other.
        auto page = [](int lines) {
            QList<TextWord> w;
            for (int i = 0; i < lines; ++i) {
                w += words(60, 40 + i * 12.0, QStringLiteral("Row %1 label text").arg(i));
                w += words(470, 40 + i * 12.0, QStringLiteral("%1").arg(i % 4 + 1));
            }
            return w;
        };
        const QList<TextWord> small = page(2000), big = page(16000);
        QElapsedTimer t;
        t.start();
        const auto a = LineBuilder::buildLines(small, QSizeF(595, 40 + 2000 * 12.0));
        const qint64 smallMs = std::max<qint64>(1, t.restart());
        const auto b = LineBuilder::buildLines(big, QSizeF(595, 40 + 16000 * 12.0));
        const qint64 bigMs = t.elapsed();
        QCOMPARE(a.size(), 2000);
        QCOMPARE(b.size(), 16000);
        QCOMPARE(b.last().text(), QStringLiteral("Row 15999 label text\t4"));
        // Eight times the lines: a quadratic builder takes ~64 times as long.
        QVERIFY2(bigMs < 20 * smallMs + 200, qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(bigMs).arg(smallMs)));
    }
    void tableIsNotTwoColumns()
    {
        QList<TextWord> w;
        for (int i = 0; i < 12; ++i) {
            w += words(60, 70 + i * 14, QStringLiteral("A fairly long area label number %1").arg(i));
            w += words(470, 70 + i * 14, QStringLiteral("Good"));
        }
        const QStringList t = texts(LineBuilder::buildLines(w, QSizeF(595, 842)));
        QCOMPARE(t.size(), 12);
        QCOMPARE(t[0], QStringLiteral("A fairly long area label number 0\tGood"));
    }
    void plainText()
    {
        const DocumentText doc =
            DocumentText::fromPlainText(QStringLiteral("First page\nLabel\tGrade 3\fSecond   page"));
        QCOMPARE(doc.pageCount(), 2);
        QCOMPARE(doc.pages[0].lines.size(), 2);
        QCOMPARE(doc.pages[0].lines[1].text(), QStringLiteral("Label\tGrade 3"));
        QCOMPARE(doc.pages[1].lines[0].text(), QStringLiteral("Second\tpage"));
        const FlatText flat(doc);
        const int at = int(flat.text().indexOf(QLatin1String("Grade")));
        QCOMPARE(flat.pageAt(at), 1);
        QCOMPARE(flat.pageAt(int(flat.text().indexOf(QLatin1String("Second")))), 2);
        const QRectF box = flat.boxOf(at, at + 7);
        QVERIFY(box.width() > 0 && box.top() > doc.pages[0].lines[0].box.top());
        QCOMPARE(flat.line(flat.lineAt(at)), QStringLiteral("Label\tGrade 3"));
    }
};

QTEST_GUILESS_MAIN(TestPdfLines)
#include "tst_pdf_lines.moc"
