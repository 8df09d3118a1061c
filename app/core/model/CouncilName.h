#pragma once

#include <QString>

namespace inspectdesk {

// Reports print a council's name in different forms ("Stockton-on-Tees", "Stockton-on-Tees
// Borough Council", "London Borough of Camden", "Council of the Isles of Scilly"). The
// identity key is the same for all forms of one council, so its reports chart as one line.
QString councilIdentityKey(const QString &printedName);

} // namespace inspectdesk
