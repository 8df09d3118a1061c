#include "readers/SeveralReports.h"

#include <QRegularExpression>
#include <QStringList>

namespace inspectdesk {

namespace {

struct Start
{
    QString what; // the inspection dates as printed, or the salutation
    int page = 0;
};

QString pageList(const QList<Start> &starts)
{
    QStringList pages;
    for (const Start &s : starts)
        if (pages.size() < 5)
            pages << QString::number(s.page);
    if (starts.size() > 5)
        pages << QStringLiteral("…");
    return pages.join(QLatin1String(", "));
}

} // namespace

QString severalReportsReason(const DocumentText &doc)
{
    // "Inspection dates: 30 October to 10 November 2023", "Inspection date 13 to 24 September
    // 2010": the label opens its line and a date follows it.
    static const QRegularExpression datesLine(
        QStringLiteral("^Inspection dates?\\b\\s*:?\\s*(\\d{1,2}\\b.{0,60}?\\d{4})"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression salutation(
        QStringLiteral("^Dear (Mr|Mrs|Ms|Miss|Dr|Sir|Madam|Professor|Councillor)\\b"));
    QList<Start> inspections; // one per distinct dates text
    QList<Start> letters;     // one per page opening a letter
    for (const TextPage &page : doc.pages) {
        bool letterHere = false;
        for (const TextLine &line : page.lines) {
            const QString text = line.text().simplified();
            if (const auto m = datesLine.match(text); m.hasMatch()) {
                const QString dates = m.captured(1);
                const bool known = std::any_of(inspections.cbegin(), inspections.cend(),
                                               [&](const Start &s) { return s.what == dates; });
                if (!known)
                    inspections << Start{dates, page.number};
            } else if (!letterHere && salutation.match(text).hasMatch()) {
                letterHere = true;
                letters << Start{text, page.number};
            }
        }
    }
    if (inspections.size() > 1)
        return QStringLiteral("holds %1 reports (inspections with different dates start on pages %2): "
                              "import each report as its own PDF")
            .arg(inspections.size())
            .arg(pageList(inspections));
    if (letters.size() > 1)
        return QStringLiteral("holds %1 reports (letters start on pages %2): import each report as its own PDF")
            .arg(letters.size())
            .arg(pageList(letters));
    return {};
}

} // namespace inspectdesk
