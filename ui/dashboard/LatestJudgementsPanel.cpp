#include "LatestJudgementsPanel.h"

#include "LatestJudgementsModel.h"
#include "register/CouncilRegister.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace inspectdesk {

LatestJudgementsPanel::LatestJudgementsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    const CouncilRegister &councils = CouncilRegister::builtIn();
    mRegion = new QComboBox(this);
    mRegion->setAccessibleName(tr("Region"));
    mRegion->addItem(tr("All regions"), QString());
    for (const QString &region : councils.regions())
        mRegion->addItem(region, region);
    mType = new QComboBox(this);
    mType->setAccessibleName(tr("Council type"));
    mType->addItem(tr("All council types"), QString());
    QStringList types;
    for (const RegisterCouncil *c : councils.councils())
        if (!c->councilType.isEmpty() && !types.contains(c->councilType))
            types << c->councilType;
    types.sort();
    for (const QString &type : std::as_const(types))
        mType->addItem(type, type);
    auto *regionLabel = new QLabel(tr("Re&gion:"), this);
    regionLabel->setBuddy(mRegion);
    auto *typeLabel = new QLabel(tr("Cou&ncil type:"), this);
    typeLabel->setBuddy(mType);
    filters->addWidget(regionLabel);
    filters->addWidget(mRegion);
    filters->addWidget(typeLabel);
    filters->addWidget(mType);
    filters->addStretch();
    layout->addLayout(filters);

    mModel = new LatestJudgementsModel(this);
    mSort = new LatestJudgementsSortModel(this);
    mSort->setSourceModel(mModel);
    mView = new QTableView(this);
    mView->setModel(mSort);
    mView->setAccessibleName(tr("Latest judgements by council"));
    mView->setAccessibleDescription(tr("One row per council: its latest graded inspection and every judgement of "
                                       "it. Click a column heading to sort; Enter opens the judgement."));
    mView->setWordWrap(true);
    mView->setSelectionBehavior(QAbstractItemView::SelectItems);
    mView->verticalHeader()->setVisible(false);
    mView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    mView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the table's own order first
    mView->setSortingEnabled(true);
    mEmpty = new QLabel(this);
    mEmpty->setAlignment(Qt::AlignCenter);
    mEmpty->setWordWrap(true);
    mEmpty->setText(LatestJudgements::noDataMessage());
    mStack = new QStackedWidget(this);
    mStack->addWidget(mView);
    mStack->addWidget(mEmpty);
    layout->addWidget(mStack, 1);

    connect(mRegion, &QComboBox::currentIndexChanged, this, &LatestJudgementsPanel::rebuild);
    connect(mType, &QComboBox::currentIndexChanged, this, &LatestJudgementsPanel::rebuild);
    connect(mView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 report = index.data(LatestJudgementsModel::ReportIdRole).toLongLong();
        if (report > 0)
            emit pointActivated(report, index.data(LatestJudgementsModel::JudgementIdRole).toLongLong());
    });
}

void LatestJudgementsPanel::setDataset(const ChartDataset &dataset)
{
    mData = dataset;
    rebuild();
}

LatestJudgementsOptions LatestJudgementsPanel::options() const
{
    LatestJudgementsOptions o;
    o.region = mRegion->currentData().toString();
    o.councilType = mType->currentData().toString();
    o.sortColumn = mSort->sortColumn();
    o.sortOrder = mSort->sortOrder();
    return o;
}

LatestJudgements LatestJudgementsPanel::shownTable() const
{
    LatestJudgements shown = mModel->table();
    shown.rows.clear();
    for (int r = 0; r < mSort->rowCount(); ++r)
        shown.rows << mModel->table().rows[mSort->mapToSource(mSort->index(r, 0)).row()];
    shown.options = options();
    return shown;
}

void LatestJudgementsPanel::rebuild()
{
    LatestJudgementsOptions o = options();
    o.sortColumn = -1; // the proxy sorts; the model keeps the table's own order
    const LatestJudgements table = LatestJudgements::build(mData, o);
    mModel->setTable(table);
    // The judgements share the width; names, kinds and dates take what they need.
    QHeaderView *header = mView->horizontalHeader();
    const QFontMetrics metrics(mView->font());
    header->setSectionResizeMode(QHeaderView::Stretch);
    // A grade column never narrower than the framework's longest word: on a narrow window the
    // table scrolls sideways rather than cutting "Requires improvement" to "Req...".
    header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("improvement *")) + 12);
    if (!table.isEmpty()) {
        const auto fit = [&](int column, int width) {
            header->setSectionResizeMode(column, QHeaderView::Interactive);
            header->resizeSection(column, width + 14);
        };
        // The widest line the column shows, as the model words and breaks it, in my council's
        // bold row too: the date and its "(end of fieldwork)" each whole on a line.
        QFont bold = mView->font();
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        const auto widestShown = [&](int column) {
            int widest = metrics.horizontalAdvance(table.header(column));
            for (int r = 0; r < mModel->rowCount(); ++r)
                for (const QString &line : mModel->index(r, column).data().toString().split(QLatin1Char('\n')))
                    widest = qMax(widest, boldMetrics.horizontalAdvance(line));
            return widest;
        };
        fit(LatestJudgements::CouncilColumn, metrics.horizontalAdvance(QStringLiteral("Buckinghamshire")));
        // Region and type wrap onto two lines where longer ("Yorkshire and The Humber").
        fit(LatestJudgements::RegionColumn, metrics.horizontalAdvance(QStringLiteral("East Midlands")));
        fit(LatestJudgements::CouncilTypeColumn, metrics.horizontalAdvance(QStringLiteral("Metropolitan")));
        fit(LatestJudgements::KindColumn, metrics.horizontalAdvance(table.header(LatestJudgements::KindColumn)));
        fit(LatestJudgements::PublishedColumn, widestShown(LatestJudgements::PublishedColumn));
        fit(table.changeColumn(), widestShown(table.changeColumn()));
    }
    mStack->setCurrentWidget(table.isEmpty() ? static_cast<QWidget *>(mEmpty) : mView);
    emit tableChanged();
}

} // namespace inspectdesk
