// clinicdesk-cli as scripts use it: help and usage errors, creating and opening database files,
// the demo clinic, backups and checks. Patient commands are in tst_clipatients.cpp.
#include "clitestsupport.h"
#include "migrator.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ClinicDesk;
using namespace ClinicDesk::Test;

namespace {

constexpr int kApplicationId = 0x4344736b;

// A SQLite file written outside ClinicDesk, with the given application id and user version.
bool forgeDatabase(const QString &path, int applicationId, int userVersion)
{
    const QString name = QStringLiteral("forge");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("CREATE TABLE future_things (id INTEGER PRIMARY KEY)")) &&
                 q.exec(QStringLiteral("INSERT INTO future_things VALUES (1)")) &&
                 q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)) &&
                 q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion));
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A ClinicDesk database at schema version 1, as an older ClinicDesk left it.
bool forgeVersionOne(const QString &path)
{
    const QString script = QString::fromUtf8(
        fileBytes(QStringLiteral(CLINICDESK_SOURCE_DIR "/database/migrations/0001_initial.sql")));
    QStringList code;
    for (const QString &line : script.split(u'\n'))
        if (!line.trimmed().startsWith(QStringLiteral("--")))
            code << line;
    const QString name = QStringLiteral("forge-v1");
    bool ok = !script.isEmpty();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = ok && db.open();
        QSqlQuery q(db);
        for (const QString &statement : code.join(u'\n').split(u';', Qt::SkipEmptyParts))
            if (ok && !statement.trimmed().isEmpty())
                ok = q.exec(statement);
        ok = ok && q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)) &&
             q.exec(QStringLiteral("PRAGMA user_version = 1"));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

int userVersion(const QString &path)
{
    const QString name = QStringLiteral("peek");
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString latestVersion()
{
    return QString::number(Db::Migrator::latestVersion());
}

// Every patient of a database as `patient find` lists them, by several searches.
QString listing(const QString &database)
{
    QString all;
    for (const QString &text :
         {QStringLiteral("a"), QStringLiteral("m"), QStringLiteral("503"), QStringLiteral("971")}) {
        const CliRun run = runOn(database, {QStringLiteral("patient"), QStringLiteral("find"), text,
                                            QStringLiteral("--include-inactive"),
                                            QStringLiteral("--limit"), QStringLiteral("10000")});
        if (run.exitCode != 0)
            return QString();
        all += run.out;
    }
    return all;
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void shouldPrintHelpOnStdout_data();
    void shouldPrintHelpOnStdout();
    void shouldListEveryCommandAndExitCodeInHelp();
    void shouldPrintTheProjectVersion();
    void shouldRejectUsageErrorsWithHint_data();
    void shouldRejectUsageErrorsWithHint();

    void shouldCreateDatabaseOnInit();
    void shouldAcceptInitOnUpToDateDatabase();
    void shouldFindDatabaseThroughEnvironment();
    void shouldUpgradeOlderDatabaseAndSayWhereItsBackupIs();
    void shouldNotUpgradeDatabaseWhenCheckingIt();
    void shouldRefuseMissingDatabaseWithoutCreatingIt_data();
    void shouldRefuseMissingDatabaseWithoutCreatingIt();
    void shouldRefuseForeignFileAndLeaveItUntouched_data();
    void shouldRefuseForeignFileAndLeaveItUntouched();

    void shouldSeedTheSameClinicFromTheSameSeed();
    void shouldRefuseSeedingDatabaseThatHoldsPatients();
    void shouldRejectBadSeedOptionsBeforeCreatingAnything_data();
    void shouldRejectBadSeedOptionsBeforeCreatingAnything();
    void shouldLeaveNoFileWhenSeedingNewFileFails();

    void shouldBackUpToFileThatChecksOutWithSamePatients();
    void shouldRefuseBackupOverExistingFile();
    void shouldLeaveNoPartialBackupWhenDiskIsFull();
    void shouldPassCheckOnGoodDatabase();
    void shouldFailCheckOnDamagedDatabase();
};

void tst_Cli::shouldPrintHelpOnStdout_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");

    QTest::newRow("--help") << QStringList{"--help"} << "Usage: clinicdesk-cli [--db PATH] COMMAND";
    QTest::newRow("-h") << QStringList{"-h"} << "Usage: clinicdesk-cli [--db PATH] COMMAND";
    QTest::newRow("help") << QStringList{"help"} << "Usage: clinicdesk-cli [--db PATH] COMMAND";
    QTest::newRow("init --help") << QStringList{"init", "--help"}
                                 << "Usage: clinicdesk-cli [--db PATH] init";
    QTest::newRow("seed-demo --help") << QStringList{"seed-demo", "--help"}
                                      << "Usage: clinicdesk-cli [--db PATH] seed-demo [--patients";
    QTest::newRow("patient add --help") << QStringList{"patient", "add", "--help"}
                                        << "Usage: clinicdesk-cli [--db PATH] patient add --first";
    QTest::newRow("help patient find") << QStringList{"help", "patient", "find"}
                                       << "Usage: clinicdesk-cli [--db PATH] patient find TEXT";
    QTest::newRow("--help before command")
        << QStringList{"--help", "backup"} << "Usage: clinicdesk-cli [--db PATH] backup --out";
    QTest::newRow("patient show -h") << QStringList{"patient", "show", "-h"}
                                     << "Usage: clinicdesk-cli [--db PATH] patient show MRN";
    QTest::newRow("patient --help")
        << QStringList{"patient", "--help"} << "Usage: clinicdesk-cli [--db PATH] patient COMMAND";
    QTest::newRow("check --help") << QStringList{"check", "--help"}
                                  << "Usage: clinicdesk-cli [--db PATH] check";
}

