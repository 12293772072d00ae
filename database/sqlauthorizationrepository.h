#pragma once

#include "authorization.h"

#include <QSqlDatabase>

namespace ClinicDesk::Db {

class Database;

// Prior authorizations in SQLite. Visits and units used are counted from the treatments given
// within each authorization's dates, in the same query that reads it.
class SqlAuthorizationRepository final : public Core::AuthorizationRepository
{
public:
    explicit SqlAuthorizationRepository(Database &database);

    // Ending last first.
    Core::Result<QList<Core::Authorization>> forPatient(qint64 patientId) override;
    // By patient, then ending date.
    Core::Result<QList<Core::Authorization>> currentFor(const QList<qint64> &patientIds,
                                                        QDate from) override;
    // Of active patients, soonest ending first. One that ends by `until` is left out when a
    // later authorization for the same patient, covering as much, carries on from it (starts no
    // later than the day after it ends): the renewal is already on file.
    Core::Result<QList<Core::ExpiringAuthorization>> expiring(QDate today, QDate until,
                                                              int visitsLeft) override;
    Core::Result<Core::Authorization> add(const Core::Authorization &authorization,
                                          const Core::ChangeContext &context) override;
    Core::Status update(const Core::Authorization &authorization,
                        const Core::ChangeContext &context) override;
    Core::Status remove(qint64 id, const Core::ChangeContext &context) override;

private:
    Core::Result<QList<Core::Authorization>> select(const QString &where, const QVariantList &values,
                                                    const QString &orderBy);

    Database &m_database;
};

} // namespace ClinicDesk::Db
