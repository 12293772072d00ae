#include "patientvalidator.h"

#include "clinicdate.h"
#include "phonenumber.h"

#include <QRegularExpression>

namespace ClinicDesk::Core {

namespace {

QString tidy(const QString &text)
{
    return text.simplified();
}

void checkName(const QString &value, const QString &field, bool required,
               QList<FieldError> &errors)
{
    const QString label = PatientValidator::fieldLabel(field);
    if (value.isEmpty()) {
        if (required)
            errors.append({field, QStringLiteral("%1 is required.").arg(label)});
        return;
    }
    if (value.size() > PatientValidator::kMaxNameLength) {
        errors.append({field, QStringLiteral("%1 is longer than %2 characters.")
                                  .arg(label)
                                  .arg(PatientValidator::kMaxNameLength)});
        return;
    }
    bool hasLetter = false;
    for (QChar c : value) {
        if (c.isLetter())
            hasLetter = true;
        const bool allowed = c.isLetter() || c.category() == QChar::Mark_NonSpacing
                             || c == u' ' || c == u'-' || c == u'\'' || c == u'\u2019'
                             || c == u'.';
        if (!allowed) {
            errors.append({field, QStringLiteral("%1 may hold letters, spaces, hyphens, "
                                                 "apostrophes and periods, not \u201C%2\u201D.")
                                      .arg(label, QString(c))});
            return;
        }
    }
    if (!hasLetter)
        errors.append({field, QStringLiteral("%1 needs at least one letter.").arg(label)});
}

void normalizePhone(QString &phone, const QString &field, QList<FieldError> &errors)
{
    const auto digits = PhoneNumber::normalize(phone);
    if (!digits) {
        errors.append({field, QStringLiteral("%1 \u201C%2\u201D is not a 10-digit number; type "
                                             "it like (503) 405-8718.")
                                  .arg(PatientValidator::fieldLabel(field), phone.left(40))});
        return;
    }
    phone = *digits;
}

} // namespace

QString PatientValidator::Outcome::messageFor(const QString &field) const
{
    for (const FieldError &e : errors)
        if (e.field == field)
            return e.message;
    return {};
}

QString PatientValidator::fieldLabel(const QString &field)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("firstName"), QStringLiteral("First name")},
        {QStringLiteral("middleName"), QStringLiteral("Middle name")},
        {QStringLiteral("lastName"), QStringLiteral("Last name")},
        {QStringLiteral("preferredName"), QStringLiteral("Preferred name")},
        {QStringLiteral("dateOfBirth"), QStringLiteral("Date of birth")},
        {QStringLiteral("mobilePhone"), QStringLiteral("Mobile phone")},
        {QStringLiteral("homePhone"), QStringLiteral("Home phone")},
        {QStringLiteral("email"), QStringLiteral("Email")},
        {QStringLiteral("emergencyPhone"), QStringLiteral("Emergency contact phone")},
        {QStringLiteral("emergencyName"), QStringLiteral("Emergency contact name")},
        {QStringLiteral("postalCode"), QStringLiteral("ZIP code")},
        {QStringLiteral("state"), QStringLiteral("State")},
        {QStringLiteral("notes"), QStringLiteral("Notes")},
        {QStringLiteral("textConsent"), QStringLiteral("Consent to text messages")},
    };
    return labels.value(field, field);
}

bool PatientValidator::isPlausibleEmail(const QString &email)
{
    static const QRegularExpression re(
        QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*\\.[A-Za-z]{2,}$"));
    return email.size() <= 254 && re.match(email).hasMatch();
}

PatientValidator::Outcome PatientValidator::normalize(const Patient &input, QDate today)
{
    Outcome out{input, {}};
    Patient &p = out.patient;
    QList<FieldError> &errors = out.errors;

    p.firstName = tidy(p.firstName);
    p.middleName = tidy(p.middleName);
    p.lastName = tidy(p.lastName);
    p.preferredName = tidy(p.preferredName);
    checkName(p.firstName, QStringLiteral("firstName"), true, errors);
    checkName(p.middleName, QStringLiteral("middleName"), false, errors);
    checkName(p.lastName, QStringLiteral("lastName"), true, errors);
    checkName(p.preferredName, QStringLiteral("preferredName"), false, errors);

    if (Status s = ClinicDate::checkDateOfBirth(p.dateOfBirth, today); !s)
        errors.append({s.error().field, s.error().message});

    normalizePhone(p.mobilePhone, QStringLiteral("mobilePhone"), errors);
    normalizePhone(p.homePhone, QStringLiteral("homePhone"), errors);
    p.emergencyContact.name = tidy(p.emergencyContact.name);
    p.emergencyContact.relationship = tidy(p.emergencyContact.relationship);
    normalizePhone(p.emergencyContact.phone, QStringLiteral("emergencyPhone"), errors);
    if (!p.emergencyContact.phone.isEmpty() && p.emergencyContact.name.isEmpty())
        errors.append({QStringLiteral("emergencyName"),
                       QStringLiteral("Give the emergency contact's name with their phone.")});

    p.email = p.email.trimmed();
    if (!p.email.isEmpty()) {
        const qsizetype at = p.email.lastIndexOf(u'@');
        if (at > 0)
            p.email = p.email.left(at) + p.email.mid(at).toLower();
        if (!isPlausibleEmail(p.email))
            errors.append({QStringLiteral("email"),
                           QStringLiteral("\u201C%1\u201D does not look like an email address "
                                          "(name@example.com).")
                               .arg(p.email.left(60))});
    }

    p.address.line1 = tidy(p.address.line1);
    p.address.line2 = tidy(p.address.line2);
    p.address.city = tidy(p.address.city);
    p.address.state = tidy(p.address.state).toUpper();
    p.address.postalCode = tidy(p.address.postalCode);
    static const QRegularExpression zip(QStringLiteral("^\\d{5}(-\\d{4})?$"));
    if (!p.address.postalCode.isEmpty() && !zip.match(p.address.postalCode).hasMatch())
        errors.append({QStringLiteral("postalCode"),
                       QStringLiteral("ZIP code should be 5 digits (97205) or ZIP+4 "
                                      "(97205-1234).")});
    static const QRegularExpression state(QStringLiteral("^[A-Z]{2}$"));
    if (!p.address.state.isEmpty() && !state.match(p.address.state).hasMatch())
        errors.append({QStringLiteral("state"),
                       QStringLiteral("State is the two-letter code, e.g. OR.")});

    p.insurance.payer = tidy(p.insurance.payer);
    p.insurance.memberId = p.insurance.memberId.trimmed();
    p.insurance.groupNumber = p.insurance.groupNumber.trimmed();
    p.referringPhysician = tidy(p.referringPhysician);

    if (p.textConsent && p.mobilePhone.isEmpty())
        errors.append({QStringLiteral("textConsent"),
                       QStringLiteral("Texts need a mobile phone number.")});
    if (p.notes.size() > kMaxNotesLength)
        errors.append({QStringLiteral("notes"), QStringLiteral("Notes are limited to %1 "
                                                               "characters (these have %2).")
                                                    .arg(kMaxNotesLength)
                                                    .arg(p.notes.size())});
    return out;
}

} // namespace ClinicDesk::Core
