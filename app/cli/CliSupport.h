#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace inspectdesk {
class Database;
}

namespace inspectdesk::cli {

QTextStream &out();
QTextStream &err();

// Prints "inspectdesk: message" on stderr (one line) and returns code.
int failWith(int code, const QString &message);

// Adds --db and --help to a subcommand's parser.
void addCommonOptions(QCommandLineParser &parser);
// Parses; on error or --help prints and returns false with *exitCode set.
bool parseOrExit(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);
QString databaseLocation(const QCommandLineParser &parser);
bool openDatabase(Database &db, const QCommandLineParser &parser, bool readOnly, int *exitCode);

} // namespace inspectdesk::cli
