#pragma once

#include "readers/GradeScanner.h"
#include "readers/Recognition.h"
#include "readers/ReportReader.h"

namespace inspectdesk {

// SIF (2013-2017) and ILACS (2018-) reports share a shape: the council's name above the
// title, a judgement table printing words ("Requires improvement to be good"), sometimes
// "Grade 3" on the reversed scale. Each framework only supplies its cues and areas.
class LaterFrameworkReader : public ReportReader
{
public:
    ExtractedReport read(const ReportSource &source) const override;
    double recognise(const ReportSource &source) const override { return scoreCues(source.flat, cues()); }

protected:
    virtual QList<Cue> cues() const = 0;
    virtual QStringList gradedKeys() const = 0; // every key the framework may grade
    // What a complete report of this framework grades in its whole-report section.
    virtual QStringList expectedKeys(const ExtractedReport &report, const QString &text) const = 0;
    virtual QString titlePattern() const = 0; // regex of the title line under the council name

private:
    static QList<LabelledGrade> headlineJudgements(const FlatText &flat);
};

} // namespace inspectdesk
