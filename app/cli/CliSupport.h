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

// While one exists, out() writes into it instead of stdout (help text for the man page).
class ScopedOutputCapture
{
public:
    ScopedOutputCapture();
    ~ScopedOutputCapture();
    ScopedOutputCapture(const ScopedOutputCapture &) = delete;
    ScopedOutputCapture &operator=(const ScopedOutputCapture &) = delete;
    QString text();

private:
    QString mText;
    QTextStream mStream;
    QTextStream *mPrevious;
};

// Prints "inspectdesk: message" on stderr (one line) and returns code.
int failWith(int code, const QString &message);

// Adds --db, --password-file and --help to a subcommand's parser.
void addCommonOptions(QCommandLineParser &parser);
// Parses (arguments[0] is the command's name); on error or --help prints and returns
// false with *exitCode set.
bool parseOrExit(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);
// The parser's help with its usage line naming the command ("Usage: inspectdesk import
// [options] FILE...") instead of the path the program was started from.
QString commandHelp(const QCommandLineParser &parser, const QString &command);
QString databaseLocation(const QCommandLineParser &parser);
// Opens the database, taking a PostgreSQL password from --password-file or, on a terminal,
// a prompt when the server asks for one that neither PGPASSWORD nor ~/.pgpass gave.
bool openDatabase(Database &db, const QCommandLineParser &parser, bool readOnly, int *exitCode);

} // namespace inspectdesk::cli
