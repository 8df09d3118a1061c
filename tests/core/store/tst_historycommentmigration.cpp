// Schema version 3: a database written by the release before it (version 2, history without
// comments) opens, keeps its history rows (with no comment) and then stores comments.
#include "OldSchema.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;

class TestHistoryCommentMigration : public QObject
{
    Q_OBJECT
private slots:
    void versionTwoHistoryGainsComments()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        // What the version 2 release wrote: its two steps, a report, a judgement, history.
        const QString error = test::writeOldSqliteFile(
            path, 2,
            {"INSERT INTO schema_migrations VALUES (1, 't'), (2, 't')",
             "INSERT INTO councils (id, name, identity_key) VALUES (1, 'Kent County Council', 'kent')",
             "INSERT INTO documents VALUES ('a', 1, x'00')",
             "INSERT INTO reports (id, council_id, council_as_printed, kind, page_count, document_sha256,"
             " file_name, imported_at, imported_by) VALUES (1, 1, 'Kent County Council', 'apa', 4, 'a',"
             " 'kent.pdf', 't', 'u')",
             "INSERT INTO judgements (id, report_id, section, judgement_key, area, printed, scale, judgement,"
             " page, confidence, status) VALUES (1, 1, '', 'being_healthy', 'Being healthy', '3',"
             " 'four_is_outstanding', 'good', 2, 0.9, 'extracted')",
             "INSERT INTO history (report_id, judgement_id, field, old_value, new_value, changed_by,"
             " changed_at) VALUES (1, 1, 'status', 'extracted', 'confirmed', 'old reviewer',"
             " '2025-01-01T00:00:00.000Z')"});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        ReportStore store(db);
        QList<HistoryEntry> history = store.history(1, 1);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).changedBy, QStringLiteral("old reviewer"));
        QVERIFY(history.at(0).comment.isEmpty());

        JudgementRecord before = *store.judgement(1);
        JudgementRecord after = before;
        after.judgement = Judgement::Outstanding;
        after.status = ReviewStatus::Corrected;
        QVERIFY(store.updateJudgement(before, after, QStringLiteral("me"), QStringLiteral("4 on page 2")) > 0);
        history = store.history(1, 1);
        QCOMPARE(history.size(), 3); // judgement and status rows
        QCOMPARE(history.at(1).comment, QStringLiteral("4 on page 2"));
        QCOMPARE(history.at(2).comment, QStringLiteral("4 on page 2"));
        // Still append-only after the new column.
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE history SET comment = 'x'")));
    }
};

QTEST_GUILESS_MAIN(TestHistoryCommentMigration)
#include "tst_historycommentmigration.moc"
