#include "retreatmentpolicy.h"

#include <QLocale>

namespace ClinicDesk::Core {

int RetreatmentSettings::minimumDaysFor(const QString &payer) const
{
    const QString name = payer.trimmed();
    for (auto it = payerMinimumDays.cbegin(); it != payerMinimumDays.cend(); ++it)
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    if (name.compare(selfPayName, Qt::CaseInsensitive) == 0)
        return selfPayMinimumDays;
    return defaultMinimumDays;
}

QString RetreatmentStatus::label() const
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    auto daysText = [](int n) {
        return n == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(n);
    };
    switch (state) {
    case State::NoTreatmentYet:
        return QStringLiteral("No treatment yet");
    case State::NotDueYet:
        return QStringLiteral("Not due yet (from %1)")
            .arg(us.toString(window->earliestAllowed, QStringLiteral("MMM d")));
    case State::WindowOpensSoon:
        return days == 0 ? QStringLiteral("Window opens today")
                         : QStringLiteral("Window opens in %1").arg(daysText(days));
    case State::DueNow:
        return QStringLiteral("Due now");
    case State::Overdue:
        return QStringLiteral("Overdue by %1").arg(daysText(days));
    case State::Booked:
        return QStringLiteral("Booked %1").arg(us.toString(bookedOn, QStringLiteral("MMM d")));
    case State::BookedTooEarly:
        return QStringLiteral("Booked too early (%1)")
            .arg(us.toString(bookedOn, QStringLiteral("MMM d")));
    case State::Discontinued:
        return reason.isEmpty() ? QStringLiteral("Discontinued")
                                : QStringLiteral("Discontinued: %1").arg(reason);
    }
    return {};
}

RetreatmentPolicy::RetreatmentPolicy(RetreatmentSettings settings)
    : m_settings(std::move(settings))
{}

RetreatmentWindow RetreatmentPolicy::windowFor(QDate lastTreatment, const QString &payer) const
{
    RetreatmentWindow w;
    w.lastTreatment = lastTreatment;
    w.earliestAllowed = lastTreatment.addDays(m_settings.minimumDaysFor(payer));
    w.due = lastTreatment.addDays(m_settings.dueDays);
    w.overdueAfter = w.due.addDays(m_settings.graceDays);
    return w;
}

RetreatmentStatus RetreatmentPolicy::statusFor(std::optional<QDate> lastTreatment,
                                               const QString &payer, QDate today,
                                               std::optional<QDate> nextBooked,
                                               const QString &discontinuedReason) const
{
    using State = RetreatmentStatus::State;
    RetreatmentStatus status;
    if (!discontinuedReason.isEmpty()) {
        status.state = State::Discontinued;
        status.reason = discontinuedReason;
        if (lastTreatment && lastTreatment->isValid())
            status.window = windowFor(*lastTreatment, payer);
        return status;
    }
    if (!lastTreatment || !lastTreatment->isValid()) {
        status.state = State::NoTreatmentYet;
        return status;
    }
    const RetreatmentWindow window = windowFor(*lastTreatment, payer);
    status.window = window;
    if (nextBooked && nextBooked->isValid() && *nextBooked > *lastTreatment) {
        status.bookedOn = *nextBooked;
        status.state = window.allows(*nextBooked) ? State::Booked : State::BookedTooEarly;
        return status;
    }
    if (today < window.earliestAllowed) {
        status.days = int(today.daysTo(window.earliestAllowed));
        status.state =
            status.days <= m_settings.soonDays ? State::WindowOpensSoon : State::NotDueYet;
    } else if (today <= window.overdueAfter) {
        status.state = State::DueNow;
    } else {
        status.state = State::Overdue;
        status.days = int(window.due.daysTo(today));
    }
    return status;
}

RetreatmentPolicy::Mark RetreatmentPolicy::markFor(const ScheduleEntry &entry) const
{
    if (!entry.isBotox || !entry.previousTreatment.isValid())
        return Mark::None;
    const RetreatmentWindow window = windowFor(entry.previousTreatment, entry.patientPayer);
    return window.allows(entry.slot().date) ? Mark::InWindow : Mark::TooEarly;
}

std::optional<RetreatmentPolicy::TooEarly>
RetreatmentPolicy::checkBooking(QDate day, qint64 appointmentId,
                                const QList<Availability::TreatmentEvent> &treatments,
                                const QString &payer) const
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QString format = QStringLiteral("MMM d, yyyy");
    const int minimum = m_settings.minimumDaysFor(payer);
    QDate previous;
    QDate next;
    for (const Availability::TreatmentEvent &event : treatments) {
        if (appointmentId != 0 && event.appointmentId == appointmentId)
            continue;
        if (event.date <= day && (!previous.isValid() || event.date > previous))
            previous = event.date;
        if (event.date > day && (!next.isValid() || event.date < next))
            next = event.date;
    }
    const QString payerName =
        payer.trimmed().isEmpty() ? QStringLiteral("the payer") : payer.trimmed();
    TooEarly result;
    if (previous.isValid() && day < previous.addDays(minimum)) {
        result.previous = previous;
        result.earliestAllowed = previous.addDays(minimum);
        result.message = QStringLiteral("Too early for Botox: the previous treatment is on %1, and "
                                        "%2 allows the next from %3 (%4 days). Give an override "
                                        "reason to book it sooner.")
                             .arg(us.toString(previous, format), payerName,
                                  us.toString(result.earliestAllowed, format))
                             .arg(minimum);
        return result;
    }
    if (next.isValid() && next < day.addDays(minimum)) {
        result.next = next;
        result.earliestAllowed = previous.isValid() ? previous.addDays(minimum) : QDate();
        result.message = QStringLiteral("Too early for Botox: a treatment is already booked on %1, "
                                        "and %2 wants %3 days between treatments. Give an "
                                        "override reason to book both.")
                             .arg(us.toString(next, format), payerName)
                             .arg(minimum);
        return result;
    }
    return std::nullopt;
}

} // namespace ClinicDesk::Core
