#include "appointmentformat.h"
#include "appointmentinput.h"
#include "command.h"
#include "exitcode.h"

#include <QJsonDocument>
#include <QLocale>

namespace ClinicDesk::Cli {

namespace {

const QString kDate = QStringLiteral("date");
const QString kProvider = QStringLiteral("provider");
const QString kJson = QStringLiteral("json");
const QString kCsv = QStringLiteral("csv");
const QString kIncludeCancelled = QStringLiteral("include-cancelled");

class ScheduleCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("schedule")},
            QStringLiteral("--date DATE [--provider NAME] [--json|--csv] [--include-cancelled]"),
            QStringLiteral("Print a day's appointments"),
            QStringLiteral(
                "Prints the appointments of one day in time order, one a line: time, provider, "
                "room, patient, record number, phone, type, status and notes. With --json, an "
                "array of objects with ISO dates and times; with --csv, a spreadsheet with a "
                "header row (a cell that starts with = + - or @ gets a ' in front, so that the "
                "spreadsheet shows it rather than running it). Cancelled visits and no-shows "
                "are left out unless --include-cancelled is given. A day without appointments "
                "is not an error: nothing on stdout (\u201C[]\u201D with --json, the header "
                "with --csv) and a message on stderr."),
            {
                {kDate, QStringLiteral("DATE"),
                 QStringLiteral("The day (required): 2026-11-25, or \u201Ctoday\u201D.")},
                {kProvider, QStringLiteral("NAME"),
                 QStringLiteral("Only this provider's appointments.")},
                {kJson, QString(), QStringLiteral("Print a JSON array instead of lines.")},
                {kCsv, QString(), QStringLiteral("Print CSV (RFC 4180) instead of lines.")},
                {kIncludeCancelled, QString(),
                 QStringLiteral("Include cancelled visits and no-shows, with the reason.")},
            },
        };
        return spec;
    }

    int run(const Invocation &invocation) const override
    {
        Console &console = invocation.console();
        const Arguments &args = invocation.args();
        if (!args.isSet(kDate))
            return console.usageError(QStringLiteral("schedule needs --date DATE."), spec().name());
        if (args.isSet(kJson) && args.isSet(kCsv))
            return console.usageError(QStringLiteral("Choose --json or --csv, not both."),
                                      spec().name());
        const QDate today = App::AppContext::makeClock()->today();
        const auto day = AppointmentInput::day(args.value(kDate), today);
        if (!day)
            return console.invalid(QStringLiteral("--date"), day.error().message);

        auto opened = invocation.openClinic();
        if (!opened)
            return console.fail(opened.error());
        App::AppContext &clinic = *opened.value();

        Core::ScheduleFilter filter;
        filter.includeCancelled = args.isSet(kIncludeCancelled);
        QString whose;
        if (args.isSet(kProvider)) {
            const auto providers = clinic.setup().providers();
            if (!providers)
                return console.fail(providers.error());
            const auto provider =
                AppointmentInput::provider(args.value(kProvider), providers.value());
            if (!provider)
                return console.invalid(QStringLiteral("--provider"), provider.error().message);
            filter.providerIds << provider->id;
            whose = QStringLiteral(" for ") + provider->displayName();
        }
        const auto entries = clinic.appointments().between(day.value(), day.value(), filter);
        if (!entries)
            return console.fail(entries.error());

        if (args.isSet(kJson))
            console.printJson(QJsonDocument(AppointmentFormat::json(entries.value())));
        else if (args.isSet(kCsv))
            console.write(AppointmentFormat::csv(entries.value()));
        else
            console.printLines(AppointmentFormat::table(entries.value()));
        if (entries->isEmpty())
            console.message(
                QStringLiteral("No appointments on %1%2.")
                    .arg(QLocale(QLocale::English, QLocale::UnitedStates)
                             .toString(day.value(), QStringLiteral("dddd, MMMM d, yyyy")),
                         whose));
        return ExitCode::Done;
    }
};

} // namespace

std::unique_ptr<Command> makeScheduleCommand()
{
    return std::make_unique<ScheduleCommand>();
}

} // namespace ClinicDesk::Cli
