#pragma once

#include <QString>
#include <QStringList>

namespace inspectdesk::cli {

// The council a --council value names, as the database shows it: an LA code ("808") or any
// name form of a register council ("London Borough of Hackney"), else a council the register
// does not know that the database holds by name (exactly, or the only one containing it).
// Empty with *error ("no council called 'Hackny'; did you mean Hackney?") when there is none
// or more than one.
QString councilFromOption(const QString &wanted, const QStringList &databaseNames, QString *error);

} // namespace inspectdesk::cli
