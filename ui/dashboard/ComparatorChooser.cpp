#include "ComparatorChooser.h"

#include "register/CouncilRegister.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace inspectdesk {

ComparatorChooser::ComparatorChooser(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&My council:"), this);
    mCouncil = new QComboBox(this);
    mCouncil->setEditable(true);
    mCouncil->setInsertPolicy(QComboBox::NoInsert);
    mCouncil->addItem(tr("(none)"), 0);
    // Short names, as every list and legend shows them; councils of today first.
    QList<const RegisterCouncil *> former;
    for (const RegisterCouncil *c : CouncilRegister::builtIn().councils()) {
        if (c->isCurrent())
            mCouncil->addItem(c->shortName, c->laCode);
        else
            former << c;
    }
    for (const RegisterCouncil *c : former)
        mCouncil->addItem(c->shortName, c->laCode);
    mCouncil->completer()->setFilterMode(Qt::MatchContains);
    mCouncil->completer()->setCompletionMode(QCompleter::PopupCompletion);
    mCouncil->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    mCouncil->lineEdit()->setPlaceholderText(tr("Type a council's name"));
    mCouncil->setAccessibleName(tr("My council"));
    label->setBuddy(mCouncil);
    setFocusProxy(mCouncil);
    layout->addWidget(label);
    layout->addWidget(mCouncil);
    connect(mCouncil, &QComboBox::currentIndexChanged, this, &ComparatorChooser::changed);

    layout->addWidget(new QLabel(tr("Compare with:"), this));
    auto *buttons = new QGridLayout;
    buttons->setSpacing(2);
    mGroups = new QButtonGroup(this);
    mGroups->setExclusive(true);
    const QList<QPair<ComparatorGroup, QString>> groups = {
        {ComparatorGroup::Neighbours, tr("Neigh&bours")},
        {ComparatorGroup::Region, tr("Region")},
        {ComparatorGroup::England, tr("England")},
        {ComparatorGroup::Chosen, tr("Hand-pic&ked")},
    };
    const QStringList tips = {
        tr("Its ten statistical neighbours in the DfE model in force in each year"),
        tr("Every council of its region"),
        tr("Every council of England"),
        tr("The councils ticked in the list below"),
    };
    for (int i = 0; i < groups.size(); ++i) {
        auto *b = new QPushButton(groups[i].second, this);
        b->setCheckable(true);
        b->setToolTip(tips[i]);
        b->setAccessibleName(QString(groups[i].second).remove(QLatin1Char('&')));
        b->setAccessibleDescription(tips[i]);
        mGroups->addButton(b, int(groups[i].first));
        buttons->addWidget(b, i / 2, i % 2);
    }
    mGroups->button(int(ComparatorGroup::Chosen))->setChecked(true);
    layout->addLayout(buttons);
    connect(mGroups, &QButtonGroup::idClicked, this, &ComparatorChooser::changed);
}

int ComparatorChooser::myCouncil() const
{
    // Text typed but not (yet) a council counts as none, never as the previous choice.
    const int index = mCouncil->findText(mCouncil->currentText(), Qt::MatchFixedString);
    return index >= 0 ? mCouncil->itemData(index).toInt() : 0;
}

void ComparatorChooser::setMyCouncil(int laCode)
{
    const int index = mCouncil->findData(laCode);
    mCouncil->setCurrentIndex(index >= 0 ? index : 0);
}

ComparatorGroup ComparatorChooser::group() const
{
    return ComparatorGroup(mGroups->checkedId());
}

void ComparatorChooser::setGroup(ComparatorGroup group)
{
    mGroups->button(int(group))->setChecked(true);
}

} // namespace inspectdesk
