#include "ReportForm.h"

#include "FillColumn.h"
#include "JudgementDelegate.h"
#include "JudgementTableModel.h"
#include "Session.h"
#include "register/CouncilRegister.h"
#include "review/ReviewDocument.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace inspectdesk {

ReportForm::ReportForm(Session &session, QWidget *parent)
    : QWidget(parent), mSession(session), mReport(session.review()),
      mModel(new JudgementTableModel(session.review(), this)), mCouncils(new QStringListModel(this)),
      mCouncil(new QLineEdit(this)), mKind(new QComboBox(this)), mYear(new QSpinBox(this)),
      mPublished(new QDateEdit(this)), mStatus(new QLabel(this)), mNote(new QLabel(this)), mTable(new QTableView(this))
{
    auto *completer = new QCompleter(mCouncils, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    mCouncil->setCompleter(completer);
    mCouncil->setAccessibleName(tr("Council"));
    for (ReportKind kind : allReportKinds())
        mKind->addItem(reportKindLabel(kind), int(kind));
    mKind->setAccessibleName(tr("Report kind"));
    mYear->setRange(0, 2100);
    mYear->setSpecialValueText(tr("not printed"));
    mYear->setAccessibleName(tr("Assessment year"));
    mPublished->setCalendarPopup(true);
    mPublished->setMinimumDate(QDate(1990, 1, 1));
    mPublished->setSpecialValueText(tr("not printed"));
    mPublished->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mPublished->setAccessibleName(tr("Publication date"));
    mStatus->setAccessibleName(tr("Review status"));
    mNote->setWordWrap(true);
    mNote->setStyleSheet(QStringLiteral("color: #a04000;"));
    mNote->setAccessibleName(tr("Document note"));
    mNote->hide();

    mTable->setObjectName(QStringLiteral("JudgementTable"));
    mTable->setAccessibleName(tr("Judgements"));
    mTable->setModel(mModel);
    mTable->setItemDelegate(new JudgementDelegate(mTable));
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    mTable->verticalHeader()->hide();
    mTable->setTabKeyNavigation(false); // Tab and Shift+Tab move between panes
    mTable->verticalHeader()->setMinimumSectionSize(mTable->fontMetrics().height() + 8);
    // The area is shown whole: it takes the width left beside printed grade, judgement,
    // status and source, and wraps (two judgements never read the same "The experie...").
    // Printed text wraps in its own column; confidence and section come last and may scroll
    // off in a narrow window.
    QHeaderView *header = mTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(JudgementTableModel::PrintedColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(JudgementTableModel::SectionColumn, QHeaderView::Interactive);
    header->resizeSection(JudgementTableModel::PrintedColumn,
                          mTable->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 14);
    header->resizeSection(JudgementTableModel::SectionColumn, 80);
    header->moveSection(header->visualIndex(JudgementTableModel::AreaColumn), 0);
    header->moveSection(header->visualIndex(JudgementTableModel::SourceColumn), 5);
    header->moveSection(header->visualIndex(JudgementTableModel::SectionColumn), JudgementTableModel::ColumnCount - 1);
    auto *area = new FillColumn(mTable, JudgementTableModel::AreaColumn,
                                {JudgementTableModel::PrintedColumn, JudgementTableModel::JudgementColumn,
                                 JudgementTableModel::StatusColumn, JudgementTableModel::SourceColumn},
                                mTable->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22);
    connect(mModel, &QAbstractItemModel::modelReset, area, &FillColumn::update);

    auto *fields = new QFormLayout;
    fields->addRow(tr("&Council:"), mCouncil);
    fields->addRow(tr("&Kind:"), mKind);
    fields->addRow(tr("Assessment &year:"), mYear);
    fields->addRow(tr("&Published:"), mPublished);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fields);
    layout->addWidget(mStatus);
    layout->addWidget(mNote);
    layout->addWidget(mTable, 1);

    connect(mCouncil, &QLineEdit::editingFinished, this, &ReportForm::commitFields);
    connect(mKind, &QComboBox::activated, this, &ReportForm::commitFields);
    connect(mYear, &QSpinBox::editingFinished, this, &ReportForm::commitFields);
    connect(mPublished, &QDateEdit::editingFinished, this, &ReportForm::commitFields);
    connect(&mReport, &ReviewDocument::loaded, this, &ReportForm::loadFields);
    connect(&mReport, &ReviewDocument::fieldsChanged, this, &ReportForm::loadFields);
    connect(mModel, &QAbstractItemModel::dataChanged, this, &ReportForm::updateStatus);
    connect(mModel, &QAbstractItemModel::modelReset, this, &ReportForm::updateStatus);
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentJudgementChanged(currentJudgementId()); });
    loadFields();
}

