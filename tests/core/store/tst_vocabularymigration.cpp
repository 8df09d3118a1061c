// Schema step 3: judgement keys renamed onto the vocabulary by report kind and year, every
// change in history, nothing lost; new report fact columns.
#include "OldSchema.h"
#include "store/Database.h"
#include "store/VocabularyMigration.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;

class TestVocabularyMigration : public QObject
{
    Q_OBJECT
private slots:
    void keysByKindAndYear()
    {
        QString section, key = QStringLiteral("children_in_care");
        QVERIFY(vocabularyKeyFor("sif", 2015, "Children looked after and achieving permanence", &section, &key));
        QCOMPARE(key, QStringLiteral("children_looked_after_and_achieving_permanence"));
        section.clear(), key = QStringLiteral("lscb");
        QVERIFY(vocabularyKeyFor("sif", 2016, "The Local Safeguarding Children Board", &section, &key));
        QCOMPARE(section + QLatin1Char('/') + key, QStringLiteral("lscb/lscb_effectiveness"));
        section.clear(), key = QStringLiteral("children_in_care");
        QVERIFY(vocabularyKeyFor("ilacs", 2019, "The experiences and progress of children in care and care leavers",
                                 &section, &key));
        QCOMPARE(key, QStringLiteral("children_in_care_and_care_leavers"));
        key = QStringLiteral("children_in_care");
        QVERIFY(!vocabularyKeyFor("ilacs", 2023, "The experiences and progress of children in care", &section, &key));
        QCOMPARE(key, QStringLiteral("children_in_care"));
        key = QStringLiteral("children_in_care");
        QVERIFY(vocabularyKeyFor("ilacs", 2021, "", &section, &key)); // no label: the framework's year decides
        key = QStringLiteral("leadership_and_management");
        section = QStringLiteral("safeguarding");
        QVERIFY(!vocabularyKeyFor("safeguarding_lac_inspection", 2011, "Leadership and management", &section, &key));
    }

    void migratesVersionTwoDatabase()
    {
        // A version 2 database as the current release writes it: steps 1 and 2, then rows.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        const QString error = test::writeOldSqliteFile(
            path, 2,
            {"INSERT INTO schema_migrations VALUES (1, 't'), (2, 't')",
             "INSERT INTO councils (id, name, identity_key) VALUES (1, 'Leeds City Council', 'leeds')",
             "INSERT INTO documents VALUES ('a', 1, x'00'), ('b', 1, x'01'), ('c', 1, x'02')",
             "INSERT INTO reports (id, council_id, council_as_printed, kind, assessment_year, page_count,"
             " document_sha256, file_name, imported_at, imported_by) VALUES"
             " (1, 1, 'Leeds City Council', 'sif', 2015, 40, 'a', 'sif.pdf', 't', 'u'),"
             " (2, 1, 'Leeds City Council', 'ilacs', 2019, 12, 'b', 'ilacs.pdf', 't', 'u'),"
             " (3, 1, 'Leeds City Council', 'ilacs', 2024, 12, 'c', 'ilacs24.pdf', 't', 'u')",
             "INSERT INTO judgements (id, report_id, section, judgement_key, area, printed, scale, judgement,"
             " page, confidence, status) VALUES"
             " (1, 1, '', 'children_in_care', 'Children looked after and achieving permanence', 'Good',"
             " 'words', 'good', 1, 0.9, 'confirmed'),"
             " (2, 1, '', 'lscb', 'The LSCB', 'good', 'words', 'good', 1, 0.85, 'extracted'),"
             " (3, 1, '', 'overall_effectiveness', 'Overall', 'good', 'words', 'good', 1, 0.85, 'extracted'),"
             " (4, 2, '', 'children_in_care', 'The experiences and progress of children in care and care"
             " leavers', 'Good', 'words', 'good', 1, 0.9, 'extracted'),"
             " (5, 3, '', 'children_in_care', 'The experiences and progress of children in care', 'Good',"
             " 'words', 'good', 1, 0.9, 'extracted')"});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, section, judgement_key, judgement, status, revision"
                                      " FROM judgements ORDER BY id")));
        QStringList rows;
        while (q.next())
            rows << QStringLiteral("%1|%2|%3|%4|%5|%6")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toString(), q.value(5).toString());
        QCOMPARE(rows,
                 (QStringList{"1||children_looked_after_and_achieving_permanence|good|confirmed|1",
                              "2|lscb|lscb_effectiveness|good|extracted|1", "3||overall_effectiveness|good|extracted|0",
                              "4||children_in_care_and_care_leavers|good|extracted|1",
                              "5||children_in_care|good|extracted|0"}));
        QVERIFY(q.exec(QStringLiteral("SELECT judgement_id, field, old_value, new_value, changed_by FROM history"
                                      " WHERE judgement_id IS NOT NULL ORDER BY id")));
        // Judgement rows only: the council register's step writes one row per report too.
        QStringList history;
        while (q.next())
            history << QStringLiteral("%1|%2|%3|%4|%5")
                           .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString());
        QCOMPARE(
            history,
            (QStringList{"1|key|children_in_care|children_looked_after_and_achieving_permanence|InspectDesk migration",
                         "2|key|lscb|lscb_effectiveness|InspectDesk migration", "2|section||lscb|InspectDesk migration",
                         "4|key|children_in_care|children_in_care_and_care_leavers|InspectDesk migration"}));
        QVERIFY(q.exec(QStringLiteral("SELECT inspection_start, lead_inspector FROM reports WHERE id = 1")) &&
                q.next());
        QVERIFY(q.value(0).isNull() && q.value(1).isNull()); // new facts unknown for old imports
    }
};

QTEST_GUILESS_MAIN(TestVocabularyMigration)
#include "tst_vocabularymigration.moc"
