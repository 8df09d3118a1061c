#pragma once

#include "charts/YearSnapshot.h"

#include <QAbstractTableModel>

class QFontMetrics;

namespace inspectdesk {

// Council x outcome for one year: the accessible, data-table alternative to the charts.
// Cells show the judgement and the printed grade, coloured by judgement; the tooltip says
// where it came from and whether it was reviewed.
class GridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { ReportIdRole = Qt::UserRole + 1, JudgementIdRole, JudgementRole, ReviewedRole };

    explicit GridModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setSnapshot(const YearSnapshot &snapshot);
    const YearSnapshot &snapshot() const { return mSnapshot; }
    // The widest single word of the column labels and cells: narrower columns would cut it.
    int widestWord(const QFontMetrics &metrics) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    YearSnapshot mSnapshot;
};

} // namespace inspectdesk
