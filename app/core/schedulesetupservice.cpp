#include "schedulesetupservice.h"

#include <QSet>

namespace ClinicDesk::Core {

ScheduleSetupService::ScheduleSetupService(ScheduleSetupRepository &repository,
                                           const Clock &clock, QString user)
    : m_repository(repository)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

QList<WeeklyHours> ScheduleSetupService::defaultClinicHours()
{
    QList<WeeklyHours> hours;
    for (int day = 1; day <= 5; ++day)
        hours.append({day, 8 * 60, 17 * 60});
    return hours;
}

Status ScheduleSetupService::installDefaults()
{
    auto current = m_repository.clinicHours();
    if (!current)
        return current.error();
    if (!current->isEmpty())
        return {};
    return m_repository.setClinicHours(defaultClinicHours(), context());
}

Status ScheduleSetupService::checkHours(const QList<WeeklyHours> &hours)
{
    QSet<int> seen;
    for (const WeeklyHours &h : hours) {
        if (h.weekday < 1 || h.weekday > 7)
            return Error::invalid(QStringLiteral("Weekday %1 does not exist.").arg(h.weekday),
                                  QStringLiteral("weekday"));
        if (seen.contains(h.weekday))
            return Error::invalid(QStringLiteral("%1 is listed twice.").arg(weekdayName(h.weekday)),
                                  QStringLiteral("weekday"));
        seen.insert(h.weekday);
        if (h.startMinute < 0 || h.endMinute > 1440 || h.startMinute >= h.endMinute)
            return Error::invalid(QStringLiteral("On %1 the start must be before the end.")
                                      .arg(weekdayName(h.weekday)),
                                  QStringLiteral("hours"));
    }
    return {};
}

Status ScheduleSetupService::setClinicHours(const QList<WeeklyHours> &hours)
{
    if (Status s = checkHours(hours); !s)
        return s;
    return m_repository.setClinicHours(hours, context());
}

Status ScheduleSetupService::setProviderHours(qint64 providerId, const QList<WeeklyHours> &hours)
{
    if (Status s = checkHours(hours); !s)
        return s;
    return m_repository.setProviderHours(providerId, hours, context());
}

Result<BlockedTime> ScheduleSetupService::addBlock(const BlockedTime &block)
{
    BlockedTime b = block;
    b.reason = b.reason.simplified();
    if (!b.firstDate.isValid())
        return Error::invalid(QStringLiteral("Choose the first day."), QStringLiteral("firstDate"));
    if (b.lastDate.isValid() && b.lastDate < b.firstDate)
        return Error::invalid(QStringLiteral("The last day is before the first."),
                              QStringLiteral("lastDate"));
    if (b.startMinute < 0 || b.endMinute > 1440 || b.startMinute >= b.endMinute)
        return Error::invalid(QStringLiteral("The start must be before the end."),
                              QStringLiteral("startTime"));
    if (b.reason.size() > 200)
        return Error::invalid(QStringLiteral("Keep the reason under 200 characters."),
                              QStringLiteral("reason"));
    return m_repository.addBlock(b, context());
}

Status ScheduleSetupService::removeBlock(qint64 id)
{
    return m_repository.removeBlock(id, context());
}

} // namespace ClinicDesk::Core
