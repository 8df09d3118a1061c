// The review workspace laid out for reading at 1280x800 and 1920x1080, through the real
// window: library rows show the whole council (wrapped when long) with year and progress in
// view, reports needing attention are flagged with a tooltip saying what to do, the full
// official council name is in the tooltip, area labels are shown whole, and the document
// gets a readable width.
#include "ReviewFixture.h"

#include "register/CouncilRegister.h"
#include "review/DocumentPane.h"
#include "review/DocumentView.h"
#include "review/JudgementTableModel.h"
#include "review/LibraryView.h"
#include "review/ReportForm.h"
#include "review/ReportLibraryModel.h"

#include <QHeaderView>
#include <QIcon>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>

using namespace inspectdesk;

namespace {
// A cell's text is shown whole when its words fit the column (no word cut) and the wrapped
// lines fit the row's height.
QString cutText(const QTableView *table, const QModelIndex &index)
{
    const QString text = index.data().toString();
    const int margin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    int width = table->columnWidth(index.column()) - margin;
    if (!index.data(Qt::DecorationRole).isNull())
        width -= table->iconSize().isValid() ? table->iconSize().width() + 4 : 20;
    const QFontMetrics fm = table->fontMetrics();
    const QRect needed = fm.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
    if (needed.width() > width || needed.height() > table->rowHeight(index.row()))
        return QStringLiteral("'%1' needs %2x%3, has %4x%5")
            .arg(text)
            .arg(needed.width())
            .arg(needed.height())
            .arg(width)
            .arg(table->rowHeight(index.row()));
    return QString();
}

bool inView(const QTableView *table, const QModelIndex &index)
{
    const QRect r = table->visualRect(index);
    return r.left() >= 0 && r.right() <= table->viewport()->width();
}
} // namespace

class TestReviewLayout : public QObject
{
    Q_OBJECT
    test::ReviewFixture mFixture;

    // The seeded samples, two moved to councils with long names and official names that
    // differ from the short ones, one left unresolved, one with every judgement removed.
    struct Prepared
    {
        QString path;
        qint64 unresolved = 0, empty = 0, bristol = 0, windsor = 0;
    };
    Prepared prepare(const QString &name)
    {
        Prepared p;
        p.path = mFixture.path(name + QStringLiteral(".sqlite"));
        QFile::remove(p.path);
        QFile::copy(mFixture.templatePath(), p.path);
        Database db;
        if (!db.open(p.path))
            return p;
        ReportStore store(db);
        const QList<ReportSummary> reports = store.reports();
        if (reports.size() != 4)
            return p;
        p.unresolved = reports[0].id;
        p.empty = reports[1].id;
        p.bristol = reports[2].id;
        p.windsor = reports[3].id;
        const QString user = QStringLiteral("layout");
        store.setReportCouncil(p.unresolved, store.reportRevision(p.unresolved), 0, user);
        store.setReportCouncil(p.bristol, store.reportRevision(p.bristol), 801, user);
        store.setReportCouncil(p.windsor, store.reportRevision(p.windsor), 868, user);
        const std::optional<StoredReport> empty = store.report(p.empty);
        for (const JudgementRecord &j : empty->content.judgements)
            store.setJudgementRemoved(j.id, j.revision, true, user);
        return p;
    }
    static QModelIndex libraryIndex(LibraryView *library, qint64 reportId, int column)
    {
        const int row = library->model()->rowOf(reportId);
        return library->proxy()->mapFromSource(library->model()->index(row, column));
    }

private slots:
    void initTestCase() { QVERIFY(mFixture.init()); }
    void cleanup() { mFixture.closeWindow(); }

