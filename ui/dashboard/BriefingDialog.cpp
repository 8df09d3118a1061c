#include "BriefingDialog.h"

#include "briefing/BriefingWriter.h"
#include "register/CouncilRegister.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace inspectdesk {

BriefingDialog::BriefingDialog(const QList<JudgementFact> &facts, const ChartFilter &current, QWidget *parent)
    : QDialog(parent), mFacts(facts)
{
    setWindowTitle(tr("Briefing Pack"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Councils in the pack:"), this);
    layout->addWidget(label);
    mCouncils = new QListWidget(this);
    label->setBuddy(mCouncils);
    const FilterChoices choices = FilterChoices::of(facts);
    const int first = choices.firstYear, last = choices.lastYear;
    for (const QString &c : choices.councils) {
        auto *item = new QListWidgetItem(c, mCouncils);
        item->setCheckState(current.councils.contains(c) ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(mCouncils);
    auto *form = new QFormLayout;
    mFrom = new QSpinBox(this);
    mTo = new QSpinBox(this);
    for (QSpinBox *box : {mFrom, mTo})
        box->setRange(first ? first : 2000, last ? last : 2030);
    mFrom->setValue(current.fromYear > 0 ? current.fromYear : first);
    mTo->setValue(current.toYear > 0 ? current.toYear : last);
    form->addRow(tr("From &year:"), mFrom);
    form->addRow(tr("&To year:"), mTo);
    mTitle = new QLineEdit(this);
    mTitle->setPlaceholderText(tr("Children's services judgements: briefing pack"));
    form->addRow(tr("T&itle:"), mTitle);
    mCompare = new QComboBox(this);
    mCompare->setAccessibleName(tr("Compare my council with"));
    if (const RegisterCouncil *focus = CouncilRegister::builtIn().byCode(current.focusLaCode)) {
        mFocus = focus->laCode;
        mFocusName = focus->shortName;
    }
    mCompare->addItem(tr("The ticked councils only"), int(ComparatorGroup::Chosen));
    if (mFocus > 0) {
        mCompare->addItem(tr("%1 and its statistical neighbours").arg(mFocusName), int(ComparatorGroup::Neighbours));
        mCompare->addItem(tr("%1 and its region").arg(mFocusName), int(ComparatorGroup::Region));
        mCompare->addItem(tr("%1 and England").arg(mFocusName), int(ComparatorGroup::England));
        mCompare->setCurrentIndex(qMax(0, mCompare->findData(int(current.comparators))));
    } else {
        mCompare->setEnabled(false);
        mCompare->setToolTip(tr("Choose my council in the dashboard's filters to compare it with its group."));
    }
    form->addRow(tr("Com&pare:"), mCompare);
    layout->addLayout(form);
    mStatus = new QLabel(this);
    mStatus->setWordWrap(true);
    layout->addWidget(mStatus);
    mButtons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = mButtons->addButton(tr("&Save PDF…"), QDialogButtonBox::AcceptRole);
    connect(save, &QPushButton::clicked, this, &BriefingDialog::write);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(mButtons);
}

void BriefingDialog::write()
{
    BriefingOptions options;
    for (int i = 0; i < mCouncils->count(); ++i)
        if (mCouncils->item(i)->checkState() == Qt::Checked)
            options.councils << mCouncils->item(i)->text();
    options.comparators = ComparatorGroup(mCompare->currentData().toInt());
    if (options.comparators != ComparatorGroup::Chosen) {
        options.focusLaCode = mFocus;
        options.councils.removeAll(mFocusName);
        options.councils.prepend(mFocusName);
    }
    if (options.councils.isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Tick at least one council."));
        return;
    }
    options.fromYear = qMin(mFrom->value(), mTo->value());
    options.toYear = qMax(mFrom->value(), mTo->value());
    options.title = mTitle->text().trimmed();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Briefing Pack"), QStringLiteral("briefing.pdf"),
                                                      tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    mButtons->setEnabled(false);
    mStatus->setText(tr("Writing %1…").arg(path));
    auto result = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    const QList<JudgementFact> facts = mFacts;
    // Drawing many pages takes a moment: do it off the UI thread (QPdfWriter needs no GUI thread).
    QThread *worker = QThread::create([facts, options, path, result, ok] {
        *ok = BriefingWriter::write(path, BriefingData::build(facts, options), result.get());
    });
    connect(worker, &QThread::finished, this, [this, worker, result, ok, path] {
        worker->deleteLater();
        mButtons->setEnabled(true);
        if (*ok) {
            mStatus->setText(tr("Saved %1.").arg(path));
        } else {
            mStatus->setText(*result);
            QMessageBox::warning(this, tr("Briefing pack not written"), *result);
        }
    });
    worker->start();
}

} // namespace inspectdesk
