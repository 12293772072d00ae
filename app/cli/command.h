#pragma once

#include "appcontext.h"
#include "arguments.h"
#include "console.h"

#include <memory>

namespace ClinicDesk::Cli {

// What a command is called, what it takes, and the text its --help shows.
struct CommandSpec {
    QStringList path;    // {"patient", "add"}
    QString synopsis;    // what follows the name in the usage line: "TEXT [--json]"
    QString summary;     // one line for the command list
    QString description; // a paragraph for the command's --help
    QList<OptionSpec> options;
    int minPositionals = 0;
    int maxPositionals = 0; // -1: any number

    QString name() const { return path.join(u' '); }
};

// Everything a command needs to run: its parsed arguments, where to write, and the database.
class Invocation
{
public:
    Invocation(Console &console, Arguments arguments, QString databasePath);

    Console &console() const { return m_console; }
    const Arguments &args() const { return m_arguments; }
    const QString &databasePath() const { return m_databasePath; }

    // The clinic on the database file. Commands other than init and seed-demo open an existing
    // file only; `migrate` false refuses an out-of-date file instead of upgrading it.
    Core::Result<std::unique_ptr<App::AppContext>>
    openClinic(Db::Database::OpenMode mode = Db::Database::OpenMode::ExistingOnly,
               bool migrate = true) const;

private:
    Console &m_console;
    Arguments m_arguments;
    QString m_databasePath;
};

class Command
{
public:
    virtual ~Command() = default;
    virtual const CommandSpec &spec() const = 0;
    // Returns the exit code (ExitCode).
    virtual int run(const Invocation &invocation) const = 0;
};

// Each command's factory, defined beside the command.
std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makeSeedDemoCommand();
std::unique_ptr<Command> makePatientAddCommand();
std::unique_ptr<Command> makePatientFindCommand();
std::unique_ptr<Command> makePatientShowCommand();
std::unique_ptr<Command> makeProvidersCommand();
std::unique_ptr<Command> makeRoomsCommand();
std::unique_ptr<Command> makeTypesCommand();
std::unique_ptr<Command> makeBookCommand();
std::unique_ptr<Command> makeCancelCommand();
std::unique_ptr<Command> makeStatusCommand();
std::unique_ptr<Command> makeScheduleCommand();
std::unique_ptr<Command> makeTreatmentAddCommand();
std::unique_ptr<Command> makeTreatmentListCommand();
std::unique_ptr<Command> makeDueCommand();
std::unique_ptr<Command> makeBackupCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeAuthAddCommand();
std::unique_ptr<Command> makeAuthListCommand();
std::unique_ptr<Command> makeAuthExpiringCommand();
std::unique_ptr<Command> makeExportIcsCommand();
std::unique_ptr<Command> makeImportPatientsCommand();
std::unique_ptr<Command> makeReportCommand();

} // namespace ClinicDesk::Cli
