#include "patientservice.h"

namespace ClinicDesk::Core {

PatientService::PatientService(PatientRepository &repository, const Clock &clock, QString user)
    : m_repository(repository)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

ChangeContext PatientService::context() const
{
    return {m_user, m_clock.now()};
}

Error PatientService::firstError(const PatientValidator::Outcome &outcome)
{
    const FieldError &first = outcome.errors.constFirst();
    return Error::invalid(first.message, first.field);
}

PatientValidator::Outcome PatientService::validate(const Patient &draft) const
{
    return PatientValidator::normalize(draft, m_clock.today());
}

Result<QList<Patient>> PatientService::possibleDuplicates(const Patient &draft) const
{
    return m_repository.possibleDuplicates(validate(draft).patient);
}

Result<Patient> PatientService::create(const Patient &draft)
{
    const auto outcome = validate(draft);
    if (!outcome.ok())
        return firstError(outcome);
    Patient patient = outcome.patient;
    patient.id = 0;
    patient.mrn.clear();
    patient.createdAt = patient.updatedAt = m_clock.now();
    return m_repository.add(patient, context());
}

Result<Patient> PatientService::update(const Patient &edited)
{
    if (edited.id <= 0)
        return Error::invalid(QStringLiteral("This patient has not been saved yet."));
    const auto outcome = validate(edited);
    if (!outcome.ok())
        return firstError(outcome);
    auto stored = m_repository.byId(edited.id);
    if (!stored)
        return stored.error();
    Patient patient = outcome.patient;
    patient.mrn = stored->mrn;
    patient.createdAt = stored->createdAt;
    patient.updatedAt = m_clock.now();
    if (Status s = m_repository.update(patient, context()); !s)
        return s.error();
    return patient;
}

Result<Patient> PatientService::setActive(qint64 patientId, bool active)
{
    auto stored = m_repository.byId(patientId);
    if (!stored)
        return stored.error();
    Patient patient = stored.value();
    if (patient.active == active)
        return patient;
    patient.active = active;
    patient.updatedAt = m_clock.now();
    if (Status s = m_repository.update(patient, context()); !s)
        return s.error();
    return patient;
}

Result<int> PatientService::createMany(const QList<Patient> &drafts,
                                       const std::function<bool(int)> &progress)
{
    QList<Patient> patients;
    patients.reserve(drafts.size());
    const QDateTime now = m_clock.now();
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        const auto outcome = validate(drafts[i]);
        if (!outcome.ok()) {
            const FieldError &e = outcome.errors.constFirst();
            return Error::invalid(QStringLiteral("Patient %1: %2").arg(i + 1).arg(e.message),
                                  e.field);
        }
        Patient p = outcome.patient;
        p.id = 0;
        p.mrn.clear();
        if (!p.createdAt.isValid())
            p.createdAt = now;
        p.updatedAt = now;
        patients.append(std::move(p));
    }
    return m_repository.addMany(patients, context(), progress);
}

Result<Patient> PatientService::byId(qint64 id) const
{
    return m_repository.byId(id);
}

Result<Patient> PatientService::byRecordNumber(const QString &mrn) const
{
    return m_repository.byRecordNumber(mrn.trimmed().toUpper());
}

Result<QList<Patient>> PatientService::search(const QString &text,
                                              const PatientSearchOptions &options) const
{
    const PatientQuery query = PatientQuery::parse(text, m_clock.today());
    if (query.kind == PatientQuery::Kind::Empty)
        return QList<Patient>{};
    return m_repository.search(query, options);
}

Result<int> PatientService::count() const
{
    return m_repository.count();
}

Result<QList<PatientIdentity>> PatientService::identities() const
{
    return m_repository.identities();
}

} // namespace ClinicDesk::Core
