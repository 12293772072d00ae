#include "appointmentinput.h"
#include "clinicdate.h"
#include "command.h"
#include "exitcode.h"
#include "treatmentformat.h"

#include <QJsonDocument>

namespace ClinicDesk::Cli {

namespace {

const QString kPatient = QStringLiteral("patient");
const QString kDate = QStringLiteral("date");
const QString kUnits = QStringLiteral("units");
const QString kDiscarded = QStringLiteral("discarded");
const QString kLot = QStringLiteral("lot");
const QString kLotExpiry = QStringLiteral("lot-expiry");
const QString kProvider = QStringLiteral("provider");
const QString kVial = QStringLiteral("vial");
const QString kVials = QStringLiteral("vials");
const QString kAppointment = QStringLiteral("appointment");
const QString kConsent = QStringLiteral("consent");
const QString kNotes = QStringLiteral("notes");
const QString kJson = QStringLiteral("json");

// The option that sets each field the treatment rules can refuse or warn about.
const FieldOptions &fieldOptions()
{
    static const FieldOptions options = {
        {QStringLiteral("patientId"), QStringLiteral("--patient")},
        {QStringLiteral("date"), QStringLiteral("--date")},
        {QStringLiteral("providerId"), QStringLiteral("--provider")},
        {QStringLiteral("vialUnits"), QStringLiteral("--vial")},
        {QStringLiteral("vialCount"), QStringLiteral("--vials")},
        {QStringLiteral("unitsGiven"), QStringLiteral("--units")},
        {QStringLiteral("unitsDiscarded"), QStringLiteral("--discarded")},
        {QStringLiteral("lotNumber"), QStringLiteral("--lot")},
        {QStringLiteral("lotExpiry"), QStringLiteral("--lot-expiry")},
        {QStringLiteral("areas"), QStringLiteral("--units")},
        {QStringLiteral("notes"), QStringLiteral("--notes")},
    };
    return options;
}

QString fieldOption(const QString &field)
{
    return fieldOptions().value(field);
}

// "--units: 200 U is above ..." for a message about a field, the bare message otherwise.
QString named(const QString &field, const QString &message)
{
    const QString option = fieldOption(field);
    return option.isEmpty() ? message : option + QStringLiteral(": ") + message;
}

class TreatmentAddCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("treatment"), QStringLiteral("add")},
            QStringLiteral("--patient MRN --date DATE --units N [--discarded N] [--lot LOT] "
                           "[--lot-expiry DATE] [--provider NAME] [--vial 100|200] [--vials N] "
                           "[--appointment ID] [--consent] [--notes TEXT]"),
            QStringLiteral("Record a Botox treatment given; prints its number"),
            QStringLiteral(
                "Records a Botox treatment, from a completed appointment (--appointment) or "
                "entered by hand (history from a paper chart), and prints the new record's "
                "number alone on stdout. The clinic's product, NDC and diagnosis code are "
                "filled in; the injection areas follow the PREEMPT table (155 U in 31 sites), "
                "with follow-the-pain additions for up to 195 U. Unless given, the vials are as "
                "many of the clinic's usual size as the units need, and the units discarded are "
                "what they hold minus the units given (billed JW; JZ when none). A dose above "
                "195 U or a lot that expired before the treatment is recorded with a warning "
                "on stderr. Then stderr says the cycle number and the patient's next window: "
                "\u201CCycle 5 recorded. Next: earliest Feb 17, 2027, due Feb 17, 2027.\u201D"),
            {
                {kPatient, QStringLiteral("MRN"),
                 QStringLiteral("The patient's record number (required).")},
                {kDate, QStringLiteral("DATE"),
                 QStringLiteral("When it was given (required): 2026-11-25, 11/25/2026 or "
                                "\u201Ctoday\u201D; not after today.")},
                {kUnits, QStringLiteral("N"), QStringLiteral("Units given (required), e.g. 155.")},
                {kDiscarded, QStringLiteral("N"),
                 QStringLiteral("Units discarded (default: what the vials hold minus the units "
                                "given).")},
                {kLot, QStringLiteral("LOT"), QStringLiteral("The vial's lot number.")},
                {kLotExpiry, QStringLiteral("DATE"), QStringLiteral("The lot's expiry date.")},
                {kProvider, QStringLiteral("NAME"),
                 QStringLiteral("Who gave it (default: the appointment's provider; else "
                                "unknown).")},
                {kVial, QStringLiteral("100|200"),
                 QStringLiteral("Vial size in units (default: the clinic's setting).")},
                {kVials, QStringLiteral("N"),
                 QStringLiteral("Vials opened, 1 to 10 (default: enough for the units).")},
                {kAppointment, QStringLiteral("ID"),
                 QStringLiteral("The Botox appointment it was given at; its day must be "
                                "--date.")},
                {kConsent, QString(), QStringLiteral("The consent form was signed.")},
                {kNotes, QStringLiteral("TEXT"), QStringLiteral("Notes for the record.")},
            },
        };
        return spec;
    }

    int run(const Invocation &invocation) const override
    {
        Console &console = invocation.console();
        const Arguments &args = invocation.args();
        for (const QString &required : {kPatient, kDate, kUnits})
            if (!args.isSet(required))
                return console.usageError(QStringLiteral("treatment add needs --%1.").arg(required),
                                          spec().name());

        // What can be checked without the database is checked first: bad input opens nothing.
        const QDate today = App::AppContext::makeClock()->today();
        int invalid = 0;
        const auto date = TreatmentFormat::date(args.value(kDate), today);
        if (!date)
            invalid = console.invalid(QStringLiteral("--date"), date.error().message);
        const auto units = args.integer(kUnits, 0, 1, 600);
        if (!units)
            invalid = console.invalid(QStringLiteral("--units"), units.error().message);
        const auto vial = args.integer(kVial, 0, 100, 200);
        if (!vial || (args.isSet(kVial) && vial.value() != 100 && vial.value() != 200))
            invalid = console.invalid(QStringLiteral("--vial"),
                                      QStringLiteral("Vials hold 100 U or 200 U; give 100 or "
                                                     "200."));
        const auto vials = args.integer(kVials, 0, 1, 10);
        if (!vials)
            invalid = console.invalid(QStringLiteral("--vials"), vials.error().message);
        const auto discarded = args.integer(kDiscarded, -1, 0, 2000);
        if (!discarded)
            invalid = console.invalid(QStringLiteral("--discarded"), discarded.error().message);
        QDate lotExpiry;
        if (args.isSet(kLotExpiry)) {
            // A lot expires after it is used: 12/31/27 is 2027, not 1927.
            const auto expiry =
                TreatmentFormat::date(args.value(kLotExpiry), today, today.addYears(50));
            if (expiry)
                lotExpiry = expiry.value();
            else
                invalid = console.invalid(QStringLiteral("--lot-expiry"), expiry.error().message);
        }
        qint64 appointmentId = 0;
        if (args.isSet(kAppointment)) {
            const auto id = AppointmentInput::appointmentId(args.value(kAppointment));
            if (id)
                appointmentId = id.value();
            else
                invalid = console.invalid(QStringLiteral("--appointment"), id.error().message);
        }
        if (invalid)
            return invalid;

        auto opened = invocation.openClinic();
        if (!opened)
            return console.fail(opened.error());
        App::AppContext &clinic = *opened.value();

        const auto patient = clinic.patients().byRecordNumber(args.value(kPatient));
        if (!patient) {
            if (patient.error().kind == Core::Error::Kind::Storage)
                return console.fail(patient.error());
            return console.invalid(QStringLiteral("--patient"), patient.error().message);
        }
        const auto providers = clinic.setup().providers();
        if (!providers)
            return console.fail(providers.error());

        Core::Treatment t = clinic.treatments().draftFor(patient->id);
        t.date = date.value();
        if (appointmentId != 0) {
            const auto entry = clinic.appointments().byId(appointmentId);
            if (!entry) {
                if (entry.error().kind == Core::Error::Kind::Storage)
                    return console.fail(entry.error());
                return console.invalid(QStringLiteral("--appointment"), entry.error().message);
            }
            if (entry->slot().date != t.date)
                return console.invalid(QStringLiteral("--date"),
                                       QStringLiteral("Appointment %1 is on %2, not %3.")
                                           .arg(QString::number(appointmentId),
                                                Core::ClinicDate::formatLong(entry->slot().date),
                                                Core::ClinicDate::formatLong(t.date)));
            t.appointmentId = appointmentId;
            t.providerId = entry->appointment.providerId;
        }
        if (args.isSet(kProvider)) {
            const auto provider =
                AppointmentInput::provider(args.value(kProvider), providers.value());
            if (!provider)
                return console.invalid(QStringLiteral("--provider"), provider.error().message);
            t.providerId = provider->id;
        }
        if (args.isSet(kVial))
            t.vialUnits = int(vial.value());
        t.unitsGiven = int(units.value());
        t.vialCount = args.isSet(kVials)
                          ? int(vials.value())
                          : std::max(1, (t.unitsGiven + t.vialUnits - 1) / t.vialUnits);
        t.unitsDiscarded = discarded.value() >= 0 ? int(discarded.value())
                                                  : std::max(0, t.vialUnitsOpened() - t.unitsGiven);
        t.areas = Core::Preempt::withFollowThePain(t.unitsGiven);
        t.lotNumber = args.value(kLot);
        t.lotExpiry = lotExpiry;
        t.consentSigned = args.isSet(kConsent);
        t.notes = args.value(kNotes);

        // Every problem at once, so one correction fixes the command line.
        const auto outcome = clinic.treatments().check(t);
        if (!outcome.ok()) {
            for (const Core::FieldError &e : outcome.errors)
                console.message(named(e.field, e.message));
            return ExitCode::InvalidInput;
        }
        const auto recorded = clinic.treatments().record(t);
        if (!recorded) {
            // The appointment's own problems (someone else's, not Botox, cancelled, already
            // recorded) carry no field.
            const Core::Error &error = recorded.error();
            const bool aboutAppointment = appointmentId != 0 && error.field.isEmpty() &&
                                          (error.kind == Core::Error::Kind::Invalid ||
                                           error.kind == Core::Error::Kind::Conflict);
            if (aboutAppointment)
                return console.invalid(QStringLiteral("--appointment"), error.message);
            return console.fail(error, fieldOptions());
        }
        for (const Core::FieldError &w : outcome.warnings)
            console.message(QStringLiteral("Warning: ") + named(w.field, w.message));

        console.message(recordedLine(clinic, recorded.value()));
        console.print(QString::number(recorded->id));
        return ExitCode::Done;
    }

