#pragma once

// Test helper for tst_reader_mutations: finds where each corpus report prints its grades
// ("sites"), then rewrites the report deterministically (other grades in the report's own
// scale, another council, other line widths, page-break artefacts) and says what the truth
// of the rewritten report is. Sites are found with the test's own small label list, never
// with the extractor's, so the expectations do not depend on the code under test.
#include "model/Grade.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>

namespace inspectdesk::test {

struct TruthJudgement
{
    QString section, key, printed;
    Judgement judgement = Judgement::Unknown;
    bool optional = false;
};

struct Truth
{
    QString council, kind;
    int year = 0;
    QDate published;
    QList<TruthJudgement> judgements;
};

inline Truth loadTruth(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    Truth t;
    t.council = o.value(QStringLiteral("council")).toString();
    t.kind = o.value(QStringLiteral("report_type")).toString();
    t.year = o.value(QStringLiteral("assessment_year")).toInt(0);
    t.published = QDate::fromString(o.value(QStringLiteral("published")).toString(), Qt::ISODate);
    for (const auto &v : o.value(QStringLiteral("judgements")).toArray()) {
        const QJsonObject j = v.toObject();
        t.judgements << TruthJudgement{j.value(QStringLiteral("section")).toString(),
                                       j.value(QStringLiteral("key")).toString(),
                                       j.value(QStringLiteral("printed")).toString(),
                                       judgementFromId(j.value(QStringLiteral("judgement")).toString()),
                                       j.value(QStringLiteral("optional")).toBool()};
    }
    return t;
}

// How a grade is printed at a site, which fixes how a substituted grade must be printed.
enum class SiteForm {
    Number,        // "3" ending a table row (4 = outstanding)
    GradeFour,     // "Grade 3" heading (4 = outstanding)
    GradeReversed, // "Grade 3 (adequate)" heading (1 = outstanding)
    Word,          // "Adequate" ending a Record of main findings row
    Performs       // "Performs well (3)"
};

struct Site
{
    int line = 0;  // index into the report's lines
    int start = 0; // the grade token's position in that line
    int length = 0;
    SiteForm form = SiteForm::Number;
    QString section, key;
    int labelFirst = 0; // first line of the row's label (== line when on the same line)
};

inline int fourScale(Judgement j)
{
    return int(j);
} // inadequate 1 .. outstanding 4

inline QString printGrade(SiteForm form, Judgement j)
{
    static const char *words[] = {"", "inadequate", "adequate", "good", "outstanding"};
    static const char *adverbs[] = {"", "poorly", "adequately", "well", "excellently"};
    const QString word = QLatin1String(words[int(j)]);
    switch (form) {
    case SiteForm::Number:
        return QString::number(fourScale(j));
    case SiteForm::GradeFour:
        return QStringLiteral("Grade %1").arg(fourScale(j));
    case SiteForm::GradeReversed:
        return QStringLiteral("Grade %1 (%2)").arg(5 - fourScale(j)).arg(word);
    case SiteForm::Word:
        return word.left(1).toUpper() + word.mid(1);
    case SiteForm::Performs:
        return QStringLiteral("Performs %1 (%2)").arg(QLatin1String(adverbs[int(j)])).arg(fourScale(j));
    }
    return {};
}

// The test's own labels (first match wins): enough to name every graded row of the corpus.
inline QString testKeyOf(const QString &label)
{
    static const QList<QPair<QRegularExpression, QString>> labels = [] {
        QList<QPair<QRegularExpression, QString>> l;
        const auto add = [&l](const char *re, const char *key) {
            l.append({QRegularExpression(QString::fromUtf8(re), QRegularExpression::CaseInsensitiveOption),
                      QString::fromLatin1(key)});
        };
        add("people are safe", "children_are_safe");
        add("people feel safe", "children_feel_safe");
        add("overall effectiveness", "overall_effectiveness");
        add("capacity (to|for) improv", "capacity_to_improve");
        add("being healthy", "being_healthy");
        add("staying safe", "staying_safe");
        add("enjoying and achieving", "enjoying_and_achieving");
        add("positive contribution", "making_a_positive_contribution");
        add("economic well", "achieving_economic_wellbeing");
        add("service management", "service_management");
        add("^\\s*safeguarding\\s*$", "safeguarding");
        add("^\\s*looked after children\\s*$", "looked_after_children");
        add("learning difficulties", "learning_difficulties_and_disabilities");
        add("quality of provision", "quality_of_provision");
        add("service responsiveness", "service_responsiveness");
        add("assessment and direct work", "assessment_and_direct_work");
        add("case planning", "case_planning_review_and_recording");
        add("leadership and management", "leadership_and_management");
        add("ambition and prioritisation", "ambition_and_prioritisation");
        add("^\\s*evaluation", "evaluation");
        add("user engagement", "user_engagement");
        add("^\\s*partnerships", "partnerships");
        add("equality and diversity", "equality_and_diversity");
        add("value for money", "value_for_money");
        add("standards of young", "standards_of_achievement");
        add("quality of youth work", "quality_of_practice");
        add("quality of curriculum", "quality_of_curriculum_and_resources");
        add("children.s services assessment", "overall_effectiveness");
        return l;
    }();
    for (const auto &p : labels)
        if (p.first.match(label).hasMatch())
            return p.second;
    return {};
}

// Finds every grade site of a corpus report of `kind` (truth report_type).
inline QList<Site> findSites(const QStringList &lines, const QString &kind)
{
    QList<Site> sites;
    QString section;
    bool inApaTable = false, inRecord = false;
    const auto re = [](const char *p) { return QRegularExpression(QString::fromUtf8(p)); };
    static const QRegularExpression apaRow = re("\\S\\s+([1-4])\\s*$"), apaHeading = re("\\b(Grade [1-4])\\s*$"),
                                    jarRow = re("^\\t([1-4])\\s*$"),
                                    sgHeading = re("(Grade [1-4] \\((?:outstanding|good|adequate|inadequate)\\))\\s*$"),
                                    sgWord = re("\\b(Outstanding|Good|Adequate|Inadequate)\\s*$"),
                                    performs = re("(Performs (?:excellently|well|adequately|poorly) \\([1-4]\\))");
    for (int i = 0; i < lines.size(); ++i) {
        const QString &l = lines[i];
        const QString low = l.trimmed().toLower();
        if (kind == QLatin1String("apa") && l.contains(QLatin1String("APA grade")))
            inApaTable = true;
        if (kind == QLatin1String("apa") && l.contains(QLatin1String("following scale")))
            inApaTable = false;
        if (kind == QLatin1String("jar") && low.startsWith(QLatin1String("key aspect inspection grades")))
            section = QStringLiteral("youth_service");
        if (kind == QLatin1String("safeguarding_lac_inspection") && !low.isEmpty() && !low.back().isDigit()) {
            if (low.endsWith(QLatin1String("safeguarding services")) &&
                (low.startsWith(QLatin1String("safeguarding")) || low.contains(QLatin1String("outcomes:"))))
                section = QStringLiteral("safeguarding");
            if (low.endsWith(QLatin1String("services for looked after children")) &&
                (low.startsWith(QLatin1String("services")) || low.contains(QLatin1String("outcomes:"))))
                section = QStringLiteral("looked_after_children");
            if (low.startsWith(QLatin1String("record of main findings")))
                inRecord = true;
        }
        QRegularExpressionMatch m;
        Site s;
        s.line = i;
        if (kind == QLatin1String("apa") && (m = apaHeading.match(l)).hasMatch())
            s.form = SiteForm::GradeFour;
        else if (kind == QLatin1String("apa") && inApaTable && (m = apaRow.match(l)).hasMatch())
            s.form = SiteForm::Number;
        else if (kind == QLatin1String("jar") && (m = jarRow.match(l)).hasMatch() && i > 0 &&
                 !testKeyOf(lines[i - 1]).isEmpty())
            s.form = SiteForm::Number;
        else if (kind == QLatin1String("safeguarding_lac_inspection") && !section.isEmpty() &&
                 (m = sgHeading.match(l)).hasMatch())
            s.form = SiteForm::GradeReversed;
        else if (kind == QLatin1String("safeguarding_lac_inspection") && inRecord && (m = sgWord.match(l)).hasMatch())
            s.form = SiteForm::Word;
        else if (kind == QLatin1String("children_services_assessment") && (m = performs.match(l)).hasMatch())
            s.form = SiteForm::Performs;
        else
            continue;
        s.start = int(m.capturedStart(1));
        s.length = int(m.capturedLength(1));
        s.section = section;
        // The label: on the site's line, else on the lines just above (a wrapped label cell).
        s.key = testKeyOf(l.left(s.start));
        s.labelFirst = i;
        for (int back = i - 1, seen = 0; s.key.isEmpty() && back >= 0 && seen < 3; --back) {
            if (lines[back].trimmed().isEmpty())
                continue;
            ++seen;
            s.key = testKeyOf(lines[back]);
            s.labelFirst = back;
        }
        // A label wrapped over lines directly above the one naming it belongs to it too.
        for (int k = 0; s.labelFirst < i && k < 2 && s.labelFirst > 0 && !lines[s.labelFirst - 1].trimmed().isEmpty();
             ++k)
            --s.labelFirst;
        sites << s;
    }
    return sites;
}

struct CouncilName
{
    const char *full; // where the report prints "<Area> Borough Council"
    const char *area; // where it prints the area alone
};

inline const QList<CouncilName> &councilNames()
{
    static const QList<CouncilName> names = {
        {"Stockton-on-Tees Borough Council", "Stockton-on-Tees"},
        {"Kent County Council", "Kent"},
        {"Royal Borough of Kensington and Chelsea", "Kensington and Chelsea"},
        {"City of York Council", "York"},
        {"Council of the Isles of Scilly", "Isles of Scilly"},
        {"London Borough of Tower Hamlets", "Tower Hamlets"},
        {"Bath and North East Somerset Council", "Bath and North East Somerset"},
    };
    return names;
}

// Every printing of the council's name replaced (capitals kept where printed in capitals).
inline QString renameCouncil(QString s, const CouncilName &to)
{
    const QString full = QString::fromUtf8(to.full), area = QString::fromUtf8(to.area);
    s.replace(QStringLiteral("Stockton-on-Tees Borough Council"), full);
    s.replace(QStringLiteral("Stockton-on-Tees Council"), full);
    s.replace(QStringLiteral("Stockton-on-Tees"), area);
    s.replace(QStringLiteral("STOCKTON-ON-TEES"), area.toUpper());
    s.replace(QRegularExpression(QStringLiteral("\\bStockton\\b(?!-)")), area);
    return s;
}

// Splits every line longer than `width` at spaces (no joining: headings stay headings).
inline QStringList wrapLines(const QStringList &lines, int width)
{
    QStringList out;
    for (QString l : lines) {
        while (l.size() > width) {
            int cut = int(l.lastIndexOf(QLatin1Char(' '), width));
            if (cut <= 0)
                cut = int(l.indexOf(QLatin1Char(' '), width));
            if (cut <= 0)
                break;
            out << l.left(cut);
            l = l.mid(cut + 1);
        }
        out << l;
    }
    return out;
}

} // namespace inspectdesk::test
