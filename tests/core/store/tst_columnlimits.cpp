// Values longer than the schema's columns are refused alike on both engines, before
// anything is written, with a message naming the value; PostgreSQL would refuse them with
// "value too long for type character varying(200)" and SQLite would keep them.
#include "PostgresScratch.h"
#include "store/ColumnLimits.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace inspectdesk;
using namespace inspectdesk::test;

namespace {
ExtractedReport reportOf(const QString &council)
{
    ExtractedReport r;
    r.council = council;
    r.kind = ReportKind::Apa;
    r.assessmentYear = 2008;
    r.pageCount = 4;
    JudgementRecord j;
    j.key = QStringLiteral("overall_effectiveness");
    j.area = QStringLiteral("Overall effectiveness");
    j.printed = QStringLiteral("3");
    j.scale = Scale::FourIsOutstanding;
    j.judgement = Judgement::Good;
    j.confidence = 0.9;
    r.judgements << j;
    return r;
}
} // namespace

class TestColumnLimits : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    std::unique_ptr<PostgresScratch> mPostgres;

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        if (PostgresScratch::serverNamed())
            QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine == QLatin1String("postgresql"))
            mPostgres = std::make_unique<PostgresScratch>(QStringLiteral("limits"));
    }
    void cleanup() { mPostgres.reset(); }

    void countsCharactersNotBytes()
    {
        QVERIFY(ColumnLimits::tooLong(QStringLiteral("x"), QString(200, QChar(0xe9)), 200).isEmpty());
        // 200 letters outside the BMP: 400 UTF-16 units, 200 characters.
        QString wide;
        for (int i = 0; i < 200; ++i)
            wide += QString::fromUcs4(U"\U0001F600", 1);
        QVERIFY(ColumnLimits::tooLong(QStringLiteral("x"), wide, 200).isEmpty());
        QCOMPARE(ColumnLimits::tooLong(QStringLiteral("council name"), QString(327, QLatin1Char('a')), 200),
                 QStringLiteral("council name is 327 characters long (at most 200)"));
    }

    void sameLimitsOnBothEngines()
    {
        QFETCH_GLOBAL(QString, engine);
        const QString location = mPostgres
                                     ? mPostgres->url()
                                     : mDir.filePath(QStringLiteral("limits-%1.sqlite").arg(QTest::currentDataTag()));
        QVERIFY2(!location.isEmpty(), qPrintable(mPostgres ? mPostgres->error() : QString()));
        Database db;
        QVERIFY2(db.open(location), qPrintable(db.errorString()));
        ReportStore store(db);

        const ImportResult tooLong = store.importReport(
            "%PDF-1 a", QStringLiteral("long.pdf"), reportOf(QString(327, QLatin1Char('C'))), QStringLiteral("ann"));
        QCOMPARE(tooLong.outcome, ImportOutcome::Failed);
        QCOMPARE(tooLong.message, QStringLiteral("long.pdf: council name is 327 characters long (at most 200)"));
        QVERIFY(store.reports().isEmpty());
        QVERIFY(store.councilNames().isEmpty());

        const ImportResult longName = store.importReport("%PDF-1 b", QString(401, QLatin1Char('f')),
                                                         reportOf(QStringLiteral("Kent")), QStringLiteral("ann"));
        QCOMPARE(longName.outcome, ImportOutcome::Failed);
        QVERIFY2(longName.message.endsWith(QLatin1String("file name is 401 characters long (at most 400)")),
                 qPrintable(longName.message));

        // At the limit it is stored, on both engines.
        const QString longest(200, QLatin1Char('L'));
        const ImportResult fits =
            store.importReport("%PDF-1 c", QStringLiteral("fits.pdf"), reportOf(longest), QStringLiteral("ann"));
        QVERIFY2(fits.outcome == ImportOutcome::Imported, qPrintable(fits.message));
        QCOMPARE(store.councilNames(), QStringList{longest});

        // An edit is held to the same limit, and changes nothing.
        const auto stored = store.report(fits.reportId);
        QVERIFY(stored);
        ReportFields before{longest, stored->content.kind, 2008, {}};
        ReportFields after = before;
        after.council = longest + QLatin1Char('x');
        QCOMPARE(store.updateReportFields(fits.reportId, stored->revision, before, after, QStringLiteral("ann")), -1);
        QCOMPARE(store.lastError(), QStringLiteral("council name is 201 characters long (at most 200)"));
        QCOMPARE(store.councilNames(), QStringList{longest});
        QCOMPARE(store.reportRevision(fits.reportId), stored->revision);
    }
};

QTEST_GUILESS_MAIN(TestColumnLimits)
#include "tst_columnlimits.moc"
