// Every scale's mapping, including the reversed one, through the one normalise() function.
#include "model/Grade.h"

#include <QTest>

using namespace inspectdesk;

class TestGradeScales : public QObject
{
    Q_OBJECT
private slots:
    void fourIsOutstanding_data()
    {
        QTest::addColumn<QString>("printed");
        QTest::addColumn<Judgement>("expected");
        QTest::newRow("4") << "4" << Judgement::Outstanding;
        QTest::newRow("3") << "3" << Judgement::Good;
        QTest::newRow("2") << "2" << Judgement::Adequate;
        QTest::newRow("1") << "1" << Judgement::Inadequate;
        QTest::newRow("Grade 4") << "Grade 4" << Judgement::Outstanding;
        QTest::newRow("5 out of range") << "5" << Judgement::Unknown;
    }
    void fourIsOutstanding()
    {
        QFETCH(QString, printed);
        QFETCH(Judgement, expected);
        QCOMPARE(normalise(Scale::FourIsOutstanding, printed), expected);
    }

    void reversedScale_data()
    {
        QTest::addColumn<QString>("printed");
        QTest::addColumn<Judgement>("expected");
        QTest::newRow("Grade 1") << "Grade 1" << Judgement::Outstanding;
        QTest::newRow("Grade 2 (good)") << "Grade 2 (good)" << Judgement::Good;
        QTest::newRow("Grade 3 (adequate)") << "Grade 3 (adequate)" << Judgement::Adequate;
        QTest::newRow("Grade 4") << "Grade 4" << Judgement::Inadequate;
        // Number and word disagree: never guessed.
        QTest::newRow("Grade 1 (inadequate)") << "Grade 1 (inadequate)" << Judgement::Unknown;
    }
    void reversedScale()
    {
        QFETCH(QString, printed);
        QFETCH(Judgement, expected);
        QCOMPARE(normalise(Scale::OneIsOutstanding, printed), expected);
    }

    void reversedVersusFour()
    {
        // The trap: the same printed "1" means opposite things on the two numeric scales.
        QCOMPARE(normalise(Scale::OneIsOutstanding, QStringLiteral("1")), Judgement::Outstanding);
        QCOMPARE(normalise(Scale::FourIsOutstanding, QStringLiteral("1")), Judgement::Inadequate);
    }

    void performsScale_data()
    {
        QTest::addColumn<QString>("printed");
        QTest::addColumn<Judgement>("expected");
        QTest::newRow("excellently") << "Performs excellently (4)" << Judgement::Outstanding;
        QTest::newRow("well") << "Performs well (3)" << Judgement::Good;
        QTest::newRow("adequately") << "Performs adequately (2)" << Judgement::Adequate;
        QTest::newRow("poorly") << "Performs poorly (1)" << Judgement::Inadequate;
        QTest::newRow("inconsistent") << "Performs well (1)" << Judgement::Unknown;
    }
    void performsScale()
    {
        QFETCH(QString, printed);
        QFETCH(Judgement, expected);
        QCOMPARE(normalise(Scale::PerformsScale, printed), expected);
    }

    void words_data()
    {
        QTest::addColumn<QString>("printed");
        QTest::addColumn<Judgement>("expected");
        QTest::newRow("Outstanding") << "Outstanding" << Judgement::Outstanding;
        QTest::newRow("Good") << "Good" << Judgement::Good;
        QTest::newRow("Adequate") << "Adequate" << Judgement::Adequate;
        QTest::newRow("Satisfactory") << "Satisfactory" << Judgement::Adequate;
        QTest::newRow("Inadequate") << "Inadequate" << Judgement::Inadequate;
        QTest::newRow("RI to be good") << "Requires improvement to be good" << Judgement::Adequate;
        QTest::newRow("RI") << "Requires improvement" << Judgement::Adequate;
        // SIF headlines: "Children's services in X require improvement to be good".
        QTest::newRow("require, to be good") << "require improvement to be good" << Judgement::Adequate;
        QTest::newRow("requiring") << "requiring improvement to be good" << Judgement::Adequate;
    }
    void words()
    {
        QFETCH(QString, printed);
        QFETCH(Judgement, expected);
        QCOMPARE(normalise(Scale::Words, printed), expected);
    }

    void unknownScaleNeverMaps()
    {
        QCOMPARE(normalise(Scale::Unknown, QStringLiteral("3")), Judgement::Unknown);
        QCOMPARE(normalise(Scale::Unknown, QStringLiteral("Grade 1")), Judgement::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestGradeScales)
#include "tst_grade_scales.moc"