private:
    // "Cycle 5 recorded. Next: earliest Feb 17, 2027, due Feb 17, 2027."
    static QString recordedLine(App::AppContext &clinic, const Core::Treatment &recorded)
    {
        QString line = QStringLiteral("Treatment recorded.");
        const auto cycles = clinic.treatments().cyclesFor(recorded.patientId);
        if (cycles) {
            for (const Core::TreatmentCycle &cycle : cycles.value())
                if (cycle.treatment.id == recorded.id)
                    line = QStringLiteral("Cycle %1 recorded.").arg(cycle.number);
            if (!cycles->isEmpty() && cycles->constLast().treatment.id != recorded.id)
                line += QStringLiteral(" The latest treatment is on %1.")
                            .arg(Core::ClinicDate::formatLong(cycles->constLast().treatment.date));
        }
        const auto status = clinic.retreatment().statusFor(recorded.patientId);
        if (status && status->window)
            line += QStringLiteral(" Next: earliest %1, due %2.")
                        .arg(Core::ClinicDate::formatLong(status->window->earliestAllowed),
                             Core::ClinicDate::formatLong(status->window->due));
        if (status && (status->state == Core::RetreatmentStatus::State::BookedTooEarly ||
                       status->state == Core::RetreatmentStatus::State::Discontinued))
            line += u' ' + status->label() + u'.';
        return line;
    }
};

class TreatmentListCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("treatment"), QStringLiteral("list")},
            QStringLiteral("--patient MRN [--json]"),
            QStringLiteral("List a patient's Botox treatments as cycles"),
            QStringLiteral(
                "Prints a patient's Botox treatments in date order as cycles 1, 2, ...: the "
                "date, the days since the cycle before, units given and discarded (with the JW "
                "or JZ modifier), vials, lot and expiry, provider, and whether it was given at "
                "an appointment or entered by hand. With --json, an array of objects with every "
                "field, injection areas and adverse events included. A patient without "
                "treatments is not an error: nothing on stdout (\u201C[]\u201D with --json) "
                "and a message on stderr."),
            {
                {kPatient, QStringLiteral("MRN"),
                 QStringLiteral("The patient's record number (required).")},
                {kJson, QString(), QStringLiteral("Print a JSON array instead of lines.")},
            },
        };
        return spec;
    }

    int run(const Invocation &invocation) const override
    {
        Console &console = invocation.console();
        const Arguments &args = invocation.args();
        if (!args.isSet(kPatient))
            return console.usageError(QStringLiteral("treatment list needs --patient."),
                                      spec().name());
        auto opened = invocation.openClinic();
        if (!opened)
            return console.fail(opened.error());
        App::AppContext &clinic = *opened.value();
        const auto patient = clinic.patients().byRecordNumber(args.value(kPatient));
        if (!patient) {
            if (patient.error().kind == Core::Error::Kind::Storage)
                return console.fail(patient.error());
            return console.invalid(QStringLiteral("--patient"), patient.error().message);
        }
        const auto cycles = clinic.treatments().cyclesFor(patient->id);
        if (!cycles)
            return console.fail(cycles.error());
        const auto providers = clinic.setup().providers();
        if (!providers)
            return console.fail(providers.error());
        QHash<qint64, QString> names;
        for (const Core::Provider &p : providers.value())
            names.insert(p.id, p.displayName());

        if (args.isSet(kJson))
            console.printJson(QJsonDocument(TreatmentFormat::json(cycles.value(), names)));
        else if (!cycles->isEmpty())
            console.printLines(TreatmentFormat::table(cycles.value(), names));
        if (cycles->isEmpty())
            console.message(
                QStringLiteral("%1 has no Botox treatments recorded.").arg(patient->fullName()));
        return ExitCode::Done;
    }
};

} // namespace

std::unique_ptr<Command> makeTreatmentAddCommand()
{
    return std::make_unique<TreatmentAddCommand>();
}

std::unique_ptr<Command> makeTreatmentListCommand()
{
    return std::make_unique<TreatmentListCommand>();
}

} // namespace ClinicDesk::Cli
