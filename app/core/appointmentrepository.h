#pragma once

#include "availability.h"
#include "changecontext.h"
#include "result.h"

#include <functional>

namespace ClinicDesk::Core {

struct ScheduleFilter {
    QList<qint64> providerIds; // empty: all
    QList<qint64> roomIds;     // empty: all
    bool includeCancelled = false; // cancelled and no-show visits
};

// How full one day is, for the month view.
struct DayLoad {
    QDate date;
    int appointments = 0;
    int bookedMinutes = 0;
};

// Where appointments are kept. Every read is bounded by the days asked for, never by the size of
// history. Writes take a guard, which the implementation runs inside the write transaction on
// the Availability of the appointment's day (its provider, room and patient), so that a rule
// checked there still holds when the write commits, whatever another workstation does.
class AppointmentRepository
{
public:
    using Guard = std::function<Status(const Availability &day)>;

    virtual ~AppointmentRepository() = default;

    virtual Result<QList<ScheduleEntry>> between(QDate from, QDate to,
                                                 const ScheduleFilter &filter) = 0;
    virtual Result<QList<DayLoad>> loadBetween(QDate from, QDate to,
                                               const ScheduleFilter &filter) = 0;
    virtual Result<ScheduleEntry> byId(qint64 id) = 0;
    virtual Result<QList<ScheduleEntry>> forPatient(qint64 patientId) = 0;
    // Hours, blocks and time-holding appointments of the given people over the given days.
    virtual Result<Availability> availability(QDate from, QDate to,
                                              const QList<qint64> &providerIds,
                                              const QList<qint64> &roomIds,
                                              qint64 patientId) = 0;

    virtual Result<Appointment> insert(const Appointment &appointment,
                                       const ChangeContext &context, const Guard &guard) = 0;
    // `action` names the change in the audit trail ("move", "status", "notes").
    virtual Status update(const Appointment &appointment, const ChangeContext &context,
                          const Guard &guard, const QString &action) = 0;
    // Stores a batch in one transaction: all or none (imports, the demo clinic). The caller has
    // checked the batch against itself; the repository checks nothing but the schema.
    virtual Result<int> insertMany(const QList<Appointment> &appointments,
                                   const ChangeContext &context,
                                   const std::function<bool(int)> &progress = {}) = 0;
    // Removes an appointment entirely: only to undo a booking made in error.
    virtual Status remove(qint64 id, const ChangeContext &context) = 0;
};

// Opening hours, providers' working hours and blocked time.
class ScheduleSetupRepository
{
public:
    virtual ~ScheduleSetupRepository() = default;

    virtual Result<QList<WeeklyHours>> clinicHours() = 0;
    virtual Status setClinicHours(const QList<WeeklyHours> &hours,
                                  const ChangeContext &context) = 0;
    virtual Result<QList<WeeklyHours>> providerHours(qint64 providerId) = 0;
    virtual Status setProviderHours(qint64 providerId, const QList<WeeklyHours> &hours,
                                    const ChangeContext &context) = 0;
    // Blocks that apply to any day from..to.
    virtual Result<QList<BlockedTime>> blocks(QDate from, QDate to) = 0;
    virtual Result<BlockedTime> addBlock(const BlockedTime &block,
                                         const ChangeContext &context) = 0;
    virtual Status removeBlock(qint64 id, const ChangeContext &context) = 0;
};

} // namespace ClinicDesk::Core
