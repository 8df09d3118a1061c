#include "Wording.h"

#include <QCoreApplication>
#include <QSet>

namespace inspectdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Wording", text);
}

// The third step's words per framework; empty for the common "Adequate".
enum class Era { Adequate, RequiresImprovement, RequiresImprovementToBeGood };

Era eraOf(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Sif:
        return Era::RequiresImprovement;
    case ReportKind::Ilacs:
        return Era::RequiresImprovementToBeGood;
    default:
        return Era::Adequate;
    }
}

QString thirdStep(Era era)
{
    switch (era) {
    case Era::RequiresImprovement:
        return tr("Requires improvement");
    case Era::RequiresImprovementToBeGood:
        return tr("Requires improvement to be good");
    case Era::Adequate:
        break;
    }
    return judgementLabel(Judgement::Adequate);
}

QString performs(Judgement j)
{
    switch (j) {
    case Judgement::Outstanding:
        return tr("Performs excellently (4)");
    case Judgement::Good:
        return tr("Performs well (3)");
    case Judgement::Adequate:
        return tr("Performs adequately (2)");
    case Judgement::Inadequate:
        return tr("Performs poorly (1)");
    case Judgement::Unknown:
        break;
    }
    return judgementLabel(j);
}
} // namespace

QString judgementWording(ReportKind kind, Judgement judgement)
{
    if (kind == ReportKind::ChildrenServicesAssessment)
        return performs(judgement);
    if (judgement == Judgement::Adequate)
        return thirdStep(eraOf(kind));
    return judgementLabel(judgement);
}

QStringList valueAxisLabels(const QList<ReportKind> &kinds)
{
    QSet<ReportKind> distinct(kinds.begin(), kinds.end());
    if (distinct.size() == 1 && *distinct.begin() == ReportKind::ChildrenServicesAssessment)
        return {performs(Judgement::Inadequate), performs(Judgement::Adequate), performs(Judgement::Good),
                performs(Judgement::Outstanding)};
    QSet<Era> eras;
    for (ReportKind k : distinct)
        eras.insert(eraOf(k));
    QString third;
    if (eras.isEmpty())
        third = thirdStep(Era::Adequate);
    else if (eras.size() == 1)
        third = thirdStep(*eras.begin());
    else if (!eras.contains(Era::Adequate))
        third = tr("Requires improvement (to be good)");
    else
        third = tr("Adequate / Requires improvement");
    return {judgementLabel(Judgement::Inadequate), third, judgementLabel(Judgement::Good),
            judgementLabel(Judgement::Outstanding)};
}

} // namespace inspectdesk
