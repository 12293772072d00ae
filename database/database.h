#pragma once

#include "maintenance.h"
#include "result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

namespace ClinicDesk::Db {

// One open ClinicDesk database file on its own named connection (one per thread). Opening checks
// the file before anything is written: a file that is not a ClinicDesk database, is damaged,
// read-only, or from a newer ClinicDesk is refused with a message naming it, and left untouched.
// Every connection runs with foreign keys on, WAL, synchronous=FULL and a busy timeout.
class Database final : public Core::Maintenance
{
public:
    enum class OpenMode {
        CreateIfMissing, // a missing file becomes a new, empty database
        ExistingOnly,    // a missing file is an error
    };

    // SQLite's application_id for ClinicDesk files ("CDsk").
    static constexpr int kApplicationId = 0x4344736b;
    static constexpr int kBusyTimeoutMs = 5000;

    static Core::Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode);
    // The schema version of an existing file, read without changing it in any way.
    static Core::Result<int> storedSchemaVersion(const QString &path);
    ~Database() override;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    QString databasePath() const override { return m_path; }
    const QString &connectionName() const { return m_connectionName; }

    // PRAGMA user_version: the schema this file has.
    int schemaVersion() const override;
    // Whether each commit on this connection waits until it is on disk (synchronous=FULL, the
    // default) or only checkpoints do (NORMAL). Filling a new file with many small changes (the
    // demo clinic) runs about seventy times faster without the wait; a crash meanwhile can lose
    // the last commits but never damages the file.
    Core::Status setCommitsWaitForDisk(bool wait);
    // A consistent copy of the live database (VACUUM INTO); refuses to overwrite a file.
    Core::Status backupTo(const QString &target) override;
    // Integrity and foreign-key checks; the lines SQLite reported, empty when all is well.
    Core::Result<QStringList> check() override;

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};

// Error text for a failed statement, naming what was being done.
Core::Error storageError(const QString &doing, const QSqlError &error);

} // namespace ClinicDesk::Db
