#include "sqlappointmentrepository.h"

#include "audittrail.h"
#include "database.h"
#include "patient.h"
#include "writetransaction.h"

#include <QSqlError>

namespace ClinicDesk::Db {

using namespace ClinicDesk::Core;

namespace {

const QString kEntryColumns = QStringLiteral(
    "a.id, a.patient_id, a.provider_id, a.room_id, a.type_id, a.starts_at, a.ends_at, a.status, "
    "a.status_reason, a.notes, a.booked_by, a.booked_at, a.updated_by, a.updated_at, "
    "p.last_name, p.first_name, p.preferred_name, p.mrn, p.mobile_phone, p.home_phone, "
    "p.date_of_birth, pr.name, r.name, t.name, t.colour, t.is_botox, a.override_reason, "
    "p.insurance_payer, "
    // Botox visits carry their retreatment facts: the latest treatment before them, recorded or
    // booked, the cycle they are, and whether a specialty pharmacy's drug is still awaited.
    // Each is an indexed look-up by patient, so a day costs what is on it.
    "CASE WHEN t.is_botox = 1 THEN (SELECT MAX(d) FROM ("
    " SELECT MAX(tr.treated_on) AS d FROM treatments tr WHERE tr.patient_id = a.patient_id"
    "  AND tr.treated_on < substr(a.starts_at, 1, 10)"
    " UNION ALL SELECT MAX(substr(b.starts_at, 1, 10)) FROM appointments b"
    "  JOIN appointment_types bt ON bt.id = b.type_id AND bt.is_botox = 1"
    "  WHERE b.patient_id = a.patient_id AND b.starts_at < substr(a.starts_at, 1, 10)"
    "  AND b.status NOT IN ('cancelled', 'no_show'))) END, "
    "CASE WHEN t.is_botox = 1 THEN (SELECT COUNT(*) FROM treatments tr"
    " WHERE tr.patient_id = a.patient_id AND tr.treated_on < substr(a.starts_at, 1, 10)) END, "
    "CASE WHEN t.is_botox = 1 THEN (SELECT COUNT(*) FROM drug_supplies ds"
    " WHERE ds.appointment_id = a.id AND ds.source = 'specialty_pharmacy'"
    " AND ds.received_on IS NULL) END");
const QString kInsertAppointment = QStringLiteral(
    "INSERT INTO appointments (patient_id, provider_id, room_id, type_id, starts_at, ends_at, "
    "status, status_reason, notes, override_reason, booked_by, booked_at, updated_by, "
    "updated_at) VALUES (:patient, :provider, :room, :type, :starts, :ends, :status, :reason, "
    ":notes, :override, :booked_by, :booked_at, :updated_by, :updated_at)");
const QString kEntryJoins = QStringLiteral(
    " FROM appointments a JOIN patients p ON p.id = a.patient_id"
    " JOIN providers pr ON pr.id = a.provider_id LEFT JOIN rooms r ON r.id = a.room_id"
    " JOIN appointment_types t ON t.id = a.type_id");

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

QString stamp(QDate day, int minute)
{
    if (minute >= 1440)
        return dayText(day.addDays(minute / 1440)) + u'T' + WallClock::toStored(minute % 1440);
    return dayText(day) + u'T' + WallClock::toStored(minute);
}

TimeSlot slotFrom(const QString &start, const QString &end)
{
    const QDateTime from = fromStoredDateTime(start);
    const QDateTime to = fromStoredDateTime(end);
    TimeSlot slot;
    slot.date = from.date();
    slot.startMinute = WallClock::minuteOf(from.time());
    slot.endMinute = WallClock::minuteOf(to.time()) + 1440 * int(slot.date.daysTo(to.date()));
    return slot;
}

// " AND a.provider_id IN (:p0, :p1)" with the values bound into `values`.
QString inList(const QString &column, const QString &prefix, const QList<qint64> &ids,
               QVariantMap &values)
{
    if (ids.isEmpty())
        return {};
    QStringList params;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString name = QStringLiteral(":%1%2").arg(prefix).arg(i);
        params << name;
        values.insert(name, ids[i]);
    }
    return QStringLiteral("%1 IN (%2)").arg(column, params.join(QStringLiteral(", ")));
}

QString holdsTimeCondition()
{
    return QStringLiteral("a.status NOT IN ('cancelled', 'no_show')");
}

ScheduleEntry entryFrom(const QSqlQuery &q)
{
    ScheduleEntry e;
    Appointment &a = e.appointment;
    a.id = q.value(0).toLongLong();
    a.patientId = q.value(1).toLongLong();
    a.providerId = q.value(2).toLongLong();
    a.roomId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    a.typeId = q.value(4).toLongLong();
    a.slot = slotFrom(q.value(5).toString(), q.value(6).toString());
    a.status = statusFromCode(q.value(7).toString()).value_or(AppointmentStatus::Booked);
    a.statusReason = q.value(8).toString();
    a.notes = q.value(9).toString();
    a.bookedBy = q.value(10).toString();
    a.bookedAt = fromStoredDateTime(q.value(11).toString());
    a.updatedBy = q.value(12).toString();
    a.updatedAt = fromStoredDateTime(q.value(13).toString());
    Patient p;
    p.lastName = q.value(14).toString();
    p.firstName = q.value(15).toString();
    p.preferredName = q.value(16).toString();
    e.patientName = p.displayName();
    e.patientMrn = q.value(17).toString();
    const QString mobile = q.value(18).toString();
    e.patientPhone = mobile.isEmpty() ? q.value(19).toString() : mobile;
    e.patientDateOfBirth = fromStoredDate(q.value(20).toString());
    e.providerName = q.value(21).toString();
    e.roomName = q.value(22).toString();
    e.typeName = q.value(23).toString();
    e.typeColour = q.value(24).toString();
    e.isBotox = q.value(25).toBool();
    a.overrideReason = q.value(26).toString();
    e.patientPayer = q.value(27).toString();
    if (e.isBotox) {
        e.previousTreatment = fromStoredDate(q.value(28).toString());
        e.cycle = q.value(29).toInt() + 1;
        e.awaitingDrug = q.value(30).toInt() > 0;
    }
    return e;
}

void bindAppointment(QSqlQuery &q, const Appointment &a)
{
    q.bindValue(QStringLiteral(":patient"), a.patientId);
    q.bindValue(QStringLiteral(":provider"), a.providerId);
    q.bindValue(QStringLiteral(":room"), a.roomId ? QVariant(a.roomId)
                                                  : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(QStringLiteral(":type"), a.typeId);
    q.bindValue(QStringLiteral(":starts"), storedStart(a.slot));
    q.bindValue(QStringLiteral(":ends"), storedEnd(a.slot));
    q.bindValue(QStringLiteral(":status"), statusCode(a.status));
    q.bindValue(QStringLiteral(":reason"), storedText(a.statusReason));
    q.bindValue(QStringLiteral(":notes"), storedText(a.notes));
    q.bindValue(QStringLiteral(":override"), storedText(a.overrideReason));
    q.bindValue(QStringLiteral(":updated_by"), storedText(a.updatedBy));
    q.bindValue(QStringLiteral(":updated_at"), toStoredDateTime(a.updatedAt));
}

WeeklyHours hoursFrom(const QSqlQuery &q)
{
    return {q.value(0).toInt(), WallClock::parse(q.value(1).toString()),
            WallClock::parse(q.value(2).toString())};
}

} // namespace

QString storedStart(const TimeSlot &slot)
{
    return stamp(slot.date, slot.startMinute);
}

QString storedEnd(const TimeSlot &slot)
{
    return stamp(slot.date, slot.endMinute);
}

SqlAppointmentRepository::SqlAppointmentRepository(Database &database)
    : m_database(database)
{
}

QString SqlAppointmentRepository::rangeQuery(const ScheduleFilter &filter)
{
    QVariantMap ignored;
    QString sql = QStringLiteral("SELECT ") + kEntryColumns + kEntryJoins
                  + QStringLiteral(" WHERE a.starts_at >= :from AND a.starts_at < :to");
    if (!filter.includeCancelled)
        sql += QStringLiteral(" AND ") + holdsTimeCondition();
    if (!filter.providerIds.isEmpty())
        sql += QStringLiteral(" AND ") + inList(QStringLiteral("a.provider_id"),
                                                QStringLiteral("p"), filter.providerIds, ignored);
    if (!filter.roomIds.isEmpty())
        sql += QStringLiteral(" AND ") + inList(QStringLiteral("a.room_id"), QStringLiteral("r"),
                                                filter.roomIds, ignored);
    return sql + QStringLiteral(" ORDER BY a.starts_at, a.provider_id, a.id");
}

Result<QList<ScheduleEntry>> SqlAppointmentRepository::entries(const QString &where,
                                                               const QVariantMap &values,
                                                               const QString &orderBy)
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kEntryColumns + kEntryJoins + QStringLiteral(" WHERE ")
              + where + QStringLiteral(" ORDER BY ") + orderBy);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return storageError(QStringLiteral("Cannot read the schedule"), q.lastError());
    QList<ScheduleEntry> list;
    while (q.next())
        list.append(entryFrom(q));
    return list;
}

