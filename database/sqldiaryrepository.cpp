#include "sqldiaryrepository.h"

#include "audittrail.h"
#include "database.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ClinicDesk::Db {

using namespace ClinicDesk::Core;

namespace {

const QString kEntity = QStringLiteral("headache_diary");

QString toStoredMonth(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QDate fromStoredMonth(const QString &text)
{
    return fromStoredDate(text + QStringLiteral("-01"));
}

// "Mar 2026: 12 headache days, 5 migraine days, 4.5 h a day, baseline"
QString describe(const DiaryEntry &e)
{
    QString text = QStringLiteral("%1: %2 headache days, %3 migraine days")
                       .arg(monthLabel(e.month))
                       .arg(e.headacheDays)
                       .arg(e.migraineDays);
    if (e.hasHours())
        text += QStringLiteral(", %1 h a day").arg(e.hoursPerDay);
    if (e.isBaseline)
        text += QStringLiteral(", baseline");
    return text;
}

// Unmarks the patient's baseline months other than `keep` (all of them when `keep` is invalid).
Status clearBaselines(QSqlDatabase db, qint64 patientId, QDate keep)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE headache_diary SET is_baseline = 0 WHERE patient_id = :patient"
                             " AND is_baseline = 1 AND month <> :keep"));
    q.bindValue(QStringLiteral(":patient"), patientId);
    q.bindValue(QStringLiteral(":keep"), keep.isValid() ? toStoredMonth(keep) : QStringLiteral(""));
    if (!q.exec())
        return storageError(QStringLiteral("Cannot change the baseline month"), q.lastError());
    return {};
}

} // namespace

SqlDiaryRepository::SqlDiaryRepository(Database &database)
    : m_database(database)
{}

Result<QList<DiaryEntry>> SqlDiaryRepository::forPatient(qint64 patientId)
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT month, headache_days, migraine_days, hours_per_day, "
                             "is_baseline FROM headache_diary WHERE patient_id = :patient "
                             "ORDER BY month"));
    q.bindValue(QStringLiteral(":patient"), patientId);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot read the headache diary"), q.lastError());
    QList<DiaryEntry> entries;
    while (q.next()) {
        DiaryEntry e;
        e.patientId = patientId;
        e.month = fromStoredMonth(q.value(0).toString());
        e.headacheDays = q.value(1).toInt();
        e.migraineDays = q.value(2).toInt();
        e.hoursPerDay = q.value(3).isNull() ? -1 : q.value(3).toDouble();
        e.isBaseline = q.value(4).toInt() != 0;
        entries.append(e);
    }
    return entries;
}

Status SqlDiaryRepository::save(const DiaryEntry &entry, const ChangeContext &context)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const QString month = toStoredMonth(entry.month);

    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM headache_diary WHERE patient_id = :patient AND "
                                  "month = :month"));
    exists.bindValue(QStringLiteral(":patient"), entry.patientId);
    exists.bindValue(QStringLiteral(":month"), month);
    if (!exists.exec())
        return storageError(QStringLiteral("Cannot read the headache diary"), exists.lastError());
    const bool replacing = exists.next();
    exists.finish();

    if (entry.isBaseline)
        if (Status s = clearBaselines(db, entry.patientId, entry.month); !s)
            return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO headache_diary (patient_id, month, headache_days, migraine_days, "
        "hours_per_day, is_baseline) VALUES (:patient, :month, :headache, :migraine, :hours, "
        ":baseline) ON CONFLICT (patient_id, month) DO UPDATE SET "
        "headache_days = excluded.headache_days, migraine_days = excluded.migraine_days, "
        "hours_per_day = excluded.hours_per_day, is_baseline = excluded.is_baseline"));
    q.bindValue(QStringLiteral(":patient"), entry.patientId);
    q.bindValue(QStringLiteral(":month"), month);
    q.bindValue(QStringLiteral(":headache"), entry.headacheDays);
    q.bindValue(QStringLiteral(":migraine"), entry.migraineDays);
    q.bindValue(QStringLiteral(":hours"), entry.hasHours()
                                              ? QVariant(entry.hoursPerDay)
                                              : QVariant(QMetaType::fromType<double>()));
    q.bindValue(QStringLiteral(":baseline"), int(entry.isBaseline));
    if (!q.exec())
        return storageError(
            QStringLiteral("Cannot save %1 of the headache diary").arg(monthLabelLong(entry.month)),
            q.lastError());
    if (Status s =
            writeAudit(db, context, replacing ? QStringLiteral("update") : QStringLiteral("create"),
                       kEntity, entry.patientId, describe(entry));
        !s)
        return s;
    return transaction.commit();
}

Status SqlDiaryRepository::remove(qint64 patientId, QDate month, const ChangeContext &context)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM headache_diary WHERE patient_id = :patient AND "
                             "month = :month"));
    q.bindValue(QStringLiteral(":patient"), patientId);
    q.bindValue(QStringLiteral(":month"), toStoredMonth(month));
    if (!q.exec())
        return storageError(
            QStringLiteral("Cannot remove %1 from the headache diary").arg(monthLabelLong(month)),
            q.lastError());
    if (q.numRowsAffected() != 1)
        return Error::notFound(
            QStringLiteral("%1 is not in this patient's diary.").arg(monthLabelLong(month)));
    if (Status s = writeAudit(db, context, QStringLiteral("delete"), kEntity, patientId,
                              monthLabel(month) + QStringLiteral(" removed"));
        !s)
        return s;
    return transaction.commit();
}

Status SqlDiaryRepository::setBaseline(qint64 patientId, QDate month, const ChangeContext &context)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s = clearBaselines(db, patientId, month); !s)
        return s;
    if (month.isValid()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE headache_diary SET is_baseline = 1 WHERE patient_id = "
                                 ":patient AND month = :month"));
        q.bindValue(QStringLiteral(":patient"), patientId);
        q.bindValue(QStringLiteral(":month"), toStoredMonth(month));
        if (!q.exec())
            return storageError(QStringLiteral("Cannot change the baseline month"), q.lastError());
        if (q.numRowsAffected() != 1)
            return Error::notFound(QStringLiteral("%1 is not in this patient's diary; add it "
                                                  "before marking it as the baseline.")
                                       .arg(monthLabelLong(month)));
    }
    const QString summary = month.isValid()
                                ? monthLabel(month) + QStringLiteral(" marked as baseline")
                                : QStringLiteral("baseline mark cleared");
    if (Status s = writeAudit(db, context, QStringLiteral("set"), kEntity, patientId, summary); !s)
        return s;
    return transaction.commit();
}

} // namespace ClinicDesk::Db
