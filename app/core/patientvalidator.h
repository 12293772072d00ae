#pragma once

#include "patient.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ClinicDesk::Core {

struct FieldError {
    QString field;   // a Patient field name, e.g. "lastName", "mobilePhone"
    QString message; // what is wrong and how to put it right

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

// The clinic's rules for a patient record, used by the form, the command line and imports alike.
// `normalize` tidies what people type (spaces, phone formats, e-mail case) and reports every field
// that still breaks a rule.
class PatientValidator
{
public:
    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxNotesLength = 50000;

    struct Outcome {
        Patient patient;           // the tidied record
        QList<FieldError> errors;  // empty when the record may be saved
        bool ok() const { return errors.isEmpty(); }
        QString messageFor(const QString &field) const;
    };

    static Outcome normalize(const Patient &input, QDate today);
    static bool isPlausibleEmail(const QString &email);
    // Human name of a field, for messages outside a form ("Date of birth").
    static QString fieldLabel(const QString &field);
};

} // namespace ClinicDesk::Core