Result<QList<ScheduleEntry>> SqlAppointmentRepository::between(QDate from, QDate to,
                                                               const ScheduleFilter &filter)
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(rangeQuery(filter));
    q.bindValue(QStringLiteral(":from"), dayText(from));
    q.bindValue(QStringLiteral(":to"), dayText(to.addDays(1)));
    for (qsizetype i = 0; i < filter.providerIds.size(); ++i)
        q.bindValue(QStringLiteral(":p%1").arg(i), filter.providerIds[i]);
    for (qsizetype i = 0; i < filter.roomIds.size(); ++i)
        q.bindValue(QStringLiteral(":r%1").arg(i), filter.roomIds[i]);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot read the schedule"), q.lastError());
    QList<ScheduleEntry> list;
    while (q.next())
        list.append(entryFrom(q));
    return list;
}

Result<QList<DayLoad>> SqlAppointmentRepository::loadBetween(QDate from, QDate to,
                                                             const ScheduleFilter &filter)
{
    QVariantMap values{{QStringLiteral(":from"), dayText(from)},
                       {QStringLiteral(":to"), dayText(to.addDays(1))}};
    QString sql = QStringLiteral("SELECT a.starts_at, a.ends_at FROM appointments a WHERE "
                                 "a.starts_at >= :from AND a.starts_at < :to AND ")
                  + holdsTimeCondition();
    if (!filter.providerIds.isEmpty())
        sql += QStringLiteral(" AND ") + inList(QStringLiteral("a.provider_id"),
                                                QStringLiteral("p"), filter.providerIds, values);
    if (!filter.roomIds.isEmpty())
        sql += QStringLiteral(" AND ") + inList(QStringLiteral("a.room_id"), QStringLiteral("r"),
                                                filter.roomIds, values);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return storageError(QStringLiteral("Cannot read the schedule"), q.lastError());
    QList<DayLoad> days;
    for (QDate d = from; d <= to; d = d.addDays(1))
        days.append({d, 0, 0});
    while (q.next()) {
        const TimeSlot slot = slotFrom(q.value(0).toString(), q.value(1).toString());
        const qint64 index = from.daysTo(slot.date);
        if (index < 0 || index >= days.size())
            continue;
        days[index].appointments += 1;
        days[index].bookedMinutes += slot.minutes();
    }
    return days;
}

