#pragma once

#include <QList>
#include <QString>

namespace ClinicDesk::Core {

struct Provider {
    qint64 id = 0;
    QString name;        // "Vladimir Fiks"
    QString credentials; // "MD"
    QString colour;      // "#3b6ea5"
    bool active = true;

    // "Vladimir Fiks, MD"
    QString displayName() const
    {
        return credentials.isEmpty() ? name : name + QStringLiteral(", ") + credentials;
    }
    friend bool operator==(const Provider &, const Provider &) = default;
};

struct Room {
    qint64 id = 0;
    QString name;
    bool active = true;
    friend bool operator==(const Room &, const Room &) = default;
};

struct AppointmentType {
    qint64 id = 0;
    QString name;
    int defaultMinutes = 15;
    QString colour;
    bool isBotox = false;
    bool active = true;
    friend bool operator==(const AppointmentType &, const AppointmentType &) = default;
};

// Well-known keys of the clinic's settings table, with their defaults.
namespace SettingKey {
inline const QString clinicName = QStringLiteral("clinic.name");
inline const QString clinicPhone = QStringLiteral("clinic.phone");
inline const QString timeZone = QStringLiteral("clinic.timeZone");
inline const QString slotMinutes = QStringLiteral("schedule.slotMinutes");
} // namespace SettingKey

// The clinic's starting set-up, from the clinic rules (shared/domain.md): appointment types with
// their usual length and colour, and the settings every clinic has.
namespace DefaultSetup {
QList<AppointmentType> appointmentTypes();
QList<QPair<QString, QString>> settings();
} // namespace DefaultSetup

} // namespace ClinicDesk::Core
