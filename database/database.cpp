#include "database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace ClinicDesk::Db {

using Core::Error;
using Core::Result;
using Core::Status;

namespace {

QAtomicInt connectionCounter;

QString nextConnectionName()
{
    return QStringLiteral("clinicdesk-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
}

bool hasWriteBit(const QFileInfo &info)
{
    // Permission bits, not access(2): root can write anything, but a file the user marked
    // read-only is meant to stay as it is. (QFileDevice::WriteUser is access(2) for root, so it
    // is no evidence of a write bit; it still counts for whether this user may write.)
    return (info.permissions()
            & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther))
           && info.isWritable();
}

QString untouched()
{
    return QStringLiteral(" The file was not changed.");
}

// What is in an existing file, read through a read-only connection that writes nothing.
struct Inspection {
    bool isSqlite = false;
    int applicationId = 0;
    int userVersion = 0;
    int tableCount = 0;
    QString problem;
};

Inspection inspect(const QString &path)
{
    Inspection result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = file.errorString();
        return result;
    }
    const QByteArray header = file.read(16);
    file.close();
    if (header.isEmpty()) {
        result.isSqlite = true; // an empty file is an empty database
        return result;
    }
    if (header != QByteArray("SQLite format 3\0", 16)) {
        result.problem = QStringLiteral("it is not a database file");
        return result;
    }
    result.isSqlite = true;

    const QString name = nextConnectionName() + QStringLiteral("-probe");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QString options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1")
                              .arg(Database::kBusyTimeoutMs);
        if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
            db.setDatabaseName(path);
        } else {
            // A read-only connection to a WAL-mode file still creates -wal and -shm beside it
            // and cannot remove them. With no -wal there is no log to read, so read the file as
            // immutable: nothing is created, the folder stays as it was.
            QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
            url.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(url.toString(QUrl::FullyEncoded));
            options += QStringLiteral(";QSQLITE_OPEN_URI");
        }
        db.setConnectOptions(options);
        if (!db.open()) {
            result.problem = db.lastError().text();
        } else {
            QSqlQuery q(db);
            auto scalar = [&](const QString &sql, int &out) {
                if (!q.exec(sql) || !q.next()) {
                    if (result.problem.isEmpty())
                        result.problem = q.lastError().text();
                    return false;
                }
                out = q.value(0).toInt();
                return true;
            };
            scalar(QStringLiteral("PRAGMA application_id"), result.applicationId)
                && scalar(QStringLiteral("PRAGMA user_version"), result.userVersion)
                && scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"),
                          result.tableCount);
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

int latestSchemaVersion(); // migrator.cpp

Error storageError(const QString &doing, const QSqlError &error)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (detail.contains(QStringLiteral("locked"), Qt::CaseInsensitive)
        || detail.contains(QStringLiteral("busy"), Qt::CaseInsensitive))
        return Error::storage(QStringLiteral("%1: another workstation is writing to the "
                                             "database. Try again in a moment.")
                                  .arg(doing));
    if (detail.contains(QStringLiteral("readonly"), Qt::CaseInsensitive)
        || detail.contains(QStringLiteral("read-only"), Qt::CaseInsensitive))
        return Error::storage(
            QStringLiteral("%1: the database is read-only. Check the file's permissions.")
                .arg(doing));
    return Error::storage(QStringLiteral("%1: %2").arg(doing, detail));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists()) {
        if (mode == OpenMode::ExistingOnly)
            return Error::storage(QStringLiteral("There is no database at %1. Create one with "
                                                 "\u2018clinicdesk-cli --db %1 init\u2019, or "
                                                 "check the path.")
                                      .arg(shown));
        const QFileInfo dir(info.absolutePath());
        if (!dir.exists() && !QDir().mkpath(info.absolutePath()))
            return Error::storage(
                QStringLiteral("Cannot create the folder %1 for the database.")
                    .arg(QDir::toNativeSeparators(info.absolutePath())));
        if (!QFileInfo(info.absolutePath()).isWritable())
            return Error::storage(
                QStringLiteral("Cannot create %1: the folder is not writable.").arg(shown));
    } else {
        if (!info.isFile())
            return Error::storage(QStringLiteral("%1 is not a file.").arg(shown));
        if (info.size() == 0 && mode == OpenMode::ExistingOnly)
            return Error::storage(QStringLiteral("%1 is empty, not yet a ClinicDesk database. "
                                                 "Create one with \u2018clinicdesk-cli --db %1 "
                                                 "init\u2019.")
                                      .arg(shown)
                                  + untouched());
        const Inspection found = inspect(path);
        if (!found.isSqlite || !found.problem.isEmpty()) {
            const QString why = found.problem.isEmpty()
                                    ? QStringLiteral("it is not a database file")
                                    : found.problem;
            return Error::storage(
                QStringLiteral("%1 is not a ClinicDesk database, or it is damaged (%2). Open "
                               "another file, or restore this one from a backup.")
                    .arg(shown, why)
                + untouched());
        }
        if (found.tableCount > 0 && found.applicationId != kApplicationId)
            return Error::storage(
                QStringLiteral("%1 is a database of another program, not of ClinicDesk. Open a "
                               "ClinicDesk database instead.")
                    .arg(shown)
                + untouched());
        if (found.userVersion > latestSchemaVersion())
            return Error::storage(
                QStringLiteral("%1 was written by a newer ClinicDesk (database version %2; this "
                               "version knows up to %3). Install the newer ClinicDesk to open "
                               "it.")
                    .arg(shown, QString::number(found.userVersion),
                         QString::number(latestSchemaVersion()))
                + untouched());
        if (!hasWriteBit(info) || !QFileInfo(info.absolutePath()).isWritable())
            return Error::storage(
                QStringLiteral("%1 is read-only, and ClinicDesk needs to write to it. Check the "
                               "file's permissions, or copy it to a folder you can write to.")
                    .arg(shown)
                + untouched());
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open())
        return storageError(QStringLiteral("Cannot open %1").arg(shown), db.lastError());

    QSqlQuery q(db);
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        // 32 MiB of page cache (the default is 2 MiB): a board or search over a large clinic
        // reads from memory instead of the file on every repeat.
        QStringLiteral("PRAGMA cache_size = -32768"),
    };
    for (const QString &pragma : pragmas)
        if (!q.exec(pragma))
            return storageError(QStringLiteral("Cannot prepare %1").arg(shown), q.lastError());
    return database;
}

