#include "command.h"
#include "exitcode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace ClinicDesk::Cli {

namespace {

const QString kOut = QStringLiteral("out");

// Backup and check look at the file as it is: an out-of-date database is not upgraded by them
// (that is init's job, and it takes its own backup first).
constexpr bool kUpgrade = false;

// A name beside the target that nothing has, for the backup while it is being written.
QString partialNameFor(const QString &target)
{
    const QFileInfo info(target);
    for (int n = 0;; ++n) {
        const QString candidate = info.absoluteDir().filePath(
            QStringLiteral(".%1.partial-%2-%3")
                .arg(info.fileName(), QString::number(QCoreApplication::applicationPid()),
                     QString::number(n)));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

class BackupCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("backup")},
            QStringLiteral("--out FILE"),
            QStringLiteral("Write a consistent copy of the database to a new file"),
            QStringLiteral(
                "Writes a consistent copy of the live database to FILE, safe while others keep "
                "working, and prints its path on stdout. Never overwrites: an existing FILE is "
                "refused with exit status 2. The copy appears under its name only when it is "
                "complete."),
            {{kOut, QStringLiteral("FILE"),
              QStringLiteral("The backup file to write (required).")}},
        };
        return spec;
    }

    int run(const Invocation &invocation) const override
    {
        Console &console = invocation.console();
        if (!invocation.args().isSet(kOut))
            return console.usageError(QStringLiteral("backup needs --out FILE."), spec().name());
        const QString out = invocation.args().value(kOut);
        if (out.trimmed().isEmpty())
            return console.invalid(QStringLiteral("--out"), QStringLiteral("Give a file name."));
        const QFileInfo target(out);
        const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
        if (target.exists())
            return console.invalid(QStringLiteral("--out"),
                                   QStringLiteral("%1 already exists; choose a new file name for "
                                                  "the backup.")
                                       .arg(shown));

        auto opened = invocation.openClinic(Db::Database::OpenMode::ExistingOnly, kUpgrade);
        if (!opened)
            return console.fail(opened.error());
        Db::Database &database = opened.value()->database();

        // Written under a temporary name and renamed when complete, so that a failure (a full
        // disk) never leaves a half-written file that looks like a backup.
        const QString partial = partialNameFor(target.absoluteFilePath());
        if (Core::Status s = database.backupTo(partial); !s) {
            QFile::remove(partial);
            // The temporary name means nothing to the reader; the file they asked for does.
            Core::Error error = s.error();
            error.message.replace(QDir::toNativeSeparators(partial), shown);
            error.message += QStringLiteral(" No backup was written.");
            return console.fail(error, {{kOut, QStringLiteral("--out")}});
        }
        if (!QFile::rename(partial, target.absoluteFilePath())) {
            QFile::remove(partial);
            return console.fail(Core::Error::storage(
                QStringLiteral("Cannot name the backup %1 (did another program just create "
                               "that file?); nothing was written.")
                    .arg(shown)));
        }
        console.message(QStringLiteral("Backed up %1 to %2.")
                            .arg(QDir::toNativeSeparators(database.path()), shown));
        console.print(shown);
        return ExitCode::Done;
    }
};

class CheckCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("check")},
            QString(),
            QStringLiteral("Check the database's integrity and foreign keys"),
            QStringLiteral("Runs SQLite's integrity and foreign-key checks on the database and "
                           "prints what it found: \u201COK: \u2026\u201D and exit status 0, or "
                           "one line per problem and exit status 5. Changes nothing."),
            {},
        };
        return spec;
    }

    int run(const Invocation &invocation) const override
    {
        Console &console = invocation.console();
        auto opened = invocation.openClinic(Db::Database::OpenMode::ExistingOnly, kUpgrade);
        if (!opened)
            return console.fail(opened.error());
        App::AppContext &clinic = *opened.value();
        const QString shown = QDir::toNativeSeparators(clinic.database().path());

        const auto problems = clinic.database().check();
        if (!problems)
            return console.fail(problems.error());
        if (!problems->isEmpty()) {
            console.printLines(problems.value());
            console.message(QStringLiteral("%1 failed its check (%2 problems). Stop using it and "
                                           "restore the latest good backup.")
                                .arg(shown, QString::number(problems->size())));
            return ExitCode::Storage;
        }
        const auto patients = clinic.patients().count();
        if (!patients)
            return console.fail(patients.error());
        const int count = patients.value();
        console.print(
            QStringLiteral("OK: integrity and foreign keys check out (%1 %2)")
                .arg(QLocale(QLocale::English, QLocale::UnitedStates).toString(count),
                     count == 1 ? QStringLiteral("patient") : QStringLiteral("patients")));
        return ExitCode::Done;
    }
};

} // namespace

std::unique_ptr<Command> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

std::unique_ptr<Command> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}

} // namespace ClinicDesk::Cli
