#include "patient.h"

#include "phonenumber.h"

namespace ClinicDesk::Core {

QString sexCode(Sex sex)
{
    switch (sex) {
    case Sex::Female: return QStringLiteral("F");
    case Sex::Male: return QStringLiteral("M");
    case Sex::Other: return QStringLiteral("X");
    case Sex::Unknown: break;
    }
    return QStringLiteral("U");
}

Sex sexFromCode(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c == u"F" || c == u"FEMALE")
        return Sex::Female;
    if (c == u"M" || c == u"MALE")
        return Sex::Male;
    if (c == u"X" || c == u"OTHER")
        return Sex::Other;
    return Sex::Unknown;
}

QString sexLabel(Sex sex)
{
    switch (sex) {
    case Sex::Female: return QStringLiteral("Female");
    case Sex::Male: return QStringLiteral("Male");
    case Sex::Other: return QStringLiteral("Other");
    case Sex::Unknown: break;
    }
    return QStringLiteral("Not recorded");
}

QString contactMethodCode(ContactMethod method)
{
    switch (method) {
    case ContactMethod::Text: return QStringLiteral("text");
    case ContactMethod::Email: return QStringLiteral("email");
    case ContactMethod::Mail: return QStringLiteral("mail");
    case ContactMethod::Phone: break;
    }
    return QStringLiteral("phone");
}

ContactMethod contactMethodFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == u"text" || c == u"sms")
        return ContactMethod::Text;
    if (c == u"email")
        return ContactMethod::Email;
    if (c == u"mail")
        return ContactMethod::Mail;
    return ContactMethod::Phone;
}

QString contactMethodLabel(ContactMethod method)
{
    switch (method) {
    case ContactMethod::Text: return QStringLiteral("Text message");
    case ContactMethod::Email: return QStringLiteral("Email");
    case ContactMethod::Mail: return QStringLiteral("Letter");
    case ContactMethod::Phone: break;
    }
    return QStringLiteral("Phone call");
}

bool Address::isEmpty() const
{
    return line1.isEmpty() && line2.isEmpty() && city.isEmpty() && state.isEmpty()
           && postalCode.isEmpty();
}

QString Address::singleLine() const
{
    QStringList parts;
    for (const QString &p : {line1, line2, city})
        if (!p.isEmpty())
            parts << p;
    QString stateZip = (state + u' ' + postalCode).trimmed();
    if (!stateZip.isEmpty())
        parts << stateZip;
    return parts.join(QStringLiteral(", "));
}

QString Patient::displayName() const
{
    QString name = lastName + QStringLiteral(", ") + firstName;
    if (!preferredName.isEmpty() && preferredName != firstName)
        name += QStringLiteral(" \u201C") + preferredName + QStringLiteral("\u201D");
    return name;
}

QString Patient::fullName() const
{
    QStringList parts;
    for (const QString &p : {firstName, middleName, lastName})
        if (!p.isEmpty())
            parts << p;
    return parts.join(u' ');
}

QString Patient::primaryPhone() const
{
    return mobilePhone.isEmpty() ? homePhone : mobilePhone;
}

int Patient::ageOn(QDate day) const
{
    if (!dateOfBirth.isValid() || !day.isValid())
        return -1;
    int age = day.year() - dateOfBirth.year();
    if (day.month() < dateOfBirth.month()
        || (day.month() == dateOfBirth.month() && day.day() < dateOfBirth.day()))
        --age;
    return age;
}

} // namespace ClinicDesk::Core
