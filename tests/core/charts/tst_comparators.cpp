// "My council" against its comparators: which councils a filter with a focus council and a
// group takes, year by year, on the real register (statistical neighbours of the DfE 2021 and
// 2025 models, regions). Expected codes are copied from the register's source CSVs
// (resources/register/source), not computed.
#include "charts/ChartDataset.h"
#include "register/CouncilRegister.h"

#include <QSet>
#include <QTest>

using namespace inspectdesk;

namespace {
constexpr int kStockton = 808;
constexpr int kCumberland = 942;

// Every council of the register, every year 2019-2025: one ILACS overall effectiveness
// judgement each (councils that did not exist in a year included: the filter must not care),
// plus one council name no register resolves.
QList<JudgementFact> everyCouncilEveryYear()
{
    QList<JudgementFact> facts;
    qint64 id = 0;
    for (int year = 2019; year <= 2025; ++year) {
        for (const RegisterCouncil *c : CouncilRegister::builtIn().councils()) {
            JudgementFact f;
            f.reportId = ++id;
            f.judgementId = id;
            f.council = c->shortName;
            f.laCode = c->laCode;
            f.kind = ReportKind::Ilacs;
            f.assessmentYear = year;
            f.published = QDate(year, 6, 1);
            f.key = QStringLiteral("overall_effectiveness");
            f.printed = QStringLiteral("Good");
            f.scale = Scale::Words;
            f.judgement = Judgement::Good;
            f.status = ReviewStatus::Confirmed;
            facts << f;
        }
        JudgementFact unresolved = facts.last();
        unresolved.reportId = unresolved.judgementId = ++id;
        unresolved.council = QStringLiteral("Nowhere Borough Council");
        unresolved.laCode = 0;
        facts << unresolved;
    }
    return facts;
}

QSet<QString> names(const QList<int> &codes)
{
    QSet<QString> out;
    for (int code : codes)
        out.insert(CouncilRegister::builtIn().byCode(code)->shortName);
    return out;
}

// The councils with a point in that year.
QSet<QString> councilsIn(const ChartDataset &data, int year)
{
    QSet<QString> out;
    for (const QString &c : data.councils())
        if (data.point(c, QStringLiteral("overall_effectiveness"), year))
            out.insert(c);
    return out;
}

ChartFilter focusOn(int laCode, ComparatorGroup group)
{
    ChartFilter f;
    f.focusLaCode = laCode;
    f.comparators = group;
    return f;
}
} // namespace

class TestComparators : public QObject
{
    Q_OBJECT
    QList<JudgementFact> mFacts = everyCouncilEveryYear();

private slots:
    void neighboursFollowTheModelInForceEachYear()
    {
        const ChartDataset data(mFacts, focusOn(kStockton, ComparatorGroup::Neighbours));
        // statistical-neighbours-2021.csv, row 808
        const QList<int> sn2021 = {841, 381, 888, 351, 359, 342, 343, 344, 392, 840};
        // statistical-neighbours-2025.csv, row 808
        const QList<int> sn2025 = {841, 332, 888, 390, 384, 351, 840, 372, 894, 344};
        for (int year : {2019, 2023, 2024})
            QCOMPARE(councilsIn(data, year), names(sn2021 + QList<int>{kStockton}));
        QCOMPARE(councilsIn(data, 2025), names(sn2025 + QList<int>{kStockton}));
        QVERIFY(councilsIn(data, 2023) != councilsIn(data, 2025));
        // Stockton first, then the neighbours closest first in the latest model, then the
        // councils that were neighbours only in the 2021 model, closest first in that model.
        const QStringList order = data.councils();
        QCOMPARE(order.size(), 16); // Stockton + 10 + {381, 359, 342, 343, 392}
        QCOMPARE(order.first(), QStringLiteral("Stockton-on-Tees"));
        QStringList expected2025;
        for (int code : sn2025)
            expected2025 << CouncilRegister::builtIn().byCode(code)->shortName;
        QCOMPARE(order.mid(1, 10), expected2025);
        QCOMPARE(order.mid(11),
                 (QStringList{QStringLiteral("Calderdale"), QStringLiteral("Wigan"), QStringLiteral("St. Helens"),
                              QStringLiteral("Sefton"), QStringLiteral("North Tyneside")}));
        QVERIFY(data.notes().isEmpty());
    }

