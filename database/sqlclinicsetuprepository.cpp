#include "sqlclinicsetuprepository.h"

#include "audittrail.h"
#include "database.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ClinicDesk::Db {

using namespace ClinicDesk::Core;

namespace {

// "There is already an appointment type named “Botox treatment”."
Error alreadyNamed(const QString &label, const QString &name)
{
    const bool vowel = !label.isEmpty() && QStringLiteral("aeiou").contains(label.front());
    return Error::conflict(
        QStringLiteral("There is already %1 %2 named \u201C%3\u201D.")
            .arg(vowel ? QStringLiteral("an") : QStringLiteral("a"), label, name));
}

} // namespace

SqlClinicSetupRepository::SqlClinicSetupRepository(Database &database)
    : m_database(database)
{
}

Result<QList<Provider>> SqlClinicSetupRepository::providers()
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT id, name, credentials, colour, active FROM providers "
                               "ORDER BY sort_order, name")))
        return storageError(QStringLiteral("Cannot read providers"), q.lastError());
    QList<Provider> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toBool()});
    return list;
}

Result<QList<Room>> SqlClinicSetupRepository::rooms()
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT id, name, active FROM rooms ORDER BY sort_order, name")))
        return storageError(QStringLiteral("Cannot read rooms"), q.lastError());
    QList<Room> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool()});
    return list;
}

Result<QList<AppointmentType>> SqlClinicSetupRepository::appointmentTypes()
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT id, name, default_minutes, colour, is_botox, active "
                               "FROM appointment_types ORDER BY sort_order, name")))
        return storageError(QStringLiteral("Cannot read appointment types"), q.lastError());
    QList<AppointmentType> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                     q.value(3).toString(), q.value(4).toBool(), q.value(5).toBool()});
    return list;
}

Result<qint64> SqlClinicSetupRepository::insertRow(const QString &table, const QVariantMap &values,
                                                   const ChangeContext &context,
                                                   const QString &label)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QStringList params;
    for (const QString &column : values.keys())
        params << u':' + column;
    QSqlQuery q(db);
    // Table and column names are this file's own constants; only values come from outside.
    q.prepare(QStringLiteral("INSERT INTO %1 (%2, sort_order) VALUES (%3, "
                             "(SELECT coalesce(max(sort_order), 0) + 1 FROM %1))")
                  .arg(table, values.keys().join(u','), params.join(u',')));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(u':' + it.key(), it.value().typeId() == QMetaType::QString
                                         ? QVariant(storedText(it.value().toString()))
                                         : it.value());
    if (!q.exec()) {
        if (q.lastError().databaseText().contains(QStringLiteral("UNIQUE")))
            return alreadyNamed(label, values.value(QStringLiteral("name")).toString());
        return storageError(QStringLiteral("Cannot add the %1").arg(label), q.lastError());
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = writeAudit(db, context, QStringLiteral("create"), table, id,
                              values.value(QStringLiteral("name")).toString());
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Result<Provider> SqlClinicSetupRepository::addProvider(const Provider &provider,
                                                       const ChangeContext &context)
{
    auto id = insertRow(QStringLiteral("providers"),
                        {{QStringLiteral("name"), provider.name},
                         {QStringLiteral("credentials"), provider.credentials},
                         {QStringLiteral("colour"), provider.colour},
                         {QStringLiteral("active"), int(provider.active)}},
                        context, QStringLiteral("provider"));
    if (!id)
        return id.error();
    Provider stored = provider;
    stored.id = id.value();
    return stored;
}

Result<Room> SqlClinicSetupRepository::addRoom(const Room &room, const ChangeContext &context)
{
    auto id = insertRow(QStringLiteral("rooms"),
                        {{QStringLiteral("name"), room.name},
                         {QStringLiteral("active"), int(room.active)}},
                        context, QStringLiteral("room"));
    if (!id)
        return id.error();
    Room stored = room;
    stored.id = id.value();
    return stored;
}

Result<AppointmentType> SqlClinicSetupRepository::addAppointmentType(const AppointmentType &type,
                                                                     const ChangeContext &context)
{
    auto id = insertRow(QStringLiteral("appointment_types"),
                        {{QStringLiteral("name"), type.name},
                         {QStringLiteral("default_minutes"), type.defaultMinutes},
                         {QStringLiteral("colour"), type.colour},
                         {QStringLiteral("is_botox"), int(type.isBotox)},
                         {QStringLiteral("active"), int(type.active)}},
                        context, QStringLiteral("appointment type"));
    if (!id)
        return id.error();
    AppointmentType stored = type;
    stored.id = id.value();
    return stored;
}

Status SqlClinicSetupRepository::updateRow(const QString &table, qint64 id,
                                           const QVariantMap &values,
                                           const ChangeContext &context, const QString &label)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QStringList assignments;
    for (const QString &column : values.keys())
        assignments << column + QStringLiteral(" = :") + column;
    QSqlQuery q(db);
    // Table and column names are this file's own constants; only values come from outside.
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = :id")
                  .arg(table, assignments.join(QStringLiteral(", "))));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(u':' + it.key(), it.value().typeId() == QMetaType::QString
                                         ? QVariant(storedText(it.value().toString()))
                                         : it.value());
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        if (q.lastError().databaseText().contains(QStringLiteral("UNIQUE")))
            return alreadyNamed(label, values.value(QStringLiteral("name")).toString());
        return storageError(QStringLiteral("Cannot change the %1").arg(label), q.lastError());
    }
    if (q.numRowsAffected() != 1)
        return Error::notFound(QStringLiteral("That %1 no longer exists.").arg(label));
    if (Status s = writeAudit(db, context, QStringLiteral("update"), table, id,
                              values.value(QStringLiteral("name")).toString());
        !s)
        return s;
    return transaction.commit();
}

