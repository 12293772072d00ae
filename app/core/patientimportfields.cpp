#include "patientimportfields.h"

#include <QHash>

namespace ClinicDesk::Core::PatientImportFields {

namespace {

// "Date_of Birth." -> "dateofbirth": what is left to compare once case, spaces, underscores,
// dots and dashes are gone.
QString normalized(const QString &header)
{
    QString key;
    key.reserve(header.size());
    for (const QChar c : header) {
        if (c.isSpace() || c == u'_' || c == u'.' || c == u'-' || c == u'\uFEFF')
            continue;
        key += c.toLower();
    }
    return key;
}

const QHash<QString, ImportField> &synonyms()
{
    using F = ImportField;
    static const QHash<QString, ImportField> table = [] {
        const QList<QPair<F, QStringList>> names = {
            {F::FirstName, {"first", "firstname", "givenname", "fname", "forename"}},
            {F::MiddleName, {"middle", "middlename", "middleinitial", "mi"}},
            {F::LastName, {"last", "lastname", "surname", "familyname", "lname"}},
            {F::PreferredName, {"preferred", "preferredname", "nickname", "goesby"}},
            {F::DateOfBirth,
             {"dob", "dateofbirth", "birthdate", "birthday", "born", "dateborn", "birth"}},
            {F::Sex, {"sex", "gender", "birthsex"}},
            {F::MobilePhone,
             {"phone", "mobile", "mobilephone", "cell", "cellphone", "mobilenumber", "phonenumber",
              "telephone", "tel", "primaryphone"}},
            {F::HomePhone, {"homephone", "hometelephone", "landline", "secondaryphone"}},
            {F::Email, {"email", "emailaddress"}},
            {F::AddressLine1,
             {"address", "address1", "addressline1", "street", "streetaddress", "line1"}},
            {F::AddressLine2, {"address2", "addressline2", "line2", "apt", "suite", "unit"}},
            {F::City, {"city", "town"}},
            {F::State, {"state", "st", "province", "region"}},
            {F::PostalCode, {"zip", "zipcode", "postalcode", "postcode", "zip+4"}},
            {F::EmergencyName,
             {"emergencycontact", "emergencyname", "emergencycontactname", "ecname"}},
            {F::EmergencyRelationship,
             {"emergencyrelationship", "emergencyrelation", "emergencycontactrelationship",
              "relationship"}},
            {F::EmergencyPhone,
             {"emergencyphone", "emergencycontactphone", "ecphone", "emergencynumber"}},
            {F::Payer,
             {"payer", "insurance", "insurer", "insurancepayer", "insurancecompany", "plan",
              "carrier", "primaryinsurance"}},
            {F::MemberId,
             {"memberid", "member", "insuranceid", "policynumber", "policy", "subscriberid",
              "insurancememberid", "membernumber"}},
            {F::GroupNumber, {"group", "groupnumber", "groupno", "groupid", "insurancegroup"}},
            {F::ReferringPhysician,
             {"referringphysician", "referrer", "referringdoctor", "referringprovider",
              "referredby", "pcp"}},
            {F::PreviousRecordNumber,
             {"mrn", "recordnumber", "medicalrecordnumber", "chartnumber", "chart", "chartno",
              "patientid", "patientnumber", "id", "accountnumber", "account"}},
            {F::Notes, {"notes", "note", "comments", "comment", "remarks", "alerts"}},
        };
        QHash<QString, ImportField> map;
        for (const auto &[field, words] : names)
            for (const QString &word : words)
                map.insert(normalized(word), field);
        return map;
    }();
    return table;
}

int digitsAt(const QString &text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

QString notADate(const QString &text)
{
    return QStringLiteral("'%1' is not a date (use MM/DD/YYYY or YYYY-MM-DD)").arg(text.left(40));
}

std::optional<Sex> sexFrom(const QString &text)
{
    const QString code = text.trimmed().toLower();
    if (code.isEmpty() || code == u"u" || code == u"unknown")
        return Sex::Unknown;
    if (code == u"f" || code == u"female" || code == u"woman")
        return Sex::Female;
    if (code == u"m" || code == u"male" || code == u"man")
        return Sex::Male;
    if (code == u"x" || code == u"o" || code == u"other" || code == u"nonbinary" ||
        code == u"non-binary")
        return Sex::Other;
    return std::nullopt;
}

} // namespace

QList<ImportField> all()
{
    QList<ImportField> fields;
    for (int f = int(ImportField::Ignore); f <= int(ImportField::Notes); ++f)
        fields << ImportField(f);
    return fields;
}

QString label(ImportField field)
{
    switch (field) {
    case ImportField::Ignore:
        return QStringLiteral("(not imported)");
    case ImportField::FirstName:
        return QStringLiteral("First name");
    case ImportField::MiddleName:
        return QStringLiteral("Middle name");
    case ImportField::LastName:
        return QStringLiteral("Last name");
    case ImportField::PreferredName:
        return QStringLiteral("Preferred name");
    case ImportField::DateOfBirth:
        return QStringLiteral("Date of birth");
    case ImportField::Sex:
        return QStringLiteral("Sex");
    case ImportField::MobilePhone:
        return QStringLiteral("Mobile phone");
    case ImportField::HomePhone:
        return QStringLiteral("Home phone");
    case ImportField::Email:
        return QStringLiteral("Email");
    case ImportField::AddressLine1:
        return QStringLiteral("Address");
    case ImportField::AddressLine2:
        return QStringLiteral("Address line 2");
    case ImportField::City:
        return QStringLiteral("City");
    case ImportField::State:
        return QStringLiteral("State");
    case ImportField::PostalCode:
        return QStringLiteral("ZIP code");
    case ImportField::EmergencyName:
        return QStringLiteral("Emergency contact name");
    case ImportField::EmergencyRelationship:
        return QStringLiteral("Emergency contact relationship");
    case ImportField::EmergencyPhone:
        return QStringLiteral("Emergency contact phone");
    case ImportField::Payer:
        return QStringLiteral("Insurance payer");
    case ImportField::MemberId:
        return QStringLiteral("Insurance member ID");
    case ImportField::GroupNumber:
        return QStringLiteral("Insurance group number");
    case ImportField::ReferringPhysician:
        return QStringLiteral("Referring physician");
    case ImportField::PreviousRecordNumber:
        return QStringLiteral("Previous record number");
    case ImportField::Notes:
        return QStringLiteral("Notes");
    }
    return {};
}

ImportField guess(const QString &header)
{
    return synonyms().value(normalized(header), ImportField::Ignore);
}

ColumnMapping guessMapping(const QStringList &header)
{
    ColumnMapping mapping;
    mapping.reserve(header.size());
    for (const QString &name : header) {
        ImportField field = guess(name);
        if (field != ImportField::Ignore && mapping.contains(field))
            field = field == ImportField::MobilePhone && !mapping.contains(ImportField::HomePhone)
                        ? ImportField::HomePhone
                        : ImportField::Ignore;
        mapping << field;
    }
    // "Phone" then "Mobile": the named mobile is the mobile, the plain phone the home phone.
    const qsizetype mobile = mapping.indexOf(ImportField::MobilePhone);
    const qsizetype home = mapping.indexOf(ImportField::HomePhone);
    if (mobile >= 0 && home > mobile) {
        const QString first = normalized(header.at(mobile));
        const QString second = normalized(header.at(home));
        if ((first == u"phone" || first == u"telephone" || first == u"phonenumber") &&
            (second.contains(QStringLiteral("mobile")) || second.contains(QStringLiteral("cell"))))
            std::swap(mapping[mobile], mapping[home]);
    }
    return mapping;
}

QDate parseDate(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QDate();
    };
    if (text.isEmpty())
        return fail(QStringLiteral("date of birth is missing"));
    int year = -1, month = -1, day = -1;
    if (text.size() >= 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        // ISO, perhaps with a time after it as some exports write dates (1975-03-14T00:00:00)
        if (text.size() > 10 && text.at(10) != u'T' && text.at(10) != u' ')
            return fail(notADate(text));
        year = digitsAt(text, 0, 4);
        month = digitsAt(text, 5, 2);
        day = digitsAt(text, 8, 2);
    } else {
        const QStringList parts = text.split(u'/');
        if (parts.size() != 3 || parts[0].isEmpty() || parts[0].size() > 2 || parts[1].isEmpty() ||
            parts[1].size() > 2)
            return fail(notADate(text));
        month = digitsAt(parts[0], 0, parts[0].size());
        day = digitsAt(parts[1], 0, parts[1].size());
        const QString &y = parts[2];
        if (y.size() == 2 && digitsAt(y, 0, 2) >= 0)
            return fail(QStringLiteral("'%1' has a two-digit year; write the year in full "
                                       "(MM/DD/YYYY)")
                            .arg(text));
        if (y.size() != 4)
            return fail(notADate(text));
        year = digitsAt(y, 0, 4);
    }
    const QDate date(year, month, day);
    if (year < 0 || month < 0 || day < 0 || !date.isValid())
        return fail(notADate(text));
    return date;
}

Patient toPatient(const QStringList &cells, const ColumnMapping &mapping,
                  QList<RowProblem> *problems)
{
    Patient p;
    QString previousRecord;
    const qsizetype count = std::min(cells.size(), mapping.size());
    for (qsizetype i = 0; i < count; ++i) {
        const QString &value = cells.at(i);
        switch (mapping.at(i)) {
        case ImportField::Ignore:
            break;
        case ImportField::FirstName:
            p.firstName = value;
            break;
        case ImportField::MiddleName:
            p.middleName = value;
            break;
        case ImportField::LastName:
            p.lastName = value;
            break;
        case ImportField::PreferredName:
            p.preferredName = value;
            break;
        case ImportField::DateOfBirth: {
            QString error;
            p.dateOfBirth = parseDate(value, &error);
            if (!p.dateOfBirth.isValid() && problems && !value.trimmed().isEmpty())
                problems->append({QStringLiteral("date of birth"), error});
            break;
        }
        case ImportField::Sex:
            if (const auto sex = sexFrom(value))
                p.sex = *sex;
            else if (problems)
                problems->append({QStringLiteral("sex"),
                                  QStringLiteral("'%1' is not F, M or X").arg(value.left(20))});
            break;
        case ImportField::MobilePhone:
            p.mobilePhone = value;
            break;
        case ImportField::HomePhone:
            p.homePhone = value;
            break;
        case ImportField::Email:
            p.email = value;
            break;
        case ImportField::AddressLine1:
            p.address.line1 = value;
            break;
        case ImportField::AddressLine2:
            p.address.line2 = value;
            break;
        case ImportField::City:
            p.address.city = value;
            break;
        case ImportField::State:
            p.address.state = value;
            break;
        case ImportField::PostalCode:
            p.address.postalCode = value;
            break;
        case ImportField::EmergencyName:
            p.emergencyContact.name = value;
            break;
        case ImportField::EmergencyRelationship:
            p.emergencyContact.relationship = value;
            break;
        case ImportField::EmergencyPhone:
            p.emergencyContact.phone = value;
            break;
        case ImportField::Payer:
            p.insurance.payer = value;
            break;
        case ImportField::MemberId:
            p.insurance.memberId = value;
            break;
        case ImportField::GroupNumber:
            p.insurance.groupNumber = value;
            break;
        case ImportField::ReferringPhysician:
            p.referringPhysician = value;
            break;
        case ImportField::PreviousRecordNumber:
            previousRecord = value.trimmed();
            break;
        case ImportField::Notes:
            p.notes = value;
            break;
        }
    }
    if (!previousRecord.isEmpty()) {
        const QString line = QStringLiteral("Previous record number: ") + previousRecord;
        p.notes = p.notes.trimmed().isEmpty() ? line : line + u'\n' + p.notes;
    }
    return p;
}

} // namespace ClinicDesk::Core::PatientImportFields
