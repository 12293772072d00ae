#pragma once

#include "result.h"

#include <QString>

namespace ClinicDesk::Db {

class Database;

// Brings a database to the schema this build knows, one numbered migration at a time
// (database/migrations/NNNN_name.sql, embedded as resources). Each migration runs in its own
// transaction together with its version bump; an existing database is first backed up beside
// itself with VACUUM INTO, so an upgrade can always be undone by hand.
class Migrator
{
public:
    struct Outcome {
        int fromVersion = 0;
        int toVersion = 0;
        QString backupPath; // empty when no backup was needed (new database, or up to date)
    };

    // `migrationsDir` is where the NNNN_name.sql files are; tests point it at their own set.
    explicit Migrator(Database &database, QString migrationsDir = defaultMigrationsDir());

    static QString defaultMigrationsDir();
    // The newest schema this build knows.
    static int latestVersion();
    Core::Result<Outcome> migrate();

private:
    Core::Status apply(int version, const QString &resource);

    Database &m_database;
    QString m_dir;
};

} // namespace ClinicDesk::Db
