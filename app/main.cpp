#include "cli/CommandLine.h"

#include "LanguageLoader.h"
#include "MainWindow.h"
#include "pdf/PopplerMessages.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <memory>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("InspectDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("inspectdesk.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("InspectDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INSPECTDESK_VERSION));
}

// A headless command run from cron or CI often has no XDG_RUNTIME_DIR; Qt would then pick
// one itself but print a warning, and a command's stderr is for its one-line error only.
void ensureRuntimeDir()
{
#ifdef Q_OS_UNIX
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/runtime-inspectdesk-") + QString::number(getuid());
    if (QDir().mkpath(dir) &&
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
#endif
}
} // namespace

int main(int argc, char **argv)
{
    Q_INIT_RESOURCE(resources);
    // Poppler's parser messages go into one line or a report warning, never raw to stderr.
    inspectdesk::PopplerMessages::install();
    // A subcommand never opens a window, so it runs without a display.
    if (inspectdesk::cli::isCommandLineInvocation(argc, argv)) {
        std::unique_ptr<QCoreApplication> app;
        if (inspectdesk::cli::commandNeedsGui(argc, argv)) {
            ensureRuntimeDir();
            if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
                qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        setIdentity();
        // The commands speak British English, the source text, with its plurals.
        inspectdesk::LanguageLoader::installEnglishPlurals();
        return inspectdesk::cli::runCommandLine(app->arguments());
    }
    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("InspectDesk"));
    // Matches installer/inspectdesk.desktop, so the desktop shows the right icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("inspectdesk"));
    // Before any window exists: widgets take their text from the translators when built.
    inspectdesk::LanguageLoader::applyFromSettings();
    inspectdesk::MainWindow window;
    window.showAtStart();
    // A database file given on the command line is opened instead of the default one;
    // report PDFs given there ("Open with InspectDesk") are shown, or imported if the reviewer agrees.
    QString databaseArgument;
    QStringList pdfArguments;
    for (const QString &arg : app.arguments().mid(1)) {
        if (arg.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            pdfArguments << arg;
        else if (!arg.startsWith(QLatin1Char('-')))
            databaseArgument = arg;
    }
    window.openStartupDatabase(databaseArgument);
    window.openFiles(pdfArguments);
    return app.exec();
}
