#pragma once

#include "clinicsetuprepository.h"

namespace ClinicDesk::Db {

class Database;

// Providers, rooms, appointment types and settings in SQLite.
class SqlClinicSetupRepository final : public Core::ClinicSetupRepository
{
public:
    explicit SqlClinicSetupRepository(Database &database);

    Core::Result<QList<Core::Provider>> providers() override;
    Core::Result<QList<Core::Room>> rooms() override;
    Core::Result<QList<Core::AppointmentType>> appointmentTypes() override;
    Core::Result<Core::Provider> addProvider(const Core::Provider &provider,
                                             const Core::ChangeContext &context) override;
    Core::Result<Core::Room> addRoom(const Core::Room &room,
                                     const Core::ChangeContext &context) override;
    Core::Result<Core::AppointmentType>
    addAppointmentType(const Core::AppointmentType &type,
                       const Core::ChangeContext &context) override;
    Core::Status updateProvider(const Core::Provider &provider,
                                const Core::ChangeContext &context) override;
    Core::Status updateRoom(const Core::Room &room, const Core::ChangeContext &context) override;
    Core::Status updateAppointmentType(const Core::AppointmentType &type,
                                       const Core::ChangeContext &context) override;
    Core::Result<QList<Core::Payer>> payers() override;
    Core::Result<Core::Payer> addPayer(const Core::Payer &payer,
                                       const Core::ChangeContext &context) override;
    Core::Status updatePayer(const Core::Payer &payer, const Core::ChangeContext &context) override;
    Core::Result<std::optional<QString>> setting(const QString &key) override;
    Core::Status setSettings(const QList<QPair<QString, QString>> &values,
                             const Core::ChangeContext &context) override;
    Core::Status setSetting(const QString &key, const QString &value,
                            const Core::ChangeContext &context) override;

private:
    Core::Status updateRow(const QString &table, qint64 id, const QVariantMap &values,
                           const Core::ChangeContext &context, const QString &label);
    // Inserts one row with its audit entry in a write transaction; returns the new id.
    Core::Result<qint64> insertRow(const QString &table, const QVariantMap &values,
                                   const Core::ChangeContext &context, const QString &label);

    Database &m_database;
};

} // namespace ClinicDesk::Db
