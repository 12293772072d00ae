#include "sqlauthorizationrepository.h"

#include "audittrail.h"
#include "clinicdate.h"
#include "database.h"
#include "patient.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace ClinicDesk::Db {

using namespace ClinicDesk::Core;

namespace {

// The authorization's columns, then visits and units used: the patient's treatments within its
// dates, counted in the same statement (the treatments index is on patient and date).
const QString kColumns =
    QStringLiteral("a.id, a.patient_id, a.payer, a.number, a.covers, a.valid_from, a.valid_to, "
                   "a.approved_units, a.approved_visits, a.notes, a.created_by, a.created_at, "
                   "count(t.id), coalesce(sum(t.units_given), 0)");
const QString kUsedJoin = QStringLiteral(" LEFT JOIN treatments t ON t.patient_id = a.patient_id"
                                         " AND t.treated_on BETWEEN a.valid_from AND a.valid_to");
constexpr int kColumnCount = 14;

// A later authorization of the same patient, covering as much, with visits and units left, that
// starts no later than the day after `a` ends: `a`'s renewal is on file.
const QString kRenewedCondition = QStringLiteral(
    "EXISTS (SELECT 1 FROM authorizations n WHERE n.patient_id = a.patient_id AND n.id <> a.id"
    " AND (n.covers = a.covers OR n.covers = 'both')"
    " AND n.valid_from <= date(a.valid_to, '+1 day') AND n.valid_to > a.valid_to"
    " AND (n.approved_visits IS NULL OR n.approved_visits > (SELECT count(*) FROM treatments u"
    " WHERE u.patient_id = n.patient_id AND u.treated_on BETWEEN n.valid_from AND n.valid_to))"
    " AND (n.approved_units IS NULL OR n.approved_units > (SELECT coalesce(sum(u.units_given), 0)"
    " FROM treatments u WHERE u.patient_id = n.patient_id"
    " AND u.treated_on BETWEEN n.valid_from AND n.valid_to)))");

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

// 0 (not limited) is stored as NULL.
QVariant limitValue(int limit)
{
    return limit > 0 ? QVariant(limit) : QVariant(QMetaType::fromType<int>());
}

Authorization authorizationFrom(const QSqlQuery &q)
{
    Authorization a;
    a.id = q.value(0).toLongLong();
    a.patientId = q.value(1).toLongLong();
    a.payer = q.value(2).toString();
    a.number = q.value(3).toString();
    a.covers = coversFromCode(q.value(4).toString()).value_or(AuthorizationCovers::Both);
    a.validFrom = fromStoredDate(q.value(5).toString());
    a.validTo = fromStoredDate(q.value(6).toString());
    a.approvedUnits = q.value(7).isNull() ? 0 : q.value(7).toInt();
    a.approvedVisits = q.value(8).isNull() ? 0 : q.value(8).toInt();
    a.notes = q.value(9).toString();
    a.createdBy = q.value(10).toString();
    a.createdAt = fromStoredDateTime(q.value(11).toString());
    a.visitsUsed = q.value(12).toInt();
    a.unitsUsed = q.value(13).toInt();
    return a;
}

void bindFields(QSqlQuery &q, const Authorization &a)
{
    q.bindValue(QStringLiteral(":payer"), storedText(a.payer));
    q.bindValue(QStringLiteral(":number"), storedText(a.number));
    q.bindValue(QStringLiteral(":covers"), coversCode(a.covers));
    q.bindValue(QStringLiteral(":from"), dayText(a.validFrom));
    q.bindValue(QStringLiteral(":to"), dayText(a.validTo));
    q.bindValue(QStringLiteral(":units"), limitValue(a.approvedUnits));
    q.bindValue(QStringLiteral(":visits"), limitValue(a.approvedVisits));
    q.bindValue(QStringLiteral(":notes"), storedText(a.notes));
}

// "Aetna 12345, drug and procedure, Jan 1, 2027 to Jun 30, 2027" for the audit trail.
QString auditSummary(const Authorization &a)
{
    return QStringLiteral("%1, %2, %3 to %4")
        .arg(AuthorizationRules::displayName(a), coversLabel(a.covers).toLower(),
             ClinicDate::formatLong(a.validFrom), ClinicDate::formatLong(a.validTo));
}

// Why an authorization is on the expiring list: "Expires Jan 4, 2027 · 1 visit left".
QString expiringWhy(const Authorization &a, QDate until, int visitsLeft, bool renewed)
{
    QStringList parts;
    if (a.validTo <= until && !renewed)
        parts << QStringLiteral("Expires %1").arg(ClinicDate::formatLong(a.validTo));
    const int left = a.visitsLeft();
    if (left == 0)
        parts << QStringLiteral("No visits left");
    else if (left > 0 && left <= visitsLeft)
        parts << (left == 1 ? QStringLiteral("1 visit left")
                            : QStringLiteral("%1 visits left").arg(left));
    if (a.unitsLeft() == 0)
        parts << QStringLiteral("No units left");
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace

SqlAuthorizationRepository::SqlAuthorizationRepository(Database &database)
    : m_database(database)
{}

Result<QList<Authorization>> SqlAuthorizationRepository::select(const QString &where,
                                                                const QVariantList &values,
                                                                const QString &orderBy)
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // `where` and `orderBy` are this file's own text; every value is bound.
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM authorizations a") +
              kUsedJoin + QStringLiteral(" WHERE ") + where +
              QStringLiteral(" GROUP BY a.id ORDER BY ") + orderBy);
    // Positional values: SQLite looks a named one up by a linear scan, which a long IN list
    // turns quadratic.
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot read authorizations"), q.lastError());
    QList<Authorization> list;
    while (q.next())
        list.append(authorizationFrom(q));
    return list;
}

