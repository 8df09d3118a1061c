#include "CouncilName.h"

#include <QRegularExpression>

namespace inspectdesk {

QString councilIdentityKey(const QString &printedName)
{
    QString name = printedName.toLower();
    name.replace(QChar(0x2019), QLatin1Char('\'')); // curly apostrophe
    name.replace(QRegularExpression(QStringLiteral("[\\s\\x{00a0}]+")), QStringLiteral(" "));
    name = name.trimmed();
    // Order matters: longer designations first, so "metropolitan borough council" is not
    // left as "metropolitan" after "borough council" is removed.
    static const QRegularExpression prefix(
        QStringLiteral("^(the )?(council of the |council of |royal borough of |london borough of |"
                       "metropolitan borough of |borough of |city and county of |county of |city of )"));
    static const QRegularExpression suffix(
        QStringLiteral(" (metropolitan borough council|metropolitan district council|borough council|"
                       "county borough council|county council|district council|city council|council)$"));
    name.remove(prefix);
    name.remove(suffix);
    name.remove(QRegularExpression(QStringLiteral("^the ")));
    // "Stockton on Tees" and "Stockton-on-Tees" are the same place.
    name.replace(QLatin1Char('-'), QLatin1Char(' '));
    name.replace(QLatin1String(" & "), QLatin1String(" and "));
    return name.simplified();
}

} // namespace inspectdesk
