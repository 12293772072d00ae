#include "command.h"
#include "exitcode.h"
#include "patientimport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <algorithm>

namespace ClinicDesk::Cli {

namespace {

using Core::ImportOptions;
using Core::PatientImport;

const QString kDryRun = QStringLiteral("dry-run");
const QString kSkipInvalid = QStringLiteral("skip-invalid");
const QString kImportDuplicates = QStringLiteral("import-duplicates");
const QString kRejects = QStringLiteral("rejects");

// Below this many rows the import takes a blink; no progress lines.
constexpr int kProgressFrom = 5000;

QString number(int n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n);
}

Core::Status writeRejects(const QString &path, const QString &csv)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0 || !file.commit())
        return Core::Error::invalid(QStringLiteral("Cannot write %1: %2.")
                                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

class ImportPatientsCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("import-patients")},
            QStringLiteral("FILE [--dry-run] [--skip-invalid] [--import-duplicates] "
                           "[--rejects FILE]"),
            QStringLiteral("Import patients from another system's CSV file"),
            QStringLiteral(
                "Reads patients from a CSV file (UTF-8, first row naming the columns: First "
                "name, Last name, Date of birth or DOB, Phone or Mobile, Email, Address, City, "
                "State, ZIP, Sex, Insurance, Member ID, MRN, Notes, ... in any case, with spaces "
                "or underscores). Dates may be 03/14/1975 or 1975-03-14. Every row is checked "
                "with the clinic's rules for patients; all of them are stored in one go or none. "
                "If any row is invalid nothing is imported (exit status 2) unless "
                "--skip-invalid is given. A row with the same name and date of birth as a "
                "patient on file, or as an earlier row, is skipped unless --import-duplicates "
                "is given. Prints a summary on stdout and each rejected line on stderr."),
            {
                {kDryRun, QString(),
                 QStringLiteral("Check the file and say what would happen; write nothing.")},
                {kSkipInvalid, QString(),
                 QStringLiteral("Import the valid rows and leave the invalid ones out.")},
                {kImportDuplicates, QString(),
                 QStringLiteral("Also import rows that look already on file.")},
                {kRejects, QStringLiteral("FILE"),
                 QStringLiteral("Save the rows left out, with line numbers and reasons, as CSV.")},
            },
            1,
            1,
        };
        return spec;
    }

    int run(const Invocation &invocation) const override
    {
        Console &console = invocation.console();
        const Arguments &args = invocation.args();
        const QString path = args.positionals().constFirst();
        const bool dryRun = args.isSet(kDryRun);
        ImportOptions options;
        options.skipInvalid = args.isSet(kSkipInvalid);
        options.importDuplicates = args.isSet(kImportDuplicates);
        const QString rejectsPath = args.value(kRejects);
        if (args.isSet(kRejects) && rejectsPath.trimmed().isEmpty())
            return console.invalid(QStringLiteral("--rejects"),
                                   QStringLiteral("Give a file name."));
        if (args.isSet(kRejects) &&
            QFileInfo(rejectsPath).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
            return console.invalid(QStringLiteral("--rejects"),
                                   QStringLiteral("Choose another file than the one imported."));

        // The file is read and understood before the database is opened.
        auto import = PatientImport::fromFile(path);
        if (!import) {
            console.message(QStringLiteral("Cannot import %1: %2")
                                .arg(QDir::toNativeSeparators(path), import.error().message));
            return ExitCode::InvalidInput;
        }
        PatientImport &patients = import.value();
        if (patients.header().isEmpty() || patients.checkMapping().ok()) {
            QStringList ignored;
            for (qsizetype i = 0; i < patients.mapping().size(); ++i)
                if (patients.mapping().at(i) == Core::ImportField::Ignore)
                    ignored << QStringLiteral("\u201C%1\u201D").arg(patients.header().at(i));
            if (!ignored.isEmpty())
                console.message(QStringLiteral("Columns not imported (not a patient field "
                                               "ClinicDesk knows): %1")
                                    .arg(ignored.join(QStringLiteral(", "))));
        }

        auto opened = invocation.openClinic();
        if (!opened)
            return console.fail(opened.error());
        Core::PatientService &service = opened.value()->patients();
        if (Core::Status s = patients.analyse(service); !s) {
            console.message(QStringLiteral("Cannot import %1: %2")
                                .arg(QDir::toNativeSeparators(path), s.error().message));
            return exitCodeFor(s.error());
        }
        if (patients.rows().isEmpty()) {
            console.message(QStringLiteral("Cannot import %1: the file has a header row but no "
                                           "patients.")
                                .arg(QDir::toNativeSeparators(path)));
            return ExitCode::InvalidInput;
        }

        const PatientImport::Plan plan = patients.plan(options);
        // Left-out rows in file order, so the messages read alongside the file.
        QList<const PatientImport::Row *> left = plan.rejected + plan.skippedDuplicates;
        std::sort(left.begin(), left.end(),
                  [](const auto *a, const auto *b) { return a->line < b->line; });
        for (const PatientImport::Row *row : left)
            for (const QString &line : row->messages())
                console.message(row->isDuplicate() ? line + QStringLiteral(" (skipped)") : line);

        if (args.isSet(kRejects)) {
            if (Core::Status s = writeRejects(rejectsPath, patients.rejectedCsv(options)); !s)
                return console.fail(s.error());
            console.message(QStringLiteral("Rows left out saved to %1.")
                                .arg(QDir::toNativeSeparators(rejectsPath)));
        }

        if (plan.blocked) {
            const int invalid = int(plan.rejected.size());
            console.message(QStringLiteral("Nothing was imported: %1 invalid. Correct the file, "
                                           "or use --skip-invalid to import the %2 valid %3.")
                                .arg(invalid == 1 ? QStringLiteral("1 row is")
                                                  : number(invalid) + QStringLiteral(" rows are"),
                                     number(patients.counts().ready),
                                     patients.counts().ready == 1 ? QStringLiteral("row")
                                                                  : QStringLiteral("rows")));
            return ExitCode::InvalidInput;
        }

        PatientImport::Outcome outcome = PatientImport::outcomeOf(plan);
        if (options.importDuplicates)
            outcome.duplicatesImported = patients.counts().duplicates;
        if (!dryRun) {
            const int total = int(plan.patients.size());
            int reported = 0;
            auto progress = [&](int done) {
                const bool due = done == total || done - reported >= total / 10;
                if (total >= kProgressFrom && done != reported && due) {
                    reported = done;
                    console.progress(QStringLiteral("Storing patients: %1 of %2")
                                         .arg(number(done), number(total)));
                }
                return true;
            };
            auto done = patients.run(service, options, progress);
            console.endProgress();
            if (!done)
                return console.fail(done.error());
            outcome = done.value();
        }
        console.print(PatientImport::summary(outcome, dryRun));
        return ExitCode::Done;
    }
};

} // namespace

std::unique_ptr<Command> makeImportPatientsCommand()
{
    return std::make_unique<ImportPatientsCommand>();
}

} // namespace ClinicDesk::Cli
