#pragma once

#include "clinicsetuprepository.h"
#include "clock.h"
#include "retreatmentpolicy.h"

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

    Result<QList<Payer>> payers() const { return m_repository.payers(); }
    Result<Payer> addPayer(Payer payer);
    Status updatePayer(Payer payer);
    // Adds the payers that are not there yet (by name, ignoring case), e.g. the demo clinic's.
    Status ensurePayers(const QStringList &names);

    // The retreatment rule's numbers, from the settings and the payers (defaults where missing).
    static RetreatmentSettings retreatmentSettingsFrom(ClinicSetupRepository &repository);
    RetreatmentSettings retreatmentSettings() const
    {
        return retreatmentSettingsFrom(m_repository);
    }
    // Checks and stores the clinic-wide numbers (payers' own minimums are kept with the payers).
    Status setRetreatmentSettings(const RetreatmentSettings &settings);
    // Checks and stores several settings in one transaction: all or none. The values the clinic's
    // rules read (retreatment days, authorization lead time 0..365 days, response threshold
    // 1..99 % and cycle 1..10, what a new treatment starts with) are checked and tidied first; a
    // refusal names the field (the key's name in SettingKey, e.g. "treatmentDiagnosis"). Other
    // keys are stored as given.
    Status setSettings(const QList<QPair<QString, QString>> &values);

    QString setting(const QString &key, const QString &fallback = {}) const;
    // A whole-number setting, or the fallback when missing or out of min..max.
    int intSetting(const QString &key, int fallback, int min, int max) const;
    Status setSetting(const QString &key, const QString &value);
    QString clinicName() const;
    const Clock &clock() const { return m_clock; }

private:
    ChangeContext context() const { return {m_user, m_clock.now()}; }
    static Status tidy(Provider &provider);
    static Status tidy(Room &room);
    static Status tidy(AppointmentType &type);
    static Status tidy(Payer &payer);

    ClinicSetupRepository &m_repository;
    const Clock &m_clock;
    QString m_user;
};

} // namespace ClinicDesk::Core
