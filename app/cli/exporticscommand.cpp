#include "appointmentinput.h"
#include "calendarexporter.h"
#include "command.h"
#include "exitcode.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ClinicDesk::Cli {

namespace {

const QString kProvider = QStringLiteral("provider");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kOut = QStringLiteral("out");
const QString kWithNames = QStringLiteral("with-names");

class ExportIcsCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("export-ics")},
            QStringLiteral("--provider NAME --from DATE --to DATE --out FILE [--with-names]"),
            QStringLiteral("Write a provider's appointments to a calendar file (.ics)"),
            QStringLiteral(
                "Writes one provider's appointments from --from to --to (both days included) to "
                "FILE as an iCalendar file that Google Calendar, Outlook and Apple Calendar "
                "import, in the clinic's time zone. Each visit keeps the same event identity in "
                "every export, so importing a newer file updates the events; cancelled visits "
                "and no-shows are written as cancelled events so that they leave the calendar. "
                "Events show the type of visit and the room; patient names, record numbers, "
                "notes and cancel reasons are left out unless --with-names is given (use it "
                "only for a calendar no one else can see). Never overwrites: an existing FILE "
                "is refused with exit status 2. The file appears under its name only when it "
                "is complete. Prints the number of events on stdout."),
            {
                {kProvider, QStringLiteral("NAME"),
                 QStringLiteral("Whose appointments (required), e.g. \u201CFiks\u201D.")},
                {kFrom, QStringLiteral("DATE"),
                 QStringLiteral("The first day (required): 2026-11-25, or \u201Ctoday\u201D.")},
                {kTo, QStringLiteral("DATE"),
                 QStringLiteral("The last day (required), at most two years after the first.")},
                {kOut, QStringLiteral("FILE"),
                 QStringLiteral("The .ics file to write (required).")},
                {kWithNames, QString(),
                 QStringLiteral("Put patients' names, record numbers and notes in the events.")},
            },
        };
        return spec;
    }

    int run(const Invocation &invocation) const override
    {
        Console &console = invocation.console();
        const Arguments &args = invocation.args();
        for (const QString &required : {kProvider, kFrom, kTo, kOut})
            if (!args.isSet(required))
                return console.usageError(QStringLiteral("export-ics needs --%1.").arg(required),
                                          spec().name());

        const QDate today = App::AppContext::makeClock()->today();
        const auto from = AppointmentInput::day(args.value(kFrom), today);
        if (!from)
            return console.invalid(QStringLiteral("--from"), from.error().message);
        const auto to = AppointmentInput::day(args.value(kTo), today);
        if (!to)
            return console.invalid(QStringLiteral("--to"), to.error().message);
        if (to.value() < from.value())
            return console.invalid(
                QStringLiteral("--to"),
                QStringLiteral("The last day (%1) comes before the first "
                               "(%2).")
                    .arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));

        const QString out = args.value(kOut);
        if (out.trimmed().isEmpty())
            return console.invalid(QStringLiteral("--out"), QStringLiteral("Give a file name."));
        const QFileInfo target(out);
        const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
        // As backup does: a calendar file someone keeps is not replaced by surprise.
        if (target.exists())
            return console.invalid(QStringLiteral("--out"),
                                   QStringLiteral("%1 already exists; choose a new file name for "
                                                  "the calendar.")
                                       .arg(shown));

        auto opened = invocation.openClinic();
        if (!opened)
            return console.fail(opened.error());
        App::AppContext &clinic = *opened.value();
        const auto providers = clinic.setup().providers();
        if (!providers)
            return console.fail(providers.error());
        const auto provider = AppointmentInput::provider(args.value(kProvider), providers.value());
        if (!provider)
            return console.invalid(QStringLiteral("--provider"), provider.error().message);

        const Core::CalendarExporter exporter(clinic.appointments(), clinic.setup(),
                                              clinic.clock());
        const auto calendar = exporter.exportCalendar(
            {provider.value(), from.value(), to.value(), args.isSet(kWithNames)});
        if (!calendar)
            return console.fail(calendar.error(), {{kProvider, QStringLiteral("--provider")},
                                                   {kFrom, QStringLiteral("--from")},
                                                   {kTo, QStringLiteral("--to")}});

        // Written beside the target and renamed when complete: a full disk leaves no half file.
        QSaveFile file(target.absoluteFilePath());
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(calendar->text) != calendar->text.size() || !file.commit()) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return console.fail(Core::Error::storage(
                QStringLiteral("Cannot write %1 (%2); nothing was written.").arg(shown, reason)));
        }
        console.message(QStringLiteral("Wrote %1 for %2, %3 to %4, to %5.")
                            .arg(calendar->events == 1
                                     ? QStringLiteral("1 event")
                                     : QStringLiteral("%1 events").arg(calendar->events),
                                 provider->displayName(), from->toString(Qt::ISODate),
                                 to->toString(Qt::ISODate), shown));
        if (calendar->events == 0)
            console.message(QStringLiteral("There are no appointments in those days; the "
                                           "calendar file has no events."));
        console.print(QString::number(calendar->events));
        return ExitCode::Done;
    }
};

} // namespace

std::unique_ptr<Command> makeExportIcsCommand()
{
    return std::make_unique<ExportIcsCommand>();
}

} // namespace ClinicDesk::Cli
