#include "retreatmentservice.h"

#include "clinicsetupservice.h"

namespace ClinicDesk::Core {

RetreatmentService::RetreatmentService(TreatmentRepository &treatments,
                                       AuthorizationRepository &authorizations,
                                       ClinicSetupRepository &setup, PatientRepository &patients,
                                       AppointmentService &appointments, const Clock &clock,
                                       QString user)
    : m_treatments(treatments)
    , m_authorizations(authorizations)
    , m_setup(setup)
    , m_patients(patients)
    , m_appointments(appointments)
    , m_clock(clock)
    , m_user(std::move(user))
{}

RetreatmentSettings RetreatmentService::settings() const
{
    return ClinicSetupService::retreatmentSettingsFrom(m_setup);
}

int RetreatmentService::authorizationLeadDays() const
{
    auto value = m_setup.setting(SettingKey::authorizationLeadDays);
    bool ok = false;
    const int days = (value && value->has_value()) ? (*value)->trimmed().toInt(&ok) : 0;
    return ok && days >= 0 && days <= 365 ? days : 28;
}

Result<TreatmentCourse> RetreatmentService::courseFor(qint64 patientId)
{
    return m_treatments.course(patientId);
}

Result<RetreatmentStatus> RetreatmentService::statusFor(qint64 patientId)
{
    auto patient = m_patients.byId(patientId);
    if (!patient)
        return patient.error();
    auto course = m_treatments.course(patientId);
    if (!course)
        return course.error();
    auto visits = m_appointments.forPatient(patientId);
    if (!visits)
        return visits.error();
    const QDate today = m_clock.today();
    std::optional<QDate> next;
    for (const ScheduleEntry &e : visits.value()) {
        const AppointmentStatus status = e.appointment.status;
        if (!e.isBotox || !holdsTime(status) || status == AppointmentStatus::Completed ||
            e.slot().date < today)
            continue;
        if (!next || e.slot().date < *next)
            next = e.slot().date;
    }
    const TreatmentCourse &c = course.value();
    return policy().statusFor(c.lastTreated.isValid() ? std::optional(c.lastTreated) : std::nullopt,
                              patient->insurance.payer, today, next, c.stopReason());
}

Result<QHash<qint64, RetreatmentStatus>>
RetreatmentService::statusesFor(const QList<qint64> &patientIds)
{
    QHash<qint64, RetreatmentStatus> statuses;
    const QDate today = m_clock.today();
    const RetreatmentPolicy rule = policy();
    auto candidates = m_treatments.candidatesFor(patientIds, today);
    if (!candidates)
        return candidates.error();
    for (const BoardCandidate &c : candidates.value()) {
        if (!c.course.lastTreated.isValid() && !c.course.isDiscontinued())
            continue;
        statuses.insert(c.patientId,
                        rule.statusFor(c.course.lastTreated.isValid()
                                           ? std::optional(c.course.lastTreated)
                                           : std::nullopt,
                                       c.payer, today,
                                       c.nextBookedOn.isValid() ? std::optional(c.nextBookedOn)
                                                                : std::nullopt,
                                       c.course.stopReason()));
    }
    return statuses;
}

Result<QList<BoardRow>> RetreatmentService::board(const BoardFilter &filter)
{
    const RetreatmentSettings s = settings();
    const RetreatmentPolicy rule(s);
    const QDate today = m_clock.today();
    auto candidates = m_treatments.boardCandidates(RetreatmentBoard::queryFor(filter, s, today));
    if (!candidates)
        return candidates.error();
    QList<BoardRow> rows = RetreatmentBoard::build(candidates.value(), rule, today, filter);
    if (rows.isEmpty())
        return rows;

    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const BoardRow &row : std::as_const(rows))
        ids.append(row.candidate.patientId);
    auto authorizations = m_authorizations.currentFor(ids, today);
    if (!authorizations)
        return authorizations.error();
    QHash<qint64, QList<Authorization>> byPatient;
    for (const Authorization &a : authorizations.value())
        byPatient[a.patientId].append(a);
    const int lead = authorizationLeadDays();
    for (BoardRow &row : rows) {
        // The treatment the authorization must cover: the booked one, else the earliest day it
        // could be given from today.
        QDate day = row.candidate.nextBookedOn;
        if (!day.isValid())
            day = std::max(today, row.status.window->earliestAllowed);
        const bool selfPay = row.candidate.payer.compare(s.selfPayName, Qt::CaseInsensitive) == 0;
        const AuthorizationStanding standing = AuthorizationRules::standingOn(
            byPatient.value(row.candidate.patientId), day, lead, selfPay);
        row.authorizationLabel = standing.label;
        row.authorizationWarns = standing.warns();
    }
    return rows;
}

