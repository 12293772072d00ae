#include "patientformat.h"

#include "clinicdate.h"
#include "console.h"
#include "phonenumber.h"

namespace ClinicDesk::Cli::PatientFormat {

using Core::Patient;

namespace {

QString storedDateTime(const QDateTime &at)
{
    return at.isValid() ? at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : QString();
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

QStringList table(const QList<Patient> &patients)
{
    QList<QStringList> rows;
    rows.reserve(patients.size());
    for (const Patient &p : patients) {
        QStringList row{p.mrn, p.displayName(), Core::ClinicDate::format(p.dateOfBirth),
                        Core::PhoneNumber::format(p.primaryPhone()), p.insurance.payer};
        if (!p.active)
            row << QStringLiteral("inactive");
        rows << row;
    }
    return alignColumns(rows);
}

QStringList record(const Patient &p)
{
    const auto phone = [](const QString &digits) {
        return Core::PhoneNumber::format(digits);
    };
    QString emergency = p.emergencyContact.name;
    if (!p.emergencyContact.relationship.isEmpty())
        emergency += QStringLiteral(" (%1)").arg(p.emergencyContact.relationship);
    if (!p.emergencyContact.phone.isEmpty())
        emergency += QStringLiteral(", ") + phone(p.emergencyContact.phone);

    const QList<QPair<QString, QString>> fields = {
        {QStringLiteral("MRN"), p.mrn},
        {QStringLiteral("Name"), p.fullName()},
        {QStringLiteral("Preferred name"), p.preferredName},
        {QStringLiteral("Date of birth"), Core::ClinicDate::format(p.dateOfBirth)},
        {QStringLiteral("Sex"), Core::sexLabel(p.sex)},
        {QStringLiteral("Mobile phone"), phone(p.mobilePhone)},
        {QStringLiteral("Home phone"), phone(p.homePhone)},
        {QStringLiteral("Email"), p.email},
        {QStringLiteral("Address"), p.address.singleLine()},
        {QStringLiteral("Preferred contact"), Core::contactMethodLabel(p.preferredContact)},
        {QStringLiteral("Voicemail consent"), yesNo(p.voicemailConsent)},
        {QStringLiteral("Text consent"), yesNo(p.textConsent)},
        {QStringLiteral("Emergency contact"), emergency},
        {QStringLiteral("Payer"), p.insurance.payer},
        {QStringLiteral("Member ID"), p.insurance.memberId},
        {QStringLiteral("Group number"), p.insurance.groupNumber},
        {QStringLiteral("Referring physician"), p.referringPhysician},
        {QStringLiteral("Status"),
         p.active ? QStringLiteral("active") : QStringLiteral("inactive")},
        {QStringLiteral("Registered"), storedDateTime(p.createdAt)},
        {QStringLiteral("Last changed"), storedDateTime(p.updatedAt)},
    };
    QList<QStringList> rows;
    for (const auto &[label, value] : fields)
        if (!value.isEmpty())
            rows << QStringList{label + u':', value};
    QStringList lines = alignColumns(rows);
    if (!p.notes.isEmpty()) {
        lines << QStringLiteral("Notes:");
        for (const QString &line : p.notes.split(u'\n'))
            lines << QStringLiteral("  ") + line;
    }
    return lines;
}

QJsonObject summaryJson(const Patient &p)
{
    return {
        {QStringLiteral("mrn"), p.mrn},
        {QStringLiteral("firstName"), p.firstName},
        {QStringLiteral("lastName"), p.lastName},
        {QStringLiteral("preferredName"), p.preferredName},
        {QStringLiteral("dateOfBirth"), p.dateOfBirth.toString(Qt::ISODate)},
        {QStringLiteral("sex"), Core::sexCode(p.sex)},
        {QStringLiteral("mobilePhone"), p.mobilePhone},
        {QStringLiteral("homePhone"), p.homePhone},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("payer"), p.insurance.payer},
        {QStringLiteral("active"), p.active},
    };
}

QJsonArray summaryJson(const QList<Patient> &patients)
{
    QJsonArray array;
    for (const Patient &p : patients)
        array.append(summaryJson(p));
    return array;
}

QJsonObject recordJson(const Patient &p)
{
    QJsonObject object = summaryJson(p);
    object.insert(QStringLiteral("middleName"), p.middleName);
    object.insert(QStringLiteral("memberId"), p.insurance.memberId);
    object.insert(QStringLiteral("groupNumber"), p.insurance.groupNumber);
    object.insert(QStringLiteral("address"),
                  QJsonObject{{QStringLiteral("line1"), p.address.line1},
                              {QStringLiteral("line2"), p.address.line2},
                              {QStringLiteral("city"), p.address.city},
                              {QStringLiteral("state"), p.address.state},
                              {QStringLiteral("postalCode"), p.address.postalCode}});
    object.insert(QStringLiteral("preferredContact"), Core::contactMethodCode(p.preferredContact));
    object.insert(QStringLiteral("voicemailConsent"), p.voicemailConsent);
    object.insert(QStringLiteral("textConsent"), p.textConsent);
    object.insert(QStringLiteral("emergencyContact"),
                  QJsonObject{{QStringLiteral("name"), p.emergencyContact.name},
                              {QStringLiteral("relationship"), p.emergencyContact.relationship},
                              {QStringLiteral("phone"), p.emergencyContact.phone}});
    object.insert(QStringLiteral("referringPhysician"), p.referringPhysician);
    object.insert(QStringLiteral("notes"), p.notes);
    object.insert(QStringLiteral("createdAt"), storedDateTime(p.createdAt));
    object.insert(QStringLiteral("updatedAt"), storedDateTime(p.updatedAt));
    return object;
}

} // namespace ClinicDesk::Cli::PatientFormat
