#pragma once

#include "Migrations.h"

namespace inspectdesk {

// Schema step 3: the judgement vocabulary of ../docs (one key, one meaning) and the report
// facts of the later frameworks (fieldwork dates, lead inspector, ILACS short/standard).
MigrationStep vocabularyMigration();

// The key (and section) a judgement stored by version 2 has in the vocabulary, by report
// kind and inspection year; false when it keeps its key. Pure, so it is tested on its own.
bool vocabularyKeyFor(const QString &kind, int assessmentYear, const QString &area, QString *section, QString *key);

} // namespace inspectdesk
