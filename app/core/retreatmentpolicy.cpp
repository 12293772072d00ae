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
    case State::NoTreatmentYet: return QStringLiteral("No treatment yet");
    case State::NotDueYet:
        return QStringLiteral("Not due yet (from %1)")
            .arg(us.toString(window->earliestAllowed, QStringLiteral("MMM d")));
    case State::WindowOpensSoon:
        return days == 0 ? QStringLiteral("Window opens today")
                         : QStringLiteral("Window opens in %1").arg(daysText(days));
    case State::DueNow: return QStringLiteral("Due now");
    case State::Overdue: return QStringLiteral("Overdue by %1").arg(daysText(days));
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
{
}

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
        status.state = status.days <= m_settings.soonDays ? State::WindowOpensSoon
                                                          : State::NotDueYet;
    } else if (today <= window.overdueAfter) {
        status.state = State::DueNow;
    } else {
        status.state = State::Overdue;
        status.days = int(window.due.daysTo(today));
    }
    return status;
}

} // namespace ClinicDesk::Core
