#pragma once

#include "availability.h"

#include <QSet>

namespace ClinicDesk::Core {

// Why an appointment cannot go where it was asked, in the desk's words.
struct Conflict {
    enum class Kind {
        ProviderBusy,
        RoomBusy,
        PatientBusy,
        ProviderOff,
        OutsideHours,
        Blocked,
        TooEarly, // a Botox treatment before the earliest allowed date: needs an override reason
    };
    Kind kind;
    QString message;
    qint64 clashingAppointmentId = 0;
};

// The booking rules: a provider, a room and a patient hold one appointment at a time; visits
// fall inside the provider's working hours and outside blocked time. Touching ends are fine.
// Pure: the caller supplies the Availability of the day (read inside the write transaction).
class BookingRules
{
public:
    // `names` gives provider and room names for messages.
    struct Names {
        QHash<qint64, QString> providers;
        QHash<qint64, QString> rooms;
        QSet<qint64> botoxTypes; // types that are Botox treatments (the retreatment rule applies)
    };
    static QList<Conflict> check(const Appointment &candidate, const Availability &day,
                                 const Names &names);
};

} // namespace ClinicDesk::Core
