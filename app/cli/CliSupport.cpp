#include "CliSupport.h"

#include "CommandLine.h"
#include "store/Database.h"
#include "store/PostgresLocation.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace inspectdesk::cli {

namespace {
QTextStream *gCapture = nullptr;

// Reads one line from the terminal without echoing it; nullopt when there is no terminal.
std::optional<QString> promptForPassword(const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    err() << prompt;
    err().flush();
    termios old{};
    const bool haveTerm = tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerm) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char buffer[1024];
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (haveTerm)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    err() << Qt::endl;
    if (!got)
        return std::nullopt;
    QString password = QString::fromLocal8Bit(buffer);
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password;
#else
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}
} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    return gCapture ? *gCapture : stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

ScopedOutputCapture::ScopedOutputCapture() : mStream(&mText), mPrevious(gCapture)
{
    gCapture = &mStream;
}

ScopedOutputCapture::~ScopedOutputCapture()
{
    gCapture = mPrevious;
}

QString ScopedOutputCapture::text()
{
    mStream.flush();
    return mText;
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
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Use the database at <path> instead of the default (%1). A team database on "
                                     "PostgreSQL is named without its password: postgresql://user@host:port/dbname or "
                                     "\"host=... dbname=... user=...\".")
                          .arg(Database::defaultLocation()),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("password-file"),
                      QStringLiteral("Read the PostgreSQL password from the first line of <file>. Otherwise it "
                                     "comes from PGPASSWORD, ~/.pgpass or, on a terminal, a prompt."),
                      QStringLiteral("file")});
    parser.addHelpOption();
}

QString commandHelp(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QString program =
        QCoreApplication::instance() ? QCoreApplication::arguments().constFirst() : QStringLiteral("<executable_name>");
    const QString usage = QStringLiteral("Usage: ");
    if (text.startsWith(usage + program))
        text.replace(0, usage.size() + program.size(), usage + QStringLiteral("inspectdesk ") + command);
    return text;
}

bool parseOrExit(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    const QString command = arguments.value(0);
    if (!parser.parse(arguments)) {
        const QString usage = commandHelp(parser, command).section(QLatin1Char('\n'), 0, 0);
        *exitCode = failWith(
            ExitUsage,
            QStringLiteral("%1: %2 %3 (inspectdesk help %1 for more)").arg(command, parser.errorText(), usage));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << commandHelp(parser, command);
        out().flush();
        *exitCode = ExitOk;
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
    const QString location = databaseLocation(parser);
    const Database::Mode mode = readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite;
    bool passwordGiven = false;
    if (Database::isPostgresLocation(location)) {
        QString error;
        const auto server = PostgresLocation::parse(location, &error);
        if (!server) {
            *exitCode = failWith(ExitUsage, error);
            return false;
        }
        passwordGiven = server->hasPassword;
        if (server->hasPassword)
            failWith(0, QStringLiteral("warning: the password given in --db can be read by other users of this "
                                       "computer while inspectdesk runs; keep it in ~/.pgpass or PGPASSWORD, or "
                                       "use --password-file"));
        if (parser.isSet(QStringLiteral("password-file"))) {
            QFile file(parser.value(QStringLiteral("password-file")));
            if (!file.open(QIODevice::ReadOnly)) {
                *exitCode = failWith(
                    ExitFailure,
                    QStringLiteral("%1: cannot read password file: %2").arg(file.fileName(), file.errorString()));
                return false;
            }
            QString password = QString::fromUtf8(file.readLine());
            while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
                password.chop(1);
            db.setPassword(password);
            passwordGiven = true;
        }
    }
    if (db.open(location, mode))
        return true;
    if (db.needsPassword() && !passwordGiven) {
        if (const auto password =
                promptForPassword(QStringLiteral("Password for %1: ").arg(Database::displayLocation(location)))) {
            db.setPassword(*password);
            if (db.open(location, mode))
                return true;
        }
    }
    *exitCode = failWith(ExitFailure, db.errorString());
    return false;
}

} // namespace inspectdesk::cli
