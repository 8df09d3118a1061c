#include "ReportJson.h"

#include <QJsonArray>

namespace inspectdesk {

namespace {
QJsonValue boxJson(const QRectF &box)
{
    if (box.isNull())
        return QJsonValue::Null;
    auto r = [](double v) { return qRound(v * 100.0) / 100.0; };
    return QJsonArray{r(box.x()), r(box.y()), r(box.width()), r(box.height())};
}
QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
QJsonValue textJson(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonObject toJson(const ExtractedReport &report)
{
    QJsonArray judgements;
    for (const JudgementRecord &j : report.judgements) {
        judgements.append(QJsonObject{
            {QStringLiteral("section"), j.section},
            {QStringLiteral("area"), j.area},
            {QStringLiteral("key"), j.key},
            {QStringLiteral("printed"), j.printed},
            {QStringLiteral("judgement"),
             judgementId(j.judgement).isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(judgementId(j.judgement))},
            {QStringLiteral("scale"), scaleId(j.scale)},
            {QStringLiteral("page"), j.page > 0 ? QJsonValue(j.page) : QJsonValue::Null},
            {QStringLiteral("bbox"), boxJson(j.box)},
            {QStringLiteral("confidence"), qRound(j.confidence * 100.0) / 100.0},
        });
    }
    QJsonArray warnings;
    for (const ExtractionWarning &w : report.warnings) {
        QJsonObject o{{QStringLiteral("message"), w.message}};
        if (!w.key.isEmpty())
            o.insert(QStringLiteral("key"), w.key);
        if (w.page > 0)
            o.insert(QStringLiteral("page"), w.page);
        if (!w.box.isNull())
            o.insert(QStringLiteral("bbox"), boxJson(w.box));
        warnings.append(o);
    }
    return QJsonObject{
        {QStringLiteral("council"), report.council},
        {QStringLiteral("report_type"), reportKindId(report.kind)},
        {QStringLiteral("assessment_year"),
         report.assessmentYear > 0 ? QJsonValue(report.assessmentYear) : QJsonValue::Null},
        {QStringLiteral("published"),
         report.published.isValid() ? QJsonValue(report.published.toString(Qt::ISODate)) : QJsonValue::Null},
        {QStringLiteral("inspection_start"), dateJson(report.inspectionStart)},
        {QStringLiteral("inspection_end"), dateJson(report.inspectionEnd)},
        {QStringLiteral("lead_inspector"), textJson(report.leadInspector)},
        {QStringLiteral("inspection_type"), textJson(report.inspectionType)},
        {QStringLiteral("pages"), report.pageCount},
        {QStringLiteral("judgements"), judgements},
        {QStringLiteral("warnings"), warnings},
    };
}

} // namespace inspectdesk