Result<ScheduleEntry> SqlAppointmentRepository::byId(qint64 id)
{
    auto found = entries(QStringLiteral("a.id = :id"), {{QStringLiteral(":id"), id}},
                         QStringLiteral("a.id"));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(QStringLiteral("Appointment %1 does not exist.").arg(id));
    return found->constFirst();
}

Result<QList<ScheduleEntry>> SqlAppointmentRepository::forPatient(qint64 patientId)
{
    return entries(QStringLiteral("a.patient_id = :patient"),
                   {{QStringLiteral(":patient"), patientId}}, QStringLiteral("a.starts_at DESC"));
}

Result<QList<WeeklyHours>> SqlAppointmentRepository::hours(const QString &sql,
                                                           const QVariantMap &values)
{
    QSqlQuery q(m_database.connection());
    q.prepare(sql);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return storageError(QStringLiteral("Cannot read working hours"), q.lastError());
    QList<WeeklyHours> list;
    while (q.next())
        list.append(hoursFrom(q));
    return list;
}

Result<Availability> SqlAppointmentRepository::availability(QDate from, QDate to,
                                                            const QList<qint64> &providerIds,
                                                            const QList<qint64> &roomIds,
                                                            qint64 patientId)
{
    Availability result;
    auto clinic = clinicHours();
    if (!clinic)
        return clinic.error();
    result.clinicHours = clinic.value();

    QVariantMap values;
    QString providerFilter = providerIds.isEmpty()
                                 ? QStringLiteral("1 = 1")
                                 : inList(QStringLiteral("provider_id"), QStringLiteral("p"),
                                          providerIds, values);
    {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT weekday, starts, ends, provider_id FROM provider_hours "
                                 "WHERE ")
                  + providerFilter);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            q.bindValue(it.key(), it.value());
        if (!q.exec())
            return storageError(QStringLiteral("Cannot read working hours"), q.lastError());
        while (q.next())
            result.providerHours[q.value(3).toLongLong()].append(hoursFrom(q));
    }

    auto blockList = blocks(from, to);
    if (!blockList)
        return blockList.error();
    result.blocks = blockList.value();

    QVariantMap apptValues{{QStringLiteral(":from"), dayText(from)},
                           {QStringLiteral(":to"), dayText(to.addDays(1))}};
    QStringList who;
    if (!providerIds.isEmpty())
        who << inList(QStringLiteral("a.provider_id"), QStringLiteral("p"), providerIds,
                      apptValues);
    if (!roomIds.isEmpty())
        who << inList(QStringLiteral("a.room_id"), QStringLiteral("r"), roomIds, apptValues);
    if (patientId != 0) {
        who << QStringLiteral("a.patient_id = :patient");
        apptValues.insert(QStringLiteral(":patient"), patientId);
    }
    QString where = QStringLiteral("a.starts_at >= :from AND a.starts_at < :to AND ")
                    + holdsTimeCondition();
    if (!who.isEmpty())
        where += QStringLiteral(" AND (") + who.join(QStringLiteral(" OR ")) + u')';
    auto appointments = entries(where, apptValues, QStringLiteral("a.starts_at, a.id"));
    if (!appointments)
        return appointments.error();
    result.appointments = appointments.value();
    if (patientId != 0) {
        if (Status s = loadTreatments(patientId, result); !s)
            return s.error();
    }
    return result;
}

