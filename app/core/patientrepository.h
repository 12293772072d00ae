#pragma once

#include "changecontext.h"
#include "patient.h"
#include "patientquery.h"
#include "result.h"

#include <QList>

#include <functional>

namespace ClinicDesk::Core {

// What telling one patient from another needs (name, date of birth, record number), read for
// every stored patient at once when a whole import is checked for duplicates.
struct PatientIdentity {
    qint64 id = 0;
    QString mrn;
    QString firstName;
    QString lastName;
    QDate dateOfBirth;
};

// Where patients are kept. Implementations store what they are given (validation is the
// service's job), assign record numbers, and write each change with its audit entry in one
// transaction. Searches read only as many rows as they return.
class PatientRepository
{
public:
    virtual ~PatientRepository() = default;

    // Stores a new patient; returns it with its id and record number.
    virtual Result<Patient> add(const Patient &patient, const ChangeContext &context) = 0;
    // Stores many new patients in one transaction: all or none. `progress(done)` may return
    // false to cancel, which rolls everything back.
    virtual Result<int> addMany(const QList<Patient> &patients, const ChangeContext &context,
                                const std::function<bool(int)> &progress = {}) = 0;
    virtual Status update(const Patient &patient, const ChangeContext &context) = 0;

    virtual Result<Patient> byId(qint64 id) = 0;
    virtual Result<Patient> byRecordNumber(const QString &mrn) = 0;
    virtual Result<QList<Patient>> search(const PatientQuery &query,
                                          const PatientSearchOptions &options) = 0;
    // Other patients with the same name and date of birth, or sharing a phone number.
    virtual Result<QList<Patient>> possibleDuplicates(const Patient &patient, int limit = 10) = 0;
    virtual Result<int> count() = 0;
    // Every stored patient's identity, in one read (a 50,000-row import checks against all).
    virtual Result<QList<PatientIdentity>> identities() = 0;
};

} // namespace ClinicDesk::Core
