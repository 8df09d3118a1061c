#include "TrendData.h"

namespace inspectdesk {

const TrendPanel *TrendData::panel(const QString &key) const
{
    for (const TrendPanel &p : panels)
        if (p.key == key)
            return &p;
    return nullptr;
}

TrendData TrendData::build(const ChartDataset &data)
{
    TrendData trend;
    trend.years = data.years();
    trend.councils = data.councils();
    for (const QString &key : data.outcomes()) {
        TrendPanel panel;
        panel.key = key;
        panel.title = outcomeLabel(key);
        for (int c = 0; c < trend.councils.size(); ++c) {
            TrendSeries series;
            series.council = trend.councils.at(c);
            series.councilIndex = c;
            for (int year : trend.years)
                if (const ChartPoint *p = data.point(series.council, key, year))
                    series.points << TrendPoint{year, *p};
            if (!series.points.isEmpty())
                panel.series << series;
        }
        trend.panels << panel;
    }
    return trend;
}

} // namespace inspectdesk
