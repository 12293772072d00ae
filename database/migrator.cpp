#include "migrator.h"

#include "database.h"
#include "writetransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace ClinicDesk::Db {

using Core::Error;
using Core::Result;
using Core::Status;

namespace {

struct MigrationFile {
    int version;
    QString resource;
};

QList<MigrationFile> migrationFiles(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_\\w+\\.sql$"));
    QList<MigrationFile> files;
    const QDir dir(path);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = pattern.match(name);
        if (m.hasMatch())
            files.append({m.captured(1).toInt(), dir.filePath(name)});
    }
    return files;
}

// Splits a migration script into statements at semicolons outside quotes and comments.
QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    QChar quote;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script[i];
        if (!quote.isNull()) {
            current += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'-' && i + 1 < script.size() && script[i + 1] == u'-') {
            while (i < script.size() && script[i] != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            current += c;
            continue;
        }
        if (c == u';') {
            if (!current.trimmed().isEmpty())
                statements << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace

int latestSchemaVersion()
{
    const auto files = migrationFiles(Migrator::defaultMigrationsDir());
    return files.isEmpty() ? 0 : files.constLast().version;
}

Migrator::Migrator(Database &database, QString migrationsDir)
    : m_database(database)
    , m_dir(std::move(migrationsDir))
{
}

QString Migrator::defaultMigrationsDir()
{
    return QStringLiteral(":/clinicdesk/migrations");
}

int Migrator::latestVersion()
{
    return latestSchemaVersion();
}

Result<Migrator::Outcome> Migrator::migrate()
{
    const auto files = migrationFiles(m_dir);
    const int target = files.isEmpty() ? 0 : files.constLast().version;
    Outcome outcome;
    outcome.fromVersion = m_database.schemaVersion();
    outcome.toVersion = outcome.fromVersion;
    if (outcome.fromVersion < 0)
        return Error::storage(QStringLiteral("Cannot read the database version of %1.")
                                  .arg(QDir::toNativeSeparators(m_database.path())));
    if (outcome.fromVersion > target)
        return Error::storage(QStringLiteral("%1 was written by a newer ClinicDesk (database "
                                             "version %2). Install the newer ClinicDesk.")
                                  .arg(QDir::toNativeSeparators(m_database.path()))
                                  .arg(outcome.fromVersion));
    if (outcome.fromVersion == target)
        return outcome;

    if (outcome.fromVersion > 0) {
        const QFileInfo info(m_database.path());
        outcome.backupPath = info.absoluteDir().filePath(
            QStringLiteral("%1.v%2-backup-%3.sqlite")
                .arg(info.completeBaseName())
                .arg(outcome.fromVersion)
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
        if (Status s = m_database.backupTo(outcome.backupPath); !s)
            return Error::storage(QStringLiteral("Did not upgrade the database, because the "
                                                 "backup before the upgrade failed: %1")
                                      .arg(s.error().message));
    }

    for (const MigrationFile &file : files) {
        if (file.version <= outcome.toVersion)
            continue;
        if (Status s = apply(file.version, file.resource); !s) {
            Error error = s.error();
            if (!outcome.backupPath.isEmpty())
                error.message += QStringLiteral(" The database is unchanged; a copy taken before "
                                                "the upgrade is at %1.")
                                     .arg(QDir::toNativeSeparators(outcome.backupPath));
            return error;
        }
        outcome.toVersion = file.version;
    }
    return outcome;
}

Status Migrator::apply(int version, const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(QStringLiteral("Migration %1 is missing from this build.")
                                  .arg(version));
    const QString script = QString::fromUtf8(file.readAll());

    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    for (const QString &statement : statementsOf(script)) {
        if (!q.exec(statement))
            return storageError(QStringLiteral("Database upgrade to version %1 failed")
                                    .arg(version),
                                q.lastError());
    }
    // PRAGMA takes no bound values; both numbers are this build's own constants.
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))
        || !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)))
        return storageError(QStringLiteral("Database upgrade to version %1 failed").arg(version),
                            q.lastError());
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return storageError(QStringLiteral("Database upgrade check failed"), q.lastError());
    if (q.next())
        return Error::storage(QStringLiteral("Database upgrade to version %1 left rows pointing "
                                             "at missing records (%2); nothing was changed.")
                                  .arg(version)
                                  .arg(q.value(0).toString()));
    q.finish();
    return transaction.commit();
}

} // namespace ClinicDesk::Db
