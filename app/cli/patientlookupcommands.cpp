#include "command.h"
#include "exitcode.h"
#include "patientformat.h"

#include <QJsonDocument>

namespace ClinicDesk::Cli {

namespace {

const QString kJson = QStringLiteral("json");
const QString kIncludeInactive = QStringLiteral("include-inactive");
const QString kLimit = QStringLiteral("limit");
constexpr qint64 kMaxLimit = 10'000;

class PatientFindCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("patient"), QStringLiteral("find")},
            QStringLiteral("TEXT [--json] [--include-inactive] [--limit N]"),
            QStringLiteral("Find patients by name, phone, date of birth or record number"),
            QStringLiteral(
                "Finds patients the way the search box does: a name (\u201Clee\u201D, \u201Cann "
                "lee\u201D, \u201Clee, ann\u201D; accents and case do not matter), phone digits "
                "(the first or the last ones), a date of birth (03/14/1975) or a record "
                "number. Prints one line per patient: MRN, name, date of birth, phone and payer; "
                "or, with --json, an array of objects. Finding nobody is not an error: exit "
                "status 0, nothing on stdout (\u201C[]\u201D with --json) and a message on "
                "stderr. Put -- before a search text that starts with a dash."),
            {
                {kJson, QString(), QStringLiteral("Print a JSON array instead of lines.")},
                {kIncludeInactive, QString(), QStringLiteral("Include patients made inactive.")},
                {kLimit, QStringLiteral("N"),
                 QStringLiteral("Show at most N patients, 1 to 10,000 (default 200).")},
            },
            1,
            -1,
        };
        return spec;
    }

    int run(const Invocation &invocation) const override
    {
        Console &console = invocation.console();
        const Arguments &args = invocation.args();
        // Words typed without quotes are one search: `patient find ann lee`.
        const QString text = args.positionals().join(u' ');
        if (text.trimmed().isEmpty())
            return console.invalid(QStringLiteral("TEXT"),
                                   QStringLiteral("Give a name, phone number, date of birth or "
                                                  "record number to search for."));
        const auto limit = args.integer(kLimit, Core::PatientSearchOptions().limit, 1, kMaxLimit);
        if (!limit)
            return console.invalid(QStringLiteral("--limit"), limit.error().message);

        auto opened = invocation.openClinic();
        if (!opened)
            return console.fail(opened.error());
        Core::PatientSearchOptions options;
        options.limit = int(limit.value());
        options.includeInactive = args.isSet(kIncludeInactive);
        const auto found = opened.value()->patients().search(text, options);
        if (!found)
            return console.fail(found.error());

        if (args.isSet(kJson))
            console.printJson(QJsonDocument(PatientFormat::summaryJson(found.value())));
        else
            console.printLines(PatientFormat::table(found.value()));
        if (found->isEmpty())
            console.message(QStringLiteral("No patients match \u201C%1\u201D.").arg(text));
        else if (found->size() >= options.limit)
            console.message(QStringLiteral("Showing the first %1 matches; narrow the search or "
                                           "raise --limit.")
                                .arg(options.limit));
        return ExitCode::Done;
    }
};

class PatientShowCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("patient"), QStringLiteral("show")},
            QStringLiteral("MRN [--json]"),
            QStringLiteral("Show one patient's full record"),
            QStringLiteral("Prints the whole record of the patient with this record number, or "
                           "with --json a JSON object (the fields of \u2018patient find "
                           "--json\u2019 and the rest of the record). An unknown record number "
                           "is exit status 2."),
            {
                {kJson, QString(), QStringLiteral("Print a JSON object instead of lines.")},
            },
            1,
            1,
        };
        return spec;
    }

    int run(const Invocation &invocation) const override
    {
        Console &console = invocation.console();
        const QString mrn = invocation.args().positionals().constFirst();
        if (mrn.trimmed().isEmpty())
            return console.invalid(QStringLiteral("MRN"),
                                   QStringLiteral("Give the patient's record number."));
        auto opened = invocation.openClinic();
        if (!opened)
            return console.fail(opened.error());
        const auto patient = opened.value()->patients().byRecordNumber(mrn);
        if (!patient)
            return console.fail(patient.error());
        if (invocation.args().isSet(kJson))
            console.printJson(QJsonDocument(PatientFormat::recordJson(patient.value())));
        else
            console.printLines(PatientFormat::record(patient.value()));
        return ExitCode::Done;
    }
};

} // namespace

std::unique_ptr<Command> makePatientFindCommand()
{
    return std::make_unique<PatientFindCommand>();
}

std::unique_ptr<Command> makePatientShowCommand()
{
    return std::make_unique<PatientShowCommand>();
}

} // namespace ClinicDesk::Cli
