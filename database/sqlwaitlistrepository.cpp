#include "sqlwaitlistrepository.h"

#include "audittrail.h"
#include "database.h"
#include "patient.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ClinicDesk::Db {

using namespace ClinicDesk::Core;

namespace {

const QString kEntity = QStringLiteral("waitlist");

const QString kColumns = QStringLiteral(
    "w.id, w.patient_id, w.type_id, w.provider_id, w.weekdays, w.earliest_time, w.latest_time, "
    "w.notes, w.added_by, w.added_at, w.closed_at, p.last_name, p.first_name, p.preferred_name, "
    "p.mrn, p.mobile_phone, p.home_phone, p.active, t.name, pr.name");
const QString kJoins = QStringLiteral(" FROM waitlist w JOIN patients p ON p.id = w.patient_id"
                                      " LEFT JOIN appointment_types t ON t.id = w.type_id"
                                      " LEFT JOIN providers pr ON pr.id = w.provider_id");

// 0 ("any") is stored as NULL.
QVariant idOrNull(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

WaitlistEntry entryFrom(const QSqlQuery &q)
{
    WaitlistEntry e;
    e.id = q.value(0).toLongLong();
    e.patientId = q.value(1).toLongLong();
    e.typeId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    e.providerId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    e.weekdays = WaitlistRules::weekdaysFromCode(q.value(4).toString());
    e.earliestMinute = WallClock::parse(q.value(5).toString());
    e.latestMinute = WallClock::parse(q.value(6).toString());
    e.notes = q.value(7).toString();
    e.addedBy = q.value(8).toString();
    e.addedAt = fromStoredDateTime(q.value(9).toString());
    e.closedAt = q.value(10).isNull() ? QDateTime() : fromStoredDateTime(q.value(10).toString());
    Patient p;
    p.lastName = q.value(11).toString();
    p.firstName = q.value(12).toString();
    p.preferredName = q.value(13).toString();
    e.patientName = p.displayName();
    e.patientMrn = q.value(14).toString();
    const QString mobile = q.value(15).toString();
    e.patientPhone = mobile.isEmpty() ? q.value(16).toString() : mobile;
    e.patientActive = q.value(17).toInt() != 0;
    e.typeName = q.value(18).toString();
    e.providerName = q.value(19).toString();
    return e;
}

void bindWishes(QSqlQuery &q, const WaitlistEntry &e)
{
    q.bindValue(QStringLiteral(":type"), idOrNull(e.typeId));
    q.bindValue(QStringLiteral(":provider"), idOrNull(e.providerId));
    q.bindValue(QStringLiteral(":weekdays"), WaitlistRules::weekdaysCode(e.weekdays));
    q.bindValue(QStringLiteral(":earliest"), WallClock::toStored(e.earliestMinute));
    q.bindValue(QStringLiteral(":latest"), WallClock::toStored(e.latestMinute));
    q.bindValue(QStringLiteral(":notes"), storedText(e.notes));
}

// "Lee, Ann: Botox treatment with Vladimir Fiks, Tue/Thu mornings" for the audit trail.
QString auditSummary(const WaitlistEntry &e)
{
    return QStringLiteral("%1: %2, %3")
        .arg(e.patientName, WaitlistRules::wantsText(e), WaitlistRules::availabilityText(e));
}

} // namespace

SqlWaitlistRepository::SqlWaitlistRepository(Database &database)
    : m_database(database)
{}

Result<QList<WaitlistEntry>> SqlWaitlistRepository::select(const QString &where,
                                                           const QVariantMap &values,
                                                           const QString &orderBy)
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // `where` and `orderBy` are this file's own text; every value is bound.
    q.prepare(QStringLiteral("SELECT ") + kColumns + kJoins + QStringLiteral(" WHERE ") + where +
              QStringLiteral(" ORDER BY ") + orderBy);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return storageError(QStringLiteral("Cannot read the waitlist"), q.lastError());
    QList<WaitlistEntry> list;
    while (q.next())
        list.append(entryFrom(q));
    return list;
}

