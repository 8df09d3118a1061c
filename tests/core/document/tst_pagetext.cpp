// PageText on a real corpus page: words with boxes, find across words, text under a rectangle.
#include "TestData.h"
#include "document/PageText.h"

#include <poppler-qt6.h>

#include <QTest>
#include <memory>

using namespace inspectdesk;

class TestPageText : public QObject
{
    Q_OBJECT
    PageText mPage;

private slots:
    void initTestCase()
    {
        const auto doc = Poppler::Document::load(test::corpusPdf(QStringLiteral("stockton-on-tees_jar_2008")));
        QVERIFY(doc);
        const std::unique_ptr<Poppler::Page> page(doc->page(1)); // the grade table page
        QVERIFY(page);
        mPage = PageText::fromPage(*page);
        QVERIFY(mPage.words().size() > 50);
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
        const PageText text({{QStringLiteral("Being"), QRectF(10, 10, 30, 10)},
                             {QStringLiteral("healthy"), QRectF(10, 30, 40, 10)},
                             {QStringLiteral("Good"), QRectF(60, 30, 20, 10)}});
        const auto hits = text.find(QStringLiteral("being healthy"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().size(), 2);
        QCOMPARE(text.textIn(QRectF(0, 0, 100, 50)), QStringLiteral("Being\nhealthy Good"));
        // Ligatures in a search are folded like the page's words are.
        QCOMPARE(PageText({{QStringLiteral("effective"), QRectF(0, 0, 10, 10)}})
                     .find(QStringLiteral("e\uFB00ective"))
                     .size(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestPageText)
#include "tst_pagetext.moc"
