#include "retreatmentboard.h"

#include <algorithm>

namespace ClinicDesk::Core {

int BoardRow::urgency() const
{
    using State = RetreatmentStatus::State;
    switch (status.state) {
    case State::Overdue:
        return 0;
    case State::BookedTooEarly:
        return 1;
    case State::DueNow:
        return 2;
    case State::WindowOpensSoon:
        return 3;
    case State::NotDueYet:
        return 4;
    case State::Booked:
        return 5;
    case State::Discontinued:
        return 6;
    case State::NoTreatmentYet:
        return 7;
    }
    return 7;
}

BoardQuery RetreatmentBoard::queryFor(const BoardFilter &filter,
                                      const RetreatmentSettings &settings, QDate today)
{
    int shortestMinimum = qMin(settings.defaultMinimumDays, settings.selfPayMinimumDays);
    for (int days : settings.payerMinimumDays)
        shortestMinimum = qMin(shortestMinimum, days);
    BoardQuery query;
    query.today = today;
    // Overdue by at most maxOverdueDays: due = last + dueDays >= today - maxOverdueDays.
    query.lastTreatedFrom = today.addDays(-settings.dueDays - qMax(0, filter.maxOverdueDays));
    // The window opens within the horizon: last + minimum <= today + horizon.
    query.lastTreatedTo = today.addDays(qMax(0, filter.horizonDays) - shortestMinimum);
    query.includeDiscontinued = filter.includeDiscontinued;
    return query;
}

QList<BoardRow> RetreatmentBoard::build(const QList<BoardCandidate> &candidates,
                                        const RetreatmentPolicy &policy, QDate today,
                                        const BoardFilter &filter)
{
    using State = RetreatmentStatus::State;
    const QString payer = filter.payer.trimmed();
    const QDate horizonEnd = today.addDays(qMax(0, filter.horizonDays));
    QList<BoardRow> rows;
    for (const BoardCandidate &c : candidates) {
        if (!c.course.lastTreated.isValid())
            continue;
        if (c.course.isDiscontinued() && !filter.includeDiscontinued)
            continue;
        if (filter.providerId != 0 && c.lastProviderId != filter.providerId &&
            c.nextProviderId != filter.providerId)
            continue;
        if (!payer.isEmpty() && c.payer.compare(payer, Qt::CaseInsensitive) != 0)
            continue;
        BoardRow row;
        row.candidate = c;
        row.status = policy.statusFor(
            c.course.lastTreated, c.payer, today,
            c.nextBookedOn.isValid() ? std::optional(c.nextBookedOn) : std::nullopt,
            c.course.stopReason());
        const RetreatmentWindow window = *row.status.window;
        row.daysToDue = int(today.daysTo(window.due));
        if (window.earliestAllowed > horizonEnd)
            continue;
        if (-row.daysToDue > filter.maxOverdueDays)
            continue;
        const bool booked =
            row.status.state == State::Booked || row.status.state == State::BookedTooEarly;
        if (filter.onlyUnbooked && (booked || row.status.state == State::Discontinued))
            continue;
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const BoardRow &a, const BoardRow &b) {
        if (a.urgency() != b.urgency())
            return a.urgency() < b.urgency();
        if (a.daysToDue != b.daysToDue)
            return a.daysToDue < b.daysToDue;
        const int byName =
            a.candidate.patientName.compare(b.candidate.patientName, Qt::CaseInsensitive);
        if (byName != 0)
            return byName < 0;
        return a.candidate.patientId < b.candidate.patientId;
    });
    return rows;
}

} // namespace ClinicDesk::Core
