#pragma once

#include "appointment.h"
#include "clinicsetup.h"

#include <QDateTime>
#include <QList>

namespace ClinicDesk::Core {

// A realistic, reproducible appointment history and future for the demo clinic: weekdays 8-17
// with a lunch hour, a mix of visit types, Botox patients coming back about every 12 weeks
// (drifting with weekends and the desk's availability), past visits completed with some
// cancellations and no-shows, the future booked less densely the further out it is. The
// generated book never double-books a provider, a room or a patient.
class DemoSchedule
{
public:
    struct Options {
        QDate from;
        QDate to;                 // inclusive; future days get fewer bookings
        QDateTime now;            // splits past, today and future
        QList<Provider> providers; // stored (with ids)
        QList<Room> rooms;
        QList<AppointmentType> types;
        QList<qint64> patientIds;
        int visitsPerProviderDay = 20;
        quint32 seed = 1;
    };

    static QList<Appointment> generate(const Options &options);
    static QStringList cancellationReasons();
};

} // namespace ClinicDesk::Core
