#pragma once

#include "appointmentservice.h"
#include "authorization.h"
#include "retreatmentboard.h"

namespace ClinicDesk::Core {

// Everything about "who is due": the retreatment settings, each patient's window and status,
// the board, calls made to patients, and stopping or resuming treatment.
class RetreatmentService
{
public:
    RetreatmentService(TreatmentRepository &treatments, AuthorizationRepository &authorizations,
                       ClinicSetupRepository &setup, PatientRepository &patients,
                       AppointmentService &appointments, const Clock &clock, QString user);

    const Clock &clock() const { return m_clock; }
    const QString &user() const { return m_user; }
    // From the clinic's settings and payers; defaults where a setting is missing or unreadable.
    RetreatmentSettings settings() const;
    RetreatmentPolicy policy() const { return RetreatmentPolicy(settings()); }
    int authorizationLeadDays() const;

    // The patient's status today (their payer, last treatment, next booked Botox visit).
    Result<RetreatmentStatus> statusFor(qint64 patientId);
    // The same for a list of patients on screen (search results), in a few queries. Patients
    // who never had Botox (and are not booked for it) are left out.
    Result<QHash<qint64, RetreatmentStatus>> statusesFor(const QList<qint64> &patientIds);
    Result<TreatmentCourse> courseFor(qint64 patientId);
    Result<QList<BoardRow>> board(const BoardFilter &filter);

    // Slots for the next cycle: inside the window (from the later of today and the earliest
    // allowed date, to the overdue date), the last provider first, nearest the due date first.
    Result<QList<SlotOffer>> nextCycleSlots(qint64 patientId, qint64 typeId, int count = 8);

    Status discontinue(qint64 patientId, const QString &reason);
    Status resume(qint64 patientId);

    Result<ContactAttempt> logContact(qint64 patientId, ContactOutcome outcome,
                                      const QString &note);
    Result<QList<ContactAttempt>> contactsFor(qint64 patientId);

private:
    ChangeContext context() const { return {m_user, m_clock.now()}; }

    TreatmentRepository &m_treatments;
    AuthorizationRepository &m_authorizations;
    ClinicSetupRepository &m_setup;
    PatientRepository &m_patients;
    AppointmentService &m_appointments;
    const Clock &m_clock;
    QString m_user;
};

} // namespace ClinicDesk::Core
