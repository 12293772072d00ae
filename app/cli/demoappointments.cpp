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

} // namespace ClinicDesk::Cli::DemoAppointments
