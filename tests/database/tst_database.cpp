#include "database.h"
#include "migrator.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ClinicDesk;
using Db::Database;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

// The files SQLite leaves beside a database it has opened for writing.
QStringList sideFilesOf(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (QFile::exists(path + QLatin1String(suffix)))
            found << path + QLatin1String(suffix);
    return found;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString errorOf(const Core::Result<std::unique_ptr<Database>> &opened)
{
    return opened ? QString() : opened.error().message;
}

// A ClinicDesk database at the current schema, closed again.
bool makeClinicDatabase(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db)
        return false;
    Db::Migrator migrator(*db.value());
    return migrator.migrate().ok();
}

// Runs statements on a plain SQLite connection of our own (another program's view of a file).
bool runRaw(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate());
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : statements)
            ok = ok && q.exec(statement);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QVariant pragma(const Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

// Opening, checking and backing up a ClinicDesk database file. A file that is not ours, is
// damaged, read-only or newer must be refused and left exactly as it was.
class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void shouldRefuseMissingFileWhenExistingOnly();
    void shouldCreateMissingFileWhenAsked();
    void shouldCreateMissingFolderWhenAsked();
    void shouldOpenEmptyFileAsNewDatabase();
    void shouldRunEveryConnectionWithSafePragmas();
    void shouldRefuseFileAndLeaveItUntouched_data();
    void shouldRefuseFileAndLeaveItUntouched();
    void shouldOpenSameFileTwice();
    void shouldOpenFileWithAwkwardPath();
    void shouldReportSchemaVersion();
    void shouldBackUpConsistentCopy();
    void shouldRefuseToOverwriteWithBackup();
    void shouldRefuseBackupIntoMissingFolder();
    void shouldFindNoProblemsInGoodDatabase();
    void shouldReportRowsPointingAtMissingRecords();

private:
    QTemporaryDir m_dir;
    QString m_template; // a closed ClinicDesk database to copy
};

void tst_Database::initTestCase()
{
    Test::fixEnvironment();
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    QVERIFY(makeClinicDatabase(m_template));
    QVERIFY(sideFilesOf(m_template).isEmpty());
}

void tst_Database::shouldRefuseMissingFileWhenExistingOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));

    const auto opened = Database::open(path, Database::OpenMode::ExistingOnly);

    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, Core::Error::Kind::Storage);
    QVERIFY2(opened.error().message.contains(QDir::toNativeSeparators(path)),
             qPrintable(opened.error().message));
    QVERIFY(!QFile::exists(path));
    QVERIFY(sideFilesOf(path).isEmpty());
}

void tst_Database::shouldCreateMissingFileWhenAsked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));

    const auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);

    QVERIFY2(opened, qPrintable(errorOf(opened)));
    QVERIFY(QFile::exists(path));
    QCOMPARE(opened.value()->path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(opened.value()->schemaVersion(), 0);
}

void tst_Database::shouldCreateMissingFolderWhenAsked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic/data/new.sqlite"));

    const auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);

    QVERIFY2(opened, qPrintable(errorOf(opened)));
    QVERIFY(QFile::exists(path));
}

void tst_Database::shouldOpenEmptyFileAsNewDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QVERIFY(writeFile(path, {}));

    // A command that expects an existing database refuses an empty file and leaves it empty.
    const auto refused = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("is empty")),
             qPrintable(errorOf(refused)));
    QCOMPARE(QFileInfo(path).size(), 0);
    QCOMPARE(sideFilesOf(path), QStringList());

    // Creating one (init, the desktop app) takes it as a new database.
    const auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    QCOMPARE(opened.value()->schemaVersion(), 0);
}

void tst_Database::shouldRunEveryConnectionWithSafePragmas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.sqlite"));
    QVERIFY(QFile::copy(m_template, path));

    const auto opened = Database::open(path, Database::OpenMode::ExistingOnly);

    QVERIFY2(opened, qPrintable(errorOf(opened)));
    const Database &db = *opened.value();
    QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(db, QStringLiteral("synchronous")).toInt(), 2); // FULL
    QCOMPARE(pragma(db, QStringLiteral("busy_timeout")).toInt(), Database::kBusyTimeoutMs);
    QCOMPARE(Database::kBusyTimeoutMs, 5000);
}

