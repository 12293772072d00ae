#include "appointmentservice.h"

#include <algorithm>

namespace ClinicDesk::Core {

AppointmentService::AppointmentService(AppointmentRepository &appointments,
                                       ClinicSetupRepository &setup, PatientRepository &patients,
                                       const Clock &clock, QString user)
    : m_appointments(appointments)
    , m_setup(setup)
    , m_patients(patients)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

int AppointmentService::slotMinutes() const
{
    auto value = m_setup.setting(SettingKey::slotMinutes);
    const int minutes = (value && value->has_value()) ? (*value)->toInt() : 15;
    return minutes >= 5 && minutes <= 60 ? minutes : 15;
}

Result<BookingRules::Names> AppointmentService::names()
{
    BookingRules::Names names;
    auto providers = m_setup.providers();
    if (!providers)
        return providers.error();
    for (const Provider &p : providers.value())
        names.providers.insert(p.id, p.name);
    auto rooms = m_setup.rooms();
    if (!rooms)
        return rooms.error();
    for (const Room &r : rooms.value())
        names.rooms.insert(r.id, r.name);
    auto types = m_setup.appointmentTypes();
    if (!types)
        return types.error();
    for (const AppointmentType &t : types.value())
        if (t.isBotox)
            names.botoxTypes.insert(t.id);
    return names;
}

Status AppointmentService::validate(const Appointment &draft)
{
    const TimeSlot &slot = draft.slot;
    const QDate today = m_clock.today();
    if (!slot.date.isValid())
        return Error::invalid(QStringLiteral("Choose a date."), QStringLiteral("date"));
    if (slot.date < today.addYears(-20) || slot.date > today.addYears(3))
        return Error::invalid(QStringLiteral("%1 is too far from today; check the year.")
                                  .arg(slot.date.toString(QStringLiteral("MM/dd/yyyy"))),
                              QStringLiteral("date"));
    if (slot.startMinute < 0 || slot.startMinute >= 1440)
        return Error::invalid(QStringLiteral("Choose a start time."), QStringLiteral("start"));
    if (slot.minutes() < kMinMinutes || slot.minutes() > kMaxMinutes)
        return Error::invalid(QStringLiteral("Length must be between %1 and %2 minutes.")
                                  .arg(kMinMinutes)
                                  .arg(kMaxMinutes),
                              QStringLiteral("minutes"));
    if (slot.endMinute > 1440)
        return Error::invalid(QStringLiteral("The visit must end by midnight."),
                              QStringLiteral("minutes"));
    if (draft.notes.size() > 10000)
        return Error::invalid(QStringLiteral("Notes are limited to 10,000 characters."),
                              QStringLiteral("notes"));

    auto patient = m_patients.byId(draft.patientId);
    if (!patient)
        return Error::invalid(QStringLiteral("Choose the patient."), QStringLiteral("patient"));
    if (!patient->active && draft.id == 0)
        return Error::invalid(QStringLiteral("%1 is inactive; reactivate the record before "
                                             "booking.")
                                  .arg(patient->displayName()),
                              QStringLiteral("patient"));

    auto providers = m_setup.providers();
    if (!providers)
        return providers.error();
    const auto provider = std::find_if(providers->cbegin(), providers->cend(),
                                       [&](const Provider &p) { return p.id == draft.providerId; });
    if (provider == providers->cend())
        return Error::invalid(QStringLiteral("Choose the provider."), QStringLiteral("provider"));
    if (!provider->active)
        return Error::invalid(QStringLiteral("%1 no longer sees patients.").arg(provider->name),
                              QStringLiteral("provider"));
    if (draft.roomId != 0) {
        auto rooms = m_setup.rooms();
        if (!rooms)
            return rooms.error();
        if (std::none_of(rooms->cbegin(), rooms->cend(),
                         [&](const Room &r) { return r.id == draft.roomId && r.active; }))
            return Error::invalid(QStringLiteral("Choose a room that is in use."),
                                  QStringLiteral("room"));
    }
    auto types = m_setup.appointmentTypes();
    if (!types)
        return types.error();
    const auto type = std::find_if(types->cbegin(), types->cend(),
                                   [&](const AppointmentType &t) { return t.id == draft.typeId; });
    if (type == types->cend())
        return Error::invalid(QStringLiteral("Choose the type of visit."), QStringLiteral("type"));
    if (!type->active && draft.id == 0)
        return Error::invalid(QStringLiteral("%1 visits are no longer booked.").arg(type->name),
                              QStringLiteral("type"));
    return {};
}

AppointmentRepository::Guard AppointmentService::guardFor(const Appointment &candidate,
                                                          const BookingRules::Names &names,
                                                          Checks checks)
{
    return [this, candidate, names, checks](const Availability &day) -> Status {
        if (!holdsTime(candidate.status) || checks == Checks::None)
            return {};
        QList<Conflict> conflicts = BookingRules::check(candidate, day, names);
        if (checks == Checks::OverlapsOnly)
            conflicts.removeIf([](const Conflict &c) {
                return c.kind != Conflict::Kind::ProviderBusy && c.kind != Conflict::Kind::RoomBusy
                       && c.kind != Conflict::Kind::PatientBusy;
            });
        if (conflicts.isEmpty()) {
            if (auto early = tooEarly(candidate, day, names))
                return Error::refused(early->message);
            return {};
        }
        QStringList lines;
        for (const Conflict &c : conflicts)
            lines << c.message;
        QString message = lines.join(u' ');
        const auto free = SlotFinder::nearest(candidate, day, 3, slotMinutes(), m_clock.now());
        if (!free.isEmpty()) {
            QStringList times;
            for (const SlotOffer &o : free)
                times << WallClock::format(o.slot.startMinute);
            message += QStringLiteral(" Next free: %1.").arg(times.join(QStringLiteral(", ")));
        } else {
            message += QStringLiteral(" No free time is left that day.");
        }
        return Error::conflict(message);
    };
}

Result<QList<Conflict>> AppointmentService::conflictsFor(const Appointment &draft)
{
    auto n = names();
    if (!n)
        return n.error();
    auto day = m_appointments.availability(draft.slot.date, draft.slot.date, {draft.providerId},
                                           draft.roomId ? QList<qint64>{draft.roomId}
                                                        : QList<qint64>{},
                                           draft.patientId);
    if (!day)
        return day.error();
    QList<Conflict> conflicts = BookingRules::check(draft, day.value(), n.value());
    if (auto early = tooEarly(draft, day.value(), n.value()))
        conflicts.append(early.value());
    return conflicts;
}

std::optional<Conflict> AppointmentService::tooEarly(const Appointment &candidate,
                                                     const Availability &day,
                                                     const BookingRules::Names &names) const
{
    if (!names.botoxTypes.contains(candidate.typeId) || !candidate.overrideReason.trimmed().isEmpty())
        return std::nullopt;
    const RetreatmentPolicy policy(ClinicSetupService::retreatmentSettingsFrom(m_setup));
    const auto early = policy.checkBooking(candidate.slot.date, candidate.id,
                                           day.patientTreatments, day.patientPayer);
    if (!early)
        return std::nullopt;
    return Conflict{Conflict::Kind::TooEarly, early->message, 0};
}

Result<QList<SlotOffer>> AppointmentService::nearestFree(const Appointment &draft, int count)
{
    auto day = m_appointments.availability(draft.slot.date, draft.slot.date, {draft.providerId},
                                           draft.roomId ? QList<qint64>{draft.roomId}
                                                        : QList<qint64>{},
                                           draft.patientId);
    if (!day)
        return day.error();
    return SlotFinder::nearest(draft, day.value(), count, slotMinutes(), m_clock.now());
}

Result<Appointment> AppointmentService::book(const Appointment &draft)
{
    Appointment appointment = draft;
    appointment.id = 0;
    appointment.status = AppointmentStatus::Booked;
    appointment.statusReason.clear();
    appointment.notes = appointment.notes.trimmed();
    appointment.overrideReason = appointment.overrideReason.simplified();
    if (Status s = validate(appointment); !s)
        return s.error();
    auto n = names();
    if (!n)
        return n.error();
    const QDateTime now = m_clock.now();
    appointment.bookedBy = appointment.updatedBy = m_user;
    appointment.bookedAt = appointment.updatedAt = now;
    return m_appointments.insert(appointment, context(),
                                 guardFor(appointment, n.value(), Checks::All));
}

Result<Appointment> AppointmentService::write(const Appointment &changed, const QString &action,
                                              Checks checks)
{
    if (checks == Checks::All)
        if (Status s = validate(changed); !s)
            return s.error();
    auto n = names();
    if (!n)
        return n.error();
    Appointment appointment = changed;
    appointment.updatedBy = m_user;
    appointment.updatedAt = m_clock.now();
    if (Status s = m_appointments.update(appointment, context(), guardFor(appointment, n.value(), checks),
                                         action);
        !s)
        return s.error();
    return appointment;
}

Result<Appointment> AppointmentService::reschedule(qint64 id, const TimeSlot &slot,
                                                   qint64 providerId, qint64 roomId)
{
    auto stored = m_appointments.byId(id);
    if (!stored)
        return stored.error();
    Appointment appointment = stored->appointment;
    if (!holdsTime(appointment.status))
        return Error::invalid(QStringLiteral("A %1 visit cannot be moved; book a new one.")
                                  .arg(statusLabel(appointment.status).toLower()));
    if (appointment.status == AppointmentStatus::Completed)
        return Error::invalid(QStringLiteral("A completed visit cannot be moved."));
    appointment.slot = slot;
    appointment.providerId = providerId;
    appointment.roomId = roomId;
    return write(appointment, QStringLiteral("move"), Checks::All);
}

Result<Appointment> AppointmentService::setStatus(qint64 id, AppointmentStatus status,
                                                  const QString &reason)
{
    auto stored = m_appointments.byId(id);
    if (!stored)
        return stored.error();
    Appointment appointment = stored->appointment;
    const QString why = reason.simplified();
    if (needsReason(status) && why.isEmpty())
        return Error::invalid(QStringLiteral("Give a reason for the %1.")
                                  .arg(status == AppointmentStatus::Cancelled
                                           ? QStringLiteral("cancellation")
                                           : QStringLiteral("no-show")),
                              QStringLiteral("reason"));
    if (why.size() > 500)
        return Error::invalid(QStringLiteral("Keep the reason under 500 characters."),
                              QStringLiteral("reason"));
    const QDateTime now = m_clock.now();
    if ((status == AppointmentStatus::Completed || status == AppointmentStatus::InRoom
         || status == AppointmentStatus::Arrived || status == AppointmentStatus::NoShow)
        && appointment.slot.date > now.date())
        return Error::invalid(QStringLiteral("%1 is for a visit on or before today.")
                                  .arg(statusLabel(status)),
                              QStringLiteral("status"));
    const bool restoring = !holdsTime(appointment.status) && holdsTime(status);
    appointment.status = status;
    appointment.statusReason = needsReason(status) ? why : QString();
    return write(appointment, QStringLiteral("status"),
                 restoring ? Checks::OverlapsOnly : Checks::None);
}

Result<Appointment> AppointmentService::setNotes(qint64 id, const QString &notes)
{
    auto stored = m_appointments.byId(id);
    if (!stored)
        return stored.error();
    Appointment appointment = stored->appointment;
    appointment.notes = notes.trimmed();
    if (appointment.notes.size() > 10000)
        return Error::invalid(QStringLiteral("Notes are limited to 10,000 characters."),
                              QStringLiteral("notes"));
    return write(appointment, QStringLiteral("notes"), Checks::None);
}

Result<int> AppointmentService::bookMany(const QList<Appointment> &appointments,
                                         const std::function<bool(int)> &progress)
{
    // Sorting by (who, day, start) puts any overlap between neighbours.
    struct Key {
        qint64 who;
        TimeSlot slot;
        qsizetype index;
    };
    QList<Key> providers, rooms, patients;
    for (qsizetype i = 0; i < appointments.size(); ++i) {
        const Appointment &a = appointments[i];
        if (!a.slot.isValid() || a.slot.minutes() < kMinMinutes || a.slot.minutes() > kMaxMinutes)
            return Error::invalid(QStringLiteral("Appointment %1 has an impossible time.").arg(i + 1));
        if (!holdsTime(a.status))
            continue;
        providers.append({a.providerId, a.slot, i});
        if (a.roomId != 0)
            rooms.append({a.roomId, a.slot, i});
        patients.append({a.patientId, a.slot, i});
    }
    for (QList<Key> *list : {&providers, &rooms, &patients}) {
        std::sort(list->begin(), list->end(), [](const Key &x, const Key &y) {
            if (x.who != y.who)
                return x.who < y.who;
            if (x.slot.date != y.slot.date)
                return x.slot.date < y.slot.date;
            return x.slot.startMinute < y.slot.startMinute;
        });
        for (qsizetype i = 1; i < list->size(); ++i) {
            const Key &prev = list->at(i - 1), &cur = list->at(i);
            if (prev.who == cur.who && prev.slot.overlaps(cur.slot))
                return Error::conflict(QStringLiteral("Appointments %1 and %2 overlap (%3).")
                                           .arg(prev.index + 1)
                                           .arg(cur.index + 1)
                                           .arg(cur.slot.describe()));
        }
    }
    return m_appointments.insertMany(appointments, context(), progress);
}

Status AppointmentService::unbook(qint64 id)
{
    return m_appointments.remove(id, context());
}

Result<QList<ScheduleEntry>> AppointmentService::between(QDate from, QDate to,
                                                         const ScheduleFilter &filter) const
{
    return m_appointments.between(from, to, filter);
}

Result<QList<DayLoad>> AppointmentService::loadBetween(QDate from, QDate to,
                                                       const ScheduleFilter &filter) const
{
    return m_appointments.loadBetween(from, to, filter);
}

Result<ScheduleEntry> AppointmentService::byId(qint64 id) const
{
    return m_appointments.byId(id);
}

Result<QList<ScheduleEntry>> AppointmentService::forPatient(qint64 patientId) const
{
    return m_appointments.forPatient(patientId);
}

Result<Availability> AppointmentService::availability(QDate from, QDate to,
                                                      const QList<qint64> &providerIds,
                                                      const QList<qint64> &roomIds) const
{
    return m_appointments.availability(from, to, providerIds, roomIds, 0);
}

Result<QList<SlotOffer>> AppointmentService::findSlots(SlotRequest request)
{
    if (request.providerIds.isEmpty()) {
        auto providers = m_setup.providers();
        if (!providers)
            return providers.error();
        for (const Provider &p : providers.value())
            if (p.active)
                request.providerIds << p.id;
    }
    if (!request.notBefore.isValid())
        request.notBefore = m_clock.now();
    if (request.stepMinutes <= 0)
        request.stepMinutes = slotMinutes();
    if (request.to < request.from)
        return Error::invalid(QStringLiteral("The end of the range is before its start."),
                              QStringLiteral("to"));
    if (request.from.daysTo(request.to) > 366)
        return Error::invalid(QStringLiteral("Search at most a year at a time."),
                              QStringLiteral("to"));
    // A week at a time: most searches are answered by the first week, so the rest of the range
    // is never read.
    QList<SlotOffer> offers;
    for (QDate from = request.from; from <= request.to && offers.size() < request.maxResults;
         from = from.addDays(7)) {
        SlotRequest chunk = request;
        chunk.from = from;
        chunk.to = std::min(request.to, from.addDays(6));
        chunk.maxResults = request.maxResults - int(offers.size());
        auto availability = m_appointments.availability(chunk.from, chunk.to, chunk.providerIds,
                                                        chunk.roomIds, chunk.patientId);
        if (!availability)
            return availability.error();
        offers += SlotFinder::find(chunk, availability.value());
    }
    return offers;
}

} // namespace ClinicDesk::Core
