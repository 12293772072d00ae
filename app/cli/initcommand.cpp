#include "command.h"
#include "exitcode.h"
#include "newfileguard.h"

#include <QDir>

namespace ClinicDesk::Cli {

namespace {

class InitCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("init")},
            QString(),
            QStringLiteral("Create the database, or bring it up to this version's schema"),
            QStringLiteral(
                "Creates a new database (with the default appointment types and settings), or "
                "upgrades an existing one to the schema this ClinicDesk knows, after saving a "
                "backup of it beside the file. Running it again is harmless. Prints the schema "
                "version alone on stdout."),
            {},
        };
        return spec;
    }

    int run(const Invocation &invocation) const override
    {
        Console &console = invocation.console();
        NewFileGuard newFile(invocation.databasePath());
        auto opened = invocation.openClinic(Db::Database::OpenMode::CreateIfMissing);
        if (!opened)
            return console.fail(opened.error());
        App::AppContext &clinic = *opened.value();

        const QString shown = QDir::toNativeSeparators(clinic.database().path());
        const Db::Migrator::Outcome &migration = clinic.migration();
        if (migration.fromVersion == 0 && migration.toVersion > 0) {
            console.message(
                newFile.isNew()
                    ? QStringLiteral("Created a new ClinicDesk database at %1.").arg(shown)
                    : QStringLiteral("Set up the empty file %1 as a ClinicDesk "
                                     "database.")
                          .arg(shown));
        } else if (migration.fromVersion != migration.toVersion) {
            console.message(QStringLiteral("Upgraded %1 from schema version %2 to %3.")
                                .arg(shown, QString::number(migration.fromVersion),
                                     QString::number(migration.toVersion)));
        }
        if (!migration.backupPath.isEmpty())
            console.message(QStringLiteral("The database as it was before the upgrade is saved "
                                           "in %1.")
                                .arg(QDir::toNativeSeparators(migration.backupPath)));

        const int version = clinic.database().schemaVersion();
        console.message(QStringLiteral("Database %1 is at schema version %2")
                            .arg(shown, QString::number(version)));
        console.print(QString::number(version));
        newFile.keep();
        return ExitCode::Done;
    }
};

} // namespace

std::unique_ptr<Command> makeInitCommand()
{
    return std::make_unique<InitCommand>();
}

} // namespace ClinicDesk::Cli
