// Each grade pattern, the scale legends, label vocabulary and the shared fact finders.
#include "readers/AreaVocabulary.h"
#include "readers/GradePatterns.h"
#include "readers/ReportFacts.h"

#include <QTest>

using namespace inspectdesk;

class TestGradePatterns : public QObject
{
    Q_OBJECT
private slots:
    void gradeNumber()
    {
        const auto hits = GradePatterns::gradeNumbers(QStringLiteral("Overall effectiveness Grade 3 (adequate)\n"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].number, 3);
        QCOMPARE(hits[0].word, QStringLiteral("adequate"));
        QCOMPARE(hits[0].printed, QStringLiteral("Grade 3 (adequate)"));
        // Wrapped onto the next line, and the colon form.
        QCOMPARE(GradePatterns::gradeNumbers(QStringLiteral("Grade 2\n(good)")).value(0).word, QStringLiteral("good"));
        QCOMPARE(GradePatterns::gradeNumbers(QStringLiteral("Grade: 4")).value(0).number, 4);
        // Not grades: out of range, decimals.
        QVERIFY(GradePatterns::gradeNumbers(QStringLiteral("Grade 5")).isEmpty());
        QVERIFY(GradePatterns::gradeNumbers(QStringLiteral("Grade 3.5")).isEmpty());
    }
    void gradeNumberWithWordAfterDash()
    {
        // "Grade 3 - good", "Grade 3: good", "Grade 2 – adequate": the word is printed with the
        // number, so it is kept and checked against the scale.
        QCOMPARE(GradePatterns::gradeNumbers(QStringLiteral("Being healthy Grade 3 - good\n")).value(0).printed,
                 QStringLiteral("Grade 3 - good"));
        QCOMPARE(GradePatterns::gradeNumbers(QStringLiteral("Grade 3: good")).value(0).word, QStringLiteral("good"));
        QCOMPARE(GradePatterns::gradeNumbers(QStringLiteral("Grade 2 – adequate")).value(0).word,
                 QStringLiteral("adequate"));
        QCOMPARE(normalise(Scale::FourIsOutstanding, QStringLiteral("Grade 2 - good")), Judgement::Unknown);
        QCOMPARE(normalise(Scale::OneIsOutstanding, QStringLiteral("Grade 2: good")), Judgement::Good);
        // Only a grade word: "Grade 3 - the council" keeps just the number.
        QCOMPARE(GradePatterns::gradeNumbers(QStringLiteral("Grade 3 - the council")).value(0).printed,
                 QStringLiteral("Grade 3"));
    }
    void colonWords()
    {
        const QString t =
            QStringLiteral("The experiences and progress of children in care: requires\nimprovement to be good\n"
                           "Care leavers: the offer is good\n"
                           "The impact of leaders:\noutstanding\n"
                           "Overall effectiveness: Good\n"
                           "as judged: good progress\n");
        QStringList found;
        for (const auto &h : GradePatterns::colonWords(t))
            found << h.printed;
        QCOMPARE(found, (QStringList{"requires improvement to be good", "outstanding"}));
    }
    void performs()
    {
        const auto hits =
            GradePatterns::performs(QStringLiteral("Children's services assessment\tPerforms well (3)\n"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].number, 3);
        QCOMPARE(hits[0].word, QStringLiteral("well"));
        // The legend row has no "(n)".
        QVERIFY(GradePatterns::performs(QStringLiteral("4\tPerforms excellently\tAn organisation")).isEmpty());
    }
    void words()
    {
        const QString t = QStringLiteral("Overall effectiveness Adequate\nPartnerships Good progress has been made\n"
                                         "Impact of leaders\tRequires improvement to be good\n"
                                         "Value for money Good Services for looked after children\n"
                                         "Good (Grade 2) A service\nis good.\n");
        const auto hits = GradePatterns::words(t);
        QStringList found;
        for (const auto &h : hits)
            found << h.word;
        QCOMPARE(found, (QStringList{"adequate", "requires improvement to be good", "good"}));
    }
    void rowNumbers()
    {
        const QString t = QStringLiteral("1\tStandards of achievement\t3\nSafeguarding 4\nKey Stage 3 results\n7\n");
        const auto hits = GradePatterns::rowNumbers(t);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0].number, 3);
        QCOMPARE(hits[1].number, 4);
    }
    void legends()
    {
        QCOMPARE(GradePatterns::legendScale(QStringLiteral("4: outstanding; 3: good; 2: adequate; 1: inadequate")),
                 Scale::FourIsOutstanding);
        QCOMPARE(GradePatterns::legendScale(QStringLiteral("an outstanding judgement of Grade 4 reflects")),
                 Scale::FourIsOutstanding);
        QCOMPARE(GradePatterns::legendScale(QStringLiteral("Outstanding (Grade 1) A service that")),
                 Scale::OneIsOutstanding);
        QCOMPARE(GradePatterns::legendScale(QStringLiteral("Grade 1 - outstanding")), Scale::OneIsOutstanding);
        QCOMPARE(GradePatterns::legendScale(QStringLiteral("no legend here")), Scale::Unknown);
        QCOMPARE(GradePatterns::legendScale(QStringLiteral("4: outstanding ... Outstanding (Grade 1)")),
                 Scale::Unknown);
    }
    void labels()
    {
        const QStringList all;
        auto key = [&](const QString &text, bool period = true) {
            const auto m = AreaVocabulary::labelBefore(text, int(text.size()), all, period);
            return m ? m->key : QString();
        };
        QCOMPARE(key(QStringLiteral(
                     "Capacity to improve, including the management of\nservices for children and young people ")),
                 QStringLiteral("capacity_to_improve"));
        QCOMPARE(key(QStringLiteral("Capacity for improvement ")), QStringLiteral("capacity_to_improve"));
        QCOMPARE(key(QStringLiteral("Economic well-being ")), QStringLiteral("achieving_economic_wellbeing"));
        QCOMPARE(key(QStringLiteral("to ensure that children and young people are\nsafe. ")),
                 QStringLiteral("children_are_safe"));
        QCOMPARE(key(QStringLiteral("to ensure that children and young people are safe. "), false), QString());
        QCOMPARE(key(QStringLiteral("The experiences and progress of children in care and care leavers\t")),
                 QStringLiteral("children_in_care_and_care_leavers"));
        // Prose is not a label: a verb stands between the area and the grade.
        QCOMPARE(key(QStringLiteral("Capacity to improve, which is ")), QString());
        QCOMPARE(key(QStringLiteral("an outstanding judgement of ")), QString());
    }
    void labelsHyphenatedAtLineEnd()
    {
        // A label split at a line end is matched whole, and its position is the printed text's.
        const QString text = QStringLiteral("Achieving Economic Well-\nBeing\tGrade 3");
        const auto m = AreaVocabulary::labelBefore(text, int(text.indexOf(QLatin1String("Grade"))), {}, false);
        QVERIFY(m.has_value());
        QCOMPARE(m->key, QStringLiteral("achieving_economic_wellbeing"));
        QCOMPARE(m->start, 0);
        QCOMPARE(m->end, int(text.indexOf(QLatin1Char('\t'))));
        // The stored label: a break's hyphen goes when the joined word is a vocabulary word,
        // stays when it joins two ("Well-Being"), and anything else is left as printed.
        QCOMPARE(AreaVocabulary::joinLineEndHyphens(QStringLiteral("Making a positive con-\n  tribution")),
                 QStringLiteral("Making a positive contribution"));
        QCOMPARE(AreaVocabulary::joinLineEndHyphens(QStringLiteral("Achieving Economic Well-\nBeing")),
                 QStringLiteral("Achieving Economic Well-Being"));
        QCOMPARE(AreaVocabulary::joinLineEndHyphens(QStringLiteral("Safe-\nguarding")), QStringLiteral("Safeguarding"));
        QCOMPARE(AreaVocabulary::joinLineEndHyphens(QStringLiteral("Multi-\nagency working")),
                 QStringLiteral("Multi-\nagency working"));
        // A dash before a capitalised next line that makes no vocabulary word is not a split word.
        const QString dash = QStringLiteral("Staying safe-\nGrade 3");
        const auto d = AreaVocabulary::labelBefore(dash, int(dash.indexOf(QLatin1String("Grade"))), {}, false);
        QVERIFY(d.has_value());
        QCOMPARE(d->key, QStringLiteral("staying_safe"));
        QCOMPARE(d->end, int(dash.indexOf(QLatin1Char('-'))));
    }
    void dates()
    {
        QCOMPARE(ReportFacts::parseDate(QStringLiteral("17 December 2008")), QDate(2008, 12, 17));
        QCOMPARE(ReportFacts::parseDate(QStringLiteral("8 Nov 2011")), QDate(2011, 11, 8));
        QCOMPARE(ReportFacts::parseDate(QStringLiteral("22/10/2010")), QDate(2010, 10, 22));
        QVERIFY(!ReportFacts::parseDate(QStringLiteral("31 February 2010")).isValid());
        QCOMPARE(ReportFacts::publishedDate(QStringLiteral("Age group: All\nPublished: 22 October 2010\n")),
                 QDate(2010, 10, 22));
        QVERIFY(!ReportFacts::publishedDate(QStringLiteral("was published in April 2008")).isValid());
        QCOMPARE(ReportFacts::letterDate(QStringLiteral("Ofsted\n3 March 2007\nDear Mr Smith\n")), QDate(2007, 3, 3));
        QVERIFY(!ReportFacts::letterDate(QStringLiteral("the period 1 April 2007 to 31 March 2008\n")).isValid());
    }
    void councils()
    {
        QCOMPARE(ReportFacts::councilName(QStringLiteral("Director\nKent County Council\nSessions House")),
                 QStringLiteral("Kent County Council"));
        QCOMPARE(ReportFacts::councilName(QStringLiteral("at the London Borough of Tower Hamlets\n")),
                 QStringLiteral("London Borough of Tower Hamlets"));
        QCOMPARE(ReportFacts::councilName(QStringLiteral("Kingston upon Hull City Council")),
                 QStringLiteral("Kingston upon Hull City Council"));
        QCOMPARE(ReportFacts::tidyName(QStringLiteral("STOCKTON-ON-TEES"), QStringLiteral("in Stockton-on-Tees the")),
                 QStringLiteral("Stockton-on-Tees"));
    }
};

QTEST_GUILESS_MAIN(TestGradePatterns)
#include "tst_grade_patterns.moc"
