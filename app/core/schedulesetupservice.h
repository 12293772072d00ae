#pragma once

#include "appointmentrepository.h"
#include "clock.h"

namespace ClinicDesk::Core {

// The one way opening hours, working hours and blocked time change. Checks that times make
// sense (start before end, within the day) before anything is stored.
class ScheduleSetupService
{
public:
    ScheduleSetupService(ScheduleSetupRepository &repository, const Clock &clock, QString user);

    // Monday to Friday, 8:00 to 17:00.
    static QList<WeeklyHours> defaultClinicHours();
    // Opening hours for a clinic that has none yet; leaves set hours alone.
    Status installDefaults();

    // "Today" for the settings that list blocked time from today on.
    const Clock &clock() const { return m_clock; }

    Result<QList<WeeklyHours>> clinicHours() const { return m_repository.clinicHours(); }
    Status setClinicHours(const QList<WeeklyHours> &hours);
    Result<QList<WeeklyHours>> providerHours(qint64 providerId) const
    {
        return m_repository.providerHours(providerId);
    }
    Status setProviderHours(qint64 providerId, const QList<WeeklyHours> &hours);
    Result<QList<BlockedTime>> blocks(QDate from, QDate to) const
    {
        return m_repository.blocks(from, to);
    }
    Result<BlockedTime> addBlock(const BlockedTime &block);
    Status removeBlock(qint64 id);

    static Status checkHours(const QList<WeeklyHours> &hours);

private:
    ChangeContext context() const { return {m_user, m_clock.now()}; }

    ScheduleSetupRepository &m_repository;
    const Clock &m_clock;
    QString m_user;
};

} // namespace ClinicDesk::Core
