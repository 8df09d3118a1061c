#pragma once

#include "model/ReportKind.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace inspectdesk {

// Whose judgement a chart shows. Safeguarding/LAC inspections (2009-13) grade safeguarding
// and looked after children in separate sections; those per-section grades are charted only
// under their own population, never joined to the whole-service lines.
enum class Population { AllChildren, Safeguarding, LookedAfterChildren };
QString populationLabel(Population p);
QList<Population> allPopulations();

// One judgement a family joins: a framework's key, over the years that framework graded it
// (docs/judgement-vocabulary.md, "Families").
struct FamilyPart
{
    ReportKind kind = ReportKind::Other;
    QString key;
    QStringList sections; // the sections the key is read from ("" = the whole report)
    Population population = Population::AllChildren;
    int fromYear = 0; // when the framework started grading it (the mark of a change)
    int toYear = 0;   // 0 = still graded
    const char *label = nullptr;
    const char *shortLabel = nullptr;
    QString text() const;      // "SIF 2013-18: children looked after and achieving permanence"
    QString shortText() const; // "SIF"
};

// Keys that answer the same question across frameworks: what a chart may draw as one line.
struct JudgementFamily
{
    QString id;
    QList<FamilyPart> parts; // oldest first
    QString label() const;   // "Children in care"
    QString shortLabel() const;
    const FamilyPart *part(int index) const { return index >= 0 && index < parts.size() ? &parts[index] : nullptr; }
};

// Every family in the order charts list them: overall effectiveness; the 2013- judgements
// (help and protection, children in care, care leavers, leadership); the five Every Child
// Matters outcomes; capacity to improve.
// ILACS inspections from April 2026 grade no overall effectiveness (the judgement vocabulary):
// a blank there is the framework's, not a grade missed. Told by the last day of fieldwork; a
// report without one only from 2027, when no inspection under the earlier framework can be.
bool ilacsGradesNoOverall(const QDate &inspectionEnd, int year);

const QList<JudgementFamily> &judgementFamilies();
QStringList familyIds();
const JudgementFamily *findFamily(const QString &id);
QString familyLabel(const QString &id);      // "Being healthy"
QString familyShortLabel(const QString &id); // "Healthy": fits under a bar group

// The family and part a stored judgement belongs to under a population, or an invalid match
// (a key no family joins: adoption, LSCB, JAR service grades, per-section grades elsewhere).
struct FamilyMatch
{
    const JudgementFamily *family = nullptr;
    int part = -1;
    bool isValid() const { return family != nullptr; }
};
FamilyMatch familyOf(ReportKind kind, const QString &section, const QString &key, Population population);

} // namespace inspectdesk
