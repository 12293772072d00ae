#include "clinicdate.h"
#include "command.h"
#include "exitcode.h"
#include "patientformat.h"
#include "patientvalidator.h"
#include "phonenumber.h"

namespace ClinicDesk::Cli {

namespace {

using Core::FieldError;
using Core::Patient;

const QString kNoDuplicates = QStringLiteral("no-duplicates");

// The option that sets each Patient field, so that a message from the clinic's rules names what
// the user typed.
const FieldOptions &fieldOptions()
{
    static const FieldOptions options = {
        {QStringLiteral("firstName"), QStringLiteral("--first")},
        {QStringLiteral("middleName"), QStringLiteral("--middle")},
        {QStringLiteral("lastName"), QStringLiteral("--last")},
        {QStringLiteral("preferredName"), QStringLiteral("--preferred")},
        {QStringLiteral("dateOfBirth"), QStringLiteral("--dob")},
        {QStringLiteral("sex"), QStringLiteral("--sex")},
        {QStringLiteral("mobilePhone"), QStringLiteral("--phone")},
        {QStringLiteral("homePhone"), QStringLiteral("--home-phone")},
        {QStringLiteral("email"), QStringLiteral("--email")},
        {QStringLiteral("payer"), QStringLiteral("--payer")},
        {QStringLiteral("memberId"), QStringLiteral("--member-id")},
        {QStringLiteral("notes"), QStringLiteral("--notes")},
    };
    return options;
}

std::optional<Core::Sex> parseSex(const QString &text)
{
    const QString code = text.trimmed().toUpper();
    if (code == u"F" || code == u"FEMALE")
        return Core::Sex::Female;
    if (code == u"M" || code == u"MALE")
        return Core::Sex::Male;
    if (code == u"X" || code == u"OTHER")
        return Core::Sex::Other;
    return std::nullopt;
}

QString describe(const Patient &p)
{
    QString text = QStringLiteral("MRN %1  %2, born %3")
                       .arg(p.mrn, p.displayName(), Core::ClinicDate::format(p.dateOfBirth));
    if (!p.primaryPhone().isEmpty())
        text += QStringLiteral(", ") + Core::PhoneNumber::format(p.primaryPhone());
    return text;
}

class PatientAddCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("patient"), QStringLiteral("add")},
            QStringLiteral("--first NAME --last NAME --dob DATE [OPTIONS]"),
            QStringLiteral("Add a patient; prints the new record number (MRN)"),
            QStringLiteral(
                "Adds a patient with the clinic's rules for names, dates of birth, phones and "
                "email, and prints the new record number alone on stdout. Invalid input is "
                "refused with exit status 2 and a message per option at fault; nothing is "
                "stored. A patient who looks already on file (same name and date of birth, or "
                "a shared phone number) is named in a warning on stderr and added all the "
                "same, unless --no-duplicates is given."),
            {
                {QStringLiteral("first"), QStringLiteral("NAME"),
                 QStringLiteral("First name (required).")},
                {QStringLiteral("last"), QStringLiteral("NAME"),
                 QStringLiteral("Last name (required).")},
                {QStringLiteral("dob"), QStringLiteral("DATE"),
                 QStringLiteral("Date of birth (required): 1975-03-14 or 03/14/1975.")},
                {QStringLiteral("middle"), QStringLiteral("NAME"), QStringLiteral("Middle name.")},
                {QStringLiteral("preferred"), QStringLiteral("NAME"),
                 QStringLiteral("The name the patient goes by.")},
                {QStringLiteral("sex"), QStringLiteral("F|M|X"), QStringLiteral("Sex.")},
                {QStringLiteral("phone"), QStringLiteral("NUMBER"),
                 QStringLiteral("Mobile phone, e.g. (503) 405-8718.")},
                {QStringLiteral("home-phone"), QStringLiteral("NUMBER"),
                 QStringLiteral("Home phone.")},
                {QStringLiteral("email"), QStringLiteral("ADDRESS"), QStringLiteral("Email.")},
                {QStringLiteral("payer"), QStringLiteral("NAME"),
                 QStringLiteral("Insurance payer, e.g. \u201CMedicare\u201D or "
                                "\u201CSelf-pay\u201D.")},
                {QStringLiteral("member-id"), QStringLiteral("ID"),
                 QStringLiteral("Insurance member ID.")},
                {QStringLiteral("notes"), QStringLiteral("TEXT"), QStringLiteral("Notes.")},
                {kNoDuplicates, QString(),
                 QStringLiteral("Refuse (exit status 2) a patient who looks already on file.")},
            },
        };
        return spec;
    }

    int run(const Invocation &invocation) const override
    {
        Console &console = invocation.console();
        const Arguments &args = invocation.args();
        // Everything is checked before the database is opened: bad input changes nothing.
        const QDate today = App::AppContext::makeClock()->today();
        QList<FieldError> errors;
        Patient draft;
        draft.firstName = args.value(QStringLiteral("first"));
        draft.lastName = args.value(QStringLiteral("last"));
        draft.middleName = args.value(QStringLiteral("middle"));
        draft.preferredName = args.value(QStringLiteral("preferred"));
        draft.mobilePhone = args.value(QStringLiteral("phone"));
        draft.homePhone = args.value(QStringLiteral("home-phone"));
        draft.email = args.value(QStringLiteral("email"));
        draft.insurance.payer = args.value(QStringLiteral("payer"));
        draft.insurance.memberId = args.value(QStringLiteral("member-id"));
        draft.notes = args.value(QStringLiteral("notes"));

        bool dobUnreadable = false;
        if (args.isSet(QStringLiteral("dob"))) {
            auto dob = Core::ClinicDate::parseDateOfBirth(args.value(QStringLiteral("dob")), today);
            if (dob) {
                draft.dateOfBirth = dob.value();
            } else {
                errors << FieldError{dob.error().field, dob.error().message};
                dobUnreadable = true;
            }
        }
        if (args.isSet(QStringLiteral("sex"))) {
            if (const auto sex = parseSex(args.value(QStringLiteral("sex"))))
                draft.sex = *sex;
            else
                errors << FieldError{QStringLiteral("sex"),
                                     QStringLiteral("\u201C%1\u201D is not F, M or X.")
                                         .arg(args.value(QStringLiteral("sex")).left(20))};
        }
        for (const FieldError &error : Core::PatientValidator::normalize(draft, today).errors)
            if (!(dobUnreadable && error.field == u"dateOfBirth"))
                errors << error;
        if (!errors.isEmpty()) {
            for (const FieldError &error : errors)
                console.fail(Core::Error::invalid(error.message, error.field), fieldOptions());
            return ExitCode::InvalidInput;
        }

        auto opened = invocation.openClinic();
        if (!opened)
            return console.fail(opened.error());
        Core::PatientService &patients = opened.value()->patients();

        const auto duplicates = patients.possibleDuplicates(draft);
        if (!duplicates)
            return console.fail(duplicates.error());
        if (!duplicates->isEmpty()) {
            const bool refuse = args.isSet(kNoDuplicates);
            console.message(refuse ? QStringLiteral("Not added: this patient looks already on "
                                                    "file (--no-duplicates):")
                                   : QStringLiteral("Warning: this patient may already be on "
                                                    "file:"));
            for (const Patient &other : duplicates.value())
                console.message(QStringLiteral("  ") + describe(other));
            if (refuse)
                return ExitCode::InvalidInput;
        }

        const auto created = patients.create(draft);
        if (!created)
            return console.fail(created.error(), fieldOptions());
        console.message(
            QStringLiteral("Added %1 (MRN %2).").arg(created->displayName(), created->mrn));
        console.print(created->mrn);
        return ExitCode::Done;
    }
};

} // namespace

std::unique_ptr<Command> makePatientAddCommand()
{
    return std::make_unique<PatientAddCommand>();
}

} // namespace ClinicDesk::Cli
