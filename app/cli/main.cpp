// clinicdesk-cli: ClinicDesk from a terminal or a scheduled job. See `clinicdesk-cli --help`.
#include "appcontext.h"
#include "commandtable.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <unistd.h>

int main(int argc, char *argv[])
{
    // A Gui application for the fonts a PDF is laid out with (schedule --pdf); the tool never
    // opens a window, so it needs no display: offscreen unless the caller chose a platform.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Run from cron there is no session runtime folder; Qt would fall back to a private one
    // in /tmp anyway, with a warning on every run. Use that folder without the warning.
    if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        const QString runtime =
            QDir::tempPath() + QStringLiteral("/runtime-clinicdesk-") + QString::number(getuid());
        if (QDir().mkpath(runtime)) {
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner |
                                               QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
    }
    QGuiApplication app(argc, argv);
    // The same names as the desktop app, so that both find the same default database.
    ClinicDesk::App::AppContext::setApplicationIdentity();

    ClinicDesk::Cli::Console console;
    const int exitCode = ClinicDesk::Cli::CommandTable::standard().run(
        QCoreApplication::arguments().mid(1), console);
    console.flush();
    return exitCode;
}
