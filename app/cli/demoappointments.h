#pragma once

#include "appcontext.h"
#include "demotreatments.h"

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

// The demo payers (DemoClinic::payers()) with the minimum intervals the demo gives some of them.
// A payer's minimum someone already set is left alone.
Core::Status setUpPayers(App::AppContext &clinic);

// The treatment side of the generated book (Core::DemoTreatments), for the demo patients
// `patients` stored as numbers 1, 2, ... in order.
Core::Result<Core::DemoTreatments::Plan> planTreatments(App::AppContext &clinic,
                                                        const QList<Core::Appointment> &book,
                                                        const QList<Core::Patient> &patients,
                                                        quint32 seed);

struct Stored {
    int treatments = 0;
    int authorizations = 0;
    int contacts = 0;
    int discontinued = 0;
    int supplies = 0;
};
// Stores the plan's treatments (one transaction), stops, calls, drug supplies and
// authorizations through the services, once its appointments went into a table that held none
// (so that they are numbered 1, 2, ... in order; checked).
Core::Result<Stored> storeTreatments(App::AppContext &clinic,
                                     const Core::DemoTreatments::Plan &plan);

} // namespace DemoAppointments
} // namespace ClinicDesk::Cli
