// The council register compiled into the program, checked against the CSV files it was built
// from (resources/register/source), and name resolution on the forms reports print.
#include "TestData.h"
#include "register/CouncilRegister.h"
#include "register/ReportCouncil.h"

#include <QFile>
#include <QTest>

using namespace inspectdesk;

namespace {
// A small CSV reader (quoted fields with commas), independent of the build script.
QList<QStringList> readCsv(const QString &name)
{
    QFile file(QStringLiteral(REGISTER_SOURCE_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QStringList fields{QString()};
        bool quoted = false;
        const QString text = QString::fromUtf8(line).remove(QLatin1Char('\r'));
        for (const QChar ch : text) {
            if (ch == QLatin1Char('"'))
                quoted = !quoted;
            else if (ch == QLatin1Char(',') && !quoted)
                fields << QString();
            else
                fields.last() += ch;
        }
        rows << fields;
    }
    return rows;
}

// la_code -> row of a statistical neighbour file
QHash<int, QStringList> modelRows(const QString &file)
{
    QHash<int, QStringList> out;
    const QList<QStringList> rows = readCsv(file);
    for (qsizetype i = 1; i < rows.size(); ++i)
        if (rows[i].value(0).toInt() > 0)
            out.insert(rows[i].value(0).toInt(), rows[i]);
    return out;
}

QList<int> codes(const QStringList &row, int first)
{
    QList<int> out;
    for (int i = 0; i < 10; ++i)
        out << row.value(first + 2 * i).toInt();
    return out;
}

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}
} // namespace

class TestCouncilRegister : public QObject
{
    Q_OBJECT
    const CouncilRegister &reg = CouncilRegister::builtIn();

private slots:
    void countsMatchTheSources()
    {
        const QList<QStringList> current = readCsv(QStringLiteral("local-authorities.csv"));
        QCOMPARE(current.size(), 157); // header + 156 rows: 153 councils and 3 replaced since
        int stillCurrent = 0;
        for (const RegisterCouncil *c : reg.councils())
            stillCurrent += c->isCurrent() ? 1 : 0;
        QCOMPARE(stillCurrent, 153);
        // The 156 rows plus Bedfordshire, Cheshire, Bournemouth and Dorset county council.
        QCOMPARE(reg.councils().size(), 160);
        const QStringList head = current.first();
        const int code = head.indexOf(QStringLiteral("la_code"));
        const int ons = head.indexOf(QStringLiteral("la_code_new"));
        const int pop = head.indexOf(QStringLiteral("ons_population_0-25"));
        for (qsizetype i = 1; i < current.size(); ++i) {
            const RegisterCouncil *c = reg.byCode(current[i][code].toInt());
            QVERIFY2(c, qPrintable(current[i][code]));
            QCOMPARE(c->onsCode, current[i][ons]);
            if (c->laCode != 942 && c->laCode != 943) // corrected: the source repeats Cumbria's figure
                QCOMPARE(c->population0to25, current[i][pop].toInt());
        }
        QSet<QString> shortNames;
        for (const RegisterCouncil *c : reg.councils())
            shortNames.insert(c->shortName);
        QCOMPARE(shortNames.size(), 160);
    }

    void councilsFieldByField()
    {
        const RegisterCouncil *s = reg.byCode(808);
        QVERIFY(s);
        QCOMPARE(s->shortName, QStringLiteral("Stockton-on-Tees"));
        QCOMPARE(s->onsCode, QStringLiteral("E06000004"));
        QCOMPARE(s->region, QStringLiteral("North East"));
        QCOMPARE(s->councilType, QStringLiteral("Unitary Authority"));
        QCOMPARE(s->population0to25, 58648);
        QVERIFY(!s->started.isValid() && !s->ended.isValid());

        const RegisterCouncil *b = reg.byCode(801);
        QCOMPARE(b->officialName, QStringLiteral("Bristol, City of"));
        QCOMPARE(b->shortName, QStringLiteral("Bristol"));
        QCOMPARE(reg.byCode(204)->shortName, QStringLiteral("Hackney"));
        QCOMPARE(reg.byCode(204)->councilType, QStringLiteral("London Borough"));
        QCOMPARE(reg.byCode(810)->shortName, QStringLiteral("Kingston upon Hull"));
        QVERIFY(reg.byCode(810)->nameForms.contains(QStringLiteral("Hull")));
        QCOMPARE(reg.byCode(887)->region, QStringLiteral("South East")); // no region code in the source
        QCOMPARE(reg.byCode(909)->region, QStringLiteral("North West")); // "NotKnown" in the source

        const RegisterCouncil *gateshead = reg.byCode(390); // new ONS code in 2013, same council
        QCOMPARE(gateshead->onsCode, QStringLiteral("E08000037"));
        QCOMPARE(gateshead->formerOnsCodes, QStringList{QStringLiteral("E08000020")});
        QVERIFY(gateshead->isCurrent());
    }

