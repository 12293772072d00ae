#pragma once

#include "appointment.h"
#include "clinicsetuprepository.h"
#include "clock.h"
#include "patientrepository.h"
#include "patientvalidator.h"
#include "retreatmentservice.h"
#include "waitlist.h"

namespace ClinicDesk::Core {

// A waitlisted patient who could take a freed slot, and why.
struct WaitlistCandidate {
    WaitlistEntry entry;
    // Botox slots only: where the patient stands today (NoTreatmentYet before a first treatment).
    RetreatmentStatus status;
    // Days from the due date to today (negative before it). A patient waiting for a first
    // treatment counts as due today (0). Botox slots only.
    int daysPastDue = 0;
    // "Overdue by 12 days · Tue/Thu mornings", "Waiting since Nov 3 · Any day any time".
    QString reason;
};

// The one way the waitlist changes: checks what was typed (each problem named by field, for a
// form to show beside it), stamps who and when, and hands the change to the repository. Also
// answers, when a visit is cancelled, which waitlisted patients could take its time.
class WaitlistService
{
public:
    static constexpr int kMaxNotesLength = 2000;
    static constexpr int kMaxReasonLength = 500;

    struct Outcome {
        WaitlistEntry entry; // tidied (weekdays sorted, notes trimmed)
        QList<FieldError> errors; // fields: patient, weekdays, earliestTime, latestTime, type,
                                  // provider, notes
        bool ok() const { return errors.isEmpty(); }
        QString messageFor(const QString &field) const;
    };

    WaitlistService(WaitlistRepository &repository, RetreatmentService &retreatment,
                    PatientRepository &patients, ClinicSetupRepository &setup, const Clock &clock,
                    QString user);

    const Clock &clock() const { return m_clock; }

    // The rules on their own: a patient, at least one weekday, the earliest time before the
    // latest, notes of at most 2,000 characters.
    static Outcome validate(const WaitlistEntry &draft);
    Outcome check(const WaitlistEntry &draft) const { return validate(draft); }

    // A new entry for the patient: any visit with any provider, Monday to Friday, 8:00 to 17:00.
    WaitlistEntry draftFor(qint64 patientId) const;

    // On invalid input the error names the first field at fault; nothing is written. A patient
    // has at most one open entry per visit type ("any" counts as a type of its own), and an
    // inactive patient cannot be added.
    Result<WaitlistEntry> add(const WaitlistEntry &draft);
    // Changes an open entry's wishes (the patient stays); returns it as stored.
    Result<WaitlistEntry> update(const WaitlistEntry &edited);
    // Takes the entry off the list; the reason ("Booked Dec 3 10:00", "No longer wants it") goes
    // to the audit trail. An empty reason is recorded as "Removed from the waitlist".
    Status close(qint64 id, const QString &reason = {});

    // Open entries, oldest first.
    Result<QList<WaitlistEntry>> open() const;
    Result<QList<WaitlistEntry>> forPatient(qint64 patientId) const;

    // Who could take the time of a visit just cancelled: open entries of active patients (other
    // than the visit's own) whose days, times, provider and type fit its slot. For a Botox visit
    // the patient's retreatment window must allow that day (or they have had no treatment yet),
    // they must not have stopped treatment, and must not already be booked for Botox on or before
    // that day. Most overdue first, then longest waiting. A slot that has already begun frees
    // nothing.
    Result<QList<WaitlistCandidate>> candidatesFor(const ScheduleEntry &freed);

private:
    ChangeContext context() const { return {m_user, m_clock.now()}; }
    Result<WaitlistEntry> tidyForWrite(const WaitlistEntry &draft) const;

    WaitlistRepository &m_repository;
    RetreatmentService &m_retreatment;
    PatientRepository &m_patients;
    ClinicSetupRepository &m_setup;
    const Clock &m_clock;
    QString m_user;
};

} // namespace ClinicDesk::Core