void tst_Cli::shouldPrintHelpOnStdout()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);

    const CliRun run = runCli(arguments);

    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.startsWith(usage), run.describe());
    QVERIFY2(run.err.isEmpty(), run.describe());
}

void tst_Cli::shouldListEveryCommandAndExitCodeInHelp()
{
    const CliRun run = runCli({QStringLiteral("--help")});

    QCOMPARE(run.exitCode, 0);
    for (const char *command : {"init", "seed-demo", "patient add", "patient find", "patient show",
                                "backup", "check", "--db PATH", "--version"})
        QVERIFY2(run.out.contains(QLatin1String(command)), command);
    for (const char *code :
         {"0  done", "1  usage", "2  invalid", "3  booking", "4  refused", "5  database"})
        QVERIFY2(run.out.contains(QLatin1String(code)), code);
    for (const QString &line : run.out.split(u'\n'))
        QVERIFY2(line.size() <= 80, qPrintable(line));
}

void tst_Cli::shouldPrintTheProjectVersion()
{
    const QString cmake =
        QString::fromUtf8(fileBytes(QStringLiteral(CLINICDESK_SOURCE_DIR "/CMakeLists.txt")));
    const auto match =
        QRegularExpression(QStringLiteral("project\\(ClinicDesk VERSION ([0-9.]+)")).match(cmake);
    QVERIFY(match.hasMatch());

    const CliRun run = runCli({QStringLiteral("--version")});

    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("clinicdesk-cli %1\n").arg(match.captured(1)));
}

void tst_Cli::shouldRejectUsageErrorsWithHint_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("no command") << QStringList{} << "No command given.";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "\u201Cfrobnicate\u201D";
    QTest::newRow("unknown global option") << QStringList{"--colour", "init"} << "--colour";
    QTest::newRow("unknown option")
        << QStringList{"patient", "find", "lee", "--fuzzy"} << "--fuzzy";
    QTest::newRow("single-dash option") << QStringList{"check", "-x"} << "-x";
    QTest::newRow("missing value") << QStringList{"patient", "add", "--first"} << "--first";
    QTest::newRow("value swallowed by option")
        << QStringList{"patient", "add", "--first", "--last", "Lee"} << "--first needs a value";
    QTest::newRow("missing search text") << QStringList{"patient", "find"} << "TEXT";
    QTest::newRow("group without command") << QStringList{"patient"} << "add, find, show";
    QTest::newRow("unknown patient command")
        << QStringList{"patient", "delete", "1"} << "\u201Cpatient delete\u201D";
    QTest::newRow("extra argument")
        << QStringList{"patient", "show", "100001", "100002"} << "\u201C100002\u201D";
    QTest::newRow("backup without --out") << QStringList{"backup"} << "--out FILE";
    QTest::newRow("option given twice")
        << QStringList{"patient", "add", "--first", "Ann", "--first", "Bo"} << "--first";
    QTest::newRow("flag with value")
        << QStringList{"patient", "find", "lee", "--json=yes"} << "--json";
    QTest::newRow("--db twice") << QStringList{"patient", "find", "lee", "--db", "other.sqlite"}
                                << "--db";
}

