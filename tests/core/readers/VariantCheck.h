#pragma once

// Test helper for tst_reader_variants: compares an extracted report with expectations written
// by hand from the fixture's meaning.
#include "TestData.h"
#include "readers/ReportExtractor.h"

#include <QStringList>
#include <QTest>

namespace inspectdesk::test {

struct Expected
{
    const char *section;
    const char *key;
    const char *judgement; // judgementId(): "good", ... ; "" = kept but not mapped (flagged)
    const char *printed;
};

// A red-team fixture of tests/data/variants, read as text.
inline ExtractionResult readVariant(const char *name)
{
    return extractReportFile(dataPath(QStringLiteral("variants/%1.txt").arg(QLatin1String(name))));
}

inline const JudgementRecord *findJudgement(const ExtractedReport &r, const QString &section, const QString &key)
{
    for (const auto &j : r.judgements)
        if (j.section == section && j.key == key)
            return &j;
    return nullptr;
}

inline bool hasWarning(const ExtractedReport &r, const QString &needle)
{
    for (const auto &w : r.warnings)
        if (w.message.contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

// Every expected judgement present with its value and printed form, nothing else extracted;
// a grade that could not be mapped has a low confidence and a warning naming its key.
inline bool judgementsAre(const ExtractedReport &r, const QList<Expected> &expected)
{
    bool ok = true;
    for (const auto &e : expected) {
        const QString what = QLatin1String(e.section) + QLatin1Char('/') + QLatin1String(e.key);
        const JudgementRecord *j = findJudgement(r, QLatin1String(e.section), QLatin1String(e.key));
        if (!j) {
            qWarning("missing %s", qPrintable(what));
            ok = false;
            continue;
        }
        if (judgementId(j->judgement) != QLatin1String(e.judgement) || j->printed != QString::fromUtf8(e.printed)) {
            qWarning("%s: got %s '%s', expected %s '%s'", qPrintable(what), qPrintable(judgementId(j->judgement)),
                     qPrintable(j->printed), e.judgement, e.printed);
            ok = false;
        }
        if (j->page <= 0 || j->box.isNull()) {
            qWarning("%s has no source", qPrintable(what));
            ok = false;
        }
        if (j->judgement == Judgement::Unknown && (j->confidence > 0.3 || !hasWarning(r, QLatin1String(e.key)))) {
            qWarning("%s is not mapped but not flagged", qPrintable(what));
            ok = false;
        }
    }
    if (r.judgements.size() != expected.size()) {
        QStringList got;
        for (const auto &j : r.judgements)
            got << j.section + QLatin1Char('/') + j.key + QLatin1Char('=') + judgementId(j.judgement);
        qWarning("expected %d judgements, got %d: %s", int(expected.size()), int(r.judgements.size()),
                 qPrintable(got.join(QStringLiteral(", "))));
        ok = false;
    }
    return ok;
}

} // namespace inspectdesk::test
