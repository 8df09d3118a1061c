// The council field of the report form: its completer offers the register's councils by
// short name, a name typed there is resolved against the register (stored with its LA code,
// into history) and undone through the session's stack.
#include "ReviewFixture.h"

#include "review/ReportForm.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>
#include <QUndoStack>

using namespace inspectdesk;

class TestCouncilForm : public QObject
{
    Q_OBJECT
    test::ReviewFixture mFixture;

    QLineEdit *councilEdit(ReviewWorkspace *review) const
    {
        for (QLineEdit *edit : review->form()->findChildren<QLineEdit *>())
            if (edit->accessibleName() == QLatin1String("Council"))
                return edit;
        return nullptr;
    }
    static QString councilOf(ReportStore &store, qint64 id)
    {
        for (const ReportSummary &r : store.reports())
            if (r.id == id)
                return QStringLiteral("%1|%2").arg(r.council).arg(r.laCode);
        return QString();
    }

private slots:
    void initTestCase() { QVERIFY(mFixture.init()); }
    void cleanup() { mFixture.closeWindow(); }

    void completerOffersTheRegister()
    {
        MainWindow *window = mFixture.openWindow(QStringLiteral("completer"));
        ReviewWorkspace *review = window->reviewWorkspace();
        review->openReport(mFixture.reportId(QStringLiteral("stockton-on-tees_jar_2008.pdf")));
        QLineEdit *edit = councilEdit(review);
        QVERIFY(edit);
        const auto *model = qobject_cast<QStringListModel *>(edit->completer()->model());
        QVERIFY(model);
        const QStringList names = model->stringList();
        QCOMPARE(names.size(), 160); // the seeded reports are all Stockton-on-Tees, a register council
        QVERIFY(names.contains(QStringLiteral("Hackney")));
        QVERIFY(names.contains(QStringLiteral("Stockton-on-Tees")));
        QVERIFY(!names.contains(QStringLiteral("London Borough of Hackney")));
    }

    void typedNameIsResolvedAndUndone()
    {
        MainWindow *window = mFixture.openWindow(QStringLiteral("typed"));
        ReviewWorkspace *review = window->reviewWorkspace();
        const qint64 id = mFixture.reportId(QStringLiteral("stockton-on-tees_jar_2008.pdf"));
        review->openReport(id);
        ReportStore &store = window->session().store();
        QCOMPARE(councilOf(store, id), QStringLiteral("Stockton-on-Tees|808"));
        QLineEdit *edit = councilEdit(review);
        edit->setText(QStringLiteral("London Borough of Hackney"));
        Q_EMIT edit->editingFinished();
        QCOMPARE(councilOf(store, id), QStringLiteral("Hackney|204"));
        const HistoryEntry last = store.history(id).last();
        QCOMPARE(last.field, QStringLiteral("council"));
        QCOMPARE(last.newValue, QStringLiteral("London Borough of Hackney"));
        QCOMPARE(last.changedBy, QStringLiteral("Tess Reviewer"));
        window->session().undoStack()->undo();
        QCOMPARE(councilOf(store, id), QStringLiteral("Stockton-on-Tees|808"));
        QCOMPARE(edit->text(), store.report(id)->content.council);
    }
};

QTEST_MAIN(TestCouncilForm)
#include "tst_councilform.moc"
