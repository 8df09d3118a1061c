// Store round trip of every field, history rows for every kind of change, duplicates,
// conflicts and the append-only history — on SQLite, and on PostgreSQL when
// INSPECTDESK_TEST_POSTGRES names a server (scripts/test starts one), proving the SQL portable.
#include "PostgresScratch.h"
#include "SampleReport.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;

namespace {
const QByteArray kPdf = QByteArrayLiteral("%PDF-1.4 fake bytes for the store only\n%%EOF\n");
} // namespace

class TestReportStore : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    int mCounter = 0;
    QString freshPath()
    {
        QFETCH_GLOBAL(QString, location);
        if (location.isEmpty())
            return mDir.filePath(QStringLiteral("db%1.sqlite").arg(++mCounter));
        if (!test::resetPostgres(location))
            qFatal("cannot reset the PostgreSQL test database");
        return location;
    }

private slots:
    void initTestCase_data() { test::addLocationRows(); }

    void roundTripsEveryField()
    {
        Database db;
        QVERIFY(db.open(freshPath()));
        ReportStore store(db);
        const ExtractedReport in = test::sampleReport(Scale::Words);
        const ImportResult result = store.importReport(kPdf, QStringLiteral("t.pdf"), in, QStringLiteral("ann"));
        QCOMPARE(result.outcome, ImportOutcome::Imported);
        const auto out = store.report(result.reportId);
        QVERIFY(out);
        QCOMPARE(out->content.council, in.council);
        QCOMPARE(out->content.kind, in.kind);
        QCOMPARE(out->content.assessmentYear, 2010);
        QCOMPARE(out->content.published, QDate(2010, 10, 22));
        QCOMPARE(out->content.pageCount, 19);
        QCOMPARE(out->fileName, QStringLiteral("t.pdf"));
        QCOMPARE(out->importedBy, QStringLiteral("ann"));
        QVERIFY(out->importedAt.isValid());
        QCOMPARE(out->sha256, ReportStore::sha256(kPdf));
        QCOMPARE(out->sha256.size(), 64);
        QCOMPARE(out->content.judgements.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const JudgementRecord &e = in.judgements[i];
            const JudgementRecord &g = out->content.judgements[i];
            QVERIFY(g.id > 0);
            QCOMPARE(g.section, e.section);
            QCOMPARE(g.key, e.key);
            QCOMPARE(g.area, e.area);
            QCOMPARE(g.printed, e.printed);
            QCOMPARE(g.scale, e.scale);
            QCOMPARE(g.judgement, e.judgement);
            QCOMPARE(g.page, e.page);
            QCOMPARE(g.box, e.box);
            QCOMPARE(g.confidence, e.confidence);
            QCOMPARE(g.status, ReviewStatus::Extracted);
        }
        QVERIFY(!out->content.judgements[1].hasSource());
        QCOMPARE(out->content.warnings.size(), 1);
        QCOMPARE(out->content.warnings[0].message, in.warnings[0].message);
        QCOMPARE(out->content.warnings[0].page, 4);
        QCOMPARE(out->content.warnings[0].box, QRectF(1, 2, 3, 4));
        QCOMPARE(store.documentBytes(result.reportId), kPdf);
        QCOMPARE(store.councilNames(), QStringList{in.council});

        const QList<ReportSummary> list = store.reports();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].judgementCount, 2);
        QCOMPARE(list[0].reviewedCount, 0);
        QCOMPARE(list[0].warningCount, 1);
        const QList<JudgementFact> facts = store.judgementFacts();
        QCOMPARE(facts.size(), 2);
        QCOMPARE(facts[0].council, in.council);
        QCOMPARE(facts[0].assessmentYear, 2010);
        QCOMPARE(facts[0].judgement, Judgement::Adequate);
    }

    void roundTripsInspectionFacts()
    {
        // Fieldwork dates, lead inspector and ILACS type are kept; a warning tied to no
        // judgement is stored too.
        Database db;
        QVERIFY(db.open(freshPath()));
        ReportStore store(db);
        ExtractedReport in = test::sampleReport(Scale::Words);
        in.inspectionStart = QDate(2023, 7, 10);
        in.inspectionEnd = QDate(2023, 7, 21);
        in.leadInspector = QStringLiteral("Naintara Khosla");
        in.inspectionType = QStringLiteral("standard");
        in.warnings << ExtractionWarning{QStringLiteral("publication date is not printed in the report"), {}, 0, {}};
        const ImportResult result = store.importReport(kPdf, QStringLiteral("f.pdf"), in, QStringLiteral("ann"));
        QCOMPARE(result.outcome, ImportOutcome::Imported);
        const auto out = store.report(result.reportId);
        QVERIFY(out);
        QCOMPARE(out->content.inspectionStart, QDate(2023, 7, 10));
        QCOMPARE(out->content.inspectionEnd, QDate(2023, 7, 21));
        QCOMPARE(out->content.leadInspector, QStringLiteral("Naintara Khosla"));
        QCOMPARE(out->content.inspectionType, QStringLiteral("standard"));
        QCOMPARE(out->content.warnings.size(), in.warnings.size());
        // The charts read the end of fieldwork with every judgement (from when it is in force).
        const QList<JudgementFact> facts = store.judgementFacts();
        QVERIFY(!facts.isEmpty());
        for (const JudgementFact &f : facts)
            QCOMPARE(f.inspectionEnd, QDate(2023, 7, 21));
    }

    void missingYearAndDateStayEmpty()
    {
        Database db;
        QVERIFY(db.open(freshPath()));
        ReportStore store(db);
        ExtractedReport in = test::sampleReport(Scale::Words);
        in.assessmentYear = 0;
        in.published = QDate();
        const ImportResult r = store.importReport(kPdf, QStringLiteral("jar.pdf"), in, QStringLiteral("ann"));
        const auto out = store.report(r.reportId);
        QCOMPARE(out->content.assessmentYear, 0);
        QVERIFY(!out->content.published.isValid());
    }

    void duplicateImportIsDetected()
    {
        Database db;
        QVERIFY(db.open(freshPath()));
        ReportStore store(db);
        const ImportResult first =
            store.importReport(kPdf, QStringLiteral("a.pdf"), test::sampleReport(Scale::Words), QStringLiteral("x"));
        const ImportResult second =
            store.importReport(kPdf, QStringLiteral("copy.pdf"), test::sampleReport(Scale::Words), QStringLiteral("x"));
        QCOMPARE(second.outcome, ImportOutcome::Duplicate);
        QCOMPARE(second.reportId, first.reportId);
        QVERIFY(second.message.contains(QLatin1String("already in the database")));
        QCOMPARE(store.reports().size(), 1);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM documents")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void oneCouncilWhateverNamePrinted()
    {
        Database db;
        QVERIFY(db.open(freshPath()));
        ReportStore store(db);
        ExtractedReport shortName = test::sampleReport(Scale::Words);
        shortName.council = QStringLiteral("Testshire");
        const qint64 first = store.importReport(kPdf, QStringLiteral("a.pdf"), shortName, QStringLiteral("x")).reportId;
        const qint64 second = store
                                  .importReport(kPdf + "other", QStringLiteral("b.pdf"),
                                                test::sampleReport(Scale::Words), QStringLiteral("x"))
                                  .reportId;
        QVERIFY(first > 0 && second > 0);
        // Each report keeps the name it printed; the library and charts show one council,
        // under the fuller name.
        QCOMPARE(store.report(first)->content.council, QStringLiteral("Testshire"));
        QCOMPARE(store.report(second)->content.council, QStringLiteral("Testshire County Council"));
        QCOMPARE(store.councilNames(), QStringList{QStringLiteral("Testshire County Council")});
        for (const ReportSummary &r : store.reports())
            QCOMPARE(r.council, QStringLiteral("Testshire County Council"));
        for (const JudgementFact &f : store.judgementFacts())
            QCOMPARE(f.council, QStringLiteral("Testshire County Council"));
    }

    void engineIsTheOneAskedFor()
    {
        QFETCH_GLOBAL(QString, location);
        Database db;
        QVERIFY2(db.open(freshPath()), qPrintable(db.errorString()));
        QCOMPARE(db.connection().driverName(),
                 location.isEmpty() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"));
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    }

    void historyForEveryKindOfChange()
    {
        Database db;
        QVERIFY(db.open(freshPath()));
        ReportStore store(db);
        const qint64 id =
            store.importReport(kPdf, QStringLiteral("h.pdf"), test::sampleReport(Scale::Words), QStringLiteral("ann"))
                .reportId;
        auto report = store.report(id);
        QList<HistoryEntry> h = store.history(id);
        QCOMPARE(h.size(), 1);
        QCOMPARE(h[0].field, QStringLiteral("imported"));

        // Judgement correction: grade, judgement and status change -> three rows.
        JudgementRecord before = report->content.judgements[0];
        JudgementRecord after = before;
        after.printed = QStringLiteral("Grade 2 (good)");
        after.judgement = Judgement::Good;
        after.status = ReviewStatus::Corrected;
        const int rev = store.updateJudgement(before, after, QStringLiteral("bob"));
        QCOMPARE(rev, before.revision + 1);
        h = store.history(id, before.id);
        QCOMPARE(h.size(), 3);
        QCOMPARE(h[0].field, QStringLiteral("printed"));
        QCOMPARE(h[0].oldValue, QStringLiteral("Grade 3 (adequate)"));
        QCOMPARE(h[0].newValue, QStringLiteral("Grade 2 (good)"));
        QCOMPARE(h[0].changedBy, QStringLiteral("bob"));
        QVERIFY(h[0].changedAt.isValid());
        QCOMPARE(h[1].field, QStringLiteral("judgement"));
        QCOMPARE(h[2].field, QStringLiteral("status"));
        QCOMPARE(h[2].newValue, QStringLiteral("corrected"));
        QCOMPARE(store.judgement(before.id)->judgement, Judgement::Good);

        // Re-pointing the source: page and box rows.
        JudgementRecord moved = *store.judgement(before.id);
        JudgementRecord moved2 = moved;
        moved2.page = 5;
        moved2.box = QRectF(10, 20, 30, 40);
        QVERIFY(store.updateJudgement(moved, moved2, QStringLiteral("bob")) > 0);
        h = store.history(id, before.id);
        QCOMPARE(h.size(), 5);
        QCOMPARE(h[4].field, QStringLiteral("box"));
        QCOMPARE(h[4].newValue, QStringLiteral("10,20,30,40"));

        // Report fields.
        ReportFields f = report->fields();
        ReportFields g = f;
        g.assessmentYear = 2011;
        g.council = QStringLiteral("Renamed Council");
        QCOMPARE(store.updateReportFields(id, report->revision, f, g, QStringLiteral("cy")), report->revision + 1);
        QCOMPARE(store.report(id)->content.council, QStringLiteral("Renamed Council"));
        QCOMPARE(store.report(id)->content.assessmentYear, 2011);

        // Added by hand, removed, restored.
        JudgementRecord added;
        added.key = QStringLiteral("staying_safe");
        added.area = QStringLiteral("Staying safe");
        added.printed = QStringLiteral("Good");
        added.scale = Scale::Words;
        added.judgement = Judgement::Good;
        added.status = ReviewStatus::AddedByHand;
        const qint64 newId = store.addJudgement(id, added, QStringLiteral("dee"));
        QVERIFY2(newId > 0, qPrintable(store.lastError()));
        const int addedRevision = store.judgement(newId)->revision;
        // A stale revision (someone else changed it) is a conflict and changes nothing.
        QCOMPARE(store.setJudgementRemoved(newId, addedRevision - 1, true, QStringLiteral("dee")), -1);
        QVERIFY(store.lastWasConflict());
        QCOMPARE(store.report(id)->content.judgements.size(), 3);
        const int removedRevision = store.setJudgementRemoved(newId, addedRevision, true, QStringLiteral("dee"));
        QCOMPARE(removedRevision, addedRevision + 1);
        QCOMPARE(store.report(id)->content.judgements.size(), 2);
        QVERIFY(store.setJudgementRemoved(newId, removedRevision, false, QStringLiteral("dee")) > 0);
        QCOMPARE(store.report(id)->content.judgements.size(), 3);

        h = store.history(id);
        QStringList fields;
        for (const HistoryEntry &e : h)
            fields << e.field;
        QCOMPARE(fields, (QStringList{"imported", "printed", "judgement", "status", "page", "box", "council",
                                      "assessment_year", "added", "removed", "removed"}));
        // The corrected one counts as reviewed; one added by hand only once it is confirmed.
        QCOMPARE(store.reports()[0].reviewedCount, 1);
        QCOMPARE(store.reports()[0].judgementCount, 3);
    }

    void concurrentChangeIsAConflict()
    {
        const QString path = freshPath();
        Database a;
        QVERIFY(a.open(path));
        ReportStore storeA(a);
        const qint64 id =
            storeA.importReport(kPdf, QStringLiteral("c.pdf"), test::sampleReport(Scale::Words), QStringLiteral("a"))
                .reportId;
        const JudgementRecord seenByA = storeA.report(id)->content.judgements[0];

        Database b; // a second window or process
        QVERIFY(b.open(path));
        ReportStore storeB(b);
        JudgementRecord changedByB = seenByA;
        changedByB.judgement = Judgement::Inadequate;
        QVERIFY(storeB.updateJudgement(seenByA, changedByB, QStringLiteral("b")) > 0);

        JudgementRecord changedByA = seenByA;
        changedByA.judgement = Judgement::Outstanding;
        QCOMPARE(storeA.updateJudgement(seenByA, changedByA, QStringLiteral("a")), -1);
        QVERIFY(storeA.lastWasConflict());
        QCOMPARE(storeA.judgement(seenByA.id)->judgement, Judgement::Inadequate);
        QCOMPARE(storeA.history(id, seenByA.id).size(), 1); // only B's row

        const auto report = storeA.report(id);
        QCOMPARE(
            storeB.updateReportFields(id, report->revision, report->fields(), report->fields(), QStringLiteral("b")),
            report->revision + 1);
        QCOMPARE(
            storeA.updateReportFields(id, report->revision, report->fields(), report->fields(), QStringLiteral("a")),
            -1);
        QVERIFY(storeA.lastWasConflict());
    }

    void historyIsAppendOnly()
    {
        Database db;
        QVERIFY(db.open(freshPath()));
        ReportStore store(db);
        store.importReport(kPdf, QStringLiteral("a.pdf"), test::sampleReport(Scale::Words), QStringLiteral("x"));
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE history SET new_value = 'forged'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM history")));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM history WHERE new_value = 'a.pdf'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReportStore)
#include "tst_reportstore.moc"
