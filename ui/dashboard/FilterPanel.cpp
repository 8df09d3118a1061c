#include "FilterPanel.h"

#include "AppSettings.h"
#include "ComparatorChooser.h"
#include "register/CouncilRegister.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace inspectdesk {

namespace {
const int IdRole = Qt::UserRole + 1;
const int RegionRole = Qt::UserRole + 2;
const int SortRole = Qt::UserRole + 3; // ticked councils first, then by name

QString sortKey(const QString &council, bool ticked)
{
    return (ticked ? QLatin1Char('0') : QLatin1Char('1')) + council.toLower();
}

const RegisterCouncil *registerCouncil(const QString &shortName)
{
    static const QHash<QString, const RegisterCouncil *> byName = [] {
        QHash<QString, const RegisterCouncil *> h;
        for (const RegisterCouncil *c : CouncilRegister::builtIn().councils())
            h.insert(c->shortName, c);
        return h;
    }();
    return byName.value(shortName);
}
} // namespace

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
    mComparators = new ComparatorChooser(this);
    layout->addWidget(mComparators);
    connect(mComparators, &ComparatorChooser::changed, this, [this] {
        if (mUpdating)
            return;
        updateChosenCount();
        remember();
        emit filterChanged();
    });

    // What ticking means is said under it (mChosenCount), for the group chosen.
    auto *councilsLabel = new QLabel(tr("&Councils:"), this);
    layout->addWidget(councilsLabel);
    mSearch = new QLineEdit(this);
    mSearch->setPlaceholderText(tr("Search councils"));
    mSearch->setClearButtonEnabled(true);
    mSearch->setAccessibleName(tr("Search councils"));
    councilsLabel->setBuddy(mSearch);
    layout->addWidget(mSearch);
    auto *regionRow = new QHBoxLayout;
    auto *regionLabel = new QLabel(tr("List region:"), this);
    mRegion = new QComboBox(this);
    mRegion->addItem(tr("All regions"), QString());
    for (const QString &region : CouncilRegister::builtIn().regions())
        mRegion->addItem(region, region);
    mRegion->setAccessibleName(tr("List the councils of a region"));
    regionLabel->setBuddy(mRegion);
    regionRow->addWidget(regionLabel);
    regionRow->addWidget(mRegion, 1);
    layout->addLayout(regionRow);
    mCouncils = new QStandardItemModel(this);
    mRegionProxy = new QSortFilterProxyModel(this);
    mRegionProxy->setSourceModel(mCouncils);
    mRegionProxy->setFilterRole(RegionRole);
    mCouncilProxy = new QSortFilterProxyModel(this);
    mCouncilProxy->setSourceModel(mRegionProxy);
    mCouncilProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    mCouncilProxy->setSortRole(SortRole);
    mCouncilProxy->sort(0);
    connect(mRegion, &QComboBox::currentIndexChanged, this, [this] {
        const QString region = mRegion->currentData().toString();
        mRegionProxy->setFilterRegularExpression(
            region.isEmpty()
                ? QRegularExpression()
                : QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(region) + QLatin1Char('$')));
    });
    mChosenCount = new QLabel(this);
    layout->addWidget(mChosenCount);
    mCouncilView = new QListView(this);
    mCouncilView->setModel(mCouncilProxy);
    mCouncilView->setAccessibleName(tr("Councils"));
    layout->addWidget(mCouncilView, 2);
    connect(mSearch, &QLineEdit::textChanged, mCouncilProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(mCouncils, &QStandardItemModel::itemChanged, this, &FilterPanel::councilToggled);
    auto *neighbours = new QPushButton(tr("Tick my council and its neighbours"), this);
    neighbours->setToolTip(tr("Ticks my council and its statistical neighbours of the latest model and "
                              "compares it with the ticked councils"));
    connect(neighbours, &QPushButton::clicked, this, &FilterPanel::tickMyCouncilAndNeighbours);
    layout->addWidget(neighbours);
    auto *clear = new QPushButton(tr("Clear council choice"), this);
    connect(clear, &QPushButton::clicked, this, [this] {
        mUpdating = true;
        for (int r = 0; r < mCouncils->rowCount(); ++r) {
            mCouncils->item(r)->setCheckState(Qt::Unchecked);
            mCouncils->item(r)->setData(sortKey(mCouncils->item(r)->text(), false), SortRole);
        }
        mUpdating = false;
        mChosen.clear();
        updateChosenCount();
        remember();
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

    const AppSettings settings;
    mChosen = settings.chosenCouncils();
    ComparatorGroup group = ComparatorGroup::Chosen;
    comparatorGroupFromId(settings.comparators(), &group);
    mUpdating = true;
    mComparators->setMyCouncil(settings.myCouncil());
    mComparators->setGroup(group);
    mUpdating = false;
    updateChosenCount();
}

void FilterPanel::remember() const
{
    AppSettings settings;
    settings.setMyCouncil(mComparators->myCouncil());
    settings.setComparators(comparatorGroupId(mComparators->group()));
    settings.setChosenCouncils(mChosen);
}

void FilterPanel::updateChosenCount()
{
    // With my council and a comparator group, the group decides what is drawn, not the ticks.
    if (mComparators->myCouncil() > 0 && mComparators->group() != ComparatorGroup::Chosen) {
        // Short enough for the panel's width in English and Welsh; the tooltip says it in full.
        mChosenCount->setText(tr("My council's group is drawn (ticks: Hand-picked)"));
        mChosenCount->setToolTip(tr("The comparator group chosen above decides which councils are drawn; "
                                    "the ticked councils are drawn when Hand-picked is chosen."));
    } else {
        mChosenCount->setText(mChosen.isEmpty() ? tr("None chosen: every council")
                                                : tr("%n chosen (listed first)", nullptr, int(mChosen.size())));
        mChosenCount->setToolTip(QString());
    }
}

void FilterPanel::tickMyCouncilAndNeighbours()
{
    const int focus = mComparators->myCouncil();
    if (focus <= 0) {
        mChosenCount->setText(tr("Choose my council first."));
        mComparators->setFocus();
        return;
    }
    const CouncilRegister &reg = CouncilRegister::builtIn();
    QStringList wanted{reg.byCode(focus)->shortName};
    for (int code : reg.statisticalNeighbours(focus, mTo->value()))
        wanted << reg.byCode(code)->shortName;
    mUpdating = true;
    mChosen.clear();
    for (int r = 0; r < mCouncils->rowCount(); ++r) {
        QStandardItem *item = mCouncils->item(r);
        const bool on = wanted.contains(item->text());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        item->setData(sortKey(item->text(), on), SortRole);
    }
    for (const QString &c : std::as_const(wanted)) // closest first
        if (!mCouncils->findItems(c).isEmpty())
            mChosen << c;
    mComparators->setGroup(ComparatorGroup::Chosen);
    mUpdating = false;
    updateChosenCount();
    remember();
    emit filterChanged();
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

void FilterPanel::councilToggled(QStandardItem *item)
{
    if (mUpdating)
        return;
    const QString council = item->text();
    const bool checked = item->checkState() == Qt::Checked;
    mChosen.removeAll(council);
    if (checked)
        mChosen << council;
    mUpdating = true;
    item->setData(sortKey(council, checked), SortRole);
    mUpdating = false;
    updateChosenCount();
    remember();
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
        item->setData(sortKey(c, mChosen.contains(c)), SortRole);
        if (const RegisterCouncil *rc = registerCouncil(c))
            item->setData(rc->region, RegionRole);
        mCouncils->appendRow(item);
    }
    for (const QString &c : std::as_const(mChosen))
        if (councils.contains(c))
            kept << c;
    mChosen = kept;
    updateChosenCount();
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
    f.focusLaCode = mComparators->myCouncil();
    f.comparators = mComparators->group();
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
        mCouncils->item(r)->setData(sortKey(mCouncils->item(r)->text(), on), SortRole);
    }
    mChosen = f.councils;
    mComparators->setMyCouncil(f.focusLaCode);
    mComparators->setGroup(f.comparators);
    updateChosenCount();
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
    remember();
    emit filterChanged();
}

} // namespace inspectdesk
