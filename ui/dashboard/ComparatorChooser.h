#pragma once

#include "charts/ChartFilter.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;

namespace inspectdesk {

// "My council" (any register council, typed with completion over short names) and whom it is
// compared with, in one click: its statistical neighbours, its region, England or the
// councils ticked by hand.
class ComparatorChooser : public QWidget
{
    Q_OBJECT
public:
    explicit ComparatorChooser(QWidget *parent = nullptr);

    int myCouncil() const; // DfE LA code; 0 = none
    void setMyCouncil(int laCode);
    ComparatorGroup group() const;
    void setGroup(ComparatorGroup group);

signals:
    void changed();

private:
    QComboBox *mCouncil;
    QButtonGroup *mGroups;
};

} // namespace inspectdesk
