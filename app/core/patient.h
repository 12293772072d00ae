#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ClinicDesk::Core {

enum class Sex { Unknown, Female, Male, Other };
enum class ContactMethod { Phone, Text, Email, Mail };

QString sexCode(Sex sex);
Sex sexFromCode(const QString &code);
QString sexLabel(Sex sex);
QString contactMethodCode(ContactMethod method);
ContactMethod contactMethodFromCode(const QString &code);
QString contactMethodLabel(ContactMethod method);

struct Address {
    QString line1;
    QString line2;
    QString city;
    QString state;
    QString postalCode;

    bool isEmpty() const;
    QString singleLine() const;
    friend bool operator==(const Address &, const Address &) = default;
};

struct EmergencyContact {
    QString name;
    QString relationship;
    QString phone; // digits only

    friend bool operator==(const EmergencyContact &, const EmergencyContact &) = default;
};

struct Insurance {
    QString payer;
    QString memberId;
    QString groupNumber;

    friend bool operator==(const Insurance &, const Insurance &) = default;
};

// A patient of the clinic. Phone numbers are stored as digits and shown formatted. Patients are
// never deleted, only made inactive, so that their history stays.
struct Patient {
    qint64 id = 0;      // 0 until stored
    QString mrn;        // medical record number, generated when first stored
    QString firstName;
    QString middleName;
    QString lastName;
    QString preferredName;
    QDate dateOfBirth;
    Sex sex = Sex::Unknown;
    QString mobilePhone;
    QString homePhone;
    QString email;
    Address address;
    ContactMethod preferredContact = ContactMethod::Phone;
    bool voicemailConsent = false;
    bool textConsent = false;
    EmergencyContact emergencyContact;
    Insurance insurance;
    QString referringPhysician;
    QString notes;
    bool active = true;
    QDateTime createdAt;
    QDateTime updatedAt;

    // "Lee, Ann" (with the preferred name in quotes when there is one: Lee, Robert "Bob")
    QString displayName() const;
    // "Ann Lee"
    QString fullName() const;
    // The number to call first: mobile, else home.
    QString primaryPhone() const;
    int ageOn(QDate day) const;

    friend bool operator==(const Patient &, const Patient &) = default;
};

} // namespace ClinicDesk::Core
