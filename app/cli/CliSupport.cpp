#include "CliSupport.h"

#include "store/Database.h"

#include <cstdio>

namespace inspectdesk::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int failWith(int code, const QString &message)
{
    QString oneLine = message;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err() << "inspectdesk: " << oneLine << Qt::endl;
    return code;
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("db"),
         QStringLiteral("Use the database at <path> instead of the default (%1).").arg(Database::defaultLocation()),
         QStringLiteral("path")});
    parser.addHelpOption();
}

bool parseOrExit(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    if (!parser.parse(arguments)) {
        *exitCode = failWith(2, parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        *exitCode = 0;
        return false;
    }
    return true;
}

QString databaseLocation(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultLocation();
}

bool openDatabase(Database &db, const QCommandLineParser &parser, bool readOnly, int *exitCode)
{
    if (db.open(databaseLocation(parser), readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite))
        return true;
    *exitCode = failWith(1, db.errorString());
    return false;
}

} // namespace inspectdesk::cli
