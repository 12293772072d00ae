#include "clinicsetupservice.h"

#include <QRegularExpression>

namespace ClinicDesk::Core {

namespace {

bool isColour(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return re.match(text).hasMatch();
}

Status checkName(const QString &name, const QString &what)
{
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("%1 needs a name.").arg(what),
                              QStringLiteral("name"));
    if (name.size() > 80)
        return Error::invalid(QStringLiteral("%1 name is longer than 80 characters.").arg(what),
                              QStringLiteral("name"));
    return {};
}

} // namespace

ClinicSetupService::ClinicSetupService(ClinicSetupRepository &repository, const Clock &clock,
                                       QString user)
    : m_repository(repository)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

Status ClinicSetupService::installDefaults()
{
    auto existing = m_repository.appointmentTypes();
    if (!existing)
        return existing.error();
    if (existing->isEmpty()) {
        for (const AppointmentType &type : DefaultSetup::appointmentTypes())
            if (auto added = m_repository.addAppointmentType(type, context()); !added)
                return added.error();
    }
    for (const auto &[key, value] : DefaultSetup::settings()) {
        auto current = m_repository.setting(key);
        if (!current)
            return current.error();
        if (!current->has_value())
            if (Status s = m_repository.setSetting(key, value, context()); !s)
                return s;
    }
    return {};
}

Status ClinicSetupService::tidy(Provider &provider)
{
    provider.name = provider.name.simplified();
    provider.credentials = provider.credentials.simplified();
    if (Status s = checkName(provider.name, QStringLiteral("A provider")); !s)
        return s;
    if (provider.colour.isEmpty())
        provider.colour = QStringLiteral("#3b6ea5");
    if (!isColour(provider.colour))
        return Error::invalid(QStringLiteral("Colour must look like #3b6ea5."),
                              QStringLiteral("colour"));
    return {};
}

Status ClinicSetupService::tidy(Room &room)
{
    room.name = room.name.simplified();
    return checkName(room.name, QStringLiteral("A room"));
}

Status ClinicSetupService::tidy(AppointmentType &type)
{
    type.name = type.name.simplified();
    if (Status s = checkName(type.name, QStringLiteral("An appointment type")); !s)
        return s;
    if (type.defaultMinutes < 5 || type.defaultMinutes > 480)
        return Error::invalid(QStringLiteral("Length must be between 5 and 480 minutes."),
                              QStringLiteral("defaultMinutes"));
    if (type.colour.isEmpty())
        type.colour = QStringLiteral("#e3e3e3");
    if (!isColour(type.colour))
        return Error::invalid(QStringLiteral("Colour must look like #b8d4f0."),
                              QStringLiteral("colour"));
    return {};
}

Result<Provider> ClinicSetupService::addProvider(Provider provider)
{
    if (Status s = tidy(provider); !s)
        return s.error();
    return m_repository.addProvider(provider, context());
}

Result<Room> ClinicSetupService::addRoom(Room room)
{
    if (Status s = tidy(room); !s)
        return s.error();
    return m_repository.addRoom(room, context());
}

Result<AppointmentType> ClinicSetupService::addAppointmentType(AppointmentType type)
{
    if (Status s = tidy(type); !s)
        return s.error();
    return m_repository.addAppointmentType(type, context());
}

Status ClinicSetupService::updateProvider(Provider provider)
{
    if (Status s = tidy(provider); !s)
        return s;
    return m_repository.updateProvider(provider, context());
}

Status ClinicSetupService::updateRoom(Room room)
{
    if (Status s = tidy(room); !s)
        return s;
    return m_repository.updateRoom(room, context());
}

Status ClinicSetupService::updateAppointmentType(AppointmentType type)
{
    if (Status s = tidy(type); !s)
        return s;
    return m_repository.updateAppointmentType(type, context());
}

QString ClinicSetupService::setting(const QString &key, const QString &fallback) const
{
    auto value = m_repository.setting(key);
    return (value && value->has_value()) ? **value : fallback;
}

Status ClinicSetupService::setSetting(const QString &key, const QString &value)
{
    return m_repository.setSetting(key, value, context());
}

QString ClinicSetupService::clinicName() const
{
    return setting(SettingKey::clinicName, QStringLiteral("ClinicDesk"));
}

} // namespace ClinicDesk::Core
