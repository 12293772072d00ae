#include "clinicsetupservice.h"

#include "treatmentvalidator.h"

#include <QRegularExpression>

#include <algorithm>

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

// A whole-number setting the clinic's rules read, with its range and the words for a refusal.
struct NumberSetting {
    QString key;
    QString field;
    int min;
    int max;
    QString message;
};

const QList<NumberSetting> &numberSettings()
{
    static const QList<NumberSetting> settings{
        {SettingKey::defaultMinimumDays, QStringLiteral("defaultMinimumDays"), 1, 365,
         QStringLiteral("The default minimum must be 1 to 365 days.")},
        {SettingKey::selfPayMinimumDays, QStringLiteral("selfPayMinimumDays"), 1, 365,
         QStringLiteral("The self-pay minimum must be 1 to 365 days.")},
        {SettingKey::dueDays, QStringLiteral("dueDays"), 1, 365,
         QStringLiteral("Due must be 1 to 365 days after a treatment.")},
        {SettingKey::graceDays, QStringLiteral("graceDays"), 0, 365,
         QStringLiteral("Grace must be 0 to 365 days.")},
        {SettingKey::soonDays, QStringLiteral("soonDays"), 0, 365,
         QStringLiteral("\u201COpens soon\u201D must be 0 to 365 days.")},
        {SettingKey::authorizationLeadDays, QStringLiteral("authorizationLeadDays"), 0, 365,
         QStringLiteral("The authorization lead time must be 0 to 365 days.")},
        {SettingKey::responseThresholdPercent, QStringLiteral("responseThresholdPercent"), 1, 99,
         QStringLiteral("The response threshold must be 1% to 99%.")},
        {SettingKey::responseJudgedAfterCycle, QStringLiteral("responseJudgedAfterCycle"), 1, 10,
         QStringLiteral("The response is judged after cycle 1 to 10.")},
    };
    return settings;
}

// What a new treatment record starts with: the setting, its field in SettingKey, the field of
// TreatmentValidator that checks it, and what to say when it is left empty.
struct TreatmentDefault {
    QString key;
    QString field;
    QString treatmentField;
    QString whenEmpty;
};

const QList<TreatmentDefault> &treatmentDefaults()
{
    static const QList<TreatmentDefault> defaults{
        {SettingKey::treatmentDiagnosis, QStringLiteral("treatmentDiagnosis"),
         QStringLiteral("diagnosisCode"),
         QStringLiteral("Enter the diagnosis code new treatments start with, e.g. G43.709.")},
        {SettingKey::treatmentProduct, QStringLiteral("treatmentProduct"),
         QStringLiteral("product"), QStringLiteral("Name the product new treatments start with.")},
        {SettingKey::treatmentNdc, QStringLiteral("treatmentNdc"), QStringLiteral("ndc"),
         QStringLiteral("Enter the NDC new treatments start with, e.g. 0023-3921-02.")},
        {SettingKey::treatmentVialUnits, QStringLiteral("treatmentVialUnits"),
         QStringLiteral("vialUnits"), QStringLiteral("Vials hold 100 U or 200 U.")},
    };
    return defaults;
}