Result<QList<SlotOffer>> RetreatmentService::nextCycleSlots(qint64 patientId, qint64 typeId,
                                                            int count)
{
    auto patient = m_patients.byId(patientId);
    if (!patient)
        return patient.error();
    auto course = m_treatments.course(patientId);
    if (!course)
        return course.error();
    auto types = m_setup.appointmentTypes();
    if (!types)
        return types.error();
    int minutes = 15;
    for (const AppointmentType &t : types.value())
        if (t.id == typeId)
            minutes = t.defaultMinutes;
    const QDate today = m_clock.today();
    const QDate treated = course->lastTreated;
    QDate from = today;
    QDate due = today;
    QDate to = today.addDays(settings().graceDays);
    if (treated.isValid()) {
        const RetreatmentWindow window = policy().windowFor(treated, patient->insurance.payer);
        from = std::max(today, window.earliestAllowed);
        due = std::max(from, window.due);
        to = std::max(from.addDays(settings().graceDays), window.overdueAfter);
    }
    // The last provider first (patients come back to the one who treated them), then anyone;
    // days nearest the due date first.
    QList<QList<qint64>> passes;
    if (treated.isValid()) {
        auto treatments = m_treatments.forPatient(patientId);
        if (!treatments)
            return treatments.error();
        if (!treatments->isEmpty() && treatments->constLast().providerId != 0)
            passes.append(QList<qint64>{treatments->constLast().providerId});
    }
    passes.append(QList<qint64>{});
    QList<QDate> days;
    for (int offset = 0; days.size() < int(from.daysTo(to)) + 1; ++offset) {
        for (QDate d : {due.addDays(offset), due.addDays(-offset)})
            if (d >= from && d <= to && !days.contains(d))
                days.append(d);
        if (offset > 400)
            break;
    }
    QList<SlotOffer> offers;
    for (const QList<qint64> &providers : std::as_const(passes)) {
        for (QDate day : std::as_const(days)) {
            if (offers.size() >= count)
                return offers;
            // One morning and one afternoon offer a day, so the caller hears a real choice.
            for (const auto &[earliest, latestEnd] : {std::pair{0, 12 * 60}, std::pair{12 * 60, 1440}}) {
                SlotRequest request;
                request.from = request.to = day;
                request.minutes = minutes;
                request.providerIds = providers;
                request.patientId = patientId;
                request.earliestMinute = earliest;
                request.latestEndMinute = latestEnd;
                request.maxResults = 1;
                auto found = m_appointments.findSlots(request);
                if (!found)
                    return found.error();
                for (const SlotOffer &offer : found.value())
                    if (!offers.contains(offer) && offers.size() < count)
                        offers.append(offer);
            }
        }
    }
    return offers;
}

Status RetreatmentService::discontinue(qint64 patientId, const QString &reason)
{
    const QString why = reason.simplified();
    if (why.isEmpty())
        return Error::invalid(QStringLiteral("Say why the patient stopped treatment."),
                              QStringLiteral("reason"));
    if (why.size() > 500)
        return Error::invalid(QStringLiteral("The reason is longer than 500 characters."),
                              QStringLiteral("reason"));
    if (auto patient = m_patients.byId(patientId); !patient)
        return patient.error();
    return m_treatments.setDiscontinued(patientId, m_clock.today(), why, context());
}

Status RetreatmentService::resume(qint64 patientId)
{
    if (auto patient = m_patients.byId(patientId); !patient)
        return patient.error();
    return m_treatments.setDiscontinued(patientId, {}, {}, context());
}

Result<ContactAttempt> RetreatmentService::logContact(qint64 patientId, ContactOutcome outcome,
                                                      const QString &note)
{
    const QString text = note.trimmed();
    if (text.size() > 2000)
        return Error::invalid(QStringLiteral("The note is longer than 2,000 characters."),
                              QStringLiteral("note"));
    if (auto patient = m_patients.byId(patientId); !patient)
        return patient.error();
    ContactAttempt attempt;
    attempt.patientId = patientId;
    attempt.at = m_clock.now();
    attempt.outcome = outcome;
    attempt.note = text;
    attempt.by = m_user;
    return m_treatments.addContactAttempt(attempt, context());
}

Result<QList<ContactAttempt>> RetreatmentService::contactsFor(qint64 patientId)
{
    return m_treatments.contactAttempts(patientId);
}

} // namespace ClinicDesk::Core
