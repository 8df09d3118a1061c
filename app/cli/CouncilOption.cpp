#include "CouncilOption.h"

#include "register/CouncilRegister.h"

namespace inspectdesk::cli {

namespace {
QString databaseMatch(const QStringList &known, const QString &wanted, QString *error)
{
    for (const QString &k : known)
        if (k.compare(wanted, Qt::CaseInsensitive) == 0)
            return k;
    QStringList hits;
    for (const QString &k : known)
        if (k.contains(wanted, Qt::CaseInsensitive))
            hits << k;
    if (hits.size() == 1)
        return hits.first();
    if (hits.size() > 1)
        *error = QStringLiteral("'%1' matches several councils: %2").arg(wanted, hits.join(QStringLiteral("; ")));
    return {};
}
} // namespace

QString councilFromOption(const QString &wanted, const QStringList &databaseNames, QString *error)
{
    const CouncilRegister &reg = CouncilRegister::builtIn();
    const QString text = wanted.simplified();
    bool isCode = false;
    const int code = text.toInt(&isCode);
    if (isCode) {
        if (const RegisterCouncil *c = reg.byCode(code))
            return c->shortName;
        *error = QStringLiteral("no council with LA code %1").arg(text);
        return {};
    }
    for (const RegisterCouncil *c : reg.councils())
        if (c->shortName.compare(text, Qt::CaseInsensitive) == 0)
            return c->shortName;
    const CouncilResolution r = reg.resolve(text);
    if (r.isResolved())
        return reg.byCode(r.laCode)->shortName;
    if (const QString found = databaseMatch(databaseNames, text, error); !found.isEmpty() || !error->isEmpty())
        return found;
    QStringList names;
    for (int candidate : r.candidates)
        names << (r.ambiguous ? QStringLiteral("%1 (%2)").arg(reg.byCode(candidate)->shortName).arg(candidate)
                              : reg.byCode(candidate)->shortName);
    if (r.ambiguous)
        *error = QStringLiteral("'%1' could be %2; give the LA code").arg(text, names.join(QStringLiteral(" or ")));
    else if (names.isEmpty())
        *error = QStringLiteral("no council called '%1'").arg(text);
    else
        *error = QStringLiteral("no council called '%1'; did you mean %2?")
                     .arg(text, names.mid(0, 3).join(QStringLiteral(", ")));
    return {};
}

} // namespace inspectdesk::cli