Result<int> Database::storedSchemaVersion(const QString &path)
{
    const Inspection found = inspect(path);
    if (!found.isSqlite || !found.problem.isEmpty())
        return Error::storage(QStringLiteral("%1 is not a ClinicDesk database, or it is damaged.")
                                  .arg(QDir::toNativeSeparators(path)));
    return found.userVersion;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::setCommitsWaitForDisk(bool wait)
{
    QSqlQuery q(connection());
    if (!q.exec(wait ? QStringLiteral("PRAGMA synchronous = FULL")
                     : QStringLiteral("PRAGMA synchronous = NORMAL")))
        return storageError(QStringLiteral("Cannot change how %1 saves")
                                .arg(QDir::toNativeSeparators(m_path)),
                            q.lastError());
    return {};
}

namespace {

// Runs `work` on a connection of its own to the same file, opened and closed on the calling
// thread, so that long maintenance (a backup, an integrity check) can run on a worker thread
// while the window keeps its own connection.
template<typename Work>
auto withOwnConnection(const QString &path, Work work) -> decltype(work(QSqlDatabase()))
{
    const QString name = nextConnectionName() + QStringLiteral("-maintenance");
    decltype(work(QSqlDatabase())) result = Error::storage(QStringLiteral("Not run"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(Database::kBusyTimeoutMs));
        if (!db.open()) {
            result = storageError(QStringLiteral("Cannot open %1").arg(QDir::toNativeSeparators(path)),
                                  db.lastError());
        } else {
            result = work(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Status Database::backupTo(const QString &target)
{
    const QFileInfo info(target);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists())
        return Error::invalid(
            QStringLiteral("%1 already exists; choose a new file name for the backup.").arg(shown),
            QStringLiteral("out"));
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error::invalid(QStringLiteral("The folder %1 does not exist.")
                                  .arg(QDir::toNativeSeparators(info.absolutePath())),
                              QStringLiteral("out"));
    // Written under a temporary name and renamed when complete, so a failed backup (a full
    // disk) never leaves a half-written file that looks like a backup.
    const QString partial = info.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    const Status written = withOwnConnection(m_path, [&](QSqlDatabase db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("VACUUM INTO :target"));
        q.bindValue(QStringLiteral(":target"), partial);
        if (!q.exec())
            return storageError(QStringLiteral("Cannot write the backup %1").arg(shown),
                                q.lastError());
        return {};
    });
    if (!written) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        return written;
    }
    if (!QFile::rename(partial, info.absoluteFilePath())) {
        QFile::remove(partial);
        return Error::storage(QStringLiteral("Cannot write the backup %1.").arg(shown));
    }
    return {};
}

Result<QStringList> Database::check()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    return withOwnConnection(m_path, [&shown](QSqlDatabase db) -> Result<QStringList> {
        QStringList problems;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return storageError(QStringLiteral("Cannot check %1").arg(shown), q.lastError());
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != u"ok")
                problems << line;
        }
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            // A damaged file may not get this far; what the integrity check found still counts.
            if (!problems.isEmpty())
                return problems << QStringLiteral("The foreign-key check could not run: %1")
                                       .arg(q.lastError().databaseText());
            return storageError(QStringLiteral("Cannot check %1").arg(shown), q.lastError());
        }
        while (q.next())
            problems << QStringLiteral("%1 row %2 refers to a missing %3 row")
                            .arg(q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString());
        return problems;
    });
}

} // namespace ClinicDesk::Db
