#pragma once

#include "model/ExtractedReport.h"

#include <QString>

namespace inspectdesk {

// The lengths the schema declares (VARCHAR(n) in Migrations.cpp). PostgreSQL enforces
// them and SQLite does not, so the store checks them before writing: both engines then
// accept and refuse the same values, with a message that says which value and why.
namespace ColumnLimits {
constexpr int kCouncilName = 200;
constexpr int kFileName = 400;
constexpr int kUserName = 200;
constexpr int kSection = 60;
constexpr int kJudgementKey = 80;

// "" when value fits; otherwise e.g. "council name is 327 characters long (at most 200)".
// Counts characters as PostgreSQL does (code points, not UTF-16 units).
QString tooLong(const QString &what, const QString &value, int limit);
// The first value of a report to be imported that does not fit, or "".
QString checkReport(const ExtractedReport &report, const QString &fileName, const QString &user);
QString checkJudgement(const JudgementRecord &judgement);
} // namespace ColumnLimits

} // namespace inspectdesk
