#pragma once

#include <QDate>
#include <QString>

namespace inspectdesk {

// Shared finders for the facts every report kind prints somewhere: dates, years, council.
namespace ReportFacts {

// "17 December 2008", "8 Nov 2011", "17/12/2008" -> date; invalid when not a date.
QDate parseDate(const QString &text);
// First date in text[from, to) and where it starts (-1 when none).
QDate firstDate(const QString &text, int from, int to, int *at = nullptr);
// The date after a "Published:"-style label, invalid when the report prints none.
QDate publishedDate(const QString &text);
// A letter's own date: a line holding nothing but a date near the top of the first page.
QDate letterDate(const QString &text);

// The fieldwork dates after "Inspection dates:" ("10 to 21 July 2023", "14 February to
// 25 February 2022", "20 May 2014 – 11 June 2014", "13 – 24 February 2012"): the start takes
// the month and year the end prints when it leaves them out. Both invalid when not printed.
void inspectionPeriod(const QString &text, QDate *start, QDate *end);
// "Lead inspector: Naintara Khosla, His Majesty's Inspector" -> "Naintara Khosla" (also
// "Reporting inspector", titles such as "HMI" dropped); "" when not printed.
QString leadInspector(const QString &text);

// "Stockton-on-Tees Borough Council", "Kent County Council", "London Borough of Camden".
QString councilName(const QString &text);
// The place name that ends at `pos` ("<Council> children's services assessment"): the
// capitalised words (with the small joining words of place names) directly before it, on
// its line or, when that line holds nothing else, the line above (a wrapped heading).
QString nameEndingAt(const QString &text, int pos);
// Tidies a captured name: collapses whitespace, drops trailing punctuation, restores the
// document's own capitalisation when the capture was printed in capitals.
QString tidyName(const QString &name, const QString &wholeText);

} // namespace ReportFacts

} // namespace inspectdesk