Status SqlAppointmentRepository::loadTreatments(qint64 patientId, Availability &result)
{
    // Everything that counts as a Botox treatment for the retreatment rule: recorded treatments
    // (with their appointment, if any) and Botox bookings that still hold their time.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT treated_on, appointment_id FROM treatments WHERE patient_id = :patient "
        "UNION ALL SELECT substr(a.starts_at, 1, 10), a.id FROM appointments a "
        "JOIN appointment_types t ON t.id = a.type_id AND t.is_botox = 1 "
        "WHERE a.patient_id = :patient2 AND ") + holdsTimeCondition());
    q.bindValue(QStringLiteral(":patient"), patientId);
    q.bindValue(QStringLiteral(":patient2"), patientId);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot read the patient's treatments"), q.lastError());
    while (q.next())
        result.patientTreatments.append({fromStoredDate(q.value(0).toString()),
                                         q.value(1).isNull() ? 0 : q.value(1).toLongLong()});
    QSqlQuery p(m_database.connection());
    p.prepare(QStringLiteral("SELECT insurance_payer FROM patients WHERE id = :id"));
    p.bindValue(QStringLiteral(":id"), patientId);
    if (!p.exec())
        return storageError(QStringLiteral("Cannot read the patient"), p.lastError());
    if (p.next())
        result.patientPayer = p.value(0).toString();
    return {};
}