    void regionTakesExactlyTheRegionsCouncils()
    {
        const ChartDataset data(mFacts, focusOn(kStockton, ComparatorGroup::Region));
        // local-authorities.csv, region_name "North East"
        const QSet<QString> northEast = names({841, 840, 390, 805, 806, 391, 392, 929, 807, 393, 808, 394});
        for (int year = 2019; year <= 2025; ++year)
            QCOMPARE(councilsIn(data, year), northEast);
        QCOMPARE(data.councils().first(), QStringLiteral("Stockton-on-Tees"));
        QCOMPARE(data.councils().at(1), QStringLiteral("County Durham")); // then by short name
        QCOMPARE(data.councils().last(), QStringLiteral("Sunderland"));
    }

    void englandTakesEveryResolvedCouncil()
    {
        const ChartDataset data(mFacts, focusOn(kStockton, ComparatorGroup::England));
        QVERIFY(!data.councils().contains(QStringLiteral("Nowhere Borough Council")));
        QCOMPARE(data.councils().size(), qsizetype(CouncilRegister::builtIn().councils().size()));
        QCOMPARE(data.councils().first(), QStringLiteral("Stockton-on-Tees"));
        // Without a focus council the group means nothing: every council, resolved or not.
        ChartFilter noFocus;
        noFocus.comparators = ComparatorGroup::England;
        QCOMPARE(ChartDataset(mFacts, noFocus).councils().size(), data.councils().size() + 1);
    }

    void chosenAddsTheFocusCouncilFirst()
    {
        ChartFilter f = focusOn(kStockton, ComparatorGroup::Chosen);
        f.councils = {QStringLiteral("Hartlepool"), QStringLiteral("Camden")};
        const ChartDataset data(mFacts, f);
        QCOMPARE(data.councils(), (QStringList{QStringLiteral("Stockton-on-Tees"), QStringLiteral("Hartlepool"),
                                               QStringLiteral("Camden")}));
    }

    void aFocusCouncilWithNoReportsIsNamedByTheRegister()
    {
        // No report of Stockton's stored: the register still names it, so views can say it
        // has no data, and its neighbours are drawn without it.
        QList<JudgementFact> facts;
        for (const JudgementFact &fact : mFacts)
            if (fact.laCode != kStockton)
                facts << fact;
        for (ComparatorGroup group : {ComparatorGroup::Chosen, ComparatorGroup::Neighbours}) {
            const ChartDataset data(facts, focusOn(kStockton, group));
            QCOMPARE(data.focusCouncil(), QStringLiteral("Stockton-on-Tees"));
            QVERIFY(data.hasFocus());
            QVERIFY(!data.councils().contains(QStringLiteral("Stockton-on-Tees")));
        }
        // statistical-neighbours-2025.csv, row 808: Darlington first.
        const ChartDataset neighbours(facts, focusOn(kStockton, ComparatorGroup::Neighbours));
        QCOMPARE(neighbours.councils().first(), QStringLiteral("Darlington"));
        QCOMPARE(ChartDataset(facts, ChartFilter()).focusCouncil(), QString());
    }

    void aCouncilWithoutNeighboursInAYearIsSaid()
    {
        // Cumberland began on 1 April 2023; the 2021 model has no row for it.
        ChartFilter f = focusOn(kCumberland, ComparatorGroup::Neighbours);
        f.fromYear = 2021;
        const ChartDataset data(mFacts, f);
        QCOMPARE(councilsIn(data, 2023), QSet<QString>{QStringLiteral("Cumberland")});
        QCOMPARE(councilsIn(data, 2025).size(), 11);
        QCOMPARE(data.notes(),
                 (QStringList{QStringLiteral("Cumberland did not exist in 2021-2022: it has no statistical "
                                             "neighbours in those years."),
                              QStringLiteral("Cumberland has no statistical neighbours in the DfE 2021 model (used "
                                             "for 2023-2024).")}));
    }
};

QTEST_GUILESS_MAIN(TestComparators)
#include "tst_comparators.moc"
