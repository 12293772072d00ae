#include "waitlistservice.h"

#include "clinicdate.h"

#include <QLocale>
#include <algorithm>

namespace ClinicDesk::Core {

namespace {

QString shortDay(QDate day)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(day, QStringLiteral("MMM d"));
}

} // namespace

QString WaitlistService::Outcome::messageFor(const QString &field) const
{
    for (const FieldError &error : errors)
        if (error.field == field)
            return error.message;
    return {};
}

WaitlistService::WaitlistService(WaitlistRepository &repository, RetreatmentService &retreatment,
                                 PatientRepository &patients, ClinicSetupRepository &setup,
                                 const Clock &clock, QString user)
    : m_repository(repository)
    , m_retreatment(retreatment)
    , m_patients(patients)
    , m_setup(setup)
    , m_clock(clock)
    , m_user(std::move(user))
{}

WaitlistService::Outcome WaitlistService::validate(const WaitlistEntry &draft)
{
    Outcome outcome;
    WaitlistEntry &e = outcome.entry;
    e = draft;
    e.weekdays = WaitlistRules::weekdaysFromCode(WaitlistRules::weekdaysCode(draft.weekdays));
    e.notes = draft.notes.trimmed();
    QList<FieldError> &errors = outcome.errors;

    if (e.patientId <= 0)
        errors.append({QStringLiteral("patient"),
                       QStringLiteral("Choose the patient who wants an earlier visit.")});
    if (e.weekdays.isEmpty())
        errors.append(
            {QStringLiteral("weekdays"),
             QStringLiteral("Tick at least one day of the week that suits the patient.")});
    const bool earliestOk = e.earliestMinute >= 0 && e.earliestMinute < 24 * 60;
    const bool latestOk = e.latestMinute > 0 && e.latestMinute <= 24 * 60;
    if (!earliestOk)
        errors.append({QStringLiteral("earliestTime"),
                       QStringLiteral("Enter the earliest time, like 8:00.")});
    if (!latestOk)
        errors.append(
            {QStringLiteral("latestTime"), QStringLiteral("Enter the latest time, like 12:00.")});
    if (earliestOk && latestOk && e.earliestMinute >= e.latestMinute)
        errors.append(
            {QStringLiteral("latestTime"),
             QStringLiteral("The latest time (%1) must come after the earliest (%2).")
                 .arg(WallClock::format(e.latestMinute), WallClock::format(e.earliestMinute))});
    if (e.typeId < 0)
        errors.append({QStringLiteral("type"), QStringLiteral("Choose a visit type, or Any.")});
    if (e.providerId < 0)
        errors.append({QStringLiteral("provider"), QStringLiteral("Choose a provider, or Any.")});
    if (e.notes.size() > kMaxNotesLength)
        errors.append(
            {QStringLiteral("notes"),
             QStringLiteral("Notes are longer than %1 characters.")
                 .arg(QLocale(QLocale::English, QLocale::UnitedStates).toString(kMaxNotesLength))});
    return outcome;
}

WaitlistEntry WaitlistService::draftFor(qint64 patientId) const
{
    WaitlistEntry e;
    e.patientId = patientId;
    if (patientId > 0) {
        if (auto patient = m_patients.byId(patientId)) {
            e.patientName = patient->displayName();
            e.patientMrn = patient->mrn;
            e.patientPhone = patient->primaryPhone();
            e.patientActive = patient->active;
        }
    }
    return e;
}

Result<WaitlistEntry> WaitlistService::tidyForWrite(const WaitlistEntry &draft) const
{
    const Outcome outcome = check(draft);
    if (!outcome.ok()) {
        const FieldError &first = outcome.errors.constFirst();
        return Error::invalid(first.message, first.field);
    }
    WaitlistEntry e = outcome.entry;
    auto patient = m_patients.byId(e.patientId);
    if (!patient)
        return Error::invalid(patient.error().message, QStringLiteral("patient"));
    if (!patient->active)
        return Error::invalid(QStringLiteral("%1's record is inactive; make it active again "
                                             "before adding them to the waitlist.")
                                  .arg(patient->fullName()),
                              QStringLiteral("patient"));
    if (e.typeId != 0 || e.providerId != 0) {
        if (e.typeId != 0) {
            auto types = m_setup.appointmentTypes();
            if (!types)
                return types.error();
            const auto it =
                std::find_if(types->cbegin(), types->cend(),
                             [&](const AppointmentType &t) { return t.id == e.typeId; });
            if (it == types->cend())
                return Error::invalid(QStringLiteral("That visit type no longer exists; choose "
                                                     "another, or Any."),
                                      QStringLiteral("type"));
            e.typeName = it->name;
        }
        if (e.providerId != 0) {
            auto providers = m_setup.providers();
            if (!providers)
                return providers.error();
            const auto it = std::find_if(providers->cbegin(), providers->cend(),
                                         [&](const Provider &p) { return p.id == e.providerId; });
            if (it == providers->cend())
                return Error::invalid(QStringLiteral("That provider no longer exists; choose "
                                                     "another, or Any."),
                                      QStringLiteral("provider"));
            e.providerName = it->name;
        }
    }
    auto existing = m_repository.forPatient(e.patientId);
    if (!existing)
        return existing.error();
    for (const WaitlistEntry &other : existing.value()) {
        if (other.id == e.id || !other.isOpen() || other.typeId != e.typeId)
            continue;
        return Error::invalid(
            QStringLiteral("%1 is already on the waitlist for %2 (since %3); edit that entry "
                           "instead.")
                .arg(patient->fullName(),
                     other.typeId != 0 ? other.typeName : QStringLiteral("any visit"),
                     ClinicDate::formatLong(other.addedAt.date())),
            QStringLiteral("type"));
    }
    return e;
}