Status SqlAppointmentRepository::runGuard(const Appointment &appointment, const Guard &guard)
{
    if (!guard)
        return {};
    const TimeSlot &slot = appointment.slot;
    auto day = availability(slot.date, slot.date, {appointment.providerId},
                            appointment.roomId ? QList<qint64>{appointment.roomId}
                                               : QList<qint64>{},
                            appointment.patientId);
    if (!day)
        return day.error();
    return guard(day.value());
}

Result<Appointment> SqlAppointmentRepository::insert(const Appointment &appointment,
                                                     const ChangeContext &context,
                                                     const Guard &guard)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const TimeSlot &slot = appointment.slot;
    if (Status s = runGuard(appointment, guard); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(kInsertAppointment);
    bindAppointment(q, appointment);
    q.bindValue(QStringLiteral(":booked_by"), storedText(appointment.bookedBy));
    q.bindValue(QStringLiteral(":booked_at"), toStoredDateTime(appointment.bookedAt));
    if (!q.exec())
        return storageError(QStringLiteral("Cannot book the appointment"), q.lastError());
    Appointment stored = appointment;
    stored.id = q.lastInsertId().toLongLong();
    if (Status s = writeAudit(db, context, QStringLiteral("book"), QStringLiteral("appointment"),
                              stored.id, slot.describe());
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return stored;
}

Status SqlAppointmentRepository::update(const Appointment &appointment,
                                        const ChangeContext &context, const Guard &guard,
                                        const QString &action)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const TimeSlot &slot = appointment.slot;
    if (Status s = runGuard(appointment, guard); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE appointments SET patient_id = :patient, provider_id = :provider, room_id = :room, "
        "type_id = :type, starts_at = :starts, ends_at = :ends, status = :status, "
        "status_reason = :reason, notes = :notes, override_reason = :override, "
        "updated_by = :updated_by, "
        "updated_at = :updated_at WHERE id = :id"));
    bindAppointment(q, appointment);
    q.bindValue(QStringLiteral(":id"), appointment.id);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot change the appointment"), q.lastError());
    if (q.numRowsAffected() != 1)
        return Error::notFound(
            QStringLiteral("Appointment %1 no longer exists.").arg(appointment.id));
    QString summary = slot.describe() + QStringLiteral(" ") + statusCode(appointment.status);
    if (!appointment.statusReason.isEmpty())
        summary += QStringLiteral(": ") + appointment.statusReason;
    if (Status s = writeAudit(db, context, action, QStringLiteral("appointment"), appointment.id,
                              summary);
        !s)
        return s;
    return transaction.commit();
}

Result<int> SqlAppointmentRepository::insertMany(const QList<Appointment> &appointments,
                                                const ChangeContext &context,
                                                const std::function<bool(int)> &progress)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(kInsertAppointment);
    int done = 0;
    for (const Appointment &a : appointments) {
        bindAppointment(q, a);
        q.bindValue(QStringLiteral(":booked_by"), storedText(a.bookedBy));
        q.bindValue(QStringLiteral(":booked_at"), toStoredDateTime(a.bookedAt));
        if (!q.exec())
            return storageError(QStringLiteral("Cannot store appointment %1").arg(done + 1),
                                q.lastError());
        ++done;
        if (progress && done % 5000 == 0 && !progress(done))
            return Error::refused(QStringLiteral("Cancelled; no appointments were added."));
    }
    q.finish();
    if (Status s = writeAudit(db, context, QStringLiteral("import"), QStringLiteral("appointment"),
                              0, QStringLiteral("%1 appointments added").arg(done));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return done;
}

