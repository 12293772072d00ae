#pragma once

#include "availability.h"

namespace ClinicDesk::Core {

// A free place in the book: a time, a provider and (when one is needed) a room.
struct SlotOffer {
    TimeSlot slot;
    qint64 providerId = 0;
    qint64 roomId = 0;
    friend bool operator==(const SlotOffer &, const SlotOffer &) = default;
};

struct SlotRequest {
    QDate from;
    QDate to;                  // inclusive
    int minutes = 15;
    QList<qint64> providerIds; // in order of preference
    QList<qint64> roomIds;     // any of these; empty: no room needed
    qint64 patientId = 0;      // the patient must be free too
    qint64 ignoreAppointmentId = 0; // when moving an appointment, it does not block itself
    int earliestMinute = 0;    // time-of-day preference
    int latestEndMinute = 1440;
    int stepMinutes = 15;      // slots start on this grid
    QDateTime notBefore;       // no offers in the past
    int maxResults = 10;
};

// Finds the first free slots, earliest first (then provider preference). Pure: it reads only
// the Availability it is given, which must cover the request's days.
class SlotFinder
{
public:
    static QList<SlotOffer> find(const SlotRequest &request, const Availability &availability);
    // The free slots nearest to `wanted` on its own day for the same provider (and room, if
    // any), ordered by time: "Next free: 10:15, 10:30, 11:45".
    static QList<SlotOffer> nearest(const Appointment &wanted, const Availability &availability,
                                    int count, int stepMinutes, const QDateTime &notBefore);
};

} // namespace ClinicDesk::Core
