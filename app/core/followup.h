#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace ClinicDesk::Core {

// The outcome of a call to a patient about their next treatment.
enum class ContactOutcome { Voicemail, Spoke, Booked, Declined, WrongNumber, NoAnswer };
QString contactOutcomeCode(ContactOutcome outcome); // "wrong_number"
QString contactOutcomeLabel(ContactOutcome outcome); // "Wrong number"
std::optional<ContactOutcome> contactOutcomeFromCode(const QString &code);
QList<ContactOutcome> allContactOutcomes();

struct ContactAttempt {
    qint64 id = 0;
    qint64 patientId = 0;
    QDateTime at;
    ContactOutcome outcome = ContactOutcome::Voicemail;
    QString note;
    QString by;

    // "Dec 1 · Left voicemail"
    QString summary() const;
    friend bool operator==(const ContactAttempt &, const ContactAttempt &) = default;
};

// Where the drug for a treatment appointment comes from. A specialty-pharmacy treatment stays
// unconfirmed until the drug has been received.
enum class DrugSource { ClinicStock, SpecialtyPharmacy };
QString drugSourceCode(DrugSource source); // "clinic_stock", "specialty_pharmacy"
QString drugSourceLabel(DrugSource source); // "Clinic stock", "Specialty pharmacy"
std::optional<DrugSource> drugSourceFromCode(const QString &code);

struct DrugSupply {
    qint64 appointmentId = 0;
    DrugSource source = DrugSource::ClinicStock;
    QString pharmacy;
    QDate orderedOn;
    QDate shippedOn;
    QDate receivedOn;

    bool awaitingDrug() const
    {
        return source == DrugSource::SpecialtyPharmacy && !receivedOn.isValid();
    }
    // "Clinic stock", "Drug not received (shipped Nov 20)", "Drug received Nov 22"
    QString label() const;
    friend bool operator==(const DrugSupply &, const DrugSupply &) = default;
};

} // namespace ClinicDesk::Core
