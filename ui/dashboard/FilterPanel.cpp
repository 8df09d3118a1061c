#include "FilterPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace inspectdesk {

namespace {
const int IdRole = Qt::UserRole + 1;
}

QStandardItemModel *FilterPanel::checkList(const QStringList &labels, const QStringList &ids, QListView **view)
{
    auto *model = new QStandardItemModel(this);
    for (int i = 0; i < labels.size(); ++i) {
        auto *item = new QStandardItem(labels[i]);
        item->setCheckable(true);
        item->setCheckState(Qt::Checked);
        item->setData(ids[i], IdRole);
        item->setEditable(false);
        model->appendRow(item);
    }
    *view = new QListView(this);
    (*view)->setModel(model);
    connect(model, &QStandardItemModel::itemChanged, this, [this] {
        if (!mUpdating)
            emit filterChanged();
    });
    return model;
}

FilterPanel::FilterPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("&Councils (none ticked = all):"), this));
    mSearch = new QLineEdit(this);
    mSearch->setPlaceholderText(tr("Search councils"));
    mSearch->setClearButtonEnabled(true);
    static_cast<QLabel *>(layout->itemAt(0)->widget())->setBuddy(mSearch);
    layout->addWidget(mSearch);
    mCouncils = new QStandardItemModel(this);
    mCouncilProxy = new QSortFilterProxyModel(this);
    mCouncilProxy->setSourceModel(mCouncils);
    mCouncilProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    mCouncilView = new QListView(this);
    mCouncilView->setModel(mCouncilProxy);
    mCouncilView->setAccessibleName(tr("Councils"));
    layout->addWidget(mCouncilView, 2);
    connect(mSearch, &QLineEdit::textChanged, mCouncilProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(mCouncils, &QStandardItemModel::itemChanged, this,
            [this](QStandardItem *item) { councilToggled(item->text(), item->checkState() == Qt::Checked); });
    auto *clear = new QPushButton(tr("Clear council choice"), this);
    connect(clear, &QPushButton::clicked, this, [this] {
        mUpdating = true;
        for (int r = 0; r < mCouncils->rowCount(); ++r)
            mCouncils->item(r)->setCheckState(Qt::Unchecked);
        mUpdating = false;
        mChosen.clear();
        emit filterChanged();
    });
    layout->addWidget(clear);

    auto *form = new QFormLayout;
    mFrom = new QSpinBox(this);
    mTo = new QSpinBox(this);
    for (QSpinBox *box : {mFrom, mTo}) {
        box->setRange(2000, 2030);
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (!mUpdating)
                emit filterChanged();
        });
    }
    form->addRow(tr("From &year:"), mFrom);
    form->addRow(tr("&To year:"), mTo);
    mPopulation = new QComboBox(this);
    for (Population p : allPopulations())
        mPopulation->addItem(populationLabel(p), int(p));
    form->addRow(tr("&Population:"), mPopulation);
    connect(mPopulation, &QComboBox::currentIndexChanged, this, [this] {
        if (!mUpdating)
            emit filterChanged();
    });
    layout->addLayout(form);

    QStringList outcomeLabels;
    for (const QString &key : familyIds())
        outcomeLabels << familyLabel(key);
    mOutcomes = checkList(outcomeLabels, familyIds(), &mOutcomeView);
    mOutcomeView->setAccessibleName(tr("Judgements"));
    layout->addWidget(new QLabel(tr("Judgements (families across frameworks):"), this));
    layout->addWidget(mOutcomeView, 1);

    QStringList kindLabels, kindIds;
    for (ReportKind k : allReportKinds()) {
        kindLabels << reportKindLabel(k);
        kindIds << reportKindId(k);
    }
    QListView *kindView = nullptr;
    mKinds = checkList(kindLabels, kindIds, &kindView);
    kindView->setAccessibleName(tr("Report kinds"));
    layout->addWidget(new QLabel(tr("Report kinds:"), this));
    layout->addWidget(kindView, 1);

    mUnreviewed = new QCheckBox(tr("Show &unreviewed judgements (marked)"), this);
    mUnreviewed->setChecked(true);
    connect(mUnreviewed, &QCheckBox::toggled, this, [this] {
        if (!mUpdating)
            emit filterChanged();
    });
    layout->addWidget(mUnreviewed);
}

