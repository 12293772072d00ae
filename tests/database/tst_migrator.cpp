#include "database.h"
#include "migrator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace ClinicDesk;
using Db::Database;
using Db::Migrator;

namespace {

const QString kTestMigrations = QStringLiteral(":/test/migrations-v2");

std::unique_ptr<Database> openDatabase(const QString &path)
{
    auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!opened) {
        qWarning() << opened.error().message;
        return nullptr;
    }
    return std::move(opened.value());
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A migrations folder holding only the first step of the test schema.
QString versionOneDir(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("migrations-v1"));
    QDir().mkpath(path);
    QFile::copy(kTestMigrations + QStringLiteral("/0001_initial.sql"),
                path + QStringLiteral("/0001_initial.sql"));
    QFile::setPermissions(path + QStringLiteral("/0001_initial.sql"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

QStringList thingNames(const Database &db)
{
    QStringList names;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT name FROM things ORDER BY id")))
        return {QStringLiteral("error: ") + q.lastError().text()};
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QStringList columnsOf(const Database &db, const QString &table)
{
    QStringList columns;
    const QSqlRecord record = db.connection().record(table);
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

int applicationId(const Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA application_id")) && q.next() ? q.value(0).toInt() : -1;
}

bool insertThing(const Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO things (name) VALUES (:name)"));
    q.bindValue(QStringLiteral(":name"), name);
    return q.exec();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

} // namespace

// Numbered migrations: each in its own transaction with its version bump, a backup before an
// existing database is upgraded, and a refusal of databases from a newer ClinicDesk.
class tst_Migrator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void shouldBringNewDatabaseToLatestVersion();
    void shouldDoNothingWhenUpToDate();
    void shouldUpgradeWithBackupAndKeepData();
    void shouldRollBackFailingMigration();
    void shouldRollBackRowsOfFailingMigration();
    void shouldRefuseDatabaseFromNewerVersion();
    void shouldSplitStatementsOnlyOutsideQuotesAndComments();
};

void tst_Migrator::initTestCase()
{
    Test::fixEnvironment();
    QVERIFY2(QFile::exists(kTestMigrations + QStringLiteral("/0001_initial.sql")),
             "the test migrations are compiled in");
    QVERIFY(QFile::exists(kTestMigrations + QStringLiteral("/0002_more.sql")));
}

void tst_Migrator::shouldBringNewDatabaseToLatestVersion()
{
    // given
    QTemporaryDir dir;
    auto db = openDatabase(dir.filePath(QStringLiteral("clinic.sqlite")));
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), 0);

    // when
    const auto outcome = Migrator(*db).migrate();

    // then
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QCOMPARE(outcome->fromVersion, 0);
    QCOMPARE(outcome->toVersion, Migrator::latestVersion());
    QVERIFY(Migrator::latestVersion() >= 1);
    QCOMPARE(outcome->backupPath, QString()); // nothing to back up in a new file
    QCOMPARE(db->schemaVersion(), Migrator::latestVersion());
    QCOMPARE(applicationId(*db), Database::kApplicationId);
    const QStringList tables = db->connection().tables();
    for (const char *table : {"patients", "audit_log", "sequences", "clinic_settings", "providers",
                              "rooms", "appointment_types"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    QCOMPARE(filesIn(dir.path()).filter(QStringLiteral("backup")), QStringList());
}

void tst_Migrator::shouldDoNothingWhenUpToDate()
{
    // given
    QTemporaryDir dir;
    auto db = openDatabase(dir.filePath(QStringLiteral("clinic.sqlite")));
    QVERIFY(db);
    QVERIFY(Migrator(*db).migrate());
    const QStringList filesBefore = filesIn(dir.path());

    // when
    const auto outcome = Migrator(*db).migrate();

    // then
    QVERIFY(outcome);
    QCOMPARE(outcome->fromVersion, Migrator::latestVersion());
    QCOMPARE(outcome->toVersion, Migrator::latestVersion());
    QCOMPARE(outcome->backupPath, QString());
    QCOMPARE(filesIn(dir.path()), filesBefore);
}

void tst_Migrator::shouldUpgradeWithBackupAndKeepData()
{
    // given a database at version 1 of the test schema, with a row of ours
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.sqlite"));
    auto db = openDatabase(path);
    QVERIFY(db);
    const auto atOne = Migrator(*db, versionOneDir(dir)).migrate();
    QVERIFY2(atOne, qPrintable(atOne ? QString() : atOne.error().message));
    QCOMPARE(atOne->toVersion, 1);
    QVERIFY(insertThing(*db, QStringLiteral("Ann's row")));
    const QStringList rowsAtOne = {QStringLiteral("kept; across the upgrade"),
                                   QStringLiteral("Ann's row")};
    QCOMPARE(thingNames(*db), rowsAtOne);

    // when
    const auto outcome = Migrator(*db, kTestMigrations).migrate();

    // then the database is at version 2 with its data and the new column
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QCOMPARE(outcome->fromVersion, 1);
    QCOMPARE(outcome->toVersion, 2);
    QCOMPARE(db->schemaVersion(), 2);
    QCOMPARE(thingNames(*db), rowsAtOne);
    QCOMPARE(columnsOf(*db, QStringLiteral("things")), (QStringList{"id", "name", "colour"}));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT colour FROM things")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("blue"));

    // and a version-1 backup lies beside it
    QVERIFY(!outcome->backupPath.isEmpty());
    const QFileInfo backup(outcome->backupPath);
    QVERIFY2(backup.exists(), qPrintable(outcome->backupPath));
    QCOMPARE(backup.absolutePath(), QFileInfo(path).absolutePath());
    QVERIFY2(backup.fileName().startsWith(QStringLiteral("clinic.v1-backup-")),
             qPrintable(backup.fileName()));
    auto old = Database::open(outcome->backupPath, Database::OpenMode::ExistingOnly);
    QVERIFY2(old, qPrintable(old ? QString() : old.error().message));
    QCOMPARE(old.value()->schemaVersion(), 1);
    QCOMPARE(thingNames(*old.value()), rowsAtOne);
    QCOMPARE(columnsOf(*old.value(), QStringLiteral("things")), (QStringList{"id", "name"}));
}

void tst_Migrator::shouldRollBackFailingMigration()
{
    // given a database at version 1 and a version 2 that breaks half-way
    QTemporaryDir dir;
    auto db = openDatabase(dir.filePath(QStringLiteral("clinic.sqlite")));
    QVERIFY(db);
    const QString migrations = versionOneDir(dir);
    QVERIFY(Migrator(*db, migrations).migrate());
    QVERIFY(insertThing(*db, QStringLiteral("Ann's row")));
    QVERIFY(writeFile(migrations + QStringLiteral("/0002_broken.sql"),
                      "ALTER TABLE things ADD COLUMN size INTEGER;\n"
                      "UPDATE things SET name = 'overwritten';\n"
                      "INSERT INTO no_such_table VALUES (1);\n"));

    // when
    const auto outcome = Migrator(*db, migrations).migrate();

    // then nothing of version 2 remains
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().kind, Core::Error::Kind::Storage);
    QVERIFY2(outcome.error().message.contains(QStringLiteral("version 2")),
             qPrintable(outcome.error().message));
    QCOMPARE(db->schemaVersion(), 1);
    QCOMPARE(columnsOf(*db, QStringLiteral("things")), (QStringList{"id", "name"}));
    QCOMPARE(thingNames(*db), (QStringList{"kept; across the upgrade", "Ann's row"}));
    // and the connection is usable again (no transaction left open)
    QVERIFY(insertThing(*db, QStringLiteral("after the failure")));
    QCOMPARE(thingNames(*db).size(), 3);
}

void tst_Migrator::shouldRollBackRowsOfFailingMigration()
{
    // given a fresh database and a first migration whose last statement fails
    QTemporaryDir dir;
    auto db = openDatabase(dir.filePath(QStringLiteral("clinic.sqlite")));
    QVERIFY(db);
    const QString migrations = dir.filePath(QStringLiteral("broken"));
    QVERIFY(QDir().mkpath(migrations));
    QVERIFY(writeFile(migrations + QStringLiteral("/0001_initial.sql"),
                      "CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
                      "INSERT INTO things (name) VALUES ('half');\n"
                      "INSERT INTO things (name) VALUES (NULL);\n"));

    // when
    const auto outcome = Migrator(*db, migrations).migrate();

    // then
    QVERIFY(!outcome);
    QCOMPARE(db->schemaVersion(), 0);
    QVERIFY(!db->connection().tables().contains(QStringLiteral("things")));
}

void tst_Migrator::shouldRefuseDatabaseFromNewerVersion()
{
    // given a database at version 2 of the test schema, opened by a build that knows only 1
    QTemporaryDir dir;
    auto db = openDatabase(dir.filePath(QStringLiteral("clinic.sqlite")));
    QVERIFY(db);
    QVERIFY(Migrator(*db, kTestMigrations).migrate());
    const QStringList filesBefore = filesIn(dir.path());

    // when
    const auto outcome = Migrator(*db, versionOneDir(dir)).migrate();

    // then
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().kind, Core::Error::Kind::Storage);
    QVERIFY2(outcome.error().message.contains(QStringLiteral("newer ClinicDesk")),
             qPrintable(outcome.error().message));
    QCOMPARE(db->schemaVersion(), 2);
    QCOMPARE(columnsOf(*db, QStringLiteral("things")), (QStringList{"id", "name", "colour"}));
    QCOMPARE(filesIn(dir.path()), filesBefore);
}

void tst_Migrator::shouldSplitStatementsOnlyOutsideQuotesAndComments()
{
    // given a migration with semicolons and dashes inside strings and comments
    QTemporaryDir dir;
    auto db = openDatabase(dir.filePath(QStringLiteral("clinic.sqlite")));
    QVERIFY(db);
    const QString migrations = dir.filePath(QStringLiteral("tricky"));
    QVERIFY(QDir().mkpath(migrations));
    QVERIFY(writeFile(migrations + QStringLiteral("/0001_tricky.sql"),
                      "-- a comment; with a semicolon and an apostrophe: don't split here\n"
                      "CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
                      "INSERT INTO things (name) VALUES ('it''s; -- not a comment');\n"
                      "CREATE TABLE \"odd; name\" (x TEXT) -- a trailing comment\n"
                      ";\n"
                      "INSERT INTO things (name) VALUES ('last, without a semicolon')"));

    // when
    const auto outcome = Migrator(*db, migrations).migrate();

    // then
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QCOMPARE(thingNames(*db), (QStringList{"it's; -- not a comment", "last, without a semicolon"}));
    QVERIFY(db->connection().tables().contains(QStringLiteral("odd; name")));
}

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_migrator.moc"
