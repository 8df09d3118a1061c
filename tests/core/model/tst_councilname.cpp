// One council, many printed forms of its name: all give the same identity key.
#include "model/CouncilName.h"

#include <QTest>

using namespace inspectdesk;

class TestCouncilName : public QObject
{
    Q_OBJECT
private slots:
    void sameCouncil_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("borough suffix") << "Stockton-on-Tees"
                                        << "Stockton-on-Tees Borough Council";
        QTest::newRow("hyphens and case") << "Stockton on Tees"
                                          << "STOCKTON-ON-TEES BOROUGH COUNCIL";
        QTest::newRow("london borough") << "London Borough of Camden"
                                        << "Camden";
        QTest::newRow("the london borough") << "The London Borough of Camden"
                                            << "Camden Council";
        QTest::newRow("royal borough") << "Royal Borough of Kensington and Chelsea"
                                       << "Kensington & Chelsea";
        QTest::newRow("county") << "Kent County Council"
                                << "Kent";
        QTest::newRow("city of") << "City of York Council"
                                 << "York";
        QTest::newRow("city council") << "Leeds City Council"
                                      << "Leeds";
        QTest::newRow("metropolitan") << "Wigan Metropolitan Borough Council"
                                      << "Wigan";
        QTest::newRow("isles") << "Council of the Isles of Scilly"
                               << "Isles of Scilly";
        QTest::newRow("apostrophe and spaces")
            << QString::fromUtf8("King\u2019s  Lynn Borough Council") << "King's Lynn";
    }
    void sameCouncil()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(councilIdentityKey(a), councilIdentityKey(b));
        QVERIFY(!councilIdentityKey(a).isEmpty());
    }

    void differentCouncilsStayApart()
    {
        QVERIFY(councilIdentityKey(QStringLiteral("Kent County Council")) !=
                councilIdentityKey(QStringLiteral("Kensington and Chelsea")));
        QVERIFY(councilIdentityKey(QStringLiteral("Bath and North East Somerset Council")) !=
                councilIdentityKey(QStringLiteral("North Somerset Council")));
        // The word "city" inside a name is kept: only the designation is removed.
        QCOMPARE(councilIdentityKey(QStringLiteral("Kingston upon Hull City Council")),
                 QStringLiteral("kingston upon hull"));
    }
};

QTEST_GUILESS_MAIN(TestCouncilName)
#include "tst_councilname.moc"
