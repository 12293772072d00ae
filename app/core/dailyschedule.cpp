#include "dailyschedule.h"

#include "appointmentservice.h"
#include "authorizationservice.h"
#include "clinicdate.h"
#include "clinicsetupservice.h"
#include "csv.h"
#include "phonenumber.h"
#include "retreatmentservice.h"

#include <QLocale>
#include <algorithm>

namespace ClinicDesk::Core {

QString DailySchedule::Line::botoxText() const
{
    QStringList facts;
    for (const Fact &fact : botox)
        facts << fact.text;
    return facts.join(QStringLiteral("; "));
}

int DailySchedule::Section::visitCount() const
{
    return int(std::count_if(lines.cbegin(), lines.cend(),
                             [](const Line &line) { return line.kind == Line::Kind::Visit; }));
}

int DailySchedule::visitCount() const
{
    int count = 0;
    for (const Section &section : sections)
        count += section.visitCount();
    return count;
}

int DailySchedule::botoxCount() const
{
    int count = 0;
    for (const Section &section : sections)
        for (const Line &line : section.lines)
            count += line.botox.isEmpty() ? 0 : 1;
    return count;
}

int DailySchedule::attentionCount() const
{
    int count = 0;
    for (const Section &section : sections)
        for (const Line &line : section.lines)
            count += line.needsAttention ? 1 : 0;
    return count;
}

QString DailySchedule::summary() const
{
    const int visits = visitCount();
    QStringList parts{visits == 1 ? QStringLiteral("1 visit") : QStringLiteral("%1 visits").arg(visits)};
    if (const int botox = botoxCount())
        parts << QStringLiteral("%1 Botox").arg(botox);
    if (const int attention = attentionCount())
        parts << (attention == 1 ? QStringLiteral("1 needs attention")
                                 : QStringLiteral("%1 need attention").arg(attention));
    if (hiddenCancelled > 0)
        parts << QStringLiteral("%1 cancelled or no-show not listed").arg(hiddenCancelled);
    return parts.join(QStringLiteral(" \u00B7 "));
}

QString DailySchedule::shortenedNote(const QString &notes)
{
    // Paper keeps a line or two of a long note; a line break would waste the row's height.
    QString text = notes.simplified();
    if (text.size() <= kNoteLimit)
        return text;
    int cut = kNoteLimit;
    const int space = int(text.lastIndexOf(u' ', kNoteLimit));
    if (space > kNoteLimit - 40)
        cut = space;
    return text.left(cut) + QStringLiteral("\u2026 (full note in ClinicDesk)");
}

QString DailySchedule::csv() const
{
    QString out = Csv::row({QStringLiteral("Date"), QStringLiteral("Provider"),
                            QStringLiteral("Start"), QStringLiteral("End"),
                            QStringLiteral("Minutes"), QStringLiteral("Patient"),
                            QStringLiteral("Date of birth"), QStringLiteral("Record number"),
                            QStringLiteral("Phone"), QStringLiteral("Type"),
                            QStringLiteral("Room"), QStringLiteral("Status"),
                            QStringLiteral("Botox"), QStringLiteral("Notes")});
    const QString day = date.toString(Qt::ISODate);
    for (const Section &section : sections) {
        for (const Line &line : section.lines) {
            out += Csv::row({day, section.provider, WallClock::toStored(line.slot.startMinute),
                             WallClock::toStored(line.slot.endMinute),
                             QString::number(line.minutes()), line.patientName, line.dateOfBirth,
                             line.recordNumber, line.phone, line.type, line.room, line.status,
                             line.botoxText(), line.notes});
        }
    }
    return out;
}

DailyScheduleBuilder::DailyScheduleBuilder(AppointmentService &appointments,
                                           ClinicSetupService &setup,
                                           RetreatmentService &retreatment,
                                           AuthorizationService &authorizations)
    : m_appointments(appointments)
    , m_setup(setup)
    , m_retreatment(retreatment)
    , m_authorizations(authorizations)
{
}

namespace {

QString shortDate(QDate date)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(date, QStringLiteral("MMM d"));
}

QString timeRange(const TimeSlot &slot)
{
    return WallClock::format12(slot.startMinute) + QStringLiteral(" \u2013 ") +
           WallClock::format12(slot.endMinute);
}

// "Cycle 5 · in the window (earliest Nov 3)", "Cycle 5 · TOO EARLY (earliest Dec 1) ·
// override: ...", "Cycle 1 · first treatment".
QString windowLine(const ScheduleEntry &entry, const RetreatmentPolicy &policy, bool &attention)
{
    QString line = QStringLiteral("Cycle %1").arg(entry.cycle);
    if (!entry.previousTreatment.isValid())
        return line + QStringLiteral(" \u00B7 first treatment");
    const RetreatmentWindow window = policy.windowFor(entry.previousTreatment, entry.patientPayer);
    switch (policy.markFor(entry)) {
    case RetreatmentPolicy::Mark::TooEarly:
        attention = true;
        line += QStringLiteral(" \u00B7 TOO EARLY (earliest %1)").arg(shortDate(window.earliestAllowed));
        if (!entry.appointment.overrideReason.isEmpty())
            line += QStringLiteral(" \u00B7 override: ") + entry.appointment.overrideReason.simplified();
        return line;
    case RetreatmentPolicy::Mark::InWindow:
    case RetreatmentPolicy::Mark::None:
        break;
    }
    return line + QStringLiteral(" \u00B7 in the window (earliest %1)")
                      .arg(shortDate(window.earliestAllowed));
}

DailySchedule::Line visitLine(const ScheduleEntry &entry)
{
    const Appointment &a = entry.appointment;
    DailySchedule::Line line;
    line.slot = a.slot;
    line.appointmentId = a.id;
    line.patientName = entry.patientName;
    line.dateOfBirth = ClinicDate::format(entry.patientDateOfBirth);
    line.recordNumber = entry.patientMrn;
    line.phone = PhoneNumber::format(entry.patientPhone);
    line.type = entry.typeName;
    line.room = entry.roomName;
    line.status = statusLabel(a.status);
    if (!a.statusReason.isEmpty())
        line.status += QStringLiteral(": ") + a.statusReason.simplified();
    line.inactiveStatus = !holdsTime(a.status);
    line.notes = DailySchedule::shortenedNote(a.notes);
    return line;
}

} // namespace

