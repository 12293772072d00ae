#include "slotfinder.h"

#include <algorithm>

namespace ClinicDesk::Core {

namespace {

// Appointments of one day grouped by who they keep busy, so each candidate is checked against
// a handful of visits rather than the whole range.
struct DayIndex {
    QHash<qint64, QList<TimeSlot>> providers;
    QHash<qint64, QList<TimeSlot>> rooms;
    QList<TimeSlot> patient;

    static bool clear(const QList<TimeSlot> &busy, const TimeSlot &slot)
    {
        return std::none_of(busy.cbegin(), busy.cend(),
                            [&](const TimeSlot &b) { return b.overlaps(slot); });
    }
};

QHash<QDate, DayIndex> indexByDay(const Availability &availability, qint64 patientId,
                                  qint64 ignoreId)
{
    QHash<QDate, DayIndex> index;
    for (const ScheduleEntry &e : availability.appointments) {
        const Appointment &a = e.appointment;
        if (a.id == ignoreId || !holdsTime(a.status))
            continue;
        DayIndex &day = index[a.slot.date];
        day.providers[a.providerId].append(a.slot);
        if (a.roomId != 0)
            day.rooms[a.roomId].append(a.slot);
        if (patientId != 0 && a.patientId == patientId)
            day.patient.append(a.slot);
    }
    return index;
}

bool blocked(const Availability &availability, const TimeSlot &slot, qint64 providerId,
             qint64 roomId)
{
    const auto blocks = availability.blocksOn(slot.date, providerId, roomId);
    return std::any_of(blocks.cbegin(), blocks.cend(), [&](const BlockedTime *b) {
        return b->on(slot.date).overlaps(slot);
    });
}

// The free places for one start time, in provider order.
void offersAt(const SlotRequest &request, const Availability &availability,
              const DayIndex &day, const TimeSlot &slot, QList<SlotOffer> &out)
{
    if (!DayIndex::clear(day.patient, slot))
        return;
    for (qint64 providerId : request.providerIds) {
        const auto working = availability.providerWorking(providerId, slot.date);
        if (!working || !working->contains(slot)
            || !DayIndex::clear(day.providers.value(providerId), slot)
            || blocked(availability, slot, providerId, 0))
            continue;
        if (request.roomIds.isEmpty()) {
            out.append({slot, providerId, 0});
            continue;
        }
        for (qint64 roomId : request.roomIds) {
            if (DayIndex::clear(day.rooms.value(roomId), slot)
                && !blocked(availability, slot, 0, roomId)) {
                out.append({slot, providerId, roomId});
                break;
            }
        }
    }
}

} // namespace

QList<SlotOffer> SlotFinder::find(const SlotRequest &request, const Availability &availability)
{
    QList<SlotOffer> offers;
    if (request.minutes <= 0 || !request.from.isValid() || request.to < request.from)
        return offers;
    const int step = std::max(5, request.stepMinutes);
    const auto index = indexByDay(availability, request.patientId, request.ignoreAppointmentId);
    const DayIndex empty;
    for (QDate date = request.from; date <= request.to; date = date.addDays(1)) {
        const auto open = availability.clinicOpen(date);
        if (!open)
            continue;
        const DayIndex &day = index.contains(date) ? index[date] : empty;
        int first = std::max(open->startMinute, request.earliestMinute);
        first = ((first + step - 1) / step) * step;
        const int last = std::min(open->endMinute, request.latestEndMinute) - request.minutes;
        for (int minute = first; minute <= last; minute += step) {
            const TimeSlot slot{date, minute, minute + request.minutes};
            if (request.notBefore.isValid() && slot.start() < request.notBefore)
                continue;
            offersAt(request, availability, day, slot, offers);
            if (offers.size() >= request.maxResults)
                return offers.mid(0, request.maxResults);
        }
    }
    return offers;
}

QList<SlotOffer> SlotFinder::nearest(const Appointment &wanted, const Availability &availability,
                                     int count, int stepMinutes, const QDateTime &notBefore)
{
    SlotRequest request;
    request.from = request.to = wanted.slot.date;
    request.minutes = wanted.slot.minutes();
    request.providerIds = {wanted.providerId};
    if (wanted.roomId != 0)
        request.roomIds = {wanted.roomId};
    request.patientId = wanted.patientId;
    request.ignoreAppointmentId = wanted.id;
    request.stepMinutes = stepMinutes;
    request.notBefore = notBefore;
    request.maxResults = 1000;
    QList<SlotOffer> all = find(request, availability);
    // Nearest first; at equal distance the later time, as "next free" reads forward.
    std::stable_sort(all.begin(), all.end(), [&](const SlotOffer &a, const SlotOffer &b) {
        const int da = std::abs(a.slot.startMinute - wanted.slot.startMinute);
        const int db = std::abs(b.slot.startMinute - wanted.slot.startMinute);
        if (da != db)
            return da < db;
        return a.slot.startMinute > b.slot.startMinute;
    });
    all = all.mid(0, count);
    std::sort(all.begin(), all.end(), [](const SlotOffer &a, const SlotOffer &b) {
        return a.slot.startMinute < b.slot.startMinute;
    });
    return all;
}

} // namespace ClinicDesk::Core
