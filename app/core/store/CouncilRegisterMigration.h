#pragma once

#include "Migrations.h"

namespace inspectdesk {

// Schema step: councils keyed by DfE LA code. Every report's council is resolved against the
// register from the name the report printed and its date; reports of one council come
// together under the council's short name, duplicates are merged, and names the register
// cannot resolve stay as they were with la_code NULL (flagged for review). Each report keeps
// its printed name; every report whose council changes or is flagged gets a history row.
MigrationStep councilRegisterMigration();

} // namespace inspectdesk