Result<QList<Authorization>> SqlAuthorizationRepository::forPatient(qint64 patientId)
{
    return select(QStringLiteral("a.patient_id = ?"), {patientId},
                  QStringLiteral("a.valid_to DESC, a.valid_from DESC, a.id DESC"));
}

Result<QList<Authorization>> SqlAuthorizationRepository::currentFor(const QList<qint64> &patientIds,
                                                                    QDate from)
{
    QList<qint64> ids = patientIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // One statement for any number of patients: the ids travel as one bound JSON array that
    // SQLite's json_each unpacks (SQLite-specific; PostgreSQL would take an array parameter).
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : std::as_const(ids))
        numbers.append(QString::number(id));
    return select(QStringLiteral("a.patient_id IN (SELECT value FROM json_each(?)) "
                                 "AND a.valid_to >= ?"),
                  {QStringLiteral("[%1]").arg(numbers.join(u',')), dayText(from)},
                  QStringLiteral("a.patient_id, a.valid_to, a.id"));
}

Result<QList<ExpiringAuthorization>> SqlAuthorizationRepository::expiring(QDate today, QDate until,
                                                                          int visitsLeft)
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT ") + kColumns +
        QStringLiteral(", p.last_name, p.first_name, p.preferred_name, p.mrn, p.mobile_phone, "
                       "p.home_phone, ") +
        kRenewedCondition +
        QStringLiteral(" AS renewed FROM authorizations a JOIN patients p ON p.id = a.patient_id") +
        kUsedJoin +
        QStringLiteral(
            " WHERE p.active = 1 AND a.valid_from <= :today AND a.valid_to >= :today"
            " GROUP BY a.id"
            " HAVING (a.valid_to <= :until AND NOT renewed)"
            " OR (a.approved_visits IS NOT NULL AND a.approved_visits - count(t.id) <= :visits)"
            " OR (a.approved_units IS NOT NULL"
            " AND a.approved_units <= coalesce(sum(t.units_given), 0))"
            " ORDER BY a.valid_to, p.last_name, p.first_name, a.id"));
    q.bindValue(QStringLiteral(":today"), dayText(today));
    q.bindValue(QStringLiteral(":until"), dayText(until));
    q.bindValue(QStringLiteral(":visits"), visitsLeft);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot list expiring authorizations"), q.lastError());
    QList<ExpiringAuthorization> list;
    while (q.next()) {
        ExpiringAuthorization e;
        e.authorization = authorizationFrom(q);
        Patient p;
        p.lastName = q.value(kColumnCount).toString();
        p.firstName = q.value(kColumnCount + 1).toString();
        p.preferredName = q.value(kColumnCount + 2).toString();
        e.patientName = p.displayName();
        e.patientMrn = q.value(kColumnCount + 3).toString();
        const QString mobile = q.value(kColumnCount + 4).toString();
        e.patientPhone = mobile.isEmpty() ? q.value(kColumnCount + 5).toString() : mobile;
        e.why = expiringWhy(e.authorization, until, visitsLeft, q.value(kColumnCount + 6).toBool());
        list.append(e);
    }
    return list;
}

