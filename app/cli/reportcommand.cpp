#include "command.h"
#include "exitcode.h"
#include "treatmentformat.h"

namespace ClinicDesk::Cli {

namespace {

const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kCsv = QStringLiteral("csv");

// "appointments (per month: booked, ...); treatments (...)" for --help.
QString reportList()
{
    QStringList items;
    for (Core::ReportKind kind : Core::allReports())
        items << QStringLiteral("%1 (%2)").arg(Core::reportCode(kind),
                                               Core::reportSummary(kind).toLower());
    return items.join(QStringLiteral("; "));
}

QStringList reportCodes()
{
    QStringList codes;
    for (Core::ReportKind kind : Core::allReports())
        codes << Core::reportCode(kind);
    return codes;
}

class ReportCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("report")},
            QStringLiteral("NAME [--from DATE] [--to DATE] [--csv]"),
            QStringLiteral("Print a report over a date range (report --help lists them)"),
            QStringLiteral("Prints one of the clinic's reports over a date range, as the "
                           "Reports screen shows it: a table with a header line, then how the "
                           "numbers were counted on stderr. NAME is one of: ") +
                reportList() +
                QStringLiteral(
                    ". Dates are 2026-11-01 or 11/01/2026; the range is this month when left "
                    "out and spans at most 10 years. Monthly reports list every month the "
                    "range touches, empty ones with zeros. With --csv, a spreadsheet with a "
                    "header row (a cell that starts with = + - or @ gets a ' in front; rates "
                    "as plain numbers, months as 2026-11)."),
            {
                {kFrom, QStringLiteral("DATE"),
                 QStringLiteral("First day (default: the first of this month).")},
                {kTo, QStringLiteral("DATE"),
                 QStringLiteral("Last day (default: the end of this month).")},
                {kCsv, QString(), QStringLiteral("Print CSV (RFC 4180) instead of a table.")},
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
        const QString name = args.positionals().constFirst();
        const auto kind = Core::reportFromCode(name);
        if (!kind)
            return console.usageError(
                QStringLiteral("There is no report \u201C%1\u201D; choose one of %2.")
                    .arg(name.left(40), reportCodes().join(QStringLiteral(", "))),
                spec().name());

        // Every date typed is checked before the database is opened.
        const QDate today = App::AppContext::makeClock()->today();
        auto [from, to] = Core::ReportRange::preset(Core::ReportRange::Preset::ThisMonth, today);
        int invalid = 0;
        auto date = [&](const QString &option, QDate &into) {
            if (!args.isSet(option))
                return;
            const auto day = TreatmentFormat::date(args.value(option), today);
            if (day)
                into = day.value();
            else
                invalid = console.invalid(QStringLiteral("--") + option, day.error().message);
        };
        date(kFrom, from);
        date(kTo, to);
        if (invalid)
            return invalid;
        if (const Core::Status range = Core::ReportRange::check(from, to); !range)
            return console.invalid(QStringLiteral("--") + range.error().field,
                                   range.error().message);

        auto opened = invocation.openClinic();
        if (!opened)
            return console.fail(opened.error());
        const auto table = opened.value()->reports().build(*kind, from, to);
        if (!table)
            return console.fail(table.error());
        if (args.isSet(kCsv))
            console.write(Core::reportCsv(table.value()));
        else
            console.printLines(alignColumns(Core::reportTextRows(table.value())));
        console.message(table->footnote);
        return ExitCode::Done;
    }
};

} // namespace

std::unique_ptr<Command> makeReportCommand()
{
    return std::make_unique<ReportCommand>();
}

} // namespace ClinicDesk::Cli