void tst_Database::shouldRefuseFileAndLeaveItUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message"); // a part of the message the desk sees

    QTest::newRow("text file") << "text"
                               << "is not a ClinicDesk database, or it is damaged";
    QTest::newRow("random bytes") << "random"
                                  << "is not a ClinicDesk database, or it is damaged";
    QTest::newRow("another program's database") << "foreign"
                                                << "is a database of another program";
    QTest::newRow("from a newer ClinicDesk") << "newer"
                                             << "was written by a newer ClinicDesk";
    QTest::newRow("read-only file") << "readonly"
                                    << "is read-only";
    QTest::newRow("damaged after the first page") << "corrupt"
                                                  << "it is damaged";
}

void tst_Database::shouldRefuseFileAndLeaveItUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);

    // given
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.sqlite"));
    if (kind == u"text") {
        QVERIFY(writeFile(path, "Ann Lee, 03/14/1975, (503) 405-8718\n"));
    } else if (kind == u"random") {
        QByteArray bytes(8192, '\0');
        QRandomGenerator rng(11);
        for (char &c : bytes)
            c = char(rng.bounded(256));
        QVERIFY(writeFile(path, bytes));
    } else if (kind == u"foreign") {
        QVERIFY(runRaw(path, {"CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)",
                              "INSERT INTO recipes (title) VALUES ('Lentil soup')"}));
        QVERIFY(QFileInfo(path).size() > 0);
    } else if (kind == u"newer") {
        QVERIFY(QFile::copy(m_template, path));
        QVERIFY(runRaw(path, {"PRAGMA user_version = 99"}));
    } else if (kind == u"readonly") {
        QVERIFY(QFile::copy(m_template, path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                                | QFileDevice::ReadOther));
    } else if (kind == u"corrupt") {
        QVERIFY(QFile::copy(m_template, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY2(size > 4096, "the template should span several pages");
        QByteArray garbage(size - 4096, '\0');
        QRandomGenerator rng(12);
        for (char &c : garbage)
            c = char(rng.bounded(256));
        QVERIFY(file.seek(4096));
        QCOMPARE(file.write(garbage), garbage.size());
        file.close();
    }
    QVERIFY(sideFilesOf(path).isEmpty());
    const QByteArray before = hashOf(path);
    const auto permissionsBefore = QFileInfo(path).permissions();

    // when
    const auto opened = Database::open(path, Database::OpenMode::ExistingOnly);

    // then
    QVERIFY2(!opened, qPrintable(kind + QStringLiteral(" was opened")));
    QCOMPARE(opened.error().kind, Core::Error::Kind::Storage);
    const QString text = opened.error().message;
    QVERIFY2(text.contains(message), qPrintable(text));
    QVERIFY2(text.contains(QDir::toNativeSeparators(path)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("The file was not changed.")), qPrintable(text));
    QCOMPARE(hashOf(path), before);
    QCOMPARE(QFileInfo(path).permissions(), permissionsBefore);
    QCOMPARE(sideFilesOf(path), QStringList());
    if (kind == u"newer")
        QVERIFY2(text.contains(QStringLiteral("version 99")), qPrintable(text));

    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void tst_Database::shouldOpenSameFileTwice()
{
    // Two windows (or two workstations) on the same file each get their own connection.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.sqlite"));
    QVERIFY(QFile::copy(m_template, path));

    const auto first = Database::open(path, Database::OpenMode::ExistingOnly);
    const auto second = Database::open(path, Database::OpenMode::ExistingOnly);

    QVERIFY2(first, qPrintable(errorOf(first)));
    QVERIFY2(second, qPrintable(errorOf(second)));
    QVERIFY(first.value()->connectionName() != second.value()->connectionName());
    QCOMPARE(second.value()->schemaVersion(), Db::Migrator::latestVersion());
}

void tst_Database::shouldOpenFileWithAwkwardPath()
{
    // Office shares have spaces, hashes, percent signs and accents in their folder names.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QString::fromUtf16(u"Front Desk #1 (50% share)"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QString::fromUtf16(u"clinic ?ü.sqlite"));
    QVERIFY(QFile::copy(m_template, path));

    const auto opened = Database::open(path, Database::OpenMode::ExistingOnly);

    QVERIFY2(opened, qPrintable(errorOf(opened)));
    QCOMPARE(opened.value()->schemaVersion(), Db::Migrator::latestVersion());
}

void tst_Database::shouldReportSchemaVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.sqlite"));
    QVERIFY(QFile::copy(m_template, path));

    const auto opened = Database::open(path, Database::OpenMode::ExistingOnly);

    QVERIFY2(opened, qPrintable(errorOf(opened)));
    QCOMPARE(opened.value()->schemaVersion(), Db::Migrator::latestVersion());
    QVERIFY(Db::Migrator::latestVersion() >= 1);
}

void tst_Database::shouldBackUpConsistentCopy()
{
    // given a clinic with patients and an uncheckpointed write-ahead log
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    for (const char *last : {"Lee", "O'Brien", "Smith"})
        QVERIFY(clinic.add(QStringLiteral("Ann"), QString::fromUtf8(last)).id > 0);
    const QString target = QDir(clinic.dir()).filePath(QStringLiteral("backup.sqlite"));

    // when
    const Core::Status backedUp = clinic.database().backupTo(target);

    // then the copy opens on its own and holds the same rows
    QVERIFY2(backedUp.ok(), qPrintable(backedUp.ok() ? QString() : backedUp.error().message));
    QVERIFY(QFile::exists(target));
    const auto copy = Database::open(target, Database::OpenMode::ExistingOnly);
    QVERIFY2(copy, qPrintable(errorOf(copy)));
    QCOMPARE(copy.value()->schemaVersion(), clinic.database().schemaVersion());
    auto rows = [](const Database &db) {
        QStringList out;
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT mrn, first_name, last_name FROM patients ORDER BY id")))
            return QStringList{q.lastError().text()};
        while (q.next())
            out << q.value(0).toString() + u' ' + q.value(1).toString() + u' '
                       + q.value(2).toString();
        return out;
    };
    QCOMPARE(rows(*copy.value()).size(), 3);
    QCOMPARE(rows(*copy.value()), rows(clinic.database()));
    const auto problems = copy.value()->check();
    QVERIFY(problems);
    QCOMPARE(problems.value(), QStringList());
}

void tst_Database::shouldRefuseToOverwriteWithBackup()
{
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const QString target = QDir(clinic.dir()).filePath(QStringLiteral("yesterday.sqlite"));
    QVERIFY(writeFile(target, "yesterday's backup"));

    const Core::Status backedUp = clinic.database().backupTo(target);

    QVERIFY(!backedUp.ok());
    QVERIFY2(backedUp.error().message.contains(QStringLiteral("already exists")),
             qPrintable(backedUp.error().message));
    QVERIFY(backedUp.error().message.contains(QDir::toNativeSeparators(target)));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("yesterday's backup"));
}

