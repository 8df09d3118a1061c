#include "BriefingData.h"

#include "register/CouncilRegister.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace inspectdesk {

QString changeLabel(Change c)
{
    switch (c) {
    case Change::New:
        return QCoreApplication::translate("Briefing", "first assessment");
    case Change::Improved:
        return QCoreApplication::translate("Briefing", "improved");
    case Change::Same:
        return QCoreApplication::translate("Briefing", "no change");
    case Change::Declined:
        return QCoreApplication::translate("Briefing", "declined");
    }
    return {};
}

QString BriefingData::title() const
{
    return options.title.isEmpty()
               ? QCoreApplication::translate("Briefing", "Children's services judgements: briefing pack")
               : options.title;
}

BriefingData BriefingData::build(const QList<JudgementFact> &facts, const BriefingOptions &options)
{
    BriefingData b;
    b.options = options;
    ChartFilter filter;
    filter.councils = options.councils;
    filter.fromYear = options.fromYear;
    filter.toYear = options.toYear;
    filter.focusLaCode = options.focusLaCode;
    filter.comparators = options.comparators;
    b.dataset = ChartDataset(facts, filter);
    b.councils = b.dataset.councils();
    if (options.comparing()) {
        // Pages for the councils asked for; the group is drawn beside them.
        b.councils.clear();
        for (const QString &c : b.dataset.councils())
            (options.councils.contains(c) ? b.councils : b.comparedWith) << c;
        const RegisterCouncil *focus = CouncilRegister::builtIn().byCode(options.focusLaCode);
        switch (options.comparators) {
        case ComparatorGroup::Neighbours:
            b.comparatorGroupText = QCoreApplication::translate("Briefing", "its statistical neighbours (the DfE "
                                                                            "model in force in each year)");
            break;
        case ComparatorGroup::Region:
            b.comparatorGroupText =
                QCoreApplication::translate("Briefing", "the councils of its region, %1").arg(focus->region);
            break;
        case ComparatorGroup::England:
            b.comparatorGroupText = QCoreApplication::translate("Briefing", "every council of England");
            break;
        case ComparatorGroup::Chosen:
            break;
        }
    }
    for (const QString &c : options.councils)
        if (!b.councils.contains(c))
            b.missingCouncils << c;
    const QList<int> years = b.dataset.years();
    QMap<QString, BriefingSource> sources; // keyed by council + file: stable order
    // Every council drawn is quoted in the sources and the note on unreviewed data.
    const QStringList drawn = b.dataset.councils();
    QStringList quotedCouncils = drawn; // then those counted only on the group page
    QSet<QString> quoted;               // council, family and year of each judgement quoted
    auto quote = [&](const QString &council, const QString &key, int year, const ChartPoint *p) {
        const QString judgement = council + QChar(0x1f) + key + QChar(0x1f) + QString::number(year);
        if (!p || quoted.contains(judgement))
            return;
        quoted.insert(judgement);
        if (!quotedCouncils.contains(council))
            quotedCouncils << council;
        const QString id = council + QChar(0x1f) + QString::number(year) + p->fileName;
        BriefingSource &s = sources[id];
        s.council = council;
        s.fileName = p->fileName;
        s.kind = p->kind;
        s.year = year;
        s.published = p->published;
        s.inspectionEnd = p->inspectionEnd;
        if (p->page > 0 && !s.pages.contains(p->page))
            s.pages << p->page;
        if (!p->reviewed()) {
            ++s.unreviewed;
            b.unreviewedItems
                << QCoreApplication::translate("Briefing", "%1 — %2, %3").arg(council, familyLabel(key)).arg(year);
        }
    };
    for (const QString &council : drawn) {
        QList<LatestJudgement> rows;
        for (const QString &key : b.dataset.outcomes()) {
            LatestJudgement row;
            row.key = key;
            for (int i = int(years.size()) - 1; i >= 0; --i) {
                const ChartPoint *p = b.dataset.point(council, key, years[i]);
                if (!p)
                    continue;
                if (row.year == 0) {
                    row.year = years[i];
                    row.latest = *p;
                } else {
                    row.previousYear = years[i];
                    row.previous = *p;
                    break;
                }
            }
            if (row.year == 0)
                continue;
            if (row.previous) {
                const int delta = row.latest.value() - row.previous->value();
                row.change = delta > 0 ? Change::Improved : delta < 0 ? Change::Declined : Change::Same;
            }
            rows << row;
        }
        b.latest.insert(council, rows);
        for (int year : years)
            for (const QString &key : b.dataset.outcomes())
                quote(council, key, year, b.dataset.point(council, key, year));
    }
    if (!years.isEmpty()) {
        const QDate today = options.date.isValid() ? options.date : QDate::currentDate();
        const int lastYear = options.toYear > 0 ? options.toYear : years.last();
        b.inForceDate = qMin(today, QDate(lastYear, 12, 31));
        b.inForce = YearSnapshot::inForceAsCharted(b.dataset, b.inForceDate);
        for (int c = 0; c < b.inForce->councils.size(); ++c)
            for (int o = 0; o < b.inForce->outcomeKeys.size(); ++o)
                quote(b.inForce->councils[c], b.inForce->outcomeKeys[o], b.inForce->cellYear(c, o),
                      b.inForce->cell(c, o));
    }
    b.judgementCount = int(quoted.size());
    for (BriefingSource s : sources) {
        std::sort(s.pages.begin(), s.pages.end());
        b.sources << s;
    }
    std::stable_sort(b.sources.begin(), b.sources.end(), [&](const BriefingSource &x, const BriefingSource &y) {
        const int cx = int(quotedCouncils.indexOf(x.council)), cy = int(quotedCouncils.indexOf(y.council));
        return cx != cy ? cx < cy : x.year < y.year;
    });
    return b;
}

} // namespace inspectdesk
