// The review table speaks Ofsted's words: the Judgement column of a single inspection framework
// report reads "Requires improvement" and of an ILACS "Requires improvement to be good" (the
// stored value stays the normalised step), and the LSCB section reads by its name in the
// vocabulary, not as the stored id "lscb".
#include "review/GradeCombo.h"
#include "review/JudgementDelegate.h"
#include "review/JudgementTableModel.h"
#include "review/ReviewDocument.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace inspectdesk;

namespace {
JudgementRecord graded(const char *section, const char *key, const char *printed, Judgement j, int page)
{
    JudgementRecord r;
    r.section = QString::fromLatin1(section);
    r.key = QString::fromLatin1(key);
    r.area = r.key;
    r.printed = QString::fromLatin1(printed);
    r.scale = Scale::Words;
    r.judgement = j;
    r.page = page;
    r.box = QRectF(50, 100, 200, 14);
    r.confidence = 0.95;
    return r;
}

ExtractedReport report(ReportKind kind, int year)
{
    ExtractedReport r;
    r.council = QStringLiteral("Cornwall");
    r.laCode = 908;
    r.kind = kind;
    r.assessmentYear = year;
    r.published = QDate(year, 6, 1);
    r.pageCount = 40;
    return r;
}
} // namespace

class TestReviewWording : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    std::unique_ptr<Database> mDb;
    std::unique_ptr<ReportStore> mStore;

    qint64 import(const ExtractedReport &r, const QByteArray &bytes)
    {
        const ImportResult imported = mStore->importReport(bytes, QStringLiteral("r.pdf"), r, QStringLiteral("test"));
        return imported.outcome == ImportOutcome::Imported ? imported.reportId : 0;
    }

    static QString cell(const JudgementTableModel &m, const QString &key, int column)
    {
        for (int row = 0; row < m.rowCount(); ++row)
            if (m.record(row).key == key)
                return m.index(row, column).data().toString();
        return QStringLiteral("<no row>");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mDb = std::make_unique<Database>();
        QVERIFY2(mDb->open(mDir.filePath(QStringLiteral("wording.sqlite"))), qPrintable(mDb->errorString()));
        mStore = std::make_unique<ReportStore>(*mDb);
    }

    void sifJudgementsInTheFrameworksWords()
    {
        ExtractedReport sif = report(ReportKind::Sif, 2016);
        sif.judgements << graded("", "overall_effectiveness", "Requires improvement", Judgement::Adequate, 3)
                       << graded("", "care_leavers", "Good", Judgement::Good, 4)
                       << graded("lscb", "lscb_effectiveness", "Requires improvement", Judgement::Adequate, 30);
        const qint64 id = import(sif, QByteArrayLiteral("%PDF-1.4 sif\n%%EOF\n"));
        QVERIFY(id > 0);
        ReviewDocument doc;
        doc.setStore(mStore.get());
        QVERIFY(doc.load(id));
        JudgementTableModel model(doc);
        QCOMPARE(cell(model, QStringLiteral("overall_effectiveness"), JudgementTableModel::JudgementColumn),
                 QStringLiteral("Requires improvement"));
        // The editor the table opens offers the same words, with the normalised values.
        JudgementDelegate delegate;
        QWidget parent;
        std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, QStyleOptionViewItem(),
                                                              model.index(0, JudgementTableModel::JudgementColumn)));
        auto *combo = qobject_cast<GradeCombo *>(editor.get());
        QVERIFY(combo);
        QCOMPARE(combo->itemText(combo->findData(int(Judgement::Adequate))), QStringLiteral("Requires improvement"));
        QCOMPARE(combo->itemText(combo->findData(int(Judgement::Outstanding))), QStringLiteral("Outstanding"));
        QCOMPARE(cell(model, QStringLiteral("care_leavers"), JudgementTableModel::JudgementColumn),
                 QStringLiteral("Good"));
        QCOMPARE(cell(model, QStringLiteral("lscb_effectiveness"), JudgementTableModel::SectionColumn),
                 QStringLiteral("Local Safeguarding Children Board"));
        QCOMPARE(cell(model, QStringLiteral("overall_effectiveness"), JudgementTableModel::SectionColumn), QString());
        // The stored value and the editor's value stay the normalised step.
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.record(row).key == QLatin1String("overall_effectiveness")) {
                QCOMPARE(model.record(row).judgement, Judgement::Adequate);
                QCOMPARE(model.index(row, JudgementTableModel::JudgementColumn).data(Qt::EditRole).toInt(),
                         int(Judgement::Adequate));
            }
    }

    void ilacsAndOlderFrameworksKeepTheirOwnWords()
    {
        ExtractedReport ilacs = report(ReportKind::Ilacs, 2019);
        ilacs.judgements << graded("", "overall_effectiveness", "Requires improvement to be good", Judgement::Adequate,
                                   2);
        ExtractedReport apa = report(ReportKind::Apa, 2008);
        apa.judgements << graded("", "overall_effectiveness", "Adequate", Judgement::Adequate, 1);
        const qint64 ilacsId = import(ilacs, QByteArrayLiteral("%PDF-1.4 ilacs\n%%EOF\n"));
        const qint64 apaId = import(apa, QByteArrayLiteral("%PDF-1.4 apa\n%%EOF\n"));
        QVERIFY(ilacsId > 0 && apaId > 0);
        ReviewDocument doc;
        doc.setStore(mStore.get());
        JudgementTableModel model(doc);
        QVERIFY(doc.load(ilacsId));
        QCOMPARE(cell(model, QStringLiteral("overall_effectiveness"), JudgementTableModel::JudgementColumn),
                 QStringLiteral("Requires improvement to be good"));
        QVERIFY(doc.load(apaId));
        QCOMPARE(cell(model, QStringLiteral("overall_effectiveness"), JudgementTableModel::JudgementColumn),
                 QStringLiteral("Adequate"));
    }
};

QTEST_MAIN(TestReviewWording)
#include "tst_reviewwording.moc"
