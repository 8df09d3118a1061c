#include "PostgresLocation.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace inspectdesk {

namespace {
// libpq's connection keywords InspectDesk passes on; anything else is a typing mistake.
const char *const kKeywords[] = {"host",       "hostaddr",         "port",       "dbname",
                                 "user",       "password",         "passfile",   "connect_timeout",
                                 "options",    "application_name", "sslmode",    "sslcert",
                                 "sslkey",     "sslrootcert",      "sslcrl",     "sslpassword",
                                 "gssencmode", "channel_binding",  "service",    "target_session_attrs",
                                 "keepalives", "keepalives_idle",  "requiressl", "krbsrvname"};

bool isKeyword(const QString &key)
{
    for (const char *k : kKeywords)
        if (key == QLatin1String(k))
            return true;
    return false;
}

bool isUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

// libpq keyword=value pairs, values optionally in single quotes with backslash escapes.
std::optional<QList<std::pair<QString, QString>>> keywordPairs(const QString &text)
{
    QList<std::pair<QString, QString>> pairs;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (true) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i == n)
            break;
        QString key;
        while (i < n && !text.at(i).isSpace() && text.at(i) != QLatin1Char('='))
            key += text.at(i++);
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i == n || text.at(i) != QLatin1Char('=') || !isKeyword(key))
            return std::nullopt;
        ++i;
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == QLatin1Char('\\') && i < n) {
                    value += text.at(i++);
                } else if (c == QLatin1Char('\'')) {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return std::nullopt;
        } else {
            while (i < n && !text.at(i).isSpace()) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += text.at(i++);
            }
        }
        pairs.append({key, value});
    }
    if (pairs.isEmpty())
        return std::nullopt;
    return pairs;
}

bool isKeywordString(const QString &location)
{
    const auto pairs = keywordPairs(location);
    if (!pairs)
        return false;
    for (const auto &[key, value] : *pairs)
        if (key == QLatin1String("dbname") || key == QLatin1String("host") || key == QLatin1String("service"))
            return true;
    return false;
}

// QPSQL joins its connect options with ';' and hands them to libpq as keyword=value text.
bool addOption(PostgresLocation &loc, const QString &key, const QString &value)
{
    if (value.contains(QLatin1Char(';')))
        return false;
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    if (!loc.connectOptions.isEmpty())
        loc.connectOptions += QLatin1Char(';');
    loc.connectOptions += QStringLiteral("%1='%2'").arg(key, quoted);
    return true;
}

bool setField(PostgresLocation &loc, const QString &key, const QString &value)
{
    if (key == QLatin1String("host")) {
        loc.host = value;
    } else if (key == QLatin1String("port")) {
        bool ok = false;
        loc.port = value.toInt(&ok);
        return ok && loc.port > 0 && loc.port < 65536;
    } else if (key == QLatin1String("dbname")) {
        loc.database = value;
    } else if (key == QLatin1String("user")) {
        loc.user = value;
    } else if (key == QLatin1String("password")) {
        loc.password = value;
        loc.hasPassword = true;
    } else {
        return addOption(loc, key, value);
    }
    return true;
}

bool validPercentEncoding(const QString &text)
{
    static const QRegularExpression bad(QStringLiteral("%(?![0-9A-Fa-f]{2})"));
    return !bad.match(text).hasMatch();
}

QString decoded(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

std::optional<PostgresLocation> parseUrl(const QString &location)
{
    PostgresLocation loc;
    QString rest = location.mid(location.indexOf(QLatin1String("://")) + 3);
    if (rest.contains(QLatin1Char('#')) || !validPercentEncoding(rest))
        return std::nullopt;
    const qsizetype query = rest.indexOf(QLatin1Char('?'));
    const QString queryText = query < 0 ? QString() : rest.mid(query + 1);
    rest = rest.left(query < 0 ? rest.size() : query);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString authority = rest.left(slash < 0 ? rest.size() : slash);
    const QString path = slash < 0 ? QString() : rest.mid(slash + 1);
    // Characters that only appear here when a password was not percent-encoded.
    if (path.contains(QLatin1Char('/')) || path.contains(QLatin1Char('@')) || authority.count(QLatin1Char('@')) > 1)
        return std::nullopt;
    loc.database = decoded(path);
    const qsizetype at = authority.indexOf(QLatin1Char('@'));
    QString hostPort = authority;
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        loc.user = decoded(userInfo.left(colon < 0 ? userInfo.size() : colon));
        if (colon >= 0) {
            loc.password = decoded(userInfo.mid(colon + 1));
            loc.hasPassword = true;
        }
    }
    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) { // [IPv6]:port
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        loc.host = hostPort.mid(1, close - 1);
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return std::nullopt;
        portText = after.mid(1);
    } else {
        const qsizetype colon = hostPort.indexOf(QLatin1Char(':'));
        loc.host = decoded(hostPort.left(colon < 0 ? hostPort.size() : colon));
        portText = colon < 0 ? QString() : hostPort.mid(colon + 1);
        if (colon >= 0 && portText.isEmpty())
            return std::nullopt;
    }
    if (!portText.isEmpty() && !setField(loc, QStringLiteral("port"), portText))
        return std::nullopt;
    if (!queryText.isEmpty()) {
        for (const QString &item : queryText.split(QLatin1Char('&'))) {
            const qsizetype eq = item.indexOf(QLatin1Char('='));
            if (eq <= 0 || !isKeyword(item.left(eq)) || !setField(loc, item.left(eq), decoded(item.mid(eq + 1))))
                return std::nullopt;
        }
    }
    return loc;
}
} // namespace

bool PostgresLocation::isPostgres(const QString &location)
{
    return isUrl(location) || isKeywordString(location);
}

std::optional<PostgresLocation> PostgresLocation::parse(const QString &location, QString *error)
{
    std::optional<PostgresLocation> loc;
    if (isUrl(location)) {
        loc = parseUrl(location);
    } else if (const auto pairs = keywordPairs(location)) {
        loc = PostgresLocation();
        for (const auto &[key, value] : *pairs)
            if (!setField(*loc, key, value))
                loc.reset();
    }
    if (!loc && error)
        *error = QStringLiteral("%1: cannot read this PostgreSQL location; characters such as / # ? @ : in a "
                                "user name, password or database name must be percent-encoded (%2F %23 %3F "
                                "%40 %3A), or leave the password out and keep it in ~/.pgpass")
                     .arg(withoutPassword(location));
    return loc;
}

QString PostgresLocation::withoutPassword(const QString &location)
{
    if (isUrl(location)) {
        // Everything from the first ':' after the user name to the last '@' may be the
        // password, however badly it was written.
        const qsizetype start = location.indexOf(QLatin1String("://")) + 3;
        const qsizetype at = location.lastIndexOf(QLatin1Char('@'));
        if (at < start)
            return location;
        const qsizetype colon = location.indexOf(QLatin1Char(':'), start);
        if (colon < 0 || colon > at)
            return location;
        return location.left(colon) + location.mid(at);
    }
    const auto pairs = keywordPairs(location);
    if (!pairs) {
        // Not readable as keywords: cut from "password" on rather than risk showing it.
        const qsizetype p = location.indexOf(QLatin1String("password"));
        return p < 0 ? location : location.left(p).trimmed();
    }
    QStringList shown;
    for (const auto &[key, value] : *pairs)
        if (key != QLatin1String("password"))
            shown << QStringLiteral("%1=%2").arg(
                key, value.contains(QLatin1Char(' ')) ? QStringLiteral("'%1'").arg(value) : value);
    return shown.join(QLatin1Char(' '));
}

} // namespace inspectdesk
