#pragma once

#include "appointment.h"

#include <QHash>
#include <QList>

#include <optional>

namespace ClinicDesk::Core {

// Everything the booking rules and the slot finder need to know about a range of days: opening
// hours, each provider's working hours, blocked time, and the appointments that hold time.
// Repositories fill it for exactly the days and people asked about.
struct Availability {
    QList<WeeklyHours> clinicHours;                   // a weekday without an entry is closed
    QHash<qint64, QList<WeeklyHours>> providerHours;  // a provider without entries keeps clinic hours
    QList<BlockedTime> blocks;
    QList<ScheduleEntry> appointments;                // only those that hold time

    // The patient's Botox treatments, recorded or booked (held), for the retreatment rule.
    struct TreatmentEvent {
        QDate date;
        qint64 appointmentId = 0; // 0: a recorded treatment with no appointment
    };
    QList<TreatmentEvent> patientTreatments;
    QString patientPayer;

    std::optional<TimeSlot> clinicOpen(QDate day) const;
    // When the provider works that day, within the clinic's hours; nothing on a day off.
    std::optional<TimeSlot> providerWorking(qint64 providerId, QDate day) const;
    QList<const BlockedTime *> blocksOn(QDate day, qint64 providerId, qint64 roomId) const;
};

} // namespace ClinicDesk::Core