void tst_Database::shouldRefuseBackupIntoMissingFolder()
{
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const QString target = QDir(clinic.dir()).filePath(QStringLiteral("no/such/folder/b.sqlite"));

    const Core::Status backedUp = clinic.database().backupTo(target);

    QVERIFY(!backedUp.ok());
    QVERIFY2(backedUp.error().message.contains(QStringLiteral("does not exist")),
             qPrintable(backedUp.error().message));
    QVERIFY(!QFile::exists(target));
}

void tst_Database::shouldFindNoProblemsInGoodDatabase()
{
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));

    const auto problems = clinic.database().check();

    QVERIFY2(problems, qPrintable(problems ? QString() : problems.error().message));
    QCOMPARE(problems.value(), QStringList());
}

void tst_Database::shouldReportRowsPointingAtMissingRecords()
{
    // given a row that points at nothing, written while the checks were switched off
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    QSqlQuery q(clinic.database().connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE visits (id INTEGER PRIMARY KEY, patient_id "
                                  "INTEGER REFERENCES patients (id))")));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO visits (patient_id) VALUES (77)")));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));

    // when
    const auto problems = clinic.database().check();

    // then
    QVERIFY(problems);
    QCOMPARE(problems.value(), QStringList{"visits row 1 refers to a missing patients row"});
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
