#include "treatmentservice.h"

#include "clinicsetupservice.h"

namespace ClinicDesk::Core {

TreatmentService::TreatmentService(TreatmentRepository &treatments,
                                   AppointmentRepository &appointments,
                                   ClinicSetupRepository &setup, PatientRepository &patients,
                                   const Clock &clock, QString user)
    : m_treatments(treatments)
    , m_appointments(appointments)
    , m_setup(setup)
    , m_patients(patients)
    , m_clock(clock)
    , m_user(std::move(user))
{}

TreatmentDefaults TreatmentService::defaults() const
{
    TreatmentDefaults d;
    auto text = [this](const QString &key, QString &target) {
        auto value = m_setup.setting(key);
        if (value && value->has_value() && !(*value)->trimmed().isEmpty())
            target = (*value)->trimmed();
    };
    text(SettingKey::treatmentDiagnosis, d.diagnosisCode);
    text(SettingKey::treatmentProduct, d.product);
    text(SettingKey::treatmentNdc, d.ndc);
    QString vial;
    text(SettingKey::treatmentVialUnits, vial);
    if (vial == QLatin1String("100") || vial == QLatin1String("200"))
        d.vialUnits = vial.toInt();
    return d;
}

Treatment TreatmentService::draftFor(qint64 patientId) const
{
    const TreatmentDefaults d = defaults();
    Treatment t;
    t.patientId = patientId;
    t.date = m_clock.today();
    t.diagnosisCode = d.diagnosisCode;
    t.product = d.product;
    t.ndc = d.ndc;
    t.vialUnits = d.vialUnits;
    t.vialCount = 1;
    t.unitsGiven = Preempt::kStandardUnits;
    t.unitsDiscarded = qMax(0, t.vialUnitsOpened() - t.unitsGiven);
    t.areas = Preempt::standardAreas();
    return t;
}

Result<Treatment> TreatmentService::draftForAppointment(qint64 appointmentId)
{
    auto entry = m_appointments.byId(appointmentId);
    if (!entry)
        return entry.error();
    if (!entry->isBotox)
        return Error::invalid(
            QStringLiteral("%1 is not a Botox treatment visit.").arg(entry->typeName));
    auto existing = m_treatments.byAppointment(appointmentId);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return existing->value();
    Treatment t = draftFor(entry->appointment.patientId);
    t.appointmentId = appointmentId;
    t.date = entry->slot().date;
    t.providerId = entry->appointment.providerId;
    return t;
}

TreatmentValidator::Outcome TreatmentService::check(const Treatment &treatment) const
{
    return TreatmentValidator::check(treatment, m_clock.today());
}

Status TreatmentService::checkReferences(const Treatment &treatment)
{
    if (treatment.patientId == 0)
        return Error::invalid(QStringLiteral("Choose the patient."), QStringLiteral("patientId"));
    if (auto patient = m_patients.byId(treatment.patientId); !patient)
        return patient.error();
    if (treatment.appointmentId != 0) {
        auto entry = m_appointments.byId(treatment.appointmentId);
        if (!entry)
            return entry.error();
        if (entry->appointment.patientId != treatment.patientId)
            return Error::invalid(QStringLiteral("That appointment is %1's, not this patient's.")
                                      .arg(entry->patientName));
        if (!entry->isBotox)
            return Error::invalid(
                QStringLiteral("%1 is not a Botox treatment visit.").arg(entry->typeName));
        if (!holdsTime(entry->appointment.status))
            return Error::invalid(QStringLiteral("That appointment was %1; a treatment can't be "
                                                 "recorded for it.")
                                      .arg(statusLabel(entry->appointment.status).toLower()));
    }
    return {};
}

Result<Treatment> TreatmentService::record(const Treatment &treatment)
{
    const auto outcome = check(treatment);
    if (!outcome.ok())
        return Error::invalid(outcome.errors.constFirst().message,
                              outcome.errors.constFirst().field);
    Treatment t = outcome.treatment;
    t.id = 0;
    if (Status s = checkReferences(t); !s)
        return s.error();
    t.recordedBy = m_user;
    t.recordedAt = m_clock.now();
    return m_treatments.add(t, context());
}

Status TreatmentService::update(const Treatment &treatment)
{
    const auto outcome = check(treatment);
    if (!outcome.ok())
        return Error::invalid(outcome.errors.constFirst().message,
                              outcome.errors.constFirst().field);
    if (Status s = checkReferences(outcome.treatment); !s)
        return s;
    return m_treatments.update(outcome.treatment, context());
}

Status TreatmentService::remove(qint64 id)
{
    return m_treatments.remove(id, context());
}

Result<int> TreatmentService::recordMany(const QList<Treatment> &treatments,
                                         const std::function<bool(int)> &progress)
{
    QList<Treatment> checked;
    checked.reserve(treatments.size());
    const QDateTime now = m_clock.now();
    for (qsizetype i = 0; i < treatments.size(); ++i) {
        const auto outcome = check(treatments[i]);
        if (!outcome.ok())
            return Error::invalid(QStringLiteral("Treatment %1: %2")
                                      .arg(i + 1)
                                      .arg(outcome.errors.constFirst().message),
                                  outcome.errors.constFirst().field);
        Treatment t = outcome.treatment;
        t.id = 0;
        t.recordedBy = m_user;
        t.recordedAt = now;
        checked.append(t);
    }
    return m_treatments.addMany(checked, context(), progress);
}

Result<QList<Treatment>> TreatmentService::forPatient(qint64 patientId) const
{
    return m_treatments.forPatient(patientId);
}

Result<QList<TreatmentCycle>> TreatmentService::cyclesFor(qint64 patientId) const
{
    auto treatments = m_treatments.forPatient(patientId);
    if (!treatments)
        return treatments.error();
    return cyclesOf(treatments.value());
}

Result<std::optional<Treatment>> TreatmentService::forAppointment(qint64 appointmentId) const
{
    return m_treatments.byAppointment(appointmentId);
}

Result<std::optional<DrugSupply>> TreatmentService::drugSupply(qint64 appointmentId) const
{
    return m_treatments.drugSupply(appointmentId);
}

Status TreatmentService::setDrugSupply(const DrugSupply &input)
{
    DrugSupply supply = input;
    supply.pharmacy = supply.pharmacy.simplified();
    const QDate today = m_clock.today();
    if (supply.pharmacy.size() > 80)
        return Error::invalid(QStringLiteral("Pharmacy name is longer than 80 characters."),
                              QStringLiteral("pharmacy"));
    const QList<QPair<QDate, QString>> dates = {{supply.orderedOn, QStringLiteral("orderedOn")},
                                                {supply.shippedOn, QStringLiteral("shippedOn")},
                                                {supply.receivedOn, QStringLiteral("receivedOn")}};
    for (const auto &[date, field] : dates)
        if (date.isValid() && date > today)
            return Error::invalid(QStringLiteral("That date is after today."), field);
    if (supply.orderedOn.isValid() && supply.shippedOn.isValid() &&
        supply.shippedOn < supply.orderedOn)
        return Error::invalid(QStringLiteral("Shipped can't be before ordered."),
                              QStringLiteral("shippedOn"));
    if (supply.shippedOn.isValid() && supply.receivedOn.isValid() &&
        supply.receivedOn < supply.shippedOn)
        return Error::invalid(QStringLiteral("Received can't be before shipped."),
                              QStringLiteral("receivedOn"));
    if (supply.source == DrugSource::ClinicStock) {
        supply.pharmacy.clear();
        supply.orderedOn = supply.shippedOn = supply.receivedOn = QDate();
    }
    auto entry = m_appointments.byId(supply.appointmentId);
    if (!entry)
        return entry.error();
    if (!entry->isBotox)
        return Error::invalid(QStringLiteral("Only Botox treatment visits need the drug."));
    return m_treatments.setDrugSupply(supply, context());
}

} // namespace ClinicDesk::Core
