#include "appointmentformat.h"
#include "appointmentinput.h"
#include "command.h"
#include "exitcode.h"
#include "scheduledocument.h"

#include <QJsonDocument>
#include <QLocale>

namespace ClinicDesk::Cli {

namespace {

const QString kDate = QStringLiteral("date");
const QString kProvider = QStringLiteral("provider");
const QString kJson = QStringLiteral("json");
const QString kCsv = QStringLiteral("csv");
const QString kIncludeCancelled = QStringLiteral("include-cancelled");
const QString kPdf = QStringLiteral("pdf");
const QString kPaper = QStringLiteral("paper");
const QString kLandscape = QStringLiteral("landscape");

class ScheduleCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("schedule")},
            QStringLiteral("--date DATE [--provider NAME] [--json|--csv|--pdf FILE [--paper "
                           "letter|a4] [--landscape]] [--include-cancelled]"),
            QStringLiteral("Print a day's appointments"),
            QStringLiteral(
                "Prints the appointments of one day in time order, one a line: time, provider, "
                "room, patient, record number, phone, type, status and notes. With --json, an "
                "array of objects with ISO dates and times; with --csv, a spreadsheet with a "
                "header row (a cell that starts with = + - or @ gets a ' in front, so that the "
                "spreadsheet shows it rather than running it). Cancelled visits and no-shows "
                "are left out unless --include-cancelled is given. A day without appointments "
                "is not an error: nothing on stdout (\u201C[]\u201D with --json, the header "
                "with --csv) and a message on stderr. With --pdf, the printed daily schedule "
                "the staff work from (per provider in time order, Botox window, authorization "
                "and drug, blocked time, page X of Y) is written to FILE instead, for a "
                "scheduled job that prints it before the clinic opens."),
            {
                {kDate, QStringLiteral("DATE"),
                 QStringLiteral("The day (required): 2026-11-25, or \u201Ctoday\u201D.")},
                {kProvider, QStringLiteral("NAME"),
                 QStringLiteral("Only this provider's appointments.")},
                {kJson, QString(), QStringLiteral("Print a JSON array instead of lines.")},
                {kCsv, QString(), QStringLiteral("Print CSV (RFC 4180) instead of lines.")},
                {kPdf, QStringLiteral("FILE"),
                 QStringLiteral("Write the printed schedule as a PDF file.")},
                {kPaper, QStringLiteral("SIZE"),
                 QStringLiteral("Paper for --pdf: letter (the default) or a4.")},
                {kLandscape, QString(), QStringLiteral("Print --pdf across the page.")},
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
        if (int(args.isSet(kJson)) + int(args.isSet(kCsv)) + int(args.isSet(kPdf)) > 1)
            return console.usageError(QStringLiteral("Choose one output: --json or --csv, or --pdf FILE."),
                                      spec().name());
        if (!args.isSet(kPdf) && (args.isSet(kPaper) || args.isSet(kLandscape)))
            return console.usageError(QStringLiteral("--paper and --landscape go with --pdf FILE."),
                                      spec().name());
        Documents::PaperOptions paper;
        if (args.isSet(kPaper)) {
            const QString size = args.value(kPaper).trimmed().toLower();
            if (size == u"a4")
                paper.size = Documents::PaperOptions::Size::A4;
            else if (size != u"letter")
                return console.invalid(QStringLiteral("--paper"),
                                       QStringLiteral("Use letter or a4, not \u201C%1\u201D.")
                                           .arg(args.value(kPaper)));
        }
        paper.landscape = args.isSet(kLandscape);
        if (args.isSet(kPdf) && args.value(kPdf).trimmed().isEmpty())
            return console.invalid(QStringLiteral("--pdf"),
                                   QStringLiteral("Name the PDF file to write."));
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
        if (args.isSet(kPdf))
            return writePdf(clinic, day.value(), filter, args.value(kPdf), paper, console);
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

private:
    static int writePdf(App::AppContext &clinic, QDate day, const Core::ScheduleFilter &filter,
                        const QString &path, const Documents::PaperOptions &paper,
                        Console &console)
    {
        const Core::DailyScheduleBuilder builder(clinic.appointments(), clinic.setup(),
                                                 clinic.retreatment(), clinic.authorizations());
        Core::DailyScheduleRequest request;
        request.date = day;
        request.providerId = filter.providerIds.value(0);
        request.includeCancelled = filter.includeCancelled;
        const auto schedule = builder.build(request, App::AppContext::currentUser());
        if (!schedule)
            return console.fail(schedule.error());
        const auto pages =
            Documents::writePdf(Documents::ScheduleDocument::document(schedule.value()), path, paper);
        if (!pages)
            return console.fail(pages.error());
        console.print(QStringLiteral("Wrote %1 (%2 %3; %4).")
                          .arg(path)
                          .arg(pages.value())
                          .arg(pages.value() == 1 ? QStringLiteral("page") : QStringLiteral("pages"),
                               schedule->summary()));
        return ExitCode::Done;
    }
};

} // namespace

std::unique_ptr<Command> makeScheduleCommand()
{
    return std::make_unique<ScheduleCommand>();
}

} // namespace ClinicDesk::Cli
