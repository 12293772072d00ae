#include "demoappointments.h"

#include "democlinic.h"
#include "demoschedule.h"

namespace ClinicDesk::Cli::DemoAppointments {

using Core::WeeklyHours;

namespace {

constexpr int kLunchStart = 12 * 60;
constexpr int kLunchEnd = 13 * 60;

QList<WeeklyHours> weekdays(int first, int last, int start, int end)
{
    QList<WeeklyHours> hours;
    for (int day = first; day <= last; ++day)
        hours.append({day, start, end});
    return hours;
}

// The demo providers' week, in the order of DemoClinic::providers(): three full-time, one who
// has Fridays off, one part-time in the mornings.
QList<WeeklyHours> demoHours(qsizetype index)
{
    switch (index) {
    case 3:
        return weekdays(1, 4, 8 * 60, 17 * 60);
    case 4:
        return weekdays(2, 4, 8 * 60, 12 * 60);
    default:
        return weekdays(1, 5, 8 * 60, 17 * 60);
    }
}

// The first `weekday` on or after `day`.
QDate onOrAfter(QDate day, int weekday)
{
    return day.addDays((weekday - day.dayOfWeek() + 7) % 7);
}

} // namespace

Core::Status setUpHours(App::AppContext &clinic, QDate firstDay)
{
    const auto providers = clinic.setup().providers();
    if (!providers)
        return providers.error();
    const QList<Core::Provider> demo = Core::DemoClinic::providers();
    const auto blocks = clinic.scheduleSetup().blocks(firstDay, firstDay.addDays(6));
    if (!blocks)
        return blocks.error();
    for (const Core::Provider &provider : providers.value()) {
        const auto index =
            std::find_if(demo.cbegin(), demo.cend(),
                         [&](const Core::Provider &p) { return p.name == provider.name; }) -
            demo.cbegin();
        if (index == demo.size())
            continue;
        const auto current = clinic.scheduleSetup().providerHours(provider.id);
        if (!current)
            return current.error();
        const QList<WeeklyHours> hours = demoHours(index);
        if (current->isEmpty()) {
            if (Core::Status s = clinic.scheduleSetup().setProviderHours(provider.id, hours); !s)
                return s;
        } else if (current.value() != hours) {
            continue; // someone's own hours: their lunch is theirs to set
        }
        for (const WeeklyHours &day : hours) {
            if (day.startMinute >= kLunchStart || day.endMinute <= kLunchEnd)
                continue;
            Core::BlockedTime lunch;
            lunch.providerId = provider.id;
            lunch.firstDate = onOrAfter(firstDay, day.weekday);
            lunch.weekly = true;
            lunch.startMinute = kLunchStart;
            lunch.endMinute = kLunchEnd;
            lunch.reason = QStringLiteral("Lunch");
            const bool present =
                std::any_of(blocks->cbegin(), blocks->cend(), [&](const Core::BlockedTime &b) {
                    return b.weekly && b.providerId == provider.id &&
                           b.firstDate.dayOfWeek() == day.weekday && b.startMinute == kLunchStart &&
                           b.endMinute == kLunchEnd;
                });
            if (present)
                continue;
            if (auto added = clinic.scheduleSetup().addBlock(lunch); !added)
                return added.error();
        }
    }
    return {};
}

Core::Result<QList<Core::Appointment>> generate(App::AppContext &clinic, const Options &options)
{
    const auto providers = clinic.setup().providers();
    if (!providers)
        return providers.error();
    const auto rooms = clinic.setup().rooms();
    if (!rooms)
        return rooms.error();
    const auto types = clinic.setup().appointmentTypes();
    if (!types)
        return types.error();

    Core::DemoSchedule::Options schedule;
    schedule.from = options.from;
    schedule.to = options.to;
    schedule.now = clinic.clock().now();
    for (const Core::Provider &p : providers.value())
        if (p.active)
            schedule.providers << p;
    for (const Core::Room &r : rooms.value())
        if (r.active)
            schedule.rooms << r;
    for (const Core::AppointmentType &t : types.value())
        if (t.active)
            schedule.types << t;
    schedule.patientIds = options.patientIds;
    schedule.visitsPerProviderDay = options.visitsPerProviderDay;
    schedule.seed = options.seed;
    const QList<Core::Appointment> generated = Core::DemoSchedule::generate(schedule);

    // The hours and blocks as stored, read the way the booking rules read them. The database
    // holds no appointments yet, so this reads only the set-up.
    QList<qint64> providerIds;
    for (const Core::Provider &p : schedule.providers)
        providerIds << p.id;
    const auto availability =
        clinic.appointments().availability(options.from, options.to, providerIds, {});
    if (!availability)
        return availability.error();
    const Core::Availability &week = availability.value();

    QList<Core::Appointment> kept;
    kept.reserve(generated.size());
    for (const Core::Appointment &a : generated) {
        const auto working = week.providerWorking(a.providerId, a.slot.date);
        if (!working || !working->contains(a.slot))
            continue;
        const auto blocked = week.blocksOn(a.slot.date, a.providerId, a.roomId);
        if (std::any_of(blocked.cbegin(), blocked.cend(), [&](const Core::BlockedTime *b) {
                return b->on(a.slot.date).overlaps(a.slot);
            }))
            continue;
        kept.append(a);
    }
    return kept;
}

Core::Status setUpPayers(App::AppContext &clinic)
{
    if (Core::Status s = clinic.setup().ensurePayers(Core::DemoClinic::payers()); !s)
        return s;
    const auto payers = clinic.setup().payers();
    if (!payers)
        return payers.error();
    for (const auto &[name, days] : Core::DemoClinic::payerMinimumDays()) {
        for (Core::Payer payer : payers.value()) {
            if (payer.name.compare(name, Qt::CaseInsensitive) != 0 || payer.minimumDays != 0)
                continue;
            payer.minimumDays = days;
            if (Core::Status s = clinic.setup().updatePayer(payer); !s)
                return s;
        }
    }
    return {};
}

Core::Result<Core::DemoTreatments::Plan> planTreatments(App::AppContext &clinic,
                                                        const QList<Core::Appointment> &book,
                                                        const QList<Core::Patient> &patients,
                                                        quint32 seed)
{
    const auto types = clinic.setup().appointmentTypes();
    if (!types)
        return types.error();
    Core::DemoTreatments::Options options;
    options.now = clinic.clock().now();
    options.seed = seed;
    for (const Core::AppointmentType &t : types.value())
        if (t.isBotox)
            options.botoxTypeIds.insert(t.id);
    for (qsizetype i = 0; i < patients.size(); ++i)
        options.payers.insert(i + 1, patients[i].insurance.payer);
    options.settings = clinic.setup().retreatmentSettings();
    options.defaults = clinic.treatments().defaults();
    return Core::DemoTreatments::plan(book, options);
}

Core::Result<Stored> storeTreatments(App::AppContext &clinic,
                                     const Core::DemoTreatments::Plan &plan)
{
    Stored stored;
    // The plan names visits by their place in the book; the table held none before it, so the
    // place is the number less one. Checked on the first and last, as the patients are.
    const QList<Core::Appointment> &book = plan.appointments;
    if (!book.isEmpty()) {
        const auto first = clinic.appointments().byId(1);
        const auto last = clinic.appointments().byId(book.size());
        auto same = [](const Core::Result<Core::ScheduleEntry> &entry, const Core::Appointment &a) {
            return entry && entry->appointment.patientId == a.patientId &&
                   entry->appointment.providerId == a.providerId && entry->slot() == a.slot;
        };
        if (!same(first, book.constFirst()) || !same(last, book.constLast()))
            return Core::Error::storage(QStringLiteral("The new appointments cannot be found by "
                                                       "number; no treatments were added."));
    }

    QList<Core::Treatment> treatments = plan.treatments;
    for (qsizetype i = 0; i < treatments.size(); ++i)
        if (plan.treatmentVisits[i] >= 0)
            treatments[i].appointmentId = plan.treatmentVisits[i] + 1;
    const auto recorded = clinic.treatments().recordMany(treatments);
    if (!recorded)
        return recorded.error();
    stored.treatments = recorded.value();

    // Stops and calls are dated when they happened: the services run on a clock set to then.
    for (const Core::DemoTreatments::Discontinuation &stop : plan.discontinued) {
        const Core::FixedClock then(stop.on);
        if (Core::Status s = clinic.retreatmentOn(then)->discontinue(stop.patientId, stop.reason);
            !s)
            return s.error();
        ++stored.discontinued;
    }
    for (const Core::ContactAttempt &call : plan.contacts) {
        const Core::FixedClock then(call.at);
        const auto logged = clinic.retreatmentOn(then, call.by)
                                ->logContact(call.patientId, call.outcome, call.note);
        if (!logged)
            return logged.error();
        ++stored.contacts;
    }
    for (const Core::DemoTreatments::Supply &planned : plan.supplies) {
        Core::DrugSupply supply = planned.supply;
        supply.appointmentId = planned.visit + 1;
        if (Core::Status s = clinic.treatments().setDrugSupply(supply); !s)
            return s.error();
        ++stored.supplies;
    }
    // Each authorization dated a week before it starts, as the desk would have entered it.
    for (const Core::Authorization &planned : plan.authorizations) {
        const QDateTime entered = planned.validFrom.addDays(-7).startOfDay().addSecs(10 * 3600);
        if (auto added = clinic.authorizations().addEntered(planned, entered); !added)
            return added.error();
        ++stored.authorizations;
    }
    return stored;
}

} // namespace ClinicDesk::Cli::DemoAppointments
