#pragma once

#include "clock.h"
#include "patientrepository.h"
#include "patientvalidator.h"

namespace ClinicDesk::Core {

// The one way patient records change: validates with the clinic's rules, stamps who and when,
// and hands the change to the repository, which writes it with its audit entry.
class PatientService
{
public:
    PatientService(PatientRepository &repository, const Clock &clock, QString user);

    const Clock &clock() const { return m_clock; }
    const QString &user() const { return m_user; }

    PatientValidator::Outcome validate(const Patient &draft) const;
    Result<QList<Patient>> possibleDuplicates(const Patient &draft) const;

    // On invalid input the error names the first field at fault; nothing is written.
    Result<Patient> create(const Patient &draft);
    Result<Patient> update(const Patient &edited);
    Result<Patient> setActive(qint64 patientId, bool active);
    // Validates every record first; stores all of them or none.
    Result<int> createMany(const QList<Patient> &drafts,
                           const std::function<bool(int)> &progress = {});

    Result<Patient> byId(qint64 id) const;
    Result<Patient> byRecordNumber(const QString &mrn) const;
    Result<QList<Patient>> search(const QString &text,
                                  const PatientSearchOptions &options = {}) const;
    Result<int> count() const;
    // Name, date of birth and record number of every patient on file (import duplicate checks).
    Result<QList<PatientIdentity>> identities() const;

private:
    ChangeContext context() const;
    static Error firstError(const PatientValidator::Outcome &outcome);

    PatientRepository &m_repository;
    const Clock &m_clock;
    QString m_user;
};

} // namespace ClinicDesk::Core
