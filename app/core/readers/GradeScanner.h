#pragma once

#include "pdf/FlatText.h"
#include "readers/AreaVocabulary.h"
#include "readers/GradePatterns.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace inspectdesk {

// A grade found next to an area label, with where it was printed.
struct LabelledGrade
{
    GradeHit hit;
    QString key;
    QString area;    // the label as printed
    QString section; // from the reader's section markers
    int page = 0;
    QRectF box; // the grade's words
};

// Sections of a report start at headings; a grade belongs to the last heading before it.
struct SectionMarker
{
    QRegularExpression pattern;
    QString section; // "-" = a part whose grades are not this report's (e.g. a quoted annex)
};

struct ScanOptions
{
    QStringList keys;          // areas this kind grades
    bool gradeNumbers = false; // "Grade 3"
    bool performs = false;     // "Performs well (3)"
    bool words = false;        // "Good" ending a row
    bool rowNumbers = false;   // "Safeguarding 3" rows under a grade-table heading
    bool colonWords = false;   // "... children in care: requires improvement to be good" headings
    QList<SectionMarker> sections;
};

// Finds every grade this report kind prints and the area label it belongs to. Contents
// pages are skipped (their page numbers look like grades), and bare row numbers count only
// inside a table that is introduced by a heading naming grades.
class GradeScanner
{
public:
    GradeScanner(const FlatText &flat, ScanOptions options);
    QList<LabelledGrade> scan() const;
    QString sectionAt(int pos) const;

private:
    bool inContents(int pos) const;
    QList<int> tableRowLines(const QList<GradeHit> &rows) const;
    void label(const QList<GradeHit> &hits, bool allowPeriod, QList<LabelledGrade> &out,
               bool headingOnly = false) const;
    LabelledGrade labelled(const GradeHit &h, const QString &key, const QString &area) const;
    void labelWithTail(const GradeHit &h, bool allowPeriod, QList<LabelledGrade> &out) const;
    void labelAcrossFurniture(const GradeHit &h, bool allowPeriod, QList<LabelledGrade> &out) const;
    void findFurniture();

    const FlatText &mFlat;
    ScanOptions mOptions;
    QList<QPair<int, QString>> mSectionStarts; // position -> section, in order
    QList<QPair<int, int>> mContents;          // [start, end) ranges of contents lists
    QSet<int> mFurniture;                      // lines that are running headers, footers, page numbers
};

} // namespace inspectdesk