    void historyOfReorganisations()
    {
        const RegisterCouncil *beds = reg.byCode(820);
        QVERIFY(beds);
        QCOMPARE(beds->ended, day(2009, 3, 31));
        QVERIFY(!beds->started.isValid());
        QCOMPARE(beds->successors, QList<int>({822, 823}));
        QCOMPARE(reg.byCode(822)->predecessors, QList<int>{820});
        QCOMPARE(reg.byCode(822)->started, day(2009, 4, 1));
        QCOMPARE(reg.byCode(875)->successors, QList<int>({895, 896}));
        QCOMPARE(reg.byCode(896)->predecessors, QList<int>{875});
        QCOMPARE(reg.byCode(839)->predecessors, QList<int>({835, 836, 837}));
        QCOMPARE(reg.byCode(838)->predecessors, QList<int>{835});
        QCOMPARE(reg.byCode(837)->ended, day(2019, 3, 31));
        QCOMPARE(reg.byCode(928)->successors, QList<int>({940, 941}));
        QCOMPARE(reg.byCode(940)->started, day(2021, 4, 1));
        QCOMPARE(reg.byCode(909)->successors, QList<int>({942, 943}));
        QCOMPARE(reg.byCode(909)->ended, day(2023, 3, 31));
        // Kept their LA code when they became unitary: one council, never ended.
        for (int code : {825, 815, 933, 840, 929, 908, 865, 893}) {
            QVERIFY2(reg.byCode(code)->isCurrent(), qPrintable(QString::number(code)));
            QVERIFY2(!reg.byCode(code)->started.isValid(), qPrintable(QString::number(code)));
            QVERIFY(reg.byCode(code)->predecessors.isEmpty());
        }
    }

    void neighboursInTheSourcesOrder()
    {
        const auto m2021 = modelRows(QStringLiteral("statistical-neighbours-2021.csv"));
        const auto m2025 = modelRows(QStringLiteral("statistical-neighbours-2025.csv"));
        QCOMPARE(m2021.size(), 156);
        QCOMPARE(m2025.size(), 153);
        for (auto it = m2025.begin(); it != m2025.end(); ++it)
            QCOMPARE(reg.statisticalNeighbours(it.key(), 2025), codes(it.value(), 4));
        for (auto it = m2021.begin(); it != m2021.end(); ++it)
            if (reg.byCode(it.key())->existedIn(2020))
                QCOMPARE(reg.statisticalNeighbours(it.key(), 2020), codes(it.value(), 5));
        const QList<StatisticalNeighbour> bp = reg.neighbourEntries(370, 2025);
        QCOMPARE(bp.first().laCode, 372);
        QCOMPARE(bp.first().closeness, QStringLiteral("Very close"));
        QCOMPARE(reg.neighbourEntries(301, 2025).first().closeness, QStringLiteral("Close")); // "Close " in the file
        QCOMPARE(reg.neighbourEntries(838, 2021).first().closeness, QStringLiteral("Extremely close"));
    }

    void neighbourModelInForce()
    {
        QCOMPARE(CouncilRegister::neighbourModelYear(2008), 2021);
        QCOMPARE(CouncilRegister::neighbourModelYear(2024), 2021);
        QCOMPARE(CouncilRegister::neighbourModelYear(2025), 2025);
        // Northamptonshire in 2016: its row of the 2021 model ("Old SNs"); gone by 2022.
        QCOMPARE(reg.statisticalNeighbours(928, 2016).mid(0, 3), QList<int>({886, 891, 866}));
        QVERIFY(reg.statisticalNeighbours(928, 2022).isEmpty());
        QVERIFY(reg.statisticalNeighbours(838, 2016).isEmpty()); // Dorset council began 2019
        QVERIFY(reg.statisticalNeighbours(942, 2023).isEmpty()); // no row in the 2021 model
        QCOMPARE(reg.statisticalNeighbours(942, 2025).first(), 943);
        QVERIFY(reg.statisticalNeighbours(999, 2025).isEmpty());
    }

