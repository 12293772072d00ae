#pragma once

#include "appointmentrepository.h"
#include "bookingrules.h"
#include "clinicsetupservice.h"
#include "clock.h"
#include "patientrepository.h"
#include "slotfinder.h"

namespace ClinicDesk::Core {

// The one way appointments change: booking, moving and resizing, status changes, cancelling.
// Every write runs the booking rules inside the repository's write transaction; a refusal says
// what is in the way and offers the nearest free slots. The UI's undo stack is built from these
// calls and their inverses (book <-> unbook, move <-> move back, status <-> previous status).
class AppointmentService
{
public:
    static constexpr int kMinMinutes = 5;
    static constexpr int kMaxMinutes = 480;

    AppointmentService(AppointmentRepository &appointments, ClinicSetupRepository &setup,
                       PatientRepository &patients, const Clock &clock, QString user);

    const Clock &clock() const { return m_clock; }
    const QString &user() const { return m_user; }
    int slotMinutes() const;

    // Problems that would stop this booking right now (for live feedback in a form). The write
    // checks again inside its transaction.
    Result<QList<Conflict>> conflictsFor(const Appointment &draft);
    Result<QList<SlotOffer>> nearestFree(const Appointment &draft, int count = 3);

    Result<Appointment> book(const Appointment &draft);
    // Move and/or resize, possibly to another provider or room.
    Result<Appointment> reschedule(qint64 id, const TimeSlot &slot, qint64 providerId,
                                   qint64 roomId);
    // Cancelled and no-show need a reason; going back to a time-holding status re-checks the
    // rules (the slot may have been taken meanwhile).
    Result<Appointment> setStatus(qint64 id, AppointmentStatus status,
                                  const QString &reason = {});
    Result<Appointment> cancel(qint64 id, const QString &reason)
    {
        return setStatus(id, AppointmentStatus::Cancelled, reason);
    }
    Result<Appointment> setNotes(qint64 id, const QString &notes);
    // Stores a batch (imports, the demo clinic) all or none, after checking that its visits
    // have valid times and that no provider, room or patient is booked twice within it.
    Result<int> bookMany(const QList<Appointment> &appointments,
                         const std::function<bool(int)> &progress = {});
    // Undo of a booking: removes it (the audit trail keeps the record).
    Status unbook(qint64 id);

    Result<QList<ScheduleEntry>> between(QDate from, QDate to,
                                         const ScheduleFilter &filter = {}) const;
    Result<QList<DayLoad>> loadBetween(QDate from, QDate to,
                                       const ScheduleFilter &filter = {}) const;
    Result<ScheduleEntry> byId(qint64 id) const;
    Result<QList<ScheduleEntry>> forPatient(qint64 patientId) const;
    Result<Availability> availability(QDate from, QDate to, const QList<qint64> &providerIds,
                                      const QList<qint64> &roomIds) const;
    // First free slots for a request; empty provider/room lists mean any active one.
    Result<QList<SlotOffer>> findSlots(SlotRequest request);

private:
    ChangeContext context() const { return {m_user, m_clock.now()}; }
    Status validate(const Appointment &draft);
    Result<BookingRules::Names> names();
    // The retreatment rule for a Botox booking without an override reason.
    std::optional<Conflict> tooEarly(const Appointment &candidate, const Availability &day,
                                     const BookingRules::Names &names) const;
    // What a change must pass. A booking or a move passes every rule; putting a cancelled
    // visit back must find its time still free; a status or notes change on a visit that keeps
    // its time passes no booking rule (hours or a provider may have changed since it was made).
    enum class Checks { All, OverlapsOnly, None };
    AppointmentRepository::Guard guardFor(const Appointment &candidate,
                                          const BookingRules::Names &names, Checks checks);
    Result<Appointment> write(const Appointment &changed, const QString &action, Checks checks);

    AppointmentRepository &m_appointments;
    ClinicSetupRepository &m_setup;
    PatientRepository &m_patients;
    const Clock &m_clock;
    QString m_user;
};

} // namespace ClinicDesk::Core
