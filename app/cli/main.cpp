// clinicdesk-cli: ClinicDesk from a terminal or a scheduled job. See `clinicdesk-cli --help`.
#include "appcontext.h"
#include "commandtable.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop app, so that both find the same default database.
    ClinicDesk::App::AppContext::setApplicationIdentity();

    ClinicDesk::Cli::Console console;
    const int exitCode = ClinicDesk::Cli::CommandTable::standard().run(
        QCoreApplication::arguments().mid(1), console);
    console.flush();
    return exitCode;
}
