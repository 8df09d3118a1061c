#pragma once

#include "Migrations.h"

namespace inspectdesk {

// A history row can say why a value was changed (a reviewer's comment on a correction).
// Existing rows keep no comment.
MigrationStep historyCommentMigration();

} // namespace inspectdesk
