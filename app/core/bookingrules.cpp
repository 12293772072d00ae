#include "bookingrules.h"

namespace ClinicDesk::Core {

QList<Conflict> BookingRules::check(const Appointment &candidate, const Availability &day,
                                    const Names &names)
{
    QList<Conflict> conflicts;
    const TimeSlot &slot = candidate.slot;
    const QString provider = names.providers.value(candidate.providerId, QStringLiteral("The provider"));
    const QString room = names.rooms.value(candidate.roomId);

    for (const ScheduleEntry &e : day.appointments) {
        const Appointment &other = e.appointment;
        if (other.id == candidate.id || !holdsTime(other.status) || !other.slot.overlaps(slot))
            continue;
        const QString when = QStringLiteral("%1 at %2").arg(e.patientName, other.slot.timeRange());
        const QString where = e.roomName.isEmpty() ? QString() : QStringLiteral(" in ") + e.roomName;
        if (other.providerId == candidate.providerId)
            conflicts.append({Conflict::Kind::ProviderBusy,
                              QStringLiteral("%1 already has %2%3.").arg(provider, when, where),
                              other.id});
        else if (candidate.roomId != 0 && other.roomId == candidate.roomId)
            conflicts.append({Conflict::Kind::RoomBusy,
                              QStringLiteral("%1 is already taken by %2 (with %3).")
                                  .arg(room, when, e.providerName),
                              other.id});
        else if (other.patientId == candidate.patientId)
            conflicts.append({Conflict::Kind::PatientBusy,
                              QStringLiteral("%1 is already booked at %2 with %3%4.")
                                  .arg(e.patientName, other.slot.timeRange(), e.providerName,
                                       where),
                              other.id});
    }

    const auto working = day.providerWorking(candidate.providerId, slot.date);
    if (!working) {
        const auto open = day.clinicOpen(slot.date);
        conflicts.append({Conflict::Kind::ProviderOff,
                          open ? QStringLiteral("%1 does not work on %2s.")
                                     .arg(provider, weekdayName(slot.date.dayOfWeek()))
                               : QStringLiteral("The clinic is closed on %1s.")
                                     .arg(weekdayName(slot.date.dayOfWeek())),
                          0});
    } else if (!working->contains(slot)) {
        conflicts.append({Conflict::Kind::OutsideHours,
                          QStringLiteral("%1 is outside %2's hours (%3).")
                              .arg(slot.timeRange(), provider, working->timeRange()),
                          0});
    }

    for (const BlockedTime *b : day.blocksOn(slot.date, candidate.providerId, candidate.roomId)) {
        if (!b->on(slot.date).overlaps(slot))
            continue;
        QString who = b->providerId != 0 ? provider
                      : b->roomId != 0   ? names.rooms.value(b->roomId, QStringLiteral("The room"))
                                         : QStringLiteral("The clinic");
        QString reason = b->reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(b->reason);
        conflicts.append({Conflict::Kind::Blocked,
                          QStringLiteral("%1 is blocked %2%3.")
                              .arg(who, b->on(slot.date).timeRange(), reason),
                          0});
    }
    return conflicts;
}

} // namespace ClinicDesk::Core
