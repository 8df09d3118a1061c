#include "ChartStyle.h"

#include "Families.h"
#include "Wording.h"
#include "review/ReviewRules.h"

#include <QCoreApplication>
#include <QLocale>

namespace inspectdesk::chartstyle {

namespace {
// Okabe-Ito, ordered so neighbours differ in lightness too; yellow last (weak on white).
const QRgb kPalette[] = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0x000000, 0xE69F00, 0x56B4E9, 0xF0E442};
const Qt::PenStyle kDashes[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
const MarkerShape kMarkers[] = {MarkerShape::Circle,  MarkerShape::Square, MarkerShape::Triangle,
                                MarkerShape::Diamond, MarkerShape::Star,   MarkerShape::Pentagon};
const Qt::BrushStyle kPatterns[] = {Qt::NoBrush,      Qt::BDiagPattern, Qt::Dense6Pattern, Qt::FDiagPattern,
                                    Qt::CrossPattern, Qt::HorPattern,   Qt::VerPattern,    Qt::DiagCrossPattern};
template <typename T, std::size_t N> const T &cycle(const T (&list)[N], int index)
{
    return list[std::size_t(index < 0 ? 0 : index) % N];
}
} // namespace

QColor councilColour(int index)
{
    return QColor(cycle(kPalette, index));
}
QColor unreviewedBarFill(int index)
{
    const QColor c = councilColour(index);
    return QColor((c.red() * 2 + 255 * 3) / 5, (c.green() * 2 + 255 * 3) / 5, (c.blue() * 2 + 255 * 3) / 5);
}
QColor labelGround()
{
    return QColor(255, 255, 255, 170);
}
Qt::PenStyle councilDash(int index)
{
    return cycle(kDashes, index);
}
MarkerShape councilMarker(int index)
{
    return cycle(kMarkers, index);
}
Qt::BrushStyle councilPattern(int index)
{
    return cycle(kPatterns, index);
}

QColor focusColour()
{
    return QColor(0x1A1A1A);
}

SeriesLook seriesLook(int councilIndex, bool focus, bool withFocus)
{
    SeriesLook look{councilColour(councilIndex), councilDash(councilIndex), councilMarker(councilIndex), 1};
    if (focus) {
        look.colour = focusColour();
        look.dash = Qt::SolidLine;
        look.weight = 2;
    } else if (withFocus) {
        // Lighter: the palette colour a third of the way to white, so the focus stands out
        // while the comparators stay told apart (dash and marker too).
        const QColor c = look.colour;
        look.colour = QColor((c.red() * 2 + 255) / 3, (c.green() * 2 + 255) / 3, (c.blue() * 2 + 255) / 3);
        look.weight = 0.6;
    }
    return look;
}

QColor judgementColour(Judgement j)
{
    switch (j) {
    case Judgement::Inadequate:
        return QColor(0xD55E00);
    case Judgement::Adequate:
        return QColor(0xF0E442);
    case Judgement::Good:
        return QColor(0x56B4E9);
    case Judgement::Outstanding:
        return QColor(0x0072B2);
    case Judgement::Unknown:
        break;
    }
    return QColor(0xDDDDDD);
}

QColor bandColour(Judgement j)
{
    const QColor c = judgementColour(j);
    const qreal keep = 0.3; // of the grade's colour; the rest white
    auto mix = [keep](int channel) { return qRound(channel * keep + 255 * (1 - keep)); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

QColor judgementTextColour(Judgement j)
{
    return j == Judgement::Outstanding ? QColor(Qt::white) : QColor(Qt::black);
}

QString describePointStatus(ReviewStatus status)
{
    return !review::isReviewed(status)
               ? QCoreApplication::translate("ChartStyle", "not yet reviewed")
               : QCoreApplication::translate("ChartStyle", "reviewed (%1)").arg(reviewStatusLabel(status).toLower());
}

QString reportDate(const QDate &published, const QDate &inspectionEnd)
{
    auto tr = [](const char *t) { return QCoreApplication::translate("inspectdesk::chartstyle", t); };
    if (published.isValid())
        return tr("published %1").arg(QLocale().toString(published, QLocale::ShortFormat));
    if (inspectionEnd.isValid())
        return tr("publication date not printed; fieldwork ended %1")
            .arg(QLocale().toString(inspectionEnd, QLocale::ShortFormat));
    return tr("date not printed");
}

QString describePoint(const ChartPoint &p, const QString &council, const QString &outcomeKey, int year)
{
    auto tr = [](const char *t) { return QCoreApplication::translate("inspectdesk::chartstyle", t); };
    QStringList lines;
    lines << tr("%1 — %2, %3").arg(council, familyLabel(outcomeKey)).arg(year);
    lines << tr("%1 (printed “%2”)").arg(judgementWording(p.kind, p.judgement), p.printed);
    if (const JudgementFamily *family = findFamily(outcomeKey))
        if (const FamilyPart *part = family->part(p.part))
            lines << tr("Judgement: %1").arg(part->text());
    lines << tr("Report: %1 (%2, %3), page %4")
                 .arg(p.fileName, reportKindLabel(p.kind), reportDate(p.published, p.inspectionEnd),
                      p.page > 0 ? QString::number(p.page) : tr("unknown"));
    lines << tr("Review: %1").arg(describePointStatus(p.status));
    if (p.conflict)
        lines << tr("Reports disagree for this year: the latest published is shown.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace inspectdesk::chartstyle
