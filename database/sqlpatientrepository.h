#pragma once

#include "patientrepository.h"

#include <QSqlDatabase>

namespace ClinicDesk::Db {

class Database;

// Patients in SQLite. Names are stored with folded search keys and phones with reversed digits,
// so every kind of search is an indexed range look-up that reads no more rows than it returns.
class SqlPatientRepository final : public Core::PatientRepository
{
public:
    explicit SqlPatientRepository(Database &database);

    Core::Result<Core::Patient> add(const Core::Patient &patient,
                                    const Core::ChangeContext &context) override;
    Core::Result<int> addMany(const QList<Core::Patient> &patients,
                              const Core::ChangeContext &context,
                              const std::function<bool(int)> &progress) override;
    Core::Status update(const Core::Patient &patient, const Core::ChangeContext &context) override;

    Core::Result<Core::Patient> byId(qint64 id) override;
    Core::Result<Core::Patient> byRecordNumber(const QString &mrn) override;
    Core::Result<QList<Core::Patient>> search(const Core::PatientQuery &query,
                                              const Core::PatientSearchOptions &options) override;
    Core::Result<QList<Core::Patient>> possibleDuplicates(const Core::Patient &patient,
                                                          int limit) override;
    Core::Result<int> count() override;
    Core::Result<QList<Core::PatientIdentity>> identities() override;

private:
    // Inserts inside the caller's transaction; `lastStored` receives the last row as stored.
    Core::Result<int> insertBatch(const QList<Core::Patient> &patients,
                                  const std::function<bool(int)> &progress,
                                  Core::Patient *lastStored);
    Core::Result<QList<Core::Patient>> select(const QString &where, const QString &orderBy,
                                              const QVariantMap &values, int limit);

    Database &m_database;
};

} // namespace ClinicDesk::Db
