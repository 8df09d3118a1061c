// TextPage, the one page-text model, on a real corpus page: the readers and the document view
// read the same words; find across words, text and box under a rectangle; poppler loads
// counted.
#include "TestData.h"
#include "pdf/LineBuilder.h"
#include "pdf/PdfText.h"
#include "pdf/TextPage.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QTest>
#include <memory>

using namespace inspectdesk;

namespace {
TextPage pageOf(const QList<TextWord> &words)
{
    TextPage page;
    page.number = 1;
    page.size = QSizeF(595, 842);
    page.lines = LineBuilder::buildLines(words, page.size);
    return page;
}
} // namespace

class TestTextPage : public QObject
{
    Q_OBJECT
    QByteArray mJar;
    TextPage mPage;

private slots:
    void initTestCase()
    {
        QFile f(test::corpusPdf(QStringLiteral("stockton-on-tees_jar_2008")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        mJar = f.readAll();
        const auto doc = loadPdfDocument(mJar);
        QVERIFY(doc);
        const std::unique_ptr<Poppler::Page> page(doc->page(1)); // the grade table page
        QVERIFY(page);
        mPage = readTextPage(*page, 2);
        QCOMPARE(mPage.number, 2);
        QVERIFY(mPage.words().size() > 50);
    }

    void readersAndViewSeeTheSameWords()
    {
        // Extraction reads every page the way the view reads one: same lines, same boxes.
        const PdfTextResult extracted = loadPdfText(mJar);
        QVERIFY(extracted.ok);
        const TextPage &second = extracted.text.pages.at(1);
        QCOMPARE(second.lines.size(), mPage.lines.size());
        for (int i = 0; i < second.lines.size(); ++i) {
            QCOMPARE(second.lines[i].text(), mPage.lines[i].text());
            QCOMPARE(second.lines[i].box, mPage.lines[i].box);
        }
    }

    void extractionLoadsTheDocumentOnce()
    {
        const int before = pdfLoadCount();
        QVERIFY(loadPdfText(mJar).ok);
        QCOMPARE(pdfLoadCount() - before, 1);
    }

    void findIsCaseAndSpacingInsensitive()
    {
        const auto hits = mPage.find(QStringLiteral("looked   AFTER children"));
        QVERIFY(!hits.isEmpty());
        for (const QList<QRectF> &hit : hits)
            QVERIFY(!hit.isEmpty());
        QVERIFY(mPage.find(QStringLiteral("no such phrase in this report")).isEmpty());
        QVERIFY(mPage.find(QString()).isEmpty());
    }

    void textAndBoxUnderRectangleRoundTrip()
    {
        // The box of a found phrase gives back the phrase.
        const auto hits = mPage.find(QStringLiteral("Looked after children"));
        QVERIFY(!hits.isEmpty());
        const QRectF box = hits.first().first();
        QCOMPARE(mPage.textIn(box.adjusted(-1, -1, 1, 1)).toLower(), QStringLiteral("looked after children"));
        QCOMPARE(mPage.boxIn(box.adjusted(-1, -1, 1, 1)), box);
        QVERIFY(mPage.boxIn(QRectF(-100, -100, 10, 10)).isNull());
    }

    void hitSpanningLinesGivesOneRectPerLine()
    {
        const TextPage text = pageOf({{QStringLiteral("Being"), QRectF(10, 10, 30, 10)},
                                      {QStringLiteral("healthy"), QRectF(10, 30, 40, 10)},
                                      {QStringLiteral("Good"), QRectF(60, 30, 20, 10)}});
        const auto hits = text.find(QStringLiteral("being healthy"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().size(), 2);
        QCOMPARE(text.textIn(QRectF(0, 0, 100, 50)), QStringLiteral("Being\nhealthy Good"));
    }

    void searchIsNormalisedLikeTheWords()
    {
        // The page's words are plain letters (plainTypography); a search typed or pasted with
        // a ligature or a non-breaking space finds them all the same.
        const TextPage read = pageOf(
            {{QStringLiteral("effective"), QRectF(0, 0, 40, 10)}, {QStringLiteral("practice"), QRectF(45, 0, 40, 10)}});
        QCOMPARE(read.find(QStringLiteral("e\uFB00ective\u00A0PRACTICE")).size(), 1);
        QCOMPARE(mPage.find(QStringLiteral("Looked\u00A0after")).size(),
                 mPage.find(QStringLiteral("looked after")).size());
    }

    void wordsComeInReadingOrder()
    {
        // Two columns: the view's word order (keyboard selection) reads the left column first,
        // as the readers do, whatever order the words came in.
        QList<TextWord> words;
        for (int i = 0; i < 10; ++i) {
            words << TextWord{QStringLiteral("right%1").arg(i), QRectF(320, 70 + i * 14, 200, 10)};
            words << TextWord{QStringLiteral("left%1").arg(i), QRectF(50, 70 + i * 14, 200, 10)};
        }
        const QList<TextWord> ordered = pageOf(words).words();
        QCOMPARE(ordered.size(), 20);
        QCOMPARE(ordered.at(0).text, QStringLiteral("left0"));
        QCOMPARE(ordered.at(9).text, QStringLiteral("left9"));
        QCOMPARE(ordered.at(10).text, QStringLiteral("right0"));
        QVERIFY(!pageOf(words).isEmpty());
        QVERIFY(TextPage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextPage)
#include "tst_textpage.moc"
