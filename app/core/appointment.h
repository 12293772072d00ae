#pragma once

#include "timeslot.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ClinicDesk::Core {

// booked -> confirmed -> arrived -> in room -> completed, or cancelled / no-show (with a reason).
enum class AppointmentStatus { Booked, Confirmed, Arrived, InRoom, Completed, NoShow, Cancelled };

QString statusCode(AppointmentStatus status);          // "in_room"
std::optional<AppointmentStatus> statusFromCode(const QString &code); // also accepts "in room"
QString statusLabel(AppointmentStatus status);         // "In room"
// A short mark that carries the status without colour: "B", "C", "A", "R", "✓", "NS", "✗".
QString statusMark(AppointmentStatus status);
QList<AppointmentStatus> allStatuses();
// Cancelled and no-show visits stay in history but hold no time.
inline bool holdsTime(AppointmentStatus status)
{
    return status != AppointmentStatus::Cancelled && status != AppointmentStatus::NoShow;
}
inline bool needsReason(AppointmentStatus status)
{
    return !holdsTime(status);
}

struct Appointment {
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 providerId = 0;
    qint64 roomId = 0; // 0: no room (a phone call)
    qint64 typeId = 0;
    TimeSlot slot;
    AppointmentStatus status = AppointmentStatus::Booked;
    QString statusReason; // why cancelled / no-show
    QString notes;
    // Why a Botox treatment was booked before the earliest allowed date (empty: it wasn't).
    QString overrideReason;
    QString bookedBy;
    QDateTime bookedAt;
    QString updatedBy;
    QDateTime updatedAt;

    friend bool operator==(const Appointment &, const Appointment &) = default;
};

// An appointment with the names the desk reads on it, as the schedule shows it.
struct ScheduleEntry {
    Appointment appointment;
    QString patientName; // "Lee, Ann"
    QString patientMrn;
    QString patientPhone; // digits
    QDate patientDateOfBirth;
    QString providerName;
    QString roomName;
    QString typeName;
    QString typeColour;
    bool isBotox = false;
    // Botox visits only: the retreatment facts the calendar marks them with.
    QString patientPayer;
    QDate previousTreatment; // the latest treatment (recorded or held booking) before this one
    int cycle = 0;           // recorded treatments before it + 1
    bool awaitingDrug = false; // specialty pharmacy, drug not received yet

    const TimeSlot &slot() const { return appointment.slot; }
    // "Lee, Ann at 10:00–10:15 with Vladimir Fiks in Procedure 1"
    QString describe() const;
};

// Time a provider or a room (or the whole clinic) is not available: lunch, meetings, leave,
// holidays. One-off (firstDate..lastDate, every day) or weekly (the weekday of firstDate, from
// firstDate until lastDate or for ever).
struct BlockedTime {
    qint64 id = 0;
    qint64 providerId = 0; // 0 with roomId 0: the whole clinic
    qint64 roomId = 0;
    QDate firstDate;
    QDate lastDate; // invalid: no end (weekly) / the same day (one-off)
    bool weekly = false;
    int startMinute = 12 * 60;
    int endMinute = 13 * 60;
    QString reason;

    bool appliesOn(QDate day) const;
    bool appliesTo(qint64 provider, qint64 room) const;
    TimeSlot on(QDate day) const { return {day, startMinute, endMinute}; }
    friend bool operator==(const BlockedTime &, const BlockedTime &) = default;
};

} // namespace ClinicDesk::Core
