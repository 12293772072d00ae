#pragma once

#include "appointmentrepository.h"

#include <QSqlQuery>

namespace ClinicDesk::Db {

class Database;

// The appointment book and its hours and blocks in SQLite. Reads are range look-ups on
// appointments_by_start (or the provider/room/patient indexes), so a day costs the same with
// one year of history or ten.
class SqlAppointmentRepository final : public Core::AppointmentRepository,
                                       public Core::ScheduleSetupRepository
{
public:
    explicit SqlAppointmentRepository(Database &database);

    Core::Result<QList<Core::ScheduleEntry>> between(QDate from, QDate to,
                                                     const Core::ScheduleFilter &filter) override;
    Core::Result<QList<Core::DayLoad>> loadBetween(QDate from, QDate to,
                                                   const Core::ScheduleFilter &filter) override;
    Core::Result<Core::ScheduleEntry> byId(qint64 id) override;
    Core::Result<QList<Core::ScheduleEntry>> forPatient(qint64 patientId) override;
    Core::Result<Core::Availability> availability(QDate from, QDate to,
                                                  const QList<qint64> &providerIds,
                                                  const QList<qint64> &roomIds,
                                                  qint64 patientId) override;
    Core::Result<Core::Appointment> insert(const Core::Appointment &appointment,
                                           const Core::ChangeContext &context,
                                           const Guard &guard) override;
    Core::Status update(const Core::Appointment &appointment, const Core::ChangeContext &context,
                        const Guard &guard, const QString &action) override;
    Core::Result<int> insertMany(const QList<Core::Appointment> &appointments,
                                 const Core::ChangeContext &context,
                                 const std::function<bool(int)> &progress) override;
    Core::Status remove(qint64 id, const Core::ChangeContext &context) override;

    Core::Result<QList<Core::WeeklyHours>> clinicHours() override;
    Core::Status setClinicHours(const QList<Core::WeeklyHours> &hours,
                                const Core::ChangeContext &context) override;
    Core::Result<QList<Core::WeeklyHours>> providerHours(qint64 providerId) override;
    Core::Status setProviderHours(qint64 providerId, const QList<Core::WeeklyHours> &hours,
                                  const Core::ChangeContext &context) override;
    Core::Result<QList<Core::BlockedTime>> blocks(QDate from, QDate to) override;
    Core::Result<Core::BlockedTime> addBlock(const Core::BlockedTime &block,
                                             const Core::ChangeContext &context) override;
    Core::Status removeBlock(qint64 id, const Core::ChangeContext &context) override;

    // The SQL and bound values that load a range (for query-plan tests and benchmarks).
    static QString rangeQuery(const Core::ScheduleFilter &filter);

private:
    Core::Result<QList<Core::ScheduleEntry>> entries(const QString &where,
                                                     const QVariantMap &values,
                                                     const QString &orderBy);
    // Reads the appointment's day (its provider, room and patient) and runs the guard on it;
    // called inside the write transaction.
    Core::Status runGuard(const Core::Appointment &appointment, const Guard &guard);
    Core::Status loadTreatments(qint64 patientId, Core::Availability &result);
    // Deletes one row by id with its audit entry, in a write transaction.
    Core::Status deleteRow(const QString &table, qint64 id, const Core::ChangeContext &context,
                           const QString &action, const QString &entity, const QString &summary,
                           const QString &what, const QString &missing);
    Core::Result<QList<Core::WeeklyHours>> hours(const QString &sql, const QVariantMap &values);

    Database &m_database;
};

// 'yyyy-MM-ddTHH:mm' for a wall-clock minute of a day (1440 is the next day's 00:00).
QString storedStart(const Core::TimeSlot &slot);
QString storedEnd(const Core::TimeSlot &slot);

} // namespace ClinicDesk::Db
