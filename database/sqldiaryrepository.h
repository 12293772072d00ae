#pragma once

#include "diaryrepository.h"

namespace ClinicDesk::Db {

class Database;

// Headache diaries in SQLite, one row per patient and month (months stored as yyyy-MM). A save is
// an upsert on (patient, month); marking a baseline unmarks the patient's other months in the
// same transaction, so a patient never has two.
class SqlDiaryRepository final : public Core::DiaryRepository
{
public:
    explicit SqlDiaryRepository(Database &database);

    Core::Result<QList<Core::DiaryEntry>> forPatient(qint64 patientId) override;
    Core::Status save(const Core::DiaryEntry &entry, const Core::ChangeContext &context) override;
    Core::Status remove(qint64 patientId, QDate month, const Core::ChangeContext &context) override;
    Core::Status setBaseline(qint64 patientId, QDate month,
                             const Core::ChangeContext &context) override;

private:
    Database &m_database;
};

} // namespace ClinicDesk::Db
