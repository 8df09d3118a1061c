// The review workspace on awkward input: files dropped on it (imported once, duplicates
// reported), an import cancelled part way (whole reports only, the rest named), a judgement changed by another
// connection meanwhile (conflict shown, nothing overwritten, reload offered), a judgement with no source, and a PDF
// page with no text.
#include "ReviewFixture.h"
#include "TestData.h"

#include "review/DocumentView.h"
#include "review/ImportController.h"
#include "review/JudgementTableModel.h"
#include "review/LibraryView.h"
#include "review/ReportForm.h"
#include "review/ReportLibraryModel.h"

#include <QBuffer>
#include <QDir>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>

using namespace inspectdesk;

class TestReviewInput : public QObject
{
    Q_OBJECT
    test::ReviewFixture mFixture;

    static void drop(QWidget *target, const QStringList &paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &p : paths)
            urls << QUrl::fromLocalFile(p);
        mime.setUrls(urls);
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
        QVERIFY(dropEvent.isAccepted());
    }

    // A count from a query on the database file (its own connection).
    static int count(const QString &path, const QString &sql)
    {
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("counter"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    n = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("counter"));
        return n;
    }

private slots:
    void initTestCase() { QVERIFY(mFixture.init()); }
    void cleanup() { mFixture.closeWindow(); }

    void droppedFilesImportOnceAndDuplicatesAreReported()
    {
        // An existing, empty database (so the window does not seed it).
        const QString path = mFixture.path(QStringLiteral("empty.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
        }
        MainWindow *window = mFixture.openWindowOn(path);
        ReviewWorkspace *review = window->reviewWorkspace();
        QCOMPARE(review->library()->model()->rowCount(), 0);
        QSignalSpy finished(review, &ReviewWorkspace::importFinished);

        drop(review, {test::corpusPdf(QStringLiteral("stockton-on-tees_apa_2008")),
                      test::corpusPdf(QStringLiteral("stockton-on-tees_jar_2008"))});
        QVERIFY(review->importController()->isRunning());
        QVERIFY(review->importController()->progressDialog());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        auto results = finished.at(0).at(0).value<QList<ImportResult>>();
        QCOMPARE(results.size(), 2);
        for (const ImportResult &r : results)
            QCOMPARE(r.outcome, ImportOutcome::Imported);
        QCOMPARE(review->library()->model()->rowCount(), 2);
        QCOMPARE(window->session().store().reports().size(), 2);
        QVERIFY(review->lastImportSummary().contains(QStringLiteral("Imported: 2")));

        // The same file again is reported, not stored twice.
        drop(review, {test::corpusPdf(QStringLiteral("stockton-on-tees_jar_2008"))});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        results = finished.at(1).at(0).value<QList<ImportResult>>();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().outcome, ImportOutcome::Duplicate);
        QVERIFY(review->lastImportSummary().contains(QStringLiteral("Already in the database: 1")));
        QCOMPARE(window->session().store().reports().size(), 2);
        QVERIFY(review->messageBox());
        QVERIFY(review->messageBox()->isVisible());
    }

    void cancelledImportKeepsWholeReportsAndNamesTheRest()
    {
        const QString path = mFixture.path(QStringLiteral("cancel.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
        }
        // Different files: the corpus PDFs with a distinct comment after their end; the last
        // two are dropped while the first batch is being imported.
        QVERIFY(QDir(mFixture.path(QString())).mkpath(QStringLiteral("cancel")));
        const QStringList corpus{QStringLiteral("stockton-on-tees_apa_2008"),
                                 QStringLiteral("stockton-on-tees_jar_2008"),
                                 QStringLiteral("stockton-on-tees_cs-assessment_2011"),
                                 QStringLiteral("stockton-on-tees_safeguarding-lac_2010")};
        QStringList paths;
        QHash<QString, QByteArray> bytesOf;
        for (int i = 0; i < 26; ++i) {
            QFile in(test::corpusPdf(corpus[i % corpus.size()]));
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QString name = QStringLiteral("copy-%1.pdf").arg(i, 2, 10, QLatin1Char('0'));
            const QByteArray bytes = in.readAll() + "\n% copy " + QByteArray::number(i) + "\n";
            QFile out(mFixture.path(QStringLiteral("cancel/") + name));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
            paths << out.fileName();
            bytesOf.insert(name, bytes);
        }
        MainWindow *window = mFixture.openWindowOn(path);
        ReviewWorkspace *review = window->reviewWorkspace();
        ImportController *import = review->importController();
        QSignalSpy finished(review, &ReviewWorkspace::importFinished);
        QSignalSpy read(import, &ImportController::fileImported);
        // The event loop's longest pause while the import runs.
        QElapsedTimer clock;
        qint64 last = 0, longest = 0;
        int ticks = 0;
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, this, [&] {
            longest = std::max(longest, clock.elapsed() - last);
            last = clock.elapsed();
            ++ticks;
        });
        clock.start();
        tick.start();

        review->importFiles(paths.mid(0, 24));
        QVERIFY2(clock.elapsed() < 500, "importFiles returns at once");
        QCOMPARE(read.count(), 0); // nothing is read on the window's thread
        QPointer<QProgressDialog> progress = import->progressDialog();
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->maximum(), 24);
        review->importFiles(paths.mid(24)); // dropped meanwhile: queued behind the running import
        QTRY_VERIFY_WITH_TIMEOUT(read.count() >= 1, 30000);
        QVERIFY(progress->value() >= 1);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QVERIFY(import->isRunning());
        QTest::mouseClick(cancel, Qt::LeftButton);
        // The dialog stays up saying it finishes the file being read (it used to vanish).
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->value(), int(read.count())); // not reset to empty either
        QVERIFY(progress->labelText().contains(QStringLiteral("Cancelling after the current file")));
        QVERIFY(!cancel->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        tick.stop();
        QVERIFY2(longest < 1500, qPrintable(QStringLiteral("the window paused %1 ms").arg(longest)));
        QVERIFY(ticks > 0);
        QTRY_VERIFY(!progress);

        // Stopped after the file being read: whole reports for what was read, the rest named.
        const auto results = finished.at(0).at(0).value<QList<ImportResult>>();
        QVERIFY2(results.size() < 24, "cancelled before the end");
        QCOMPARE(import->notRead(), paths.mid(int(results.size())));
        const QString summary = review->lastImportSummary();
        QVERIFY2(summary.contains(QStringLiteral("Imported: %1\n").arg(results.size())), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("these files were not read:")));
        for (int i = 0; i < paths.size(); ++i)
            QCOMPARE(summary.contains(QFileInfo(paths[i]).fileName()), i >= results.size());
        QVERIFY(review->messageBox() && review->messageBox()->isVisible());
        QCOMPARE(review->messageBox()->text(), summary);
        // No second import started for the queued files.
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!import->isRunning());

        // The database holds exactly the reports the summary counts, each complete.
        ReportStore &store = window->session().store();
        const QList<ReportSummary> reports = store.reports();
        QCOMPARE(reports.size(), results.size());
        QCOMPARE(review->library()->model()->rowCount(), int(results.size()));
        static const QRegularExpression judgements(QStringLiteral("\\((\\d+) judgements\\)"));
        for (const ImportResult &r : results) {
            QCOMPARE(r.outcome, ImportOutcome::Imported);
            const auto stored = store.report(r.reportId);
            QVERIFY(stored);
            QCOMPARE(store.documentBytes(r.reportId), bytesOf.value(stored->fileName));
            const QRegularExpressionMatch m = judgements.match(r.message);
            QVERIFY2(m.hasMatch(), qPrintable(r.message));
            QVERIFY(m.captured(1).toInt() > 0);
            QCOMPARE(int(stored->content.judgements.size()), m.captured(1).toInt());
        }
        QCOMPARE(count(path, QStringLiteral("SELECT COUNT(*) FROM reports")), int(results.size()));
        QCOMPARE(count(path, QStringLiteral("SELECT COUNT(*) FROM documents")), int(results.size()));
        QCOMPARE(count(path, QStringLiteral("SELECT COUNT(*) FROM judgements WHERE report_id NOT IN "
                                            "(SELECT id FROM reports)")),
                 0);
        QCOMPARE(count(path, QStringLiteral("SELECT COUNT(*) FROM history WHERE field = 'imported'")),
                 int(results.size()));
    }

    void conflictingEditIsShownNotOverwritten()
    {
        MainWindow *window = mFixture.openWindow(QStringLiteral("conflict"));
        ReviewWorkspace *review = window->reviewWorkspace();
        const qint64 reportId = mFixture.reportId(QStringLiteral("stockton-on-tees_apa_2008.pdf"));
        review->openReport(reportId);
        JudgementTableModel *model = review->form()->model();
        const JudgementRecord seen = model->record(0);

        // Another program changes the same judgement through its own connection.
        {
            Database other;
            QVERIFY(other.open(window->session().location()));
            ReportStore store(other);
            JudgementRecord theirs = seen;
            theirs.judgement = Judgement::Inadequate;
            theirs.status = ReviewStatus::Corrected;
            QVERIFY(store.updateJudgement(seen, theirs, QStringLiteral("someone else")) > 0);
        }
        const int undoCount = window->session().undoStack()->count();
        review->form()->selectRow(0);
        // The edit is refused (setData says so) and shown.
        QVERIFY(!model->setData(model->index(0, JudgementTableModel::JudgementColumn), int(Judgement::Outstanding)));

        ReportStore &store = window->session().store();
        QCOMPARE(store.judgement(seen.id)->judgement, Judgement::Inadequate); // theirs kept
        QCOMPARE(window->session().undoStack()->count(), undoCount);          // failed edit not stacked
        QMessageBox *box = review->messageBox();
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("changed in another window")));
        QPushButton *reload = nullptr;
        for (QAbstractButton *b : box->buttons())
            if (b->text().contains(QStringLiteral("Reload")))
                reload = qobject_cast<QPushButton *>(b);
        QVERIFY(reload);
        reload->click();
        QCOMPARE(model->record(model->rowOf(seen.id)).judgement, Judgement::Inadequate);
        // After reloading, an edit goes through.
        QVERIFY(model->setData(model->index(model->rowOf(seen.id), JudgementTableModel::JudgementColumn),
                               int(Judgement::Outstanding)));
        QCOMPARE(store.judgement(seen.id)->judgement, Judgement::Outstanding);
    }

    void judgementWithoutSourceSaysSo()
    {
        MainWindow *window = mFixture.openWindow(QStringLiteral("nosource"));
        ReviewWorkspace *review = window->reviewWorkspace();
        const qint64 reportId = mFixture.reportId(QStringLiteral("stockton-on-tees_jar_2008.pdf"));
        ReportStore &store = window->session().store();
        const JudgementRecord original = store.report(reportId)->content.judgements.at(1);
        QVERIFY(original.hasSource());
        JudgementRecord lost = original;
        lost.page = 0;
        lost.box = QRectF();
        QVERIFY(store.updateJudgement(original, lost, QStringLiteral("test")) > 0);

        review->openReport(reportId);
        review->reloadReport(); // the window may have opened it before the change
        review->openReport(reportId, original.id);
        JudgementTableModel *model = review->form()->model();
        const int row = model->rowOf(original.id);
        QCOMPARE(review->form()->currentRow(), row);
        QCOMPARE(model->index(row, JudgementTableModel::SourceColumn).data().toString(),
                 QStringLiteral("no source found"));
        // Nothing orange (the selected highlight) anywhere on the shown page.
        DocumentView *view = review->documentView();
        QTRY_VERIFY_WITH_TIMEOUT(view->isPageReady(view->currentPage()), 10000);
        const QImage shot = view->viewport()->grab().toImage();
        int orange = 0;
        for (int y = 0; y < shot.height(); y += 2)
            for (int x = 0; x < shot.width(); x += 2) {
                const QColor c = shot.pixelColor(x, y);
                orange += c.red() > 200 && c.green() > 150 && c.green() < 215 && c.blue() < 160;
            }
        QCOMPARE(orange, 0);
    }

    void pageWithoutTextStillShowsAndFormSaysSo()
    {
        // A two-page PDF: page 1 has text, page 2 only a drawing.
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setResolution(72);
            QPainter painter(&writer);
            painter.drawText(QPointF(72, 100), QStringLiteral("Overall effectiveness: Good"));
            writer.newPage();
            painter.fillRect(QRectF(72, 72, 200, 200), Qt::darkGreen);
        }
        MainWindow *window = mFixture.openWindow(QStringLiteral("notext"));
        ReviewWorkspace *review = window->reviewWorkspace();
        ExtractedReport report;
        report.council = QStringLiteral("Testshire");
        report.pageCount = 2;
        JudgementRecord j;
        j.area = QStringLiteral("Overall effectiveness");
        j.printed = QStringLiteral("Good");
        j.scale = Scale::Words;
        j.judgement = Judgement::Good;
        report.judgements << j;
        const ImportResult imported =
            window->session().store().importReport(bytes, QStringLiteral("drawn.pdf"), report, QStringLiteral("test"));
        QCOMPARE(imported.outcome, ImportOutcome::Imported);
        window->session().notifyReportsChanged(imported.reportId);

        review->openReport(imported.reportId);
        DocumentView *view = review->documentView();
        QCOMPARE(view->pageCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(view->allTextRead(), 10000);
        QCOMPARE(view->pagesWithoutText(), QList<int>{1});
        QLabel *note = review->form()->documentNote();
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("No text on page(s) 2")), qPrintable(note->text()));
        view->goToPage(1);
        QTRY_VERIFY_WITH_TIMEOUT(view->isPageReady(1), 10000); // the page still renders
        // And the text page can be found in.
        view->find(QStringLiteral("overall EFFECTIVENESS"));
        QCOMPARE(view->findHitCount(), 1);
    }
};

QTEST_MAIN(TestReviewInput)
#include "tst_reviewinput.moc"
