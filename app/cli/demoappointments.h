#pragma once

#include "appcontext.h"

#include <functional>

namespace ClinicDesk::Cli {

// The demo clinic's appointment book: working hours and lunch hours for the demo providers, and
// a reproducible history and future of visits (Core::DemoSchedule) that keeps to them.
namespace DemoAppointments {

// Weekly hours and a weekly 12:00-13:00 lunch block for each demo provider that has no hours
// yet (most work Monday to Friday 8-17; one Monday to Thursday; one part-time, mornings).
// Hours someone already set are left alone, so that a re-run after a failure changes nothing.
Core::Status setUpHours(App::AppContext &clinic, QDate firstDay);

struct Options {
    QDate from;
    QDate to;
    QList<qint64> patientIds;
    quint32 seed = 1;
    int visitsPerProviderDay = 20;
};

// The generated book, without the visits that fall outside a provider's hours or in blocked
// time (DemoSchedule fills every weekday 8-17 around a 12-13 lunch for everyone).
Core::Result<QList<Core::Appointment>> generate(App::AppContext &clinic, const Options &options);

} // namespace DemoAppointments
} // namespace ClinicDesk::Cli
