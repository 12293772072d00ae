#pragma once

#include "outcomeservice.h"
#include "patient.h"
#include "result.h"
#include "retreatmentpolicy.h"
#include "treatment.h"

#include <QDateTime>

namespace ClinicDesk::Core {

class ClinicSetupService;
class PatientService;
class RetreatmentService;
class TreatmentService;

// A patient's Botox course as the printed summary shows it (for the patient, a referring
// doctor or a payer's appeal): who they are, where they stand in the window, every cycle with
// its units, vials and lot, adverse events, and the headache diary with the response.
struct TreatmentSummary {
    struct Cycle {
        TreatmentCycle cycle;
        QString provider; // "Vladimir Fiks, MD" or "" when unknown
    };

    QString clinicName;
    Patient patient;
    RetreatmentStatus status;
    QList<Cycle> cycles; // cycle 1 first
    PatientOutcome outcome;
    QDateTime printedAt;
    QString printedBy;

    int unitsGiven() const;
    int unitsDiscarded() const;
};

class TreatmentSummaryBuilder
{
public:
    TreatmentSummaryBuilder(PatientService &patients, TreatmentService &treatments,
                            RetreatmentService &retreatment, ClinicSetupService &setup,
                            OutcomeService &outcomes);

    Result<TreatmentSummary> build(qint64 patientId, const QString &user) const;

private:
    PatientService &m_patients;
    TreatmentService &m_treatments;
    RetreatmentService &m_retreatment;
    ClinicSetupService &m_setup;
    OutcomeService &m_outcomes;
};

} // namespace ClinicDesk::Core