void FilterPanel::setOfferedFamilies(const QStringList &ids)
{
    for (int r = 0; r < mOutcomes->rowCount(); ++r)
        mOutcomeView->setRowHidden(r, !ids.contains(mOutcomes->item(r)->data(IdRole).toString()));
}

QStringList FilterPanel::offeredFamilies() const
{
    QStringList ids;
    for (int r = 0; r < mOutcomes->rowCount(); ++r)
        if (!mOutcomeView->isRowHidden(r))
            ids << mOutcomes->item(r)->data(IdRole).toString();
    return ids;
}

void FilterPanel::councilToggled(const QString &council, bool checked)
{
    mChosen.removeAll(council);
    if (checked)
        mChosen << council;
    if (!mUpdating)
        emit filterChanged();
}

void FilterPanel::setAvailable(const QStringList &councils, int firstYear, int lastYear)
{
    mUpdating = true;
    mCouncils->clear();
    QStringList kept;
    for (const QString &c : councils) {
        auto *item = new QStandardItem(c);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(mChosen.contains(c) ? Qt::Checked : Qt::Unchecked);
        mCouncils->appendRow(item);
    }
    for (const QString &c : std::as_const(mChosen))
        if (councils.contains(c))
            kept << c;
    mChosen = kept;
    if (firstYear > 0 && lastYear > 0) {
        const bool wasFull = mFrom->value() <= mFrom->minimum() || mTo->value() >= mTo->maximum();
        mFrom->setRange(firstYear, lastYear);
        mTo->setRange(firstYear, lastYear);
        if (wasFull) {
            mFrom->setValue(firstYear);
            mTo->setValue(lastYear);
        }
    }
    mUpdating = false;
}

ChartFilter FilterPanel::filter() const
{
    ChartFilter f;
    f.councils = mChosen;
    f.fromYear = mFrom->value();
    f.toYear = mTo->value();
    for (int r = 0; r < mOutcomes->rowCount(); ++r)
        if (mOutcomes->item(r)->checkState() == Qt::Checked)
            f.outcomes << mOutcomes->item(r)->data(IdRole).toString();
    // All ticked means "all"; none ticked also shows nothing rather than everything.
    if (f.outcomes.size() == mOutcomes->rowCount())
        f.outcomes.clear();
    else if (f.outcomes.isEmpty())
        f.outcomes << QStringLiteral("-none-");
    for (int r = 0; r < mKinds->rowCount(); ++r)
        if (mKinds->item(r)->checkState() == Qt::Checked)
            f.kinds << reportKindFromId(mKinds->item(r)->data(IdRole).toString());
    if (f.kinds.size() == mKinds->rowCount())
        f.kinds.clear();
    else if (f.kinds.isEmpty())
        f.kinds << ReportKind(-1);
    f.population = Population(mPopulation->currentData().toInt());
    f.showUnreviewed = mUnreviewed->isChecked();
    return f;
}

void FilterPanel::setFilter(const ChartFilter &f)
{
    mUpdating = true;
    for (int r = 0; r < mCouncils->rowCount(); ++r) {
        const bool on = f.councils.contains(mCouncils->item(r)->text());
        mCouncils->item(r)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    mChosen = f.councils;
    if (f.fromYear > 0)
        mFrom->setValue(f.fromYear);
    if (f.toYear > 0)
        mTo->setValue(f.toYear);
    for (int r = 0; r < mOutcomes->rowCount(); ++r) {
        const bool on = f.outcomes.isEmpty() || f.outcomes.contains(mOutcomes->item(r)->data(IdRole).toString());
        mOutcomes->item(r)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    for (int r = 0; r < mKinds->rowCount(); ++r) {
        const ReportKind k = reportKindFromId(mKinds->item(r)->data(IdRole).toString());
        mKinds->item(r)->setCheckState(f.kinds.isEmpty() || f.kinds.contains(k) ? Qt::Checked : Qt::Unchecked);
    }
    mPopulation->setCurrentIndex(mPopulation->findData(int(f.population)));
    mUnreviewed->setChecked(f.showUnreviewed);
    mUpdating = false;
    emit filterChanged();
}

} // namespace inspectdesk