Result<QList<WaitlistEntry>> SqlWaitlistRepository::open()
{
    return select(QStringLiteral("w.closed_at IS NULL"), {}, QStringLiteral("w.added_at, w.id"));
}

Result<QList<WaitlistEntry>> SqlWaitlistRepository::forPatient(qint64 patientId)
{
    return select(QStringLiteral("w.patient_id = :patient"),
                  {{QStringLiteral(":patient"), patientId}},
                  QStringLiteral("w.added_at DESC, w.id DESC"));
}

Result<WaitlistEntry> SqlWaitlistRepository::byId(qint64 id)
{
    auto found =
        select(QStringLiteral("w.id = :id"), {{QStringLiteral(":id"), id}}, QStringLiteral("w.id"));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(QStringLiteral("This waitlist entry no longer exists."));
    return found->constFirst();
}

Result<WaitlistEntry> SqlWaitlistRepository::add(const WaitlistEntry &entry,
                                                 const ChangeContext &context)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO waitlist (patient_id, type_id, provider_id, weekdays, earliest_time, "
        "latest_time, notes, added_by, added_at) VALUES (:patient, :type, :provider, :weekdays, "
        ":earliest, :latest, :notes, :added_by, :added_at)"));
    q.bindValue(QStringLiteral(":patient"), entry.patientId);
    bindWishes(q, entry);
    q.bindValue(QStringLiteral(":added_by"), storedText(context.user));
    q.bindValue(QStringLiteral(":added_at"), toStoredDateTime(context.at));
    if (!q.exec())
        return storageError(QStringLiteral("Cannot add the patient to the waitlist"),
                            q.lastError());
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    // Read back inside the transaction, for the names the audit entry and the caller read.
    auto stored = byId(id);
    if (!stored)
        return stored.error();
    if (Status s = writeAudit(db, context, QStringLiteral("create"), kEntity, id,
                              auditSummary(stored.value()));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return stored;
}

Status SqlWaitlistRepository::update(const WaitlistEntry &entry, const ChangeContext &context)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE waitlist SET type_id = :type, provider_id = :provider, weekdays = :weekdays, "
        "earliest_time = :earliest, latest_time = :latest, notes = :notes "
        "WHERE id = :id AND closed_at IS NULL"));
    bindWishes(q, entry);
    q.bindValue(QStringLiteral(":id"), entry.id);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot save the waitlist entry"), q.lastError());
    if (q.numRowsAffected() != 1)
        return Error::notFound(
            QStringLiteral("This waitlist entry was taken off the list meanwhile."));
    q.finish();
    auto stored = byId(entry.id);
    if (!stored)
        return stored.error();
    if (Status s = writeAudit(db, context, QStringLiteral("update"), kEntity, entry.id,
                              auditSummary(stored.value()));
        !s)
        return s;
    return transaction.commit();
}

Status SqlWaitlistRepository::close(qint64 id, const QString &reason, const ChangeContext &context)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto stored = byId(id);
    if (!stored)
        return stored.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE waitlist SET closed_at = :closed WHERE id = :id AND closed_at IS NULL"));
    q.bindValue(QStringLiteral(":closed"), toStoredDateTime(context.at));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return storageError(
            QStringLiteral("Cannot take %1 off the waitlist").arg(stored->patientName),
            q.lastError());
    if (q.numRowsAffected() != 1)
        return Error::notFound(
            QStringLiteral("%1 is no longer on the waitlist.").arg(stored->patientName));
    if (Status s = writeAudit(db, context, QStringLiteral("close"), kEntity, id,
                              auditSummary(stored.value()) + QStringLiteral(" \u2014 ") + reason);
        !s)
        return s;
    return transaction.commit();
}

} // namespace ClinicDesk::Db