// Checks a default of new treatment records with the very check a treatment record gets, so that
// a default can never be refused when the treatment is saved; tidies `value` as that check does.
Status checkTreatmentDefault(const TreatmentDefault &setting, QString &value, QDate today)
{
    value = value.simplified();
    if (value.isEmpty())
        return Error::invalid(setting.whenEmpty, setting.field);
    Treatment draft;
    if (setting.key == SettingKey::treatmentDiagnosis) {
        draft.diagnosisCode = value;
    } else if (setting.key == SettingKey::treatmentProduct) {
        draft.product = value;
    } else if (setting.key == SettingKey::treatmentNdc) {
        draft.ndc = value;
    } else {
        bool ok = false;
        draft.vialUnits = value.toInt(&ok);
        if (!ok)
            draft.vialUnits = 0;
    }
    const TreatmentValidator::Outcome outcome = TreatmentValidator::check(draft, today);
    if (const QString message = outcome.messageFor(setting.treatmentField); !message.isEmpty())
        return Error::invalid(message, setting.field);
    if (setting.key == SettingKey::treatmentDiagnosis)
        value = outcome.treatment.diagnosisCode;
    else if (setting.key == SettingKey::treatmentVialUnits)
        value = QString::number(draft.vialUnits);
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

Status ClinicSetupService::tidy(Payer &payer)
{
    payer.name = payer.name.simplified();
    if (Status s = checkName(payer.name, QStringLiteral("A payer")); !s)
        return s;
    if (payer.minimumDays < 0 || payer.minimumDays > 365)
        return Error::invalid(QStringLiteral("Minimum days between treatments must be between 1 "
                                             "and 365, or empty for the clinic default."),
                              QStringLiteral("minimumDays"));
    return {};
}

Result<Payer> ClinicSetupService::addPayer(Payer payer)
{
    if (Status s = tidy(payer); !s)
        return s.error();
    return m_repository.addPayer(payer, context());
}

Status ClinicSetupService::updatePayer(Payer payer)
{
    if (Status s = tidy(payer); !s)
        return s;
    return m_repository.updatePayer(payer, context());
}

Status ClinicSetupService::ensurePayers(const QStringList &names)
{
    auto stored = m_repository.payers();
    if (!stored)
        return stored.error();
    QList<Payer> existing = std::move(stored).value();
    for (const QString &name : names) {
        const bool known = std::any_of(existing.cbegin(), existing.cend(), [&](const Payer &p) {
            return p.name.compare(name.simplified(), Qt::CaseInsensitive) == 0;
        });
        if (known)
            continue;
        auto added = addPayer(Payer{0, name, 0, true});
        if (!added)
            return added.error();
        existing.append(added.value());
    }
    return {};
}

RetreatmentSettings ClinicSetupService::retreatmentSettingsFrom(ClinicSetupRepository &repository)
{
    auto number = [&](const QString &key, int fallback, int min, int max) {
        auto value = repository.setting(key);
        if (!value || !value->has_value())
            return fallback;
        bool ok = false;
        const int n = (*value)->trimmed().toInt(&ok);
        return ok && n >= min && n <= max ? n : fallback;
    };
    RetreatmentSettings settings;
    settings.defaultMinimumDays = number(SettingKey::defaultMinimumDays, 84, 1, 365);
    settings.selfPayMinimumDays = number(SettingKey::selfPayMinimumDays, 70, 1, 365);
    settings.dueDays = number(SettingKey::dueDays, 84, 1, 365);
    settings.graceDays = number(SettingKey::graceDays, 14, 0, 365);
    settings.soonDays = number(SettingKey::soonDays, 14, 0, 365);
    if (auto name = repository.setting(SettingKey::selfPayName);
        name && name->has_value() && !(*name)->trimmed().isEmpty())
        settings.selfPayName = (*name)->trimmed();
    if (auto payers = repository.payers()) {
        for (const Payer &payer : payers.value())
            if (payer.minimumDays > 0)
                settings.payerMinimumDays.insert(payer.name, payer.minimumDays);
    }
    return settings;
}

Status ClinicSetupService::setRetreatmentSettings(const RetreatmentSettings &settings)
{
    return setSettings({
        {SettingKey::defaultMinimumDays, QString::number(settings.defaultMinimumDays)},
        {SettingKey::selfPayMinimumDays, QString::number(settings.selfPayMinimumDays)},
        {SettingKey::dueDays, QString::number(settings.dueDays)},
        {SettingKey::graceDays, QString::number(settings.graceDays)},
        {SettingKey::soonDays, QString::number(settings.soonDays)},
        {SettingKey::selfPayName, settings.selfPayName},
    });
}

Status ClinicSetupService::setSettings(const QList<QPair<QString, QString>> &values)
{
    // Every value is checked before the one write, so that a refusal stores nothing.
    QList<QPair<QString, QString>> tidied;
    tidied.reserve(values.size());
    for (auto [key, value] : values) {
        const auto number =
            std::find_if(numberSettings().cbegin(), numberSettings().cend(),
                         [&key](const NumberSetting &setting) { return setting.key == key; });
        const auto treatment =
            std::find_if(treatmentDefaults().cbegin(), treatmentDefaults().cend(),
                         [&key](const TreatmentDefault &setting) { return setting.key == key; });
        if (number != numberSettings().cend()) {
            bool ok = false;
            const int n = value.trimmed().toInt(&ok);
            if (!ok || n < number->min || n > number->max)
                return Error::invalid(number->message, number->field);
            value = QString::number(n);
        } else if (treatment != treatmentDefaults().cend()) {
            if (Status s = checkTreatmentDefault(*treatment, value, m_clock.today()); !s)
                return s;
        } else if (key == SettingKey::selfPayName) {
            value = value.simplified();
            if (value.isEmpty())
                return Error::invalid(QStringLiteral("Name the self-pay payer."),
                                      QStringLiteral("selfPayName"));
            if (Status s = checkName(value, QStringLiteral("The self-pay payer")); !s)
                return Error::invalid(s.error().message, QStringLiteral("selfPayName"));
        }
        tidied.append({key, value});
    }
    return m_repository.setSettings(tidied, context());
}

int ClinicSetupService::intSetting(const QString &key, int fallback, int min, int max) const
{
    bool ok = false;
    const int n = setting(key).trimmed().toInt(&ok);
    return ok && n >= min && n <= max ? n : fallback;
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
