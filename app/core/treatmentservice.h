#pragma once

#include "appointmentrepository.h"
#include "clinicsetuprepository.h"
#include "clock.h"
#include "patientrepository.h"
#include "treatmentrepository.h"
#include "treatmentvalidator.h"

namespace ClinicDesk::Core {

// The one way treatment records change: recording a treatment (from a completed Botox
// appointment or by hand), correcting or removing one, and where the drug comes from.
// Errors refuse the record; warnings (over 195 U, an expired lot) are the caller's to show.
class TreatmentService
{
public:
    TreatmentService(TreatmentRepository &treatments, AppointmentRepository &appointments,
                     ClinicSetupRepository &setup, PatientRepository &patients, const Clock &clock,
                     QString user);

    const Clock &clock() const { return m_clock; }
    TreatmentDefaults defaults() const;
    // A new record for a patient, prefilled: today, the clinic's product and diagnosis, the
    // PREEMPT areas, 155 U given from one vial (the rest discarded).
    Treatment draftFor(qint64 patientId) const;
    // The same, from a Botox appointment: its date, patient and provider.
    Result<Treatment> draftForAppointment(qint64 appointmentId);
    TreatmentValidator::Outcome check(const Treatment &treatment) const;

    Result<Treatment> record(const Treatment &treatment);
    Status update(const Treatment &treatment);
    Status remove(qint64 id);
    // History from paper, or the demo clinic: all or none.
    Result<int> recordMany(const QList<Treatment> &treatments,
                           const std::function<bool(int)> &progress = {});

    Result<QList<Treatment>> forPatient(qint64 patientId) const;
    Result<QList<TreatmentCycle>> cyclesFor(qint64 patientId) const;
    Result<std::optional<Treatment>> forAppointment(qint64 appointmentId) const;

    Result<std::optional<DrugSupply>> drugSupply(qint64 appointmentId) const;
    Status setDrugSupply(const DrugSupply &supply);

private:
    ChangeContext context() const { return {m_user, m_clock.now()}; }
    Status checkReferences(const Treatment &treatment);

    TreatmentRepository &m_treatments;
    AppointmentRepository &m_appointments;
    ClinicSetupRepository &m_setup;
    PatientRepository &m_patients;
    const Clock &m_clock;
    QString m_user;
};

} // namespace ClinicDesk::Core