void tst_Cli::shouldRejectUsageErrorsWithHint()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("clinic.sqlite"));

    const CliRun run = runOn(database, arguments);

    QVERIFY2(run.exitCode == 1, run.describe());
    QVERIFY2(run.err.contains(message), run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("clinicdesk-cli")), run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("--help")), run.describe());
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.out.isEmpty(), run.describe());
    QVERIFY(!QFileInfo::exists(database));
}

void tst_Cli::shouldCreateDatabaseOnInit()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("new folder/clinic.sqlite"));

    const CliRun run = runOn(database, {QStringLiteral("init")});

    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.out, latestVersion() + u'\n');
    QVERIFY2(
        run.err.contains(
            QStringLiteral("Database %1 is at schema version %2").arg(database, latestVersion())),
        run.describe());
    QVERIFY(QFileInfo(database).isFile());
    QCOMPARE(patientCount(database), 0);
}

void tst_Cli::shouldAcceptInitOnUpToDateDatabase()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("clinic.sqlite"));
    QCOMPARE(runOn(database, {QStringLiteral("init")}).exitCode, 0);
    const QStringList before = filesIn(dir.path());

    const CliRun again = runOn(database, {QStringLiteral("init")});

    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(again.out, latestVersion() + u'\n');
    QVERIFY2(!again.err.contains(QStringLiteral("Created")), again.describe());
    QCOMPARE(filesIn(dir.path()), before); // no upgrade backup beside it
}

void tst_Cli::shouldFindDatabaseThroughEnvironment()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("from-environment.sqlite"));
    QProcessEnvironment environment = cliEnvironment();
    environment.insert(QStringLiteral("CLINICDESK_DB"), database);

    const CliRun run = runCli({QStringLiteral("init")}, environment);

    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY(QFileInfo(database).isFile());
}

void tst_Cli::shouldUpgradeOlderDatabaseAndSayWhereItsBackupIs()
{
    if (Db::Migrator::latestVersion() < 2)
        QSKIP("This build knows only schema version 1; there is nothing to upgrade.");
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("clinic.sqlite"));
    QVERIFY(forgeVersionOne(database));

    const CliRun run = runOn(database, {"init"});

    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.out, latestVersion() + u'\n');
    QVERIFY2(run.err.contains(QStringLiteral("from schema version 1 to %1").arg(latestVersion())),
             run.describe());
    const auto saved = QRegularExpression(QStringLiteral("saved in (.+)\\.\n")).match(run.err);
    QVERIFY2(saved.hasMatch(), run.describe());
    const QString backup = saved.captured(1);
    QVERIFY2(QFileInfo(backup).isFile() && QFileInfo(backup).dir() == QDir(dir.path()),
             qPrintable(backup));
    const CliRun check = runOn(backup, {"check"});
    QVERIFY2(check.exitCode == 5 && check.err.contains(QStringLiteral("init")), check.describe());
}

void tst_Cli::shouldNotUpgradeDatabaseWhenCheckingIt()
{
    if (Db::Migrator::latestVersion() < 2)
        QSKIP("This build knows only schema version 1; there is nothing to upgrade.");
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("clinic.sqlite"));
    QVERIFY(forgeVersionOne(database));

    const CliRun check = runOn(database, {"check"});
    const CliRun backup =
        runOn(database, {"backup", "--out", dir.filePath(QStringLiteral("backup.sqlite"))});

    for (const CliRun &run : {check, backup}) {
        QVERIFY2(run.exitCode == 5, run.describe());
        QVERIFY2(run.err.contains(QStringLiteral("needs an upgrade")), run.describe());
    }
    // Still version 1, and no upgrade backup beside it. (Opening does switch the file to WAL.)
    QCOMPARE(filesIn(dir.path()), QStringList{"clinic.sqlite"});
    QCOMPARE(userVersion(database), 1);
}