    void libraryFlagsReportsNeedingAttention()
    {
        const Prepared p = prepare(QStringLiteral("flags"));
        QVERIFY(p.empty > 0);
        MainWindow *window = mFixture.openWindowOn(p.path);
        LibraryView *library = window->reviewWorkspace()->library();

        // No judgement: not "0 of 0" like a finished report, but a warning and what to do.
        const QModelIndex empty = libraryIndex(library, p.empty, ReportLibraryModel::ReviewedColumn);
        QVERIFY(empty.data().toString() != QStringLiteral("0 of 0"));
        QVERIFY(!empty.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY2(empty.data(Qt::ToolTipRole).toString().contains(QStringLiteral("add its judgements")),
                 qPrintable(empty.data(Qt::ToolTipRole).toString()));
        QVERIFY(empty.data(ReportLibraryModel::NeedsAttentionRole).toBool());

        // Unresolved council: flagged, and the tooltip says to choose it in the form.
        const QModelIndex unresolved = libraryIndex(library, p.unresolved, ReportLibraryModel::CouncilColumn);
        QVERIFY(!unresolved.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY2(unresolved.data(Qt::ToolTipRole).toString().contains(QStringLiteral("choose its council")),
                 qPrintable(unresolved.data(Qt::ToolTipRole).toString()));

        // A resolved report with judgements is not flagged; its tooltip names the council in full.
        const QModelIndex bristol = libraryIndex(library, p.bristol, ReportLibraryModel::CouncilColumn);
        QCOMPARE(bristol.data().toString(), QStringLiteral("Bristol"));
        QVERIFY(bristol.data(Qt::DecorationRole).isNull());
        QVERIFY(!bristol.data(ReportLibraryModel::NeedsAttentionRole).toBool());
        QVERIFY2(bristol.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Bristol, City of")),
                 qPrintable(bristol.data(Qt::ToolTipRole).toString()));
    }

    void readableAtCommonScreenSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }
    void readableAtCommonScreenSizes()
    {
        QFETCH(QSize, size);
        const Prepared p = prepare(QStringLiteral("layout"));
        QVERIFY(p.empty > 0);
        MainWindow *window = mFixture.openWindowOn(p.path);
        window->resize(size);
        ReviewWorkspace *review = window->reviewWorkspace();
        review->openReport(mFixture.reportId(QStringLiteral("stockton-on-tees_jar_2008.pdf")));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_COMPARE(window->size(), size);
        QTest::qWait(50); // layouts settle

        // Library: every council whole (wrapped if need be), year and progress in view.
        QTableView *library = review->library()->table();
        for (int row = 0; row < library->model()->rowCount(); ++row) {
            const QModelIndex council = library->model()->index(row, ReportLibraryModel::CouncilColumn);
            const QString cut = cutText(library, council);
            QVERIFY2(cut.isEmpty(), qPrintable(cut));
            QVERIFY(inView(library, library->model()->index(row, ReportLibraryModel::YearColumn)));
            QVERIFY(inView(library, library->model()->index(row, ReportLibraryModel::ReviewedColumn)));
        }

        // Judgement table: every area label whole, with judgement and status in view.
        QTableView *table = review->form()->table();
        JudgementTableModel *model = review->form()->model();
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex area = model->index(row, JudgementTableModel::AreaColumn);
            const QString cut = cutText(table, area);
            QVERIFY2(cut.isEmpty(), qPrintable(cut));
            QCOMPARE(area.data(Qt::ToolTipRole).toString(), model->record(row).area);
            QVERIFY(inView(table, model->index(row, JudgementTableModel::JudgementColumn)));
            QVERIFY(inView(table, model->index(row, JudgementTableModel::StatusColumn)));
        }

        // The document has most of the width, and the page fits it: body text at 10 pt is
        // drawn at least 6.5 px high (0.69 at 1280x800 here; the old layout gave 0.54).
        DocumentView *view = review->documentView();
        QWidget *pane = review->documentPane();
        QVERIFY2(pane->width() > review->form()->width() && pane->width() > review->library()->width(),
                 qPrintable(QStringLiteral("%1 %2 %3")
                                .arg(review->library()->width())
                                .arg(pane->width())
                                .arg(review->form()->width())));
        QCOMPARE(view->fit(), DocumentView::Fit::Width);
        QVERIFY2(view->zoom() * 10 >= 6.5, qPrintable(QString::number(view->zoom())));
    }
};

QTEST_MAIN(TestReviewLayout)
#include "tst_reviewlayout.moc"
