#include "HistoryCommentMigration.h"

namespace inspectdesk {

MigrationStep historyCommentMigration()
{
    MigrationStep step;
    // Adding a column is no UPDATE, so the append-only guards on history let it through.
    step.sql << QStringLiteral("ALTER TABLE history ADD COLUMN comment TEXT");
    return step;
}

} // namespace inspectdesk