void tst_Cli::shouldRefuseMissingDatabaseWithoutCreatingIt_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("patient find") << QStringList{"patient", "find", "lee"};
    QTest::newRow("patient show") << QStringList{"patient", "show", "100001"};
    QTest::newRow("patient add") << QStringList{"patient", "add", "--first", "Ann",
                                                "--last",  "Lee", "--dob",   "1975-03-14"};
    QTest::newRow("check") << QStringList{"check"};
    QTest::newRow("backup") << QStringList{"backup", "--out", "backup.sqlite"};
}

void tst_Cli::shouldRefuseMissingDatabaseWithoutCreatingIt()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("missing.sqlite"));
    arguments.replaceInStrings(QStringLiteral("backup.sqlite"),
                               dir.filePath(QStringLiteral("backup.sqlite")));

    const CliRun run = runOn(database, arguments);

    QVERIFY2(run.exitCode == 5, run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("There is no database at %1").arg(database)),
             run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    QCOMPARE(filesIn(dir.path()), QStringList());
}

void tst_Cli::shouldRefuseForeignFileAndLeaveItUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QStringList init{"init"};
    const QStringList find{"patient", "find", "lee"};
    QTest::newRow("text file, init") << "text" << init << "not a ClinicDesk database";
    QTest::newRow("text file, find") << "text" << find << "not a ClinicDesk database";
    QTest::newRow("newer ClinicDesk, init") << "newer" << init << "newer ClinicDesk";
    QTest::newRow("newer ClinicDesk, seed-demo")
        << "newer" << QStringList{"seed-demo", "--patients", "5"} << "newer ClinicDesk";
    QTest::newRow("newer ClinicDesk, check")
        << "newer" << QStringList{"check"} << "newer ClinicDesk";
    QTest::newRow("other program's database, init") << "other" << init << "another program";
}

void tst_Cli::shouldRefuseForeignFileAndLeaveItUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("precious.sqlite"));
    if (kind == u"text")
        QVERIFY(writeFile(path, "Patients to call back:\nAnn Lee 503-405-8718\n"));
    else if (kind == u"newer")
        QVERIFY(forgeDatabase(path, kApplicationId, 99));
    else
        QVERIFY(forgeDatabase(path, 0, 3));
    const QByteArray before = fileBytes(path);
    const QStringList filesBefore = filesIn(dir.path());

    const CliRun run = runOn(path, arguments);

    QVERIFY2(run.exitCode == 5, run.describe());
    QVERIFY2(run.err.contains(path), run.describe());
    QVERIFY2(run.err.contains(message), run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(filesIn(dir.path()), filesBefore);
}

void tst_Cli::shouldSeedTheSameClinicFromTheSameSeed()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    const QString other = dir.filePath(QStringLiteral("other-seed.sqlite"));
    const QStringList seed7{"seed-demo", "--patients", "300", "--seed", "7"};

    const CliRun a = runOn(first, seed7);
    const CliRun b = runOn(second, seed7);
    const CliRun c = runOn(other, {"seed-demo", "--patients", "300", "--seed", "8"});

    for (const CliRun &run : {a, b, c}) {
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(run.out, QStringLiteral("300\n"));
    }
    QCOMPARE(patientCount(first), 300);
    const QString listed = listing(first);
    QVERIFY(listed.count(u'\n') > 100);
    QCOMPARE(listing(second), listed);
    QVERIFY(listing(other) != listed);
}

void tst_Cli::shouldRefuseSeedingDatabaseThatHoldsPatients()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("clinic.sqlite"));
    QCOMPARE(runOn(database, {"seed-demo", "--patients", "20"}).exitCode, 0);

    const CliRun again = runOn(database, {"seed-demo", "--patients", "20"});

    QVERIFY2(again.exitCode == 2, again.describe());
    QVERIFY2(again.err.contains(QStringLiteral("already holds 20 patients")), again.describe());
    QVERIFY2(again.out.isEmpty(), again.describe());
    QCOMPARE(patientCount(database), 20);
}

void tst_Cli::shouldRejectBadSeedOptionsBeforeCreatingAnything_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("option");

    QTest::newRow("no patients") << QStringList{"--patients", "0"} << "--patients";
    QTest::newRow("too many patients") << QStringList{"--patients", "1000001"} << "--patients";
    QTest::newRow("patients not a number") << QStringList{"--patients", "lots"} << "--patients";
    QTest::newRow("negative patients") << QStringList{"--patients=-5"} << "--patients";
    QTest::newRow("no years") << QStringList{"--years", "0"} << "--years";
    QTest::newRow("negative seed") << QStringList{"--seed=-1"} << "--seed";
    QTest::newRow("seed too big") << QStringList{"--seed", "4294967296"} << "--seed";
}