void ReportForm::loadFields()
{
    mLoading = true;
    const bool open = mReport.isOpen();
    setEnabled(open);
    if (open && mSession.isOpen()) {
        // The register's councils by short name first, then names in the database it does not know.
        QStringList names;
        for (const RegisterCouncil *c : CouncilRegister::builtIn().councils())
            names << c->shortName;
        for (const QString &name : mSession.store().councilNames())
            if (!names.contains(name))
                names << name;
        mCouncils->setStringList(names);
    }
    const ReportFields f = mReport.report().fields();
    mCouncil->setText(f.council);
    mKind->setCurrentIndex(mKind->findData(int(f.kind)));
    mYear->setValue(f.assessmentYear);
    mPublished->setDate(f.published.isValid() ? f.published : mPublished->minimumDate());
    mLoading = false;
    if (!open)
        mNote->hide();
    updateStatus();
}

void ReportForm::commitFields()
{
    if (mLoading || !mReport.isOpen())
        return;
    const ReportFields before = mReport.report().fields();
    ReportFields after;
    after.council = mCouncil->text().trimmed();
    after.kind = ReportKind(mKind->currentData().toInt());
    after.assessmentYear = mYear->value();
    after.published = mPublished->date() == mPublished->minimumDate() ? QDate() : mPublished->date();
    if (after.council.isEmpty()) {
        mCouncil->setText(before.council); // a report always has a council
        return;
    }
    mReport.editFields(after);
}

void ReportForm::updateStatus()
{
    const auto &list = mReport.judgements();
    const int reviewed = mReport.reviewedCount();
    if (!mReport.isOpen())
        mStatus->setText(tr("No report open"));
    else if (list.isEmpty())
        mStatus->setText(tr("No judgements were found in this report; add them from the document."));
    else if (reviewed == list.size())
        mStatus->setText(tr("<b>Reviewed</b>: all %n judgement(s) confirmed or corrected.", nullptr, int(list.size())));
    else
        mStatus->setText(tr("%1 of %2 judgements reviewed").arg(reviewed).arg(list.size()));
}

qint64 ReportForm::currentJudgementId() const
{
    const QModelIndex current = mTable->currentIndex();
    return current.isValid() ? current.data(JudgementTableModel::JudgementIdRole).toLongLong() : 0;
}

int ReportForm::currentRow() const
{
    const QModelIndex current = mTable->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ReportForm::selectRow(int row)
{
    if (row < 0 || row >= mModel->rowCount())
        return;
    const QModelIndex index = mModel->index(row, JudgementTableModel::JudgementColumn);
    mTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    mTable->scrollTo(index);
}

void ReportForm::selectJudgement(qint64 judgementId)
{
    selectRow(mModel->rowOf(judgementId));
}

void ReportForm::setPagesWithoutText(const QList<int> &pages, int pageCount)
{
    if (pages.isEmpty()) {
        mNote->hide();
        return;
    }
    QStringList numbers;
    for (int p : pages)
        numbers << QString::number(p);
    mNote->setText(pages.size() == pageCount
                       ? tr("This PDF has no text layer (scanned?): nothing could be read from it. "
                            "Add judgements by hand from the page images.")
                       : tr("No text on page(s) %1: grades printed there could not be read.")
                             .arg(numbers.join(QStringLiteral(", "))));
    mNote->show();
}

void ReportForm::setDocumentUnreadable()
{
    mNote->setText(tr("The stored PDF could not be opened for display."));
    mNote->show();
}

} // namespace inspectdesk