Status SqlClinicSetupRepository::updateProvider(const Provider &provider,
                                                const ChangeContext &context)
{
    return updateRow(QStringLiteral("providers"), provider.id,
                     {{QStringLiteral("name"), provider.name},
                      {QStringLiteral("credentials"), provider.credentials},
                      {QStringLiteral("colour"), provider.colour},
                      {QStringLiteral("active"), int(provider.active)}},
                     context, QStringLiteral("provider"));
}

Status SqlClinicSetupRepository::updateRoom(const Room &room, const ChangeContext &context)
{
    return updateRow(QStringLiteral("rooms"), room.id,
                     {{QStringLiteral("name"), room.name},
                      {QStringLiteral("active"), int(room.active)}},
                     context, QStringLiteral("room"));
}

Status SqlClinicSetupRepository::updateAppointmentType(const AppointmentType &type,
                                                       const ChangeContext &context)
{
    return updateRow(QStringLiteral("appointment_types"), type.id,
                     {{QStringLiteral("name"), type.name},
                      {QStringLiteral("default_minutes"), type.defaultMinutes},
                      {QStringLiteral("colour"), type.colour},
                      {QStringLiteral("is_botox"), int(type.isBotox)},
                      {QStringLiteral("active"), int(type.active)}},
                     context, QStringLiteral("appointment type"));
}

Result<QList<Payer>> SqlClinicSetupRepository::payers()
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT id, name, minimum_days, active FROM payers ORDER BY name")))
        return storageError(QStringLiteral("Cannot read payers"), q.lastError());
    QList<Payer> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(),
                     q.value(2).isNull() ? 0 : q.value(2).toInt(), q.value(3).toBool()});
    return list;
}

namespace {
QVariantMap payerValues(const Payer &payer)
{
    return {{QStringLiteral("name"), payer.name},
            {QStringLiteral("name_key"), payer.name.toCaseFolded()},
            {QStringLiteral("minimum_days"), payer.minimumDays > 0
                                                 ? QVariant(payer.minimumDays)
                                                 : QVariant(QMetaType::fromType<int>())},
            {QStringLiteral("active"), int(payer.active)}};
}
} // namespace

Result<Payer> SqlClinicSetupRepository::addPayer(const Payer &payer, const ChangeContext &context)
{
    auto id = insertRow(QStringLiteral("payers"), payerValues(payer), context,
                        QStringLiteral("payer"));
    if (!id)
        return id.error();
    Payer stored = payer;
    stored.id = id.value();
    return stored;
}

Status SqlClinicSetupRepository::updatePayer(const Payer &payer, const ChangeContext &context)
{
    return updateRow(QStringLiteral("payers"), payer.id, payerValues(payer), context,
                     QStringLiteral("payer"));
}

Result<std::optional<QString>> SqlClinicSetupRepository::setting(const QString &key)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM clinic_settings WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot read the setting %1").arg(key), q.lastError());
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Status SqlClinicSetupRepository::setSetting(const QString &key, const QString &value,
                                            const ChangeContext &context)
{
    return setSettings({{key, value}}, context);
}

Status SqlClinicSetupRepository::setSettings(const QList<QPair<QString, QString>> &values,
                                             const ChangeContext &context)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO clinic_settings (key, value) VALUES (:key, :value) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const auto &[key, value] : values) {
        q.bindValue(QStringLiteral(":key"), key);
        q.bindValue(QStringLiteral(":value"), storedText(value));
        if (!q.exec())
            return storageError(QStringLiteral("Cannot save the setting %1").arg(key),
                                q.lastError());
        if (Status s = writeAudit(db, context, QStringLiteral("set"), QStringLiteral("setting"), 0,
                                  key + QStringLiteral(" = ") + value);
            !s)
            return s;
    }
    return transaction.commit();
}

} // namespace ClinicDesk::Db
