#pragma once

#include "result.h"

#include <QStringList>

namespace ClinicDesk::Core {

// Care of the database file itself: consistent backups of the live file and integrity checks.
// The office manager runs these from the app or from scheduled command-line jobs. backupTo and
// check use a connection of their own, so they may run on a worker thread.
class Maintenance
{
public:
    virtual ~Maintenance() = default;

    // The file in use.
    virtual QString databasePath() const = 0;
    virtual int schemaVersion() const = 0;
    // A consistent copy of the live database, safe while others keep working; never overwrites.
    virtual Status backupTo(const QString &target) = 0;
    // Integrity and foreign-key checks: the problems found, empty when all is well.
    virtual Result<QStringList> check() = 0;
};

} // namespace ClinicDesk::Core