Result<DailySchedule> DailyScheduleBuilder::build(const DailyScheduleRequest &request,
                                                  const QString &user) const
{
    if (!request.date.isValid())
        return Error::invalid(QStringLiteral("Choose a day to print."), QStringLiteral("date"));
    auto providers = m_setup.providers();
    if (!providers)
        return providers.error();

    DailySchedule schedule;
    schedule.clinicName = m_setup.clinicName();
    schedule.date = request.date;
    schedule.printedAt = m_appointments.clock().now();
    schedule.printedBy = user;
    schedule.scope = QStringLiteral("Whole clinic");

    QList<Provider> shown;
    for (const Provider &provider : providers.value()) {
        if (request.providerId != 0 && provider.id != request.providerId)
            continue;
        if (request.providerId != 0)
            schedule.scope = provider.displayName();
        shown << provider;
    }
    if (request.providerId != 0 && shown.isEmpty())
        return Error::notFound(QStringLiteral("That provider is not on file."));

    ScheduleFilter filter;
    filter.includeCancelled = true; // counted even when left out
    if (request.providerId != 0)
        filter.providerIds << request.providerId;
    auto entries = m_appointments.between(request.date, request.date, filter);
    if (!entries)
        return entries.error();
    QList<qint64> providerIds;
    for (const Provider &provider : shown)
        providerIds << provider.id;
    auto availability = m_appointments.availability(request.date, request.date, providerIds, {});
    if (!availability)
        return availability.error();
    const RetreatmentPolicy policy = m_retreatment.policy();

    for (const Provider &provider : shown) {
        DailySchedule::Section section;
        section.providerId = provider.id;
        section.provider = provider.displayName();
        const auto working = availability->providerWorking(provider.id, request.date);
        section.hours = working ? timeRange(*working) : QStringLiteral("Not working");

        for (const ScheduleEntry &entry : entries.value()) {
            if (entry.appointment.providerId != provider.id)
                continue;
            if (!holdsTime(entry.appointment.status) && !request.includeCancelled) {
                ++schedule.hiddenCancelled;
                continue;
            }
            DailySchedule::Line line = visitLine(entry);
            if (entry.isBotox && !line.inactiveStatus) {
                bool early = false;
                line.botox << DailySchedule::Line::Fact{windowLine(entry, policy, early), early};
                auto standing =
                    m_authorizations.standingFor(entry.appointment.patientId, request.date);
                if (!standing)
                    return standing.error();
                const bool uncovered = standing->warns();
                if (standing->state != AuthorizationStanding::State::NotNeeded)
                    line.botox << DailySchedule::Line::Fact{
                        QStringLiteral("Authorization: ") + standing->label, uncovered};
                line.botox << DailySchedule::Line::Fact{
                    entry.awaitingDrug ? QStringLiteral("Drug: NOT RECEIVED")
                                       : QStringLiteral("Drug: on hand"),
                    entry.awaitingDrug};
                line.needsAttention = early || uncovered || entry.awaitingDrug;
            }
            section.lines << line;
        }
        for (const BlockedTime *block :
             availability->blocksOn(request.date, provider.id, 0)) {
            DailySchedule::Line line;
            line.kind = DailySchedule::Line::Kind::Blocked;
            line.slot = block->on(request.date);
            line.type = block->reason.isEmpty() ? QStringLiteral("Blocked")
                                                : QStringLiteral("Blocked: ") + block->reason;
            section.lines << line;
        }
        std::stable_sort(section.lines.begin(), section.lines.end(),
                         [](const DailySchedule::Line &a, const DailySchedule::Line &b) {
                             return a.slot.startMinute < b.slot.startMinute;
                         });
        // A provider who is off and has nothing booked has no place on the day's sheet.
        if (!working && section.lines.isEmpty() && request.providerId == 0)
            continue;
        schedule.sections << section;
    }
    return schedule;
}

} // namespace ClinicDesk::Core