Result<Authorization> SqlAuthorizationRepository::add(const Authorization &authorization,
                                                      const ChangeContext &context)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO authorizations (patient_id, payer, number, covers, valid_from, valid_to, "
        "approved_units, approved_visits, notes, created_by, created_at) VALUES (:patient, "
        ":payer, :number, :covers, :from, :to, :units, :visits, :notes, :created_by, "
        ":created_at)"));
    q.bindValue(QStringLiteral(":patient"), authorization.patientId);
    bindFields(q, authorization);
    q.bindValue(QStringLiteral(":created_by"), storedText(context.user));
    q.bindValue(QStringLiteral(":created_at"), toStoredDateTime(context.at));
    if (!q.exec())
        return storageError(QStringLiteral("Cannot save authorization %1")
                                .arg(AuthorizationRules::displayName(authorization)),
                            q.lastError());
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    if (Status s = writeAudit(db, context, QStringLiteral("create"),
                              QStringLiteral("authorization"), id, auditSummary(authorization));
        !s)
        return s.error();
    // Read back inside the transaction: the counts of treatments already given in its dates.
    auto stored =
        select(QStringLiteral("a.id = ?"), {id}, QStringLiteral("a.id"));
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return Error::storage(QStringLiteral("The new authorization could not be read back."));
    if (Status s = transaction.commit(); !s)
        return s.error();
    return stored->constFirst();
}

Status SqlAuthorizationRepository::update(const Authorization &authorization,
                                          const ChangeContext &context)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE authorizations SET payer = :payer, number = :number, covers = :covers, "
        "valid_from = :from, valid_to = :to, approved_units = :units, approved_visits = :visits, "
        "notes = :notes WHERE id = :id"));
    bindFields(q, authorization);
    q.bindValue(QStringLiteral(":id"), authorization.id);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot save authorization %1")
                                .arg(AuthorizationRules::displayName(authorization)),
                            q.lastError());
    if (q.numRowsAffected() != 1)
        return Error::notFound(QStringLiteral("Authorization %1 no longer exists.")
                                   .arg(AuthorizationRules::displayName(authorization)));
    if (Status s =
            writeAudit(db, context, QStringLiteral("update"), QStringLiteral("authorization"),
                       authorization.id, auditSummary(authorization));
        !s)
        return s;
    return transaction.commit();
}

Status SqlAuthorizationRepository::remove(qint64 id, const ChangeContext &context)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto stored =
        select(QStringLiteral("a.id = ?"), {id}, QStringLiteral("a.id"));
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return Error::notFound(QStringLiteral("This authorization no longer exists."));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM authorizations WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot remove authorization %1")
                                .arg(AuthorizationRules::displayName(stored->constFirst())),
                            q.lastError());
    if (Status s =
            writeAudit(db, context, QStringLiteral("delete"), QStringLiteral("authorization"), id,
                       auditSummary(stored->constFirst()));
        !s)
        return s;
    return transaction.commit();
}

} // namespace ClinicDesk::Db
