#pragma once
// What the dashboard tests read back from a Qt Charts chart.
#include <QAbstractSeries>
#include <QChart>
#include <QList>

namespace inspectdesk::fixture {

// The chart's series of type T, in the order they were added.
template <typename T> QList<T *> seriesOf(QChart *chart)
{
    QList<T *> list;
    for (QAbstractSeries *s : chart->series())
        if (auto *t = qobject_cast<T *>(s))
            list << t;
    return list;
}

} // namespace inspectdesk::fixture