    void regions()
    {
        QCOMPARE(reg.regions().size(), 9);
        QCOMPARE(reg.inRegion(QStringLiteral("London")).size(), 33);
        QCOMPARE(reg.inRegion(QStringLiteral("North East"), day(2016, 1, 1)).size(), 12);
        const QList<int> eastBefore = reg.inRegion(QStringLiteral("East of England"), day(2008, 6, 1));
        QVERIFY(eastBefore.contains(820) && !eastBefore.contains(822));
        const QList<int> eastAfter = reg.inRegion(QStringLiteral("East of England"), day(2010, 6, 1));
        QVERIFY(!eastAfter.contains(820) && eastAfter.contains(822) && eastAfter.contains(823));
    }

    void resolvesPrintedForms_data()
    {
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("code");
        const QDate d2016 = day(2016, 6, 1);
        QTest::newRow("london borough") << "London Borough of Hackney" << d2016 << 204;
        QTest::newRow("royal borough") << "Royal Borough of Kensington and Chelsea" << d2016 << 207;
        QTest::newRow("ampersand") << "Kensington & Chelsea" << d2016 << 207;
        QTest::newRow("city of") << "City of York Council" << d2016 << 816;
        QTest::newRow("city council") << "Leeds City Council" << d2016 << 383;
        QTest::newRow("leeds city") << "Leeds City" << d2016 << 383;
        QTest::newRow("metropolitan borough council") << "Wigan Metropolitan Borough Council" << d2016 << 359;
        QTest::newRow("metropolitan borough of") << "Metropolitan Borough of Wirral Council" << d2016 << 344;
        QTest::newRow("st.") << "St. Helens Council" << d2016 << 342;
        QTest::newRow("st") << "St Helens" << d2016 << 342;
        QTest::newRow("two lines") << "London Borough of\nTower Hamlets" << d2016 << 211;
        QTest::newRow("hyphen over lines") << "Northampton-\nshire County Council" << d2016 << 928;
        QTest::newRow("bristol city of") << "Bristol City of" << d2016 << 801;
        QTest::newRow("bristol ons") << "Bristol, City of" << d2016 << 801;
        QTest::newRow("bristol city council") << "Bristol City Council" << d2016 << 801;
        QTest::newRow("hull long") << "Kingston Upon Hull City Council" << d2016 << 810;
        QTest::newRow("hull") << "Hull" << d2016 << 810;
        QTest::newRow("medway") << "Medway Children's Services" << d2016 << 887;
        QTest::newRow("wakefield district metropolitan") << "Wakefield District Metropolitan Council" << d2016 << 384;
        QTest::newRow("wakefield metropolitan district") << "Wakefield Metropolitan District Council" << d2016 << 384;
        QTest::newRow("bedford borough") << "Bedford Borough" << d2016 << 822;
        QTest::newRow("bedford borough council") << "Bedford Borough Council" << d2016 << 822;
        QTest::newRow("isles of scilly") << "Council of the Isles of Scilly" << d2016 << 420;
        QTest::newRow("stockton") << "Stockton-on-Tees Borough Council" << day(2008, 1, 1) << 808;
        QTest::newRow("northants 2016") << "Northamptonshire" << d2016 << 928;
        QTest::newRow("northants county council") << "Northamptonshire County Council" << d2016 << 928;
        QTest::newRow("north northants") << "North Northamptonshire Council" << day(2022, 1, 1) << 940;
        QTest::newRow("bedfordshire 2007") << "Bedfordshire County Council" << day(2007, 3, 1) << 820;
        QTest::newRow("cheshire 2008") << "Cheshire County Council" << day(2008, 3, 1) << 875;
        QTest::newRow("dorset 2016") << "Dorset County Council" << d2016 << 835;
        QTest::newRow("dorset 2022") << "Dorset Council" << day(2022, 1, 1) << 838;
        QTest::newRow("cumbria published after it ended") << "Cumbria County Council" << day(2023, 5, 1) << 909;
        QTest::newRow("bcp") << "Bournemouth, Christchurch & Poole Council" << day(2022, 1, 1) << 839;
        QTest::newRow("buckinghamshire before") << "Buckinghamshire County Council" << d2016 << 825;
        QTest::newRow("buckinghamshire after") << "Buckinghamshire Council" << day(2022, 1, 1) << 825;
        QTest::newRow("durham") << "Durham County Council" << day(2007, 1, 1) << 840;
        QTest::newRow("no date, one council") << "Hackney" << QDate() << 204;
    }
    void resolvesPrintedForms()
    {
        QFETCH(QString, printed);
        QFETCH(QDate, date);
        QFETCH(int, code);
        const CouncilResolution r = reg.resolve(printed, date);
        QCOMPARE(r.laCode, code);
        QVERIFY(r.candidates.isEmpty());
    }

