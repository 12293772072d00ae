#pragma once

#include "waitlist.h"

namespace ClinicDesk::Db {

class Database;

// The waitlist in SQLite: weekdays as a string of digits ("135"), times as "HH:mm", a NULL type
// or provider for "any". Reads join the patient, type and provider for their names. Closing sets
// closed_at; the reason is kept in the audit entry written in the same transaction.
class SqlWaitlistRepository final : public Core::WaitlistRepository
{
public:
    explicit SqlWaitlistRepository(Database &database);

    Core::Result<QList<Core::WaitlistEntry>> open() override;
    Core::Result<QList<Core::WaitlistEntry>> forPatient(qint64 patientId) override;
    Core::Result<Core::WaitlistEntry> byId(qint64 id) override;
    Core::Result<Core::WaitlistEntry> add(const Core::WaitlistEntry &entry,
                                          const Core::ChangeContext &context) override;
    Core::Status update(const Core::WaitlistEntry &entry,
                        const Core::ChangeContext &context) override;
    Core::Status close(qint64 id, const QString &reason,
                       const Core::ChangeContext &context) override;

private:
    Core::Result<QList<Core::WaitlistEntry>> select(const QString &where, const QVariantMap &values,
                                                    const QString &orderBy);

    Database &m_database;
};

} // namespace ClinicDesk::Db
