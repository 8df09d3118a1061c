#include "SampleReport.h"

namespace inspectdesk::test {

ExtractedReport sampleReport(Scale beingHealthyScale)
{
    ExtractedReport r;
    r.council = QStringLiteral("Testshire County Council");
    r.kind = ReportKind::SafeguardingLacInspection;
    r.assessmentYear = 2010;
    r.published = QDate(2010, 10, 22);
    r.pageCount = 19;
    JudgementRecord a;
    a.section = QStringLiteral("safeguarding");
    a.key = QStringLiteral("overall_effectiveness");
    a.area = QStringLiteral("Overall effectiveness");
    a.printed = QStringLiteral("Grade 3 (adequate)");
    a.scale = Scale::OneIsOutstanding;
    a.judgement = Judgement::Adequate;
    a.page = 4;
    a.box = QRectF(72.5, 140.25, 210.0, 12.5);
    a.confidence = 0.9;
    JudgementRecord b;
    b.section = QStringLiteral("looked_after_children");
    b.key = QStringLiteral("being_healthy");
    b.area = QStringLiteral("Being healthy");
    b.printed = QStringLiteral("Good");
    b.scale = beingHealthyScale;
    b.judgement = Judgement::Good;
    b.confidence = 0.4; // low, and no source box
    r.judgements = {a, b};
    r.warnings = {ExtractionWarning{QStringLiteral("grade printed twice with different values"),
                                    QStringLiteral("overall_effectiveness"), 4, QRectF(1, 2, 3, 4)}};
    return r;
}

} // namespace inspectdesk::test