Status SqlAppointmentRepository::remove(qint64 id, const ChangeContext &context)
{
    return deleteRow(QStringLiteral("appointments"), id, context, QStringLiteral("unbook"),
                     QStringLiteral("appointment"), QStringLiteral("booking undone"),
                     QStringLiteral("the appointment"),
                     QStringLiteral("Appointment %1 no longer exists.").arg(id));
}

Status SqlAppointmentRepository::deleteRow(const QString &table, qint64 id,
                                           const ChangeContext &context, const QString &action,
                                           const QString &entity, const QString &summary,
                                           const QString &what, const QString &missing)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    // `table` is one of this file's own constants; the id is bound.
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot remove %1").arg(what), q.lastError());
    if (q.numRowsAffected() != 1)
        return Error::notFound(missing);
    if (Status s = writeAudit(db, context, action, entity, id, summary); !s)
        return s;
    return transaction.commit();
}

Result<QList<WeeklyHours>> SqlAppointmentRepository::clinicHours()
{
    return hours(QStringLiteral("SELECT weekday, opens, closes FROM clinic_hours ORDER BY weekday"),
                 {});
}

Status SqlAppointmentRepository::setClinicHours(const QList<WeeklyHours> &list,
                                                const ChangeContext &context)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM clinic_hours")))
        return storageError(QStringLiteral("Cannot save opening hours"), q.lastError());
    QStringList summary;
    for (const WeeklyHours &h : list) {
        q.prepare(QStringLiteral("INSERT INTO clinic_hours (weekday, opens, closes) VALUES "
                                 "(:weekday, :opens, :closes)"));
        q.bindValue(QStringLiteral(":weekday"), h.weekday);
        q.bindValue(QStringLiteral(":opens"), WallClock::toStored(h.startMinute));
        q.bindValue(QStringLiteral(":closes"), WallClock::toStored(h.endMinute));
        if (!q.exec())
            return storageError(QStringLiteral("Cannot save opening hours"), q.lastError());
        summary << QStringLiteral("%1 %2-%3").arg(h.weekday).arg(WallClock::format(h.startMinute),
                                                               WallClock::format(h.endMinute));
    }
    if (Status s = writeAudit(db, context, QStringLiteral("set"), QStringLiteral("clinic_hours"),
                              0, summary.join(QStringLiteral("; ")));
        !s)
        return s;
    return transaction.commit();
}

Result<QList<WeeklyHours>> SqlAppointmentRepository::providerHours(qint64 providerId)
{
    return hours(QStringLiteral("SELECT weekday, starts, ends FROM provider_hours WHERE "
                                "provider_id = :provider ORDER BY weekday"),
                 {{QStringLiteral(":provider"), providerId}});
}

Status SqlAppointmentRepository::setProviderHours(qint64 providerId,
                                                  const QList<WeeklyHours> &list,
                                                  const ChangeContext &context)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM provider_hours WHERE provider_id = :provider"));
    q.bindValue(QStringLiteral(":provider"), providerId);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot save working hours"), q.lastError());
    for (const WeeklyHours &h : list) {
        q.prepare(QStringLiteral("INSERT INTO provider_hours (provider_id, weekday, starts, ends) "
                                 "VALUES (:provider, :weekday, :starts, :ends)"));
        q.bindValue(QStringLiteral(":provider"), providerId);
        q.bindValue(QStringLiteral(":weekday"), h.weekday);
        q.bindValue(QStringLiteral(":starts"), WallClock::toStored(h.startMinute));
        q.bindValue(QStringLiteral(":ends"), WallClock::toStored(h.endMinute));
        if (!q.exec())
            return storageError(QStringLiteral("Cannot save working hours"), q.lastError());
    }
    if (Status s = writeAudit(db, context, QStringLiteral("set"), QStringLiteral("provider_hours"),
                              providerId, QStringLiteral("%1 days").arg(list.size()));
        !s)
        return s;
    return transaction.commit();
}

