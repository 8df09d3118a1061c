#include "WarningsModel.h"

#include "JudgementTableModel.h"
#include "OpenReport.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace inspectdesk {

WarningsModel::WarningsModel(OpenReport &report, QObject *parent) : QAbstractListModel(parent), mReport(report)
{
    connect(&mReport, &OpenReport::loaded, this, &WarningsModel::rebuild);
    connect(&mReport, &OpenReport::judgementsReset, this, &WarningsModel::rebuild);
    connect(&mReport, &OpenReport::judgementChanged, this, &WarningsModel::rebuild);
}

void WarningsModel::rebuild()
{
    beginResetModel();
    mIssues.clear();
    const auto &judgements = mReport.judgements();
    for (const ExtractionWarning &w : mReport.report().content.warnings) {
        Issue issue{w.message, 0, w.page, w.box};
        for (const JudgementRecord &j : judgements)
            if (!w.key.isEmpty() && j.key == w.key)
                issue.judgementId = j.id;
        mIssues.append(issue);
    }
    for (const JudgementRecord &j : judgements) {
        if (j.status != ReviewStatus::Extracted)
            continue; // a reviewer has looked at it
        const QString area = j.area.isEmpty() ? j.key : j.area;
        if (!j.hasSource())
            mIssues.append({tr("%1: no source found in the document").arg(area), j.id, j.page, {}});
        if (j.judgement == Judgement::Unknown)
            mIssues.append(
                {tr("%1: printed grade \"%2\" does not fit the scale").arg(area, j.printed), j.id, j.page, j.box});
        else if (j.confidence < JudgementTableModel::kLowConfidence)
            mIssues.append(
                {tr("%1: low confidence (%2%)").arg(area).arg(qRound(j.confidence * 100)), j.id, j.page, j.box});
    }
    endResetModel();
}

int WarningsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mIssues.size());
}

QVariant WarningsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mIssues.size())
        return QVariant();
    const Issue &issue = mIssues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return issue.page > 0 ? tr("%1 (p. %2)").arg(issue.message).arg(issue.page) : issue.message;
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Qt::ToolTipRole:
        return issue.message;
    }
    return QVariant();
}

} // namespace inspectdesk
