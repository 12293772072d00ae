#include "clinicsetup.h"

namespace ClinicDesk::Core::DefaultSetup {

QList<AppointmentType> appointmentTypes()
{
    // Colours are a calm palette with dark text contrast >= 4.5:1; each type also has a name
    // shown on the block, so colour never carries meaning alone.
    return {
        {0, QStringLiteral("Botox treatment"), 15, QStringLiteral("#b8d4f0"), true, true},
        {0, QStringLiteral("New-patient consult"), 45, QStringLiteral("#d9c8ef"), false, true},
        {0, QStringLiteral("Follow-up"), 20, QStringLiteral("#c6e6c3"), false, true},
        {0, QStringLiteral("Cervical injection"), 30, QStringLiteral("#f6d8b0"), false, true},
        {0, QStringLiteral("Nerve block"), 30, QStringLiteral("#f3c4c4"), false, true},
        {0, QStringLiteral("Phone call"), 10, QStringLiteral("#e3e3e3"), false, true},
    };
}

QList<QPair<QString, QString>> settings()
{
    return {
        {SettingKey::clinicName, QStringLiteral("Advanced Pain Management Center")},
        {SettingKey::clinicPhone, QStringLiteral("5034058718")},
        {SettingKey::timeZone, QStringLiteral("America/Los_Angeles")},
        {SettingKey::slotMinutes, QStringLiteral("15")},
        {SettingKey::defaultMinimumDays, QStringLiteral("84")},
        {SettingKey::selfPayMinimumDays, QStringLiteral("70")},
        {SettingKey::selfPayName, QStringLiteral("Self-pay")},
        {SettingKey::dueDays, QStringLiteral("84")},
        {SettingKey::graceDays, QStringLiteral("14")},
        {SettingKey::soonDays, QStringLiteral("14")},
        {SettingKey::authorizationLeadDays, QStringLiteral("28")},
        {SettingKey::responseThresholdPercent, QStringLiteral("30")},
        {SettingKey::responseJudgedAfterCycle, QStringLiteral("2")},
        {SettingKey::treatmentDiagnosis, QStringLiteral("G43.709")},
        {SettingKey::treatmentProduct, QStringLiteral("Botox (onabotulinumtoxinA)")},
        {SettingKey::treatmentNdc, QStringLiteral("0023-3921-02")},
        {SettingKey::treatmentVialUnits, QStringLiteral("200")},
    };
}

} // namespace ClinicDesk::Core::DefaultSetup