Result<QList<BlockedTime>> SqlAppointmentRepository::blocks(QDate from, QDate to)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, provider_id, room_id, first_date, last_date, "
                             "repeats_weekly, start_time, end_time, reason FROM blocked_times "
                             "WHERE first_date <= :to AND (last_date IS NULL OR last_date >= :from) "
                             "ORDER BY first_date, start_time, id"));
    q.bindValue(QStringLiteral(":from"), dayText(from));
    q.bindValue(QStringLiteral(":to"), dayText(to));
    if (!q.exec())
        return storageError(QStringLiteral("Cannot read blocked time"), q.lastError());
    QList<BlockedTime> list;
    while (q.next()) {
        BlockedTime b;
        b.id = q.value(0).toLongLong();
        b.providerId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        b.roomId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
        b.firstDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        b.lastDate = q.value(4).isNull() ? QDate()
                                         : QDate::fromString(q.value(4).toString(), Qt::ISODate);
        b.weekly = q.value(5).toBool();
        b.startMinute = WallClock::parse(q.value(6).toString());
        b.endMinute = WallClock::parse(q.value(7).toString());
        b.reason = q.value(8).toString();
        // A one-off block without a last day covers its first day only.
        if (!b.weekly && !b.lastDate.isValid())
            b.lastDate = b.firstDate;
        list.append(b);
    }
    return list;
}

Result<BlockedTime> SqlAppointmentRepository::addBlock(const BlockedTime &block,
                                                       const ChangeContext &context)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    BlockedTime stored = block;
    if (!stored.weekly && !stored.lastDate.isValid())
        stored.lastDate = stored.firstDate;
    const QVariant nullId(QMetaType::fromType<qint64>());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO blocked_times (provider_id, room_id, first_date, "
                             "last_date, repeats_weekly, start_time, end_time, reason) VALUES "
                             "(:provider, :room, :first, :last, :weekly, :start, :end, :reason)"));
    q.bindValue(QStringLiteral(":provider"), stored.providerId ? QVariant(stored.providerId) : nullId);
    q.bindValue(QStringLiteral(":room"), stored.roomId ? QVariant(stored.roomId) : nullId);
    q.bindValue(QStringLiteral(":first"), dayText(stored.firstDate));
    q.bindValue(QStringLiteral(":last"), stored.lastDate.isValid()
                                             ? QVariant(dayText(stored.lastDate))
                                             : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(QStringLiteral(":weekly"), int(stored.weekly));
    q.bindValue(QStringLiteral(":start"), WallClock::toStored(stored.startMinute));
    q.bindValue(QStringLiteral(":end"), WallClock::toStored(stored.endMinute));
    q.bindValue(QStringLiteral(":reason"), storedText(stored.reason));
    if (!q.exec())
        return storageError(QStringLiteral("Cannot save the blocked time"), q.lastError());
    stored.id = q.lastInsertId().toLongLong();
    if (Status s = writeAudit(db, context, QStringLiteral("create"), QStringLiteral("blocked_time"),
                              stored.id, stored.reason);
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return stored;
}

Status SqlAppointmentRepository::removeBlock(qint64 id, const ChangeContext &context)
{
    return deleteRow(QStringLiteral("blocked_times"), id, context, QStringLiteral("delete"),
                     QStringLiteral("blocked_time"), QString(), QStringLiteral("the blocked time"),
                     QStringLiteral("That blocked time no longer exists."));
}

} // namespace ClinicDesk::Db
