#pragma once

#include "changecontext.h"
#include "clinicsetup.h"
#include "result.h"

#include <optional>

namespace ClinicDesk::Core {

// The clinic's set-up: providers, rooms, appointment types and named settings. Writes carry their
// audit entry, as every change to clinic data does.
class ClinicSetupRepository
{
public:
    virtual ~ClinicSetupRepository() = default;

    virtual Result<QList<Provider>> providers() = 0;
    virtual Result<QList<Room>> rooms() = 0;
    virtual Result<QList<AppointmentType>> appointmentTypes() = 0;
    virtual Result<Provider> addProvider(const Provider &provider,
                                         const ChangeContext &context) = 0;
    virtual Result<Room> addRoom(const Room &room, const ChangeContext &context) = 0;
    virtual Result<AppointmentType> addAppointmentType(const AppointmentType &type,
                                                       const ChangeContext &context) = 0;
    // Edits keep the id (and so every appointment that refers to it); deactivate, never delete.
    virtual Status updateProvider(const Provider &provider, const ChangeContext &context) = 0;
    virtual Status updateRoom(const Room &room, const ChangeContext &context) = 0;
    virtual Status updateAppointmentType(const AppointmentType &type,
                                         const ChangeContext &context) = 0;

    // Payers, by name. Names are unique ignoring case.
    virtual Result<QList<Payer>> payers() = 0;
    virtual Result<Payer> addPayer(const Payer &payer, const ChangeContext &context) = 0;
    virtual Status updatePayer(const Payer &payer, const ChangeContext &context) = 0;

    // Nothing when the setting was never set.
    virtual Result<std::optional<QString>> setting(const QString &key) = 0;
    virtual Status setSetting(const QString &key, const QString &value,
                              const ChangeContext &context) = 0;
    // Several settings in one transaction: all or none.
    virtual Status setSettings(const QList<QPair<QString, QString>> &values,
                               const ChangeContext &context) = 0;
};

} // namespace ClinicDesk::Core