void tst_Cli::shouldRejectBadSeedOptionsBeforeCreatingAnything()
{
    QFETCH(QStringList, options);
    QFETCH(QString, option);
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("clinic.sqlite"));

    const CliRun run = runOn(database, QStringList{"seed-demo"} + options);

    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.startsWith(option + QStringLiteral(": ")), run.describe());
    QVERIFY(!QFileInfo::exists(database));
}

void tst_Cli::shouldLeaveNoFileWhenSeedingNewFileFails()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("clinic.sqlite"));

    // The schema fits in 256 KB; 2,000 patients do not.
    const CliRun run = runOn(database, {"seed-demo"}, 256 * 1024);

    QVERIFY2(run.exitCode == 5, run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    QCOMPARE(filesIn(dir.path()), QStringList());
}

void tst_Cli::shouldBackUpToFileThatChecksOutWithSamePatients()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("clinic.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("clinic-backup.sqlite"));
    QCOMPARE(runOn(database, {"seed-demo", "--patients", "300", "--seed", "3"}).exitCode, 0);

    const CliRun run = runOn(database, {"backup", "--out", backup});

    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.out, backup + u'\n');
    QCOMPARE(filesIn(dir.path()), (QStringList{"clinic-backup.sqlite", "clinic.sqlite"}));
    const CliRun check = runOn(backup, {"check"});
    QVERIFY2(check.exitCode == 0, check.describe());
    QCOMPARE(check.out,
             QStringLiteral("OK: integrity and foreign keys check out (300 patients)\n"));
    QCOMPARE(listing(backup), listing(database));
}

void tst_Cli::shouldRefuseBackupOverExistingFile()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("clinic.sqlite"));
    const QString existing = dir.filePath(QStringLiteral("last-week.sqlite"));
    QCOMPARE(runOn(database, {"init"}).exitCode, 0);
    QVERIFY(writeFile(existing, "last week's backup"));

    const CliRun run = runOn(database, {"backup", "--out", existing});

    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.startsWith(QStringLiteral("--out: %1 already exists").arg(existing)),
             run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    QCOMPARE(fileBytes(existing), QByteArray("last week's backup"));
}

void tst_Cli::shouldLeaveNoPartialBackupWhenDiskIsFull()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("clinic.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    QCOMPARE(runOn(database, {"seed-demo"}).exitCode, 0);
    QVERIFY(QFileInfo(database).size() > 512 * 1024);
    const QStringList before = filesIn(dir.path());

    const CliRun run = runOn(database, {"backup", "--out", backup}, 256 * 1024);

    QVERIFY2(run.exitCode == 5, run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    QVERIFY2(run.err.contains(backup), run.describe());
    QCOMPARE(filesIn(dir.path()), before);
}

void tst_Cli::shouldPassCheckOnGoodDatabase()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("clinic.sqlite"));
    QCOMPARE(runOn(database, {"init"}).exitCode, 0);
    QCOMPARE(runOn(database,
                   {"patient", "add", "--first", "Ann", "--last", "Lee", "--dob", "1975-03-14"})
                 .exitCode,
             0);

    const CliRun run = runOn(database, {"check"});

    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.out, QStringLiteral("OK: integrity and foreign keys check out (1 patient)\n"));
}

void tst_Cli::shouldFailCheckOnDamagedDatabase()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("clinic.sqlite"));
    QCOMPARE(runOn(database, {"seed-demo", "--patients", "500"}).exitCode, 0);
    // Scribble over the middle of the file, past the header, as a failing disk would.
    QByteArray bytes = fileBytes(database);
    QVERIFY(bytes.size() > 64 * 1024);
    for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 8192; ++i)
        bytes[i] = char(0x5a);
    QVERIFY(writeFile(database, bytes));

    const CliRun run = runOn(database, {"check"});

    QVERIFY2(run.exitCode == 5, run.describe());
    QVERIFY2(!run.out.startsWith(QStringLiteral("OK")), run.describe());
    QVERIFY2(run.err.contains(database), run.describe());
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