Result<WaitlistEntry> WaitlistService::add(const WaitlistEntry &draft)
{
    WaitlistEntry blank = draft;
    blank.id = 0;
    blank.closedAt = {};
    auto tidied = tidyForWrite(blank);
    if (!tidied)
        return tidied.error();
    WaitlistEntry e = tidied.value();
    const ChangeContext ctx = context();
    e.addedBy = ctx.user;
    e.addedAt = ctx.at;
    return m_repository.add(e, ctx);
}

Result<WaitlistEntry> WaitlistService::update(const WaitlistEntry &edited)
{
    if (edited.id <= 0)
        return Error::invalid(QStringLiteral("This waitlist entry has not been saved yet."));
    auto stored = m_repository.byId(edited.id);
    if (!stored)
        return stored.error();
    if (!stored->isOpen())
        return Error::notFound(
            QStringLiteral("%1 is no longer on the waitlist (taken off %2).")
                .arg(stored->patientName, ClinicDate::formatLong(stored->closedAt.date())));
    WaitlistEntry draft = edited;
    draft.patientId = stored->patientId; // the patient of an entry never changes
    draft.addedBy = stored->addedBy;
    draft.addedAt = stored->addedAt;
    draft.closedAt = {};
    auto tidied = tidyForWrite(draft);
    if (!tidied)
        return tidied.error();
    if (Status s = m_repository.update(tidied.value(), context()); !s)
        return s.error();
    return m_repository.byId(edited.id);
}

Status WaitlistService::close(qint64 id, const QString &reason)
{
    QString why = reason.simplified();
    if (why.isEmpty())
        why = QStringLiteral("Removed from the waitlist");
    if (why.size() > kMaxReasonLength)
        return Error::invalid(
            QStringLiteral("The reason is longer than %1 characters.").arg(kMaxReasonLength),
            QStringLiteral("reason"));
    return m_repository.close(id, why, context());
}

Result<QList<WaitlistEntry>> WaitlistService::open() const
{
    return m_repository.open();
}

Result<QList<WaitlistEntry>> WaitlistService::forPatient(qint64 patientId) const
{
    return m_repository.forPatient(patientId);
}

Result<QList<WaitlistCandidate>> WaitlistService::candidatesFor(const ScheduleEntry &freed)
{
    const TimeSlot &slot = freed.slot();
    QList<WaitlistCandidate> candidates;
    if (!slot.isValid() || slot.start() <= m_clock.now())
        return candidates;
    auto entries = m_repository.open();
    if (!entries)
        return entries.error();
    QList<qint64> patientIds;
    for (const WaitlistEntry &e : entries.value()) {
        if (e.patientId == freed.appointment.patientId || !e.patientActive ||
            !WaitlistRules::fits(e, slot, freed.appointment.providerId, freed.appointment.typeId))
            continue;
        WaitlistCandidate c;
        c.entry = e;
        candidates.append(c);
        patientIds.append(e.patientId);
    }
    if (candidates.isEmpty())
        return candidates;

    if (!freed.isBotox) {
        for (WaitlistCandidate &c : candidates)
            c.reason = QStringLiteral("Waiting since %1 \u00b7 %2")
                           .arg(shortDay(c.entry.addedAt.date()),
                                WaitlistRules::availabilityText(c.entry));
        return candidates;
    }

    // Patients who never had Botox are not in the answer: they are waiting for a first one.
    auto statuses = m_retreatment.statusesFor(patientIds);
    if (!statuses)
        return statuses.error();
    const QDate today = m_clock.today();
    QList<WaitlistCandidate> allowed;
    for (WaitlistCandidate &c : candidates) {
        const RetreatmentStatus status = statuses->value(c.entry.patientId, RetreatmentStatus{});
        if (status.state == RetreatmentStatus::State::Discontinued)
            continue;
        if (status.window && !status.window->allows(slot.date))
            continue;
        if (status.bookedOn.isValid() && status.bookedOn <= slot.date)
            continue;
        c.status = status;
        c.daysPastDue = status.window ? int(status.window->due.daysTo(today)) : 0;
        c.reason =
            status.label() + QStringLiteral(" \u00b7 ") + WaitlistRules::availabilityText(c.entry);
        allowed.append(c);
    }
    std::stable_sort(allowed.begin(), allowed.end(),
                     [](const WaitlistCandidate &a, const WaitlistCandidate &b) {
                         if (a.daysPastDue != b.daysPastDue)
                             return a.daysPastDue > b.daysPastDue;
                         if (a.entry.addedAt != b.entry.addedAt)
                             return a.entry.addedAt < b.entry.addedAt;
                         return a.entry.id < b.entry.id;
                     });
    return allowed;
}

} // namespace ClinicDesk::Core
