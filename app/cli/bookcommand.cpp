#include "appointmentformat.h"
#include "appointmentinput.h"
#include "command.h"
#include "exitcode.h"

namespace ClinicDesk::Cli {

namespace {

const QString kPatient = QStringLiteral("patient");
const QString kProvider = QStringLiteral("provider");
const QString kType = QStringLiteral("type");
const QString kStart = QStringLiteral("start");
const QString kRoom = QStringLiteral("room");
const QString kMinutes = QStringLiteral("minutes");
const QString kNotes = QStringLiteral("notes");
const QString kOverrideReason = QStringLiteral("override-reason");

constexpr int kMaxOverrideReason = 500;

// The option that sets each field the appointment rules can refuse.
const FieldOptions &fieldOptions()
{
    static const FieldOptions options = {
        {QStringLiteral("patient"), QStringLiteral("--patient")},
        {QStringLiteral("provider"), QStringLiteral("--provider")},
        {QStringLiteral("room"), QStringLiteral("--room")},
        {QStringLiteral("type"), QStringLiteral("--type")},
        {QStringLiteral("date"), QStringLiteral("--start")},
        {QStringLiteral("start"), QStringLiteral("--start")},
        {QStringLiteral("minutes"), QStringLiteral("--minutes")},
        {QStringLiteral("notes"), QStringLiteral("--notes")},
        {QStringLiteral("overrideReason"), QStringLiteral("--override-reason")},
    };
    return options;
}

class BookCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("book")},
            QStringLiteral("--patient MRN --provider NAME --type TYPE --start DATETIME [--room "
                           "ROOM] [--minutes N] [--notes TEXT] [--override-reason TEXT]"),
            QStringLiteral("Book an appointment; prints its number"),
            QStringLiteral(
                "Books a visit with the clinic's rules and prints the new appointment's number "
                "alone on stdout. Providers, rooms and types are found by name, ignoring case "
                "and accents: the whole name or any part that only one of them has "
                "(\u201Cfiks\u201D, \u201Cbotox\u201D, \u201Cprocedure 1\u201D); "
                "\u2018providers\u2019, "
                "\u2018rooms\u2019 and \u2018types\u2019 list them. When the provider, the room or "
                "the patient is already booked at an overlapping time, or the time is outside "
                "the provider's hours or in blocked time, nothing is booked: exit status 3 and "
                "a message naming what is in the way and the next free times. Visits that only "
                "touch (10:00\u201310:15, then 10:15) are fine. A Botox treatment before the "
                "earliest day the patient's payer allows after their last treatment (usually 84 "
                "days) is refused with exit status 4 and a message giving that day, unless "
                "--override-reason says why it must be sooner; the reason is kept with the "
                "appointment and shown wherever it appears."),
            {
                {kPatient, QStringLiteral("MRN"),
                 QStringLiteral("The patient's record number (required).")},
                {kProvider, QStringLiteral("NAME"),
                 QStringLiteral("Who sees the patient (required).")},
                {kType, QStringLiteral("TYPE"),
                 QStringLiteral("The type of visit (required); it sets the usual length.")},
                {kStart, QStringLiteral("DATETIME"),
                 QStringLiteral("Day and time on the clinic's clock (required): 2026-11-25T10:15 "
                                "or \u201C2026-11-25 10:15\u201D.")},
                {kRoom, QStringLiteral("ROOM"),
                 QStringLiteral("The room; without it the visit holds no room (a phone call).")},
                {kMinutes, QStringLiteral("N"),
                 QStringLiteral("Length in minutes, 5 to 480 (default: the type's length).")},
                {kNotes, QStringLiteral("TEXT"), QStringLiteral("Notes for the desk.")},
                {kOverrideReason, QStringLiteral("TEXT"),
                 QStringLiteral("Why a Botox treatment is booked before the earliest allowed "
                                "date (\u201Cpatient travels from Dec 20\u201D). Only kept when "
                                "the date is too early.")},
            },
        };
        return spec;
    }

    int run(const Invocation &invocation) const override
    {
        Console &console = invocation.console();
        const Arguments &args = invocation.args();
        for (const QString &required : {kPatient, kProvider, kType, kStart})
            if (!args.isSet(required))
                return console.usageError(QStringLiteral("book needs --%1.").arg(required),
                                          spec().name());

        // What can be checked without the database is checked first: bad input opens nothing.
        int invalid = 0;
        const auto start = AppointmentInput::start(args.value(kStart));
        if (!start)
            invalid = console.invalid(QStringLiteral("--start"), start.error().message);
        const auto minutes = args.integer(kMinutes, 0, Core::AppointmentService::kMinMinutes,
                                          Core::AppointmentService::kMaxMinutes);
        if (!minutes)
            invalid = console.invalid(QStringLiteral("--minutes"), minutes.error().message);
        const QString overrideReason = args.value(kOverrideReason).simplified();
        if (args.isSet(kOverrideReason) && overrideReason.isEmpty())
            invalid = console.invalid(QStringLiteral("--override-reason"),
                                      QStringLiteral("Say why the treatment must be sooner."));
        else if (overrideReason.size() > kMaxOverrideReason)
            invalid = console.invalid(
                QStringLiteral("--override-reason"),
                QStringLiteral("Keep the reason under %1 characters.").arg(kMaxOverrideReason));
        if (invalid)
            return invalid;

        auto opened = invocation.openClinic();
        if (!opened)
            return console.fail(opened.error());
        App::AppContext &clinic = *opened.value();

        const auto providers = clinic.setup().providers();
        if (!providers)
            return console.fail(providers.error());
        const auto types = clinic.setup().appointmentTypes();
        if (!types)
            return console.fail(types.error());
        const auto rooms = clinic.setup().rooms();
        if (!rooms)
            return console.fail(rooms.error());

        // Every unknown name is reported at once, so one correction fixes the command line.
        QList<Core::Error> errors;
        Core::Appointment draft;
        const auto patient = args.value(kPatient).trimmed().isEmpty()
                                 ? Core::Result<Core::Patient>(Core::Error::invalid(
                                       QStringLiteral("Give the patient's record number.")))
                                 : clinic.patients().byRecordNumber(args.value(kPatient));
        if (patient)
            draft.patientId = patient->id;
        else if (patient.error().kind == Core::Error::Kind::Storage)
            return console.fail(patient.error());
        else
            errors << Core::Error::invalid(patient.error().message, QStringLiteral("patient"));
        const auto provider = AppointmentInput::provider(args.value(kProvider), providers.value());
        if (provider)
            draft.providerId = provider->id;
        else
            errors << provider.error();
        const auto type = AppointmentInput::type(args.value(kType), types.value());
        if (!type)
            errors << type.error();
        else if (!type->active)
            errors << Core::Error::invalid(
                QStringLiteral("%1 is no longer offered.").arg(type->name), QStringLiteral("type"));
        else
            draft.typeId = type->id;
        if (args.isSet(kRoom)) {
            const auto room = AppointmentInput::room(args.value(kRoom), rooms.value());
            if (room)
                draft.roomId = room->id;
            else
                errors << room.error();
        }
        if (!errors.isEmpty()) {
            for (const Core::Error &error : errors)
                console.fail(error, fieldOptions());
            return ExitCode::InvalidInput;
        }

        const int length = minutes.value() > 0 ? int(minutes.value()) : type->defaultMinutes;
        draft.slot = Core::TimeSlot::from(start.value(), length);
        draft.notes = args.value(kNotes);
        bool overridden = false;
        if (!overrideReason.isEmpty()) {
            // The reason flags the visit wherever it shows, so it is kept only when needed.
            const auto conflicts = clinic.appointments().conflictsFor(draft);
            if (!conflicts)
                return console.fail(conflicts.error());
            overridden = std::any_of(conflicts->cbegin(), conflicts->cend(), [](const auto &c) {
                return c.kind == Core::Conflict::Kind::TooEarly;
            });
            if (overridden)
                draft.overrideReason = overrideReason;
        }
        const auto booked = clinic.appointments().book(draft);
        if (!booked) {
            const int exitCode = console.fail(booked.error(), fieldOptions());
            if (booked.error().kind == Core::Error::Kind::Refused)
                console.message(QStringLiteral("To book it anyway, add --override-reason "
                                               "\u201Cwhy it must be sooner\u201D."));
            return exitCode;
        }

        Core::ScheduleEntry shown;
        if (const auto stored = clinic.appointments().byId(booked->id); stored)
            shown = stored.value();
        console.message(QStringLiteral("Booked %1 as appointment %2.")
                            .arg(shown.appointment.id ? AppointmentFormat::describe(shown)
                                                      : booked->slot.describe(),
                                 QString::number(booked->id)));
        if (overridden)
            console.message(QStringLiteral("Booked before the earliest allowed date; override "
                                           "reason kept: %1")
                                .arg(overrideReason));
        else if (!overrideReason.isEmpty())
            console.message(QStringLiteral("The date is inside the retreatment window; no "
                                           "override reason was needed or kept."));
        console.print(QString::number(booked->id));
        return ExitCode::Done;
    }
};

} // namespace

std::unique_ptr<Command> makeBookCommand()
{
    return std::make_unique<BookCommand>();
}

} // namespace ClinicDesk::Cli
