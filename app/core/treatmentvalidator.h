#pragma once

#include "patientvalidator.h"
#include "treatment.h"

namespace ClinicDesk::Core {

// The clinic's rules for a treatment record. Errors stop it being saved; warnings (over 195 U
// or 39 sites, an expired lot, units that don't add up) are shown and may be accepted.
class TreatmentValidator
{
public:
    static constexpr int kMaxNotesLength = 50000;

    struct Outcome {
        Treatment treatment; // tidied
        QList<FieldError> errors; // fields: date, providerId, vialUnits, vialCount, unitsGiven,
                                  // unitsDiscarded, lotNumber, lotExpiry, areas, adverseEvents,
                                  // notes, diagnosisCode
        QList<FieldError> warnings;
        bool ok() const { return errors.isEmpty(); }
        QString messageFor(const QString &field) const;
        QString warningFor(const QString &field) const;
    };

    static Outcome check(const Treatment &input, QDate today);
};

} // namespace ClinicDesk::Core