    void ambiguousNamesAreNeverGuessed()
    {
        CouncilResolution r = reg.resolve(QStringLiteral("Thames Council"), day(2016, 1, 1));
        QVERIFY(!r.isResolved());
        QCOMPARE(QSet<int>(r.candidates.begin(), r.candidates.end()), QSet<int>({314, 318}));
        r = reg.resolve(QStringLiteral("Council"), day(2016, 1, 1));
        QVERIFY(!r.isResolved());
        // Bedford Borough began in 2009: a 2007 report of "Bedford" is not guessed to be it,
        // nor Bedfordshire.
        r = reg.resolve(QStringLiteral("Bedford"), day(2007, 1, 1));
        QVERIFY(!r.isResolved());
        QVERIFY(r.candidates.contains(822));
        // Dorset without a date: the county council (to 2019) or the council after it.
        r = reg.resolve(QStringLiteral("Dorset"));
        QVERIFY(!r.isResolved());
        QCOMPARE(QSet<int>(r.candidates.begin(), r.candidates.end()), QSet<int>({835, 838}));
        QVERIFY(!reg.resolve(QString()).isResolved());
        // The end of a name cut short is read when it ends one council's name only, and marked.
        const CouncilResolution dagenham = reg.resolve(QStringLiteral("Dagenham"), day(2014, 7, 7));
        QCOMPARE(dagenham.laCode, 301);
        QVERIFY(dagenham.partial);
        QVERIFY(!reg.resolve(QStringLiteral("London Borough of Hackney"), day(2014, 7, 7)).partial);
        QVERIFY(reg.resolve(QStringLiteral("Thames Council"), day(2016, 1, 1)).ambiguous);
        QVERIFY(!reg.resolve(QStringLiteral("Atlantis"), day(2016, 1, 1)).isResolved());
    }

    // Names real reports print, with the council each report is about (from Ofsted's URN): a
    // name is resolved to that council or left unresolved, never to another.
    void archiveNamesResolveToTheirCouncils()
    {
        QFile file(test::dataPath(QStringLiteral("register/archive-council-names.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 204);
        QSet<int> councils;
        QStringList unresolved;
        int partial = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList f = QString::fromUtf8(lines[i]).split(QLatin1Char(','));
            QCOMPARE(f.size(), 5);
            const int expected = f[4].toInt();
            const CouncilResolution r =
                reg.resolve(f[1], reportCouncilDate(QDate::fromString(f[2], Qt::ISODate), f[3].toInt()));
            councils.insert(expected);
            if (!r.isResolved()) {
                unresolved << f[1];
                continue;
            }
            QVERIFY2(r.laCode == expected, qPrintable(f[0] + QLatin1String(": ") + f[1]));
            partial += r.partial ? 1 : 0;
        }
        QCOMPARE(councils.size(), 64);
        // The reader lost these names (e.g. a cover with the council's logo only); nothing can tell
        // Richmond from Kingston upon Thames by "Thames".
        unresolved.sort();
        QCOMPARE(unresolved, (QStringList{"Care Council", "Council", "Council", "Council", "Council", "Council",
                                          "Thames", "Thames Council"}));
        QCOMPARE(partial, 3); // "Dagenham", "Fulham", "Maidenhead": each ends one council's name only
    }

    void nearestNames()
    {
        QCOMPARE(reg.nearestNames(QStringLiteral("Hackny"), 3).value(0), QStringLiteral("Hackney"));
        QCOMPARE(reg.nearestNames(QStringLiteral("Stockton on Tess"), 3).value(0), QStringLiteral("Stockton-on-Tees"));
        QVERIFY(reg.nearestNames(QStringLiteral("Thames"), 5).contains(QStringLiteral("Richmond upon Thames")));
        QVERIFY(reg.nearestNames(QStringLiteral("Zzzzzz"), 3).isEmpty());
    }

    void malformedRegisterIsRefused()
    {
        QString error;
        QVERIFY(CouncilRegister::fromJson("{not json", &error).isEmpty());
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(CouncilRegister::fromJson(R"({"councils": [{"la_code": 808}]})", &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("short name")));
    }
};

QTEST_GUILESS_MAIN(TestCouncilRegister)
#include "tst_councilregister.moc"
