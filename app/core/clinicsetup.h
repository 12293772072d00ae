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

// A payer (insurer) and the one payer-dependent number of the retreatment rule.
struct Payer {
    qint64 id = 0;
    QString name;        // "Aetna", "Medicare"
    int minimumDays = 0; // days before a payer pays for the next treatment; 0: the clinic default
    bool active = true;

    friend bool operator==(const Payer &, const Payer &) = default;
};

// Well-known keys of the clinic's settings table, with their defaults.
namespace SettingKey {
inline const QString clinicName = QStringLiteral("clinic.name");
inline const QString clinicPhone = QStringLiteral("clinic.phone");
inline const QString timeZone = QStringLiteral("clinic.timeZone");
inline const QString slotMinutes = QStringLiteral("schedule.slotMinutes");
// The retreatment rule (shared/domain.md): all in calendar days.
inline const QString defaultMinimumDays = QStringLiteral("retreatment.defaultMinimumDays");
inline const QString selfPayMinimumDays = QStringLiteral("retreatment.selfPayMinimumDays");
inline const QString selfPayName = QStringLiteral("retreatment.selfPayName");
inline const QString dueDays = QStringLiteral("retreatment.dueDays");
inline const QString graceDays = QStringLiteral("retreatment.graceDays");
inline const QString soonDays = QStringLiteral("retreatment.soonDays");
// Authorizations that expire or run out within this many days are listed.
inline const QString authorizationLeadDays = QStringLiteral("authorization.leadDays");
// Outcomes: a patient whose headache days fell by less than this % after this cycle is flagged.
inline const QString responseThresholdPercent = QStringLiteral("outcome.responseThresholdPercent");
inline const QString responseJudgedAfterCycle = QStringLiteral("outcome.judgedAfterCycle");
// What a new treatment record starts with.
inline const QString treatmentDiagnosis = QStringLiteral("treatment.diagnosisCode");
inline const QString treatmentProduct = QStringLiteral("treatment.product");
inline const QString treatmentNdc = QStringLiteral("treatment.ndc");
inline const QString treatmentVialUnits = QStringLiteral("treatment.vialUnits");
} // namespace SettingKey

// The clinic's starting set-up, from the clinic rules (shared/domain.md): appointment types with
// their usual length and colour, and the settings every clinic has.
namespace DefaultSetup {
QList<AppointmentType> appointmentTypes();
QList<QPair<QString, QString>> settings();
} // namespace DefaultSetup

} // namespace ClinicDesk::Core
