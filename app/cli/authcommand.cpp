#include "clinicdate.h"
#include "command.h"
#include "exitcode.h"
#include "phonenumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ClinicDesk::Cli {

namespace {

using Core::Authorization;
using Core::AuthorizationService;

const QString kPatient = QStringLiteral("patient");
const QString kPayer = QStringLiteral("payer");
const QString kNumber = QStringLiteral("number");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kUnits = QStringLiteral("units");
const QString kVisits = QStringLiteral("visits");
const QString kCovers = QStringLiteral("covers");
const QString kNotes = QStringLiteral("notes");
const QString kWithin = QStringLiteral("within");
const QString kJson = QStringLiteral("json");
const QString kCsv = QStringLiteral("csv");

// The option that sets each field the authorization rules can refuse.
const FieldOptions &fieldOptions()
{
    static const FieldOptions options = {
        {QStringLiteral("patient"), QStringLiteral("--patient")},
        {QStringLiteral("payer"), QStringLiteral("--payer")},
        {QStringLiteral("number"), QStringLiteral("--number")},
        {QStringLiteral("covers"), QStringLiteral("--covers")},
        {QStringLiteral("validFrom"), QStringLiteral("--from")},
        {QStringLiteral("validTo"), QStringLiteral("--to")},
        {QStringLiteral("approvedUnits"), QStringLiteral("--units")},
        {QStringLiteral("approvedVisits"), QStringLiteral("--visits")},
        {QStringLiteral("notes"), QStringLiteral("--notes")},
    };
    return options;
}

// The patient named by --patient MRN, or the error to report (a missing record names --patient).
Core::Result<Core::Patient> patientFrom(App::AppContext &clinic, const Arguments &args)
{
    if (args.value(kPatient).trimmed().isEmpty())
        return Core::Error::invalid(QStringLiteral("Give the patient's record number (MRN)."),
                                    QStringLiteral("patient"));
    auto patient = clinic.patients().byRecordNumber(args.value(kPatient));
    if (!patient && patient.error().kind != Core::Error::Kind::Storage)
        return Core::Error::invalid(patient.error().message, QStringLiteral("patient"));
    return patient;
}

QString limitText(int used, int approved)
{
    return approved > 0 ? QStringLiteral("%1 of %2").arg(used).arg(approved)
                        : QStringLiteral("%1 (no limit)").arg(used);
}

QJsonValue limitJson(int limit)
{
    return limit > 0 ? QJsonValue(limit) : QJsonValue(QJsonValue::Null);
}

QJsonObject authorizationJson(const Authorization &a)
{
    return {
        {QStringLiteral("id"), a.id},
        {QStringLiteral("payer"), a.payer},
        {QStringLiteral("number"), a.number},
        {QStringLiteral("covers"), Core::coversCode(a.covers)},
        {QStringLiteral("validFrom"), a.validFrom.toString(Qt::ISODate)},
        {QStringLiteral("validTo"), a.validTo.toString(Qt::ISODate)},
        {QStringLiteral("approvedUnits"), limitJson(a.approvedUnits)},
        {QStringLiteral("approvedVisits"), limitJson(a.approvedVisits)},
        {QStringLiteral("unitsUsed"), a.unitsUsed},
        {QStringLiteral("visitsUsed"), a.visitsUsed},
        {QStringLiteral("notes"), a.notes},
    };
}

QString stateCode(Core::AuthorizationStanding::State state)
{
    using State = Core::AuthorizationStanding::State;
    switch (state) {
    case State::NotNeeded:
        return QStringLiteral("not_needed");
    case State::Missing:
        return QStringLiteral("missing");
    case State::Valid:
        return QStringLiteral("valid");
    case State::ExpiringSoon:
        return QStringLiteral("expiring_soon");
    case State::UsedUp:
        return QStringLiteral("used_up");
    }
    return {};
}

class AuthAddCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("auth"), QStringLiteral("add")},
            QStringLiteral("--patient MRN --payer P --number N --from DATE --to DATE [--units N] "
                           "[--visits N] [--covers drug|procedure|both] [--notes TEXT]"),
            QStringLiteral("Add a prior authorization; prints its number"),
            QStringLiteral(
                "Adds a payer's prior authorization for a patient and prints its id alone on "
                "stdout; stderr says where the patient's treatment stands today. Dates are "
                "2027-01-04 or 01/04/2027; an authorization spans at most 3 years. Units and "
                "visits are what was approved (0 or left out: no limit); those used are counted "
                "from the treatments given between its dates. Invalid input is refused with "
                "exit status 2 and a message per option at fault; nothing is stored. The same "
                "payer and number twice for one patient is refused as a double entry."),
            {
                {kPatient, QStringLiteral("MRN"),
                 QStringLiteral("The patient's record number (required).")},
                {kPayer, QStringLiteral("P"),
                 QStringLiteral("The payer that approved it, e.g. \u201CAetna\u201D (required).")},
                {kNumber, QStringLiteral("N"),
                 QStringLiteral("The authorization number (required).")},
                {kFrom, QStringLiteral("DATE"), QStringLiteral("First day valid (required).")},
                {kTo, QStringLiteral("DATE"), QStringLiteral("Last day valid (required).")},
                {kUnits, QStringLiteral("N"),
                 QStringLiteral("Approved units, 0 to 2000 (default 0: no limit).")},
                {kVisits, QStringLiteral("N"),
                 QStringLiteral("Approved visits, 0 to 50 (default 0: no limit).")},
                {kCovers, QStringLiteral("WHAT"),
                 QStringLiteral("drug, procedure or both (default both).")},
                {kNotes, QStringLiteral("TEXT"), QStringLiteral("Notes.")},
            },
        };
        return spec;
    }

    int run(const Invocation &invocation) const override
    {
        Console &console = invocation.console();
        const Arguments &args = invocation.args();
        // Everything typed is checked before the database is opened: bad input changes nothing.
        const QDate today = App::AppContext::makeClock()->today();
        QList<Core::Error> errors;
        Authorization draft;
        draft.payer = args.value(kPayer);
        draft.number = args.value(kNumber);
        draft.notes = args.value(kNotes);
        QStringList unreadable;
        auto date = [&](const QString &option, QDate &into) {
            if (!args.isSet(option))
                return;
            into = Core::ClinicDate::parse(args.value(option), today);
            if (!into.isValid()) {
                errors << Core::Error::invalid(
                    QStringLiteral("\u201C%1\u201D is not a date; type it like 2027-01-04 or "
                                   "01/04/2027.")
                        .arg(args.value(option).left(40)),
                    option == kFrom ? QStringLiteral("validFrom") : QStringLiteral("validTo"));
                unreadable << errors.constLast().field;
            }
        };
        date(kFrom, draft.validFrom);
        date(kTo, draft.validTo);
        auto count = [&](const QString &option, int max, int &into, const QString &field) {
            const auto value = args.integer(option, 0, 0, max);
            if (value) {
                into = int(value.value());
            } else {
                errors << Core::Error::invalid(value.error().message, field);
                unreadable << field;
            }
        };
        count(kUnits, AuthorizationService::kMaxUnits, draft.approvedUnits,
              QStringLiteral("approvedUnits"));
        count(kVisits, AuthorizationService::kMaxVisits, draft.approvedVisits,
              QStringLiteral("approvedVisits"));
        if (args.isSet(kCovers)) {
            if (const auto covers = Core::coversFromCode(args.value(kCovers)))
                draft.covers = *covers;
            else
                errors << Core::Error::invalid(
                    QStringLiteral("\u201C%1\u201D is not drug, procedure or both.")
                        .arg(args.value(kCovers).left(20)),
                    QStringLiteral("covers"));
        }
        for (const Core::FieldError &error : AuthorizationService::validate(draft, today).errors)
            if (!unreadable.contains(error.field))
                errors << Core::Error::invalid(error.message, error.field);
        if (!args.isSet(kPatient))
            errors.prepend(Core::Error::invalid(
                QStringLiteral("Give the patient's record number (MRN)."), kPatient));
        if (!errors.isEmpty()) {
            for (const Core::Error &error : errors)
                console.fail(error, fieldOptions());
            return ExitCode::InvalidInput;
        }

        auto opened = invocation.openClinic();
        if (!opened)
            return console.fail(opened.error());
        App::AppContext &clinic = *opened.value();
        const auto patient = patientFrom(clinic, args);
        if (!patient)
            return console.fail(patient.error(), fieldOptions());
        draft.patientId = patient->id;
        AuthorizationService &service = clinic.authorizations();
        const auto added = service.add(draft);
        if (!added)
            return console.fail(added.error(), fieldOptions());
        console.message(QStringLiteral("Added %1 for %2 (MRN %3): %4, %5 to %6.")
                            .arg(Core::AuthorizationRules::displayName(added.value()),
                                 patient->displayName(), patient->mrn,
                                 Core::coversLabel(added->covers).toLower(),
                                 Core::ClinicDate::formatLong(added->validFrom),
                                 Core::ClinicDate::formatLong(added->validTo)));
        if (const auto standing = service.standingFor(patient->id, today)) {
            QString line = QStringLiteral("Today: %1").arg(standing->label);
            if (!standing->reason.isEmpty())
                line += QStringLiteral(" (%1)").arg(standing->reason);
            console.message(line);
        }
        console.print(QString::number(added->id));
        return ExitCode::Done;
    }
};

class AuthListCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("auth"), QStringLiteral("list")},
            QStringLiteral("--patient MRN [--json]"),
            QStringLiteral("A patient's prior authorizations"),
            QStringLiteral(
                "Lists a patient's prior authorizations, ending last first, one a line: id, "
                "payer and number, what it covers, its dates, visits and units used of those "
                "approved, and where it stands today (\u201CExpired Jan 4\u201D, \u201CExpires "
                "in 12 days\u201D). Stderr says where a treatment today stands. With --json, an "
                "object with the patient's standing and an array of authorizations (dates ISO, "
                "a limit of null for none)."),
            {
                {kPatient, QStringLiteral("MRN"),
                 QStringLiteral("The patient's record number (required).")},
                {kJson, QString(), QStringLiteral("Print JSON instead of lines.")},
            },
        };
        return spec;
    }

    int run(const Invocation &invocation) const override
    {
        Console &console = invocation.console();
        const Arguments &args = invocation.args();
        if (!args.isSet(kPatient))
            return console.invalid(QStringLiteral("--patient"),
                                   QStringLiteral("Give the patient's record number (MRN)."));
        auto opened = invocation.openClinic();
        if (!opened)
            return console.fail(opened.error());
        App::AppContext &clinic = *opened.value();
        const auto patient = patientFrom(clinic, args);
        if (!patient)
            return console.fail(patient.error(), fieldOptions());
        AuthorizationService &service = clinic.authorizations();
        const QDate today = clinic.clock().today();
        const auto list = service.forPatient(patient->id);
        if (!list)
            return console.fail(list.error());
        const auto standing = service.standingFor(patient->id, today);
        if (!standing)
            return console.fail(standing.error());
        const int lead = service.leadDays();

        if (args.isSet(kJson)) {
            QJsonArray array;
            for (const Authorization &a : list.value()) {
                QJsonObject object = authorizationJson(a);
                const auto row = Core::AuthorizationRules::standingOf(a, today, lead);
                object.insert(QStringLiteral("standing"), row.label);
                object.insert(QStringLiteral("state"), stateCode(row.state));
                array.append(object);
            }
            console.printJson(QJsonDocument(QJsonObject{
                {QStringLiteral("patient"), patient->mrn},
                {QStringLiteral("standing"), standing->label},
                {QStringLiteral("state"), stateCode(standing->state)},
                {QStringLiteral("reason"), standing->reason},
                {QStringLiteral("authorizations"), array},
            }));
            return ExitCode::Done;
        }
        QList<QStringList> rows;
        for (const Authorization &a : list.value())
            rows << QStringList{QString::number(a.id),
                                Core::AuthorizationRules::displayName(a),
                                Core::coversLabel(a.covers),
                                Core::ClinicDate::format(a.validFrom) + QStringLiteral("\u2013") +
                                    Core::ClinicDate::format(a.validTo),
                                QStringLiteral("visits ") +
                                    limitText(a.visitsUsed, a.approvedVisits),
                                QStringLiteral("units ") + limitText(a.unitsUsed, a.approvedUnits),
                                Core::AuthorizationRules::standingOf(a, today, lead).label};
        if (rows.isEmpty())
            console.message(QStringLiteral("No authorizations on file for %1 (MRN %2).")
                                .arg(patient->displayName(), patient->mrn));
        else
            console.printLines(alignColumns(rows));
        QString line = QStringLiteral("Today: %1").arg(standing->label);
        if (!standing->reason.isEmpty())
            line += QStringLiteral(" (%1)").arg(standing->reason);
        console.message(line);
        return ExitCode::Done;
    }
};

class AuthExpiringCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("auth"), QStringLiteral("expiring")},
            QStringLiteral("[--within DAYS] [--json|--csv]"),
            QStringLiteral("Authorizations to renew: ending soon or out of visits"),
            QStringLiteral(
                "Lists the authorizations valid today that end within DAYS (default: the "
                "clinic's lead time, authorization.leadDays, 28 days unless changed) or have one "
                "visit or none left, soonest ending first: patient, MRN, phone, payer and "
                "number, the day it ends, visits left and why. One whose renewal is already on "
                "file (covering as much and starting by the day after it ends) is left out. "
                "With --csv, a spreadsheet with a header line (cells starting with = + - @ are "
                "neutralised); with --json, an array of objects."),
            {
                {kWithin, QStringLiteral("DAYS"),
                 QStringLiteral("Look this many days ahead, 0 to 365.")},
                {kJson, QString(), QStringLiteral("Print a JSON array.")},
                {kCsv, QString(), QStringLiteral("Print CSV.")},
            },
        };
        return spec;
    }

    int run(const Invocation &invocation) const override
    {
        Console &console = invocation.console();
        const Arguments &args = invocation.args();
        if (args.isSet(kJson) && args.isSet(kCsv))
            return console.usageError(QStringLiteral("Choose one of --json and --csv."),
                                      spec().name());
        const auto within = args.integer(kWithin, -1, 0, 365);
        if (!within)
            return console.invalid(QStringLiteral("--within"), within.error().message);
        auto opened = invocation.openClinic();
        if (!opened)
            return console.fail(opened.error());
        App::AppContext &clinic = *opened.value();
        AuthorizationService &service = clinic.authorizations();
        const int days = within.value() >= 0 ? int(within.value()) : service.leadDays();
        const auto rows = service.expiring(days);
        if (!rows)
            return console.fail(rows.error());

        if (args.isSet(kCsv)) {
            console.write(Core::expiringAuthorizationsCsv(rows.value()));
            return ExitCode::Done;
        }
        if (args.isSet(kJson)) {
            QJsonArray array;
            for (const Core::ExpiringAuthorization &e : rows.value()) {
                QJsonObject object = authorizationJson(e.authorization);
                object.insert(QStringLiteral("patient"), e.patientName);
                object.insert(QStringLiteral("mrn"), e.patientMrn);
                object.insert(QStringLiteral("phone"), e.patientPhone);
                object.insert(QStringLiteral("why"), e.why);
                array.append(object);
            }
            console.printJson(QJsonDocument(array));
            return ExitCode::Done;
        }
        const QString until = Core::ClinicDate::formatLong(clinic.clock().today().addDays(days));
        if (rows->isEmpty()) {
            console.message(QStringLiteral("Nothing to renew: no authorization valid today ends "
                                           "by %1 or is down to its last visit.")
                                .arg(until));
            return ExitCode::Done;
        }
        QList<QStringList> lines;
        for (const Core::ExpiringAuthorization &e : rows.value()) {
            const Authorization &a = e.authorization;
            lines << QStringList{e.patientName,
                                 QStringLiteral("MRN ") + e.patientMrn,
                                 Core::PhoneNumber::format(e.patientPhone),
                                 Core::AuthorizationRules::displayName(a),
                                 QStringLiteral("ends ") + Core::ClinicDate::format(a.validTo),
                                 e.why};
        }
        console.printLines(alignColumns(lines));
        console.message(QStringLiteral("%1 to renew (ending by %2, or down to the last visit).")
                            .arg(rows->size() == 1
                                     ? QStringLiteral("1 authorization")
                                     : QStringLiteral("%1 authorizations").arg(rows->size()),
                                 until));
        return ExitCode::Done;
    }
};

} // namespace

std::unique_ptr<Command> makeAuthAddCommand()
{
    return std::make_unique<AuthAddCommand>();
}

std::unique_ptr<Command> makeAuthListCommand()
{
    return std::make_unique<AuthListCommand>();
}

std::unique_ptr<Command> makeAuthExpiringCommand()
{
    return std::make_unique<AuthExpiringCommand>();
}

} // namespace ClinicDesk::Cli
