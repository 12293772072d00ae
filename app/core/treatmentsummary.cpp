#include "treatmentsummary.h"

#include "clinicsetupservice.h"
#include "patientservice.h"
#include "retreatmentservice.h"
#include "treatmentservice.h"

namespace ClinicDesk::Core {

int TreatmentSummary::unitsGiven() const
{
    int units = 0;
    for (const Cycle &c : cycles)
        units += c.cycle.treatment.unitsGiven;
    return units;
}

int TreatmentSummary::unitsDiscarded() const
{
    int units = 0;
    for (const Cycle &c : cycles)
        units += c.cycle.treatment.unitsDiscarded;
    return units;
}

TreatmentSummaryBuilder::TreatmentSummaryBuilder(PatientService &patients,
                                                 TreatmentService &treatments,
                                                 RetreatmentService &retreatment,
                                                 ClinicSetupService &setup,
                                                 OutcomeService &outcomes)
    : m_patients(patients)
    , m_treatments(treatments)
    , m_retreatment(retreatment)
    , m_setup(setup)
    , m_outcomes(outcomes)
{
}

Result<TreatmentSummary> TreatmentSummaryBuilder::build(qint64 patientId,
                                                        const QString &user) const
{
    auto patient = m_patients.byId(patientId);
    if (!patient)
        return patient.error();
    auto cycles = m_treatments.cyclesFor(patientId);
    if (!cycles)
        return cycles.error();
    auto status = m_retreatment.statusFor(patientId);
    if (!status)
        return status.error();
    auto outcome = m_outcomes.outcomeFor(patientId);
    if (!outcome)
        return outcome.error();
    auto providers = m_setup.providers();
    if (!providers)
        return providers.error();

    TreatmentSummary summary;
    summary.clinicName = m_setup.clinicName();
    summary.patient = patient.value();
    summary.status = status.value();
    summary.outcome = outcome.value();
    summary.printedAt = m_outcomes.clock().now();
    summary.printedBy = user;
    for (const TreatmentCycle &cycle : cycles.value()) {
        TreatmentSummary::Cycle printed{cycle, {}};
        for (const Provider &provider : providers.value())
            if (provider.id == cycle.treatment.providerId)
                printed.provider = provider.displayName();
        summary.cycles << printed;
    }
    return summary;
}

} // namespace ClinicDesk::Core
