#include "availability.h"

#include <algorithm>

namespace ClinicDesk::Core {

namespace {
std::optional<TimeSlot> hoursOn(const QList<WeeklyHours> &hours, QDate day)
{
    for (const WeeklyHours &h : hours)
        if (h.weekday == day.dayOfWeek())
            return TimeSlot{day, h.startMinute, h.endMinute};
    return std::nullopt;
}
} // namespace

std::optional<TimeSlot> Availability::clinicOpen(QDate day) const
{
    return hoursOn(clinicHours, day);
}

std::optional<TimeSlot> Availability::providerWorking(qint64 providerId, QDate day) const
{
    const auto open = clinicOpen(day);
    if (!open)
        return std::nullopt;
    const auto own = providerHours.constFind(providerId);
    if (own == providerHours.cend() || own->isEmpty())
        return open;
    const auto works = hoursOn(*own, day);
    if (!works)
        return std::nullopt;
    TimeSlot slot{day, std::max(open->startMinute, works->startMinute),
                  std::min(open->endMinute, works->endMinute)};
    if (slot.startMinute >= slot.endMinute)
        return std::nullopt;
    return slot;
}

QList<const BlockedTime *> Availability::blocksOn(QDate day, qint64 providerId,
                                                  qint64 roomId) const
{
    QList<const BlockedTime *> found;
    for (const BlockedTime &b : blocks)
        if (b.appliesOn(day) && b.appliesTo(providerId, roomId))
            found << &b;
    return found;
}

} // namespace ClinicDesk::Core
