#include "JudgementsTable.h"

#include "charts/Wording.h"
#include "review/ReviewRules.h"

#include <QCoreApplication>
#include <QSet>

namespace inspectdesk {

namespace {
// In the order of the columns; the stored identifiers' columns first, as they always were.
const char *const kHeaders[] = {
    QT_TRANSLATE_NOOP("inspectdesk::JudgementsTable", "Report ID"),
    QT_TRANSLATE_NOOP("inspectdesk::JudgementsTable", "Council"),
    QT_TRANSLATE_NOOP("inspectdesk::JudgementsTable", "Report type"),
    QT_TRANSLATE_NOOP("inspectdesk::JudgementsTable", "Assessment year"),
    QT_TRANSLATE_NOOP("inspectdesk::JudgementsTable", "Published"),
    QT_TRANSLATE_NOOP("inspectdesk::JudgementsTable", "File"),
    QT_TRANSLATE_NOOP("inspectdesk::JudgementsTable", "Section"),
    QT_TRANSLATE_NOOP("inspectdesk::JudgementsTable", "Key"),
    QT_TRANSLATE_NOOP("inspectdesk::JudgementsTable", "Area as printed"),
    QT_TRANSLATE_NOOP("inspectdesk::JudgementsTable", "Printed grade"),
    QT_TRANSLATE_NOOP("inspectdesk::JudgementsTable", "Scale"),
    QT_TRANSLATE_NOOP("inspectdesk::JudgementsTable", "Judgement"),
    QT_TRANSLATE_NOOP("inspectdesk::JudgementsTable", "Page"),
    QT_TRANSLATE_NOOP("inspectdesk::JudgementsTable", "Confidence"),
    QT_TRANSLATE_NOOP("inspectdesk::JudgementsTable", "Review status"),
    QT_TRANSLATE_NOOP("inspectdesk::JudgementsTable", "DfE LA code"),
    QT_TRANSLATE_NOOP("inspectdesk::JudgementsTable", "Judgement in the framework's words")};
} // namespace

DataTable judgementsTable(const QList<JudgementFact> &facts, const QDateTime &readAt)
{
    DataTable table;
    table.title = QCoreApplication::translate("inspectdesk::JudgementsTable", "Judgements");
    for (const char *header : kHeaders)
        table.headers << QCoreApplication::translate("inspectdesk::JudgementsTable", header);
    QSet<qint64> reports;
    int unreviewed = 0;
    table.rows.reserve(facts.size());
    for (const JudgementFact &f : facts) {
        reports.insert(f.reportId);
        if (!review::isReviewed(f.status))
            ++unreviewed;
        table.rows << QStringList{QString::number(f.reportId),
                                  f.council,
                                  reportKindId(f.kind),
                                  f.assessmentYear > 0 ? QString::number(f.assessmentYear) : QString(),
                                  f.published.isValid() ? f.published.toString(Qt::ISODate) : QString(),
                                  f.fileName,
                                  f.section,
                                  f.key,
                                  f.area,
                                  f.printed,
                                  scaleId(f.scale),
                                  judgementId(f.judgement),
                                  f.page > 0 ? QString::number(f.page) : QString(),
                                  QString::number(f.confidence, 'f', 2),
                                  reviewStatusId(f.status),
                                  f.laCode > 0 ? QString::number(f.laCode) : QString(),
                                  f.judgement != Judgement::Unknown ? judgementWording(f.kind, f.judgement)
                                                                    : QString()};
    }
    table.sourceLine =
        QCoreApplication::translate("inspectdesk::JudgementsTable",
                                    "Source: Ofsted inspection reports in InspectDesk (%1 judgements from %2 reports); "
                                    "data as of %3; %4 not yet reviewed.")
            .arg(facts.size())
            .arg(reports.size())
            .arg(readAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            .arg(unreviewed);
    return table;
}

} // namespace inspectdesk
