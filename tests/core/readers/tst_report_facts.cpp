// Report facts printed on the cover of later-framework reports: fieldwork dates in their
// printed forms and the lead inspector without titles (forms copied from archive reports).
#include "readers/ReportFacts.h"

#include <QTest>

using namespace inspectdesk;

class TestReportFacts : public QObject
{
    Q_OBJECT
private slots:
    void inspectionPeriod_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::newRow("day to day month year")
            << QStringLiteral("Inspection dates: 10 to 21 July 2023\n") << QDate(2023, 7, 10) << QDate(2023, 7, 21);
        QTest::newRow("both whole") << QStringLiteral("Inspection dates: 6 December 2021 to 17 December 2021\n")
                                    << QDate(2021, 12, 6) << QDate(2021, 12, 17);
        QTest::newRow("month, no year") << QStringLiteral("Inspection dates: 14 February to 25 February 2022\n")
                                        << QDate(2022, 2, 14) << QDate(2022, 2, 25);
        QTest::newRow("dash, no space") << QStringLiteral("Inspection date: 11 January 2016–4 February 2016\n")
                                        << QDate(2016, 1, 11) << QDate(2016, 2, 4);
        QTest::newRow("dash, day only") << QStringLiteral("Inspection dates: 13 – 24 February 2012\n")
                                        << QDate(2012, 2, 13) << QDate(2012, 2, 24);
        QTest::newRow("start month named") << QStringLiteral("Inspection date: 25 November – 18 December 2013\n")
                                           << QDate(2013, 11, 25) << QDate(2013, 12, 18);
        QTest::newRow("over new year") << QStringLiteral("Inspection dates: 30 December to 10 January 2020\n")
                                       << QDate(2019, 12, 30) << QDate(2020, 1, 10);
        QTest::newRow("not printed") << QStringLiteral("Report published: 8 March 2013\n") << QDate() << QDate();
    }
    void inspectionPeriod()
    {
        QFETCH(QString, text);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QDate s, e;
        ReportFacts::inspectionPeriod(text, &s, &e);
        QCOMPARE(s, start);
        QCOMPARE(e, end);
    }

    void leadInspector()
    {
        QCOMPARE(
            ReportFacts::leadInspector(QStringLiteral("Lead inspector: Naintara Khosla, His Majesty’s Inspector\n")),
            QStringLiteral("Naintara Khosla"));
        QCOMPARE(ReportFacts::leadInspector(QStringLiteral("Lead inspector: Donna Marriott HMI\n")),
                 QStringLiteral("Donna Marriott"));
        // The deputy is not the lead, wherever the team is listed.
        QCOMPARE(ReportFacts::leadInspector(
                     QStringLiteral("Deputy lead inspector: Dominic Stevens\nLead inspector: Robert Hackeson\n")),
                 QStringLiteral("Robert Hackeson"));
        QCOMPARE(ReportFacts::leadInspector(QStringLiteral("The lead inspector met the director.\n")), QString());
    }
};

QTEST_GUILESS_MAIN(TestReportFacts)
#include "tst_report_facts.moc"
