#pragma once

#include "clinicsetuprepository.h"
#include "clock.h"

namespace ClinicDesk::Core {

// The one way the clinic's set-up changes. Checks names and lengths, and installs the default
// set-up into a new database.
class ClinicSetupService
{
public:
    ClinicSetupService(ClinicSetupRepository &repository, const Clock &clock, QString user);

    // Adds the default appointment types and settings that are missing; leaves the rest alone.
    Status installDefaults();

    Result<QList<Provider>> providers() const { return m_repository.providers(); }
    Result<QList<Room>> rooms() const { return m_repository.rooms(); }
    Result<QList<AppointmentType>> appointmentTypes() const
    {
        return m_repository.appointmentTypes();
    }
    Result<Provider> addProvider(Provider provider);
    Result<Room> addRoom(Room room);
    Result<AppointmentType> addAppointmentType(AppointmentType type);
    Status updateProvider(Provider provider);
    Status updateRoom(Room room);
    Status updateAppointmentType(AppointmentType type);

    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);
    QString clinicName() const;

private:
    ChangeContext context() const { return {m_user, m_clock.now()}; }
    static Status tidy(Provider &provider);
    static Status tidy(Room &room);
    static Status tidy(AppointmentType &type);

    ClinicSetupRepository &m_repository;
    const Clock &m_clock;
    QString m_user;
};

} // namespace ClinicDesk::Core
