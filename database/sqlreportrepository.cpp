#include "sqlreportrepository.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ClinicDesk::Db {

using namespace ClinicDesk::Core;

namespace {

// The calendar month of a stored ISO date or date-time ("2026-11-25T10:00" -> "2026-11"):
// the first seven characters, which substr() gives in SQLite and most other databases.
QString monthOf(const QString &column)
{
    return QStringLiteral("substr(%1, 1, 7)").arg(column);
}

// The one SQLite-only piece: whether a cancellation was made less than 24 hours before the
// visit's start. `updated_at` is when the status last changed; julianday() reads both the
// stored date-time forms ("2026-11-25T10:00" and "2026-11-25T09:12:44").
const QString kLateCancel =
    QStringLiteral("(status = 'cancelled' AND julianday(starts_at) - julianday(updated_at) < 1)");

// Appointments start on `from` or later and before the day after `to`: a range on the
// starts_at index that needs no date function on the column.
const QString kAppointments =
    QStringLiteral("SELECT ") + monthOf(QStringLiteral("starts_at")) +
    QStringLiteral(" AS month, count(*),"
                   " sum(CASE WHEN status = 'completed' THEN 1 ELSE 0 END),"
                   " sum(CASE WHEN status = 'no_show' THEN 1 ELSE 0 END),"
                   " sum(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END),"
                   " sum(CASE WHEN ") +
    kLateCancel +
    QStringLiteral(" THEN 1 ELSE 0 END)"
                   " FROM appointments WHERE starts_at >= :from AND starts_at < :after"
                   " GROUP BY month ORDER BY month");

const QString kTreatments =
    QStringLiteral("SELECT ") + monthOf(QStringLiteral("treated_on")) +
    QStringLiteral(" AS month, count(*), coalesce(sum(units_given), 0),"
                   " coalesce(sum(units_discarded), 0), coalesce(sum(vial_count), 0),"
                   " sum(CASE WHEN units_discarded = 0 THEN 1 ELSE 0 END)"
                   " FROM treatments WHERE treated_on >= :from AND treated_on < :after"
                   " GROUP BY month ORDER BY month");

bool run(QSqlQuery &q, const QString &statement, QDate from, QDate to)
{
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return false;
    q.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":after"), to.addDays(1).toString(Qt::ISODate));
    return q.exec();
}

} // namespace

SqlReportRepository::SqlReportRepository(Database &database)
    : m_database(database)
{}

Result<QList<AppointmentMonth>> SqlReportRepository::appointmentsByMonth(QDate from, QDate to)
{
    QSqlQuery q(m_database.connection());
    if (!run(q, kAppointments, from, to))
        return storageError(QStringLiteral("Cannot count the appointments"), q.lastError());
    QList<AppointmentMonth> months;
    while (q.next()) {
        AppointmentMonth m;
        m.month = q.value(0).toString();
        m.booked = q.value(1).toInt();
        m.completed = q.value(2).toInt();
        m.noShows = q.value(3).toInt();
        m.cancelled = q.value(4).toInt();
        m.lateCancelled = q.value(5).toInt();
        months.append(m);
    }
    return months;
}

Result<QList<TreatmentMonth>> SqlReportRepository::treatmentsByMonth(QDate from, QDate to)
{
    QSqlQuery q(m_database.connection());
    if (!run(q, kTreatments, from, to))
        return storageError(QStringLiteral("Cannot count the treatments"), q.lastError());
    QList<TreatmentMonth> months;
    while (q.next()) {
        TreatmentMonth m;
        m.month = q.value(0).toString();
        m.treatments = q.value(1).toInt();
        m.unitsGiven = q.value(2).toInt();
        m.unitsDiscarded = q.value(3).toInt();
        m.vials = q.value(4).toInt();
        m.withoutWaste = q.value(5).toInt();
        months.append(m);
    }
    return months;
}

Result<QStringList> SqlReportRepository::appointmentsPlan()
{
    return planOf(kAppointments);
}

Result<QStringList> SqlReportRepository::treatmentsPlan()
{
    return planOf(kTreatments);
}

Result<QStringList> SqlReportRepository::planOf(const QString &statement)
{
    QSqlQuery q(m_database.connection());
    const QDate day(2026, 1, 1);
    if (!run(q, QStringLiteral("EXPLAIN QUERY PLAN ") + statement, day, day))
        return storageError(QStringLiteral("Cannot read the query plan"), q.lastError());
    QStringList lines;
    while (q.next())
        lines << q.value(3).toString();
    return lines;
}

} // namespace ClinicDesk::Db
