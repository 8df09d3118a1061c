#include "CouncilName.h"

#include <QRegularExpression>

namespace inspectdesk {

QString councilIdentityKey(const QString &printedName)
{
    QString name = printedName.toLower();
    name.replace(QChar(0x2019), QLatin1Char('\'')); // curly apostrophe
    name.remove(QLatin1Char('\''));                 // "Children's", "King's"
    name.replace(QLatin1Char('&'), QLatin1String(" and "));
    // "Stockton on Tees" and "Stockton-on-Tees" are the same place; "Bristol, City of" and
    // "St. Helens" lose their punctuation; a name printed over two lines is joined.
    name.replace(QRegularExpression(QStringLiteral("[-,.;:()\\s\\x{00a0}]+")), QStringLiteral(" "));
    name = name.simplified();
    // Designations come in any combination ("Metropolitan Borough of Wirral Council",
    // "Wakefield District Metropolitan Council", "Leeds City", "Medway Children's Services"),
    // so they are removed from both ends until none is left. The word "city" inside a name
    // ("Kingston upon Hull City Council") is kept: only a designation at an end goes.
    static const QRegularExpression prefix(
        QStringLiteral("^(the |council of the |council of |royal borough of |london borough of |"
                       "metropolitan borough of |borough of |city and county of |county of |city of )"));
    static const QRegularExpression suffix(
        QStringLiteral(" (council|metropolitan|borough|district|county|city|city of|county of|corporation|"
                       "childrens services|childrens social care|local authority|unitary authority|pre lg)$"));
    for (QString before; before != name;) {
        before = name;
        name.remove(prefix);
        name.remove(suffix);
    }
    return name;
}

} // namespace inspectdesk
