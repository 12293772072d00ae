// clinicdesk-cli import-patients as a clinic moving from another system uses it: awkward but valid
// files go in whole, invalid rows stop the import (exit 2) unless skipped, each rejected line is
// named on stderr, --dry-run writes nothing, and files that are not UTF-8 CSV are refused clearly.
#include "clitestsupport.h"
#include "patientcsv.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ClinicDesk::Test;

namespace {

class Clinic
{
public:
    Clinic()
        : m_path(m_dir.filePath(QStringLiteral("clinic.sqlite")))
        , m_init(runOn(m_path, {QStringLiteral("init")}))
    {}

    bool isValid() const { return m_init.exitCode == 0; }
    QByteArray problem() const { return m_init.describe(); }
    const QString &path() const { return m_path; }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile f(file(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write the test file");
        return f.fileName();
    }
    CliRun import(const QString &csvFile, const QStringList &more = {}) const
    {
        return runOn(m_path, QStringList{QStringLiteral("import-patients"), csvFile} + more);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    CliRun m_init;
};

// BOM, CRLF, quoted commas and a line break inside a note, US and ISO dates, headers in
// another system's spelling.
const QByteArray kAwkward("\xEF\xBB\xBF"
                          "FIRST_NAME,Last Name,D.O.B.,Cell Phone,E-mail,Notes\r\n"
                          "Ann,Lee,03/14/1975,(503) 405-8718,ann@example.com,\"Botox q12w, "
                          "prefers mornings\"\r\n"
                          "Zo\xC3\xAB,N\xC3\xBA\xC3\xB1"
                          "ez,1980-02-29,,,\"two\r\nlines\"\r\n"
                          "Bob,O'Brien,7/4/1960,503.555.0199,,\r\n");

const QByteArray kTwoBad("First,Last,DOB\r\n"
                         "Ann,Lee,03/14/1975\r\n"
                         "Bob,Jones,13/45/1975\r\n"
                         "Cara,Smith,1/1/1980\r\n"
                         ",Brown,1/1/1980\r\n");

// What Excel's "Unicode text" writes: UTF-16, little-endian, with a byte-order mark.
QByteArray utf16(const QString &text)
{
    QByteArray bytes("\xFF\xFE");
    for (const QChar c : text)
        bytes.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    return bytes;
}

} // namespace

class tst_CliImportPatients : public QObject
{
    Q_OBJECT

private slots:
    void shouldImportAnAwkwardButValidFile();
    void shouldImportNothingWhileRowsAreInvalid();
    void shouldImportTheRestWithSkipInvalid();
    void shouldWriteNothingOnADryRun();
    void shouldSkipPatientsAlreadyOnFile();
    void shouldSaveRejectedRowsWhenAsked();
    void shouldRefuseFilesItCannotRead_data();
    void shouldRefuseFilesItCannotRead();
    void shouldBeListedInTheHelp();
};

void tst_CliImportPatients::shouldImportAnAwkwardButValidFile()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun run = clinic.import(clinic.write(QStringLiteral("p.csv"), kAwkward));

    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.out,
             QStringLiteral("Imported 3 patients; 0 rows rejected; 0 duplicates skipped\n"));
    QCOMPARE(patientCount(clinic.path()), 3);
    const CliRun found = runOn(clinic.path(), {"patient", "find", "nunez"});
    QVERIFY2(found.out.contains(QStringLiteral("N\u00FA\u00F1ez, Zo\u00EB  02/29/1980")),
             found.describe());
}

void tst_CliImportPatients::shouldImportNothingWhileRowsAreInvalid()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun run = clinic.import(clinic.write(QStringLiteral("p.csv"), kTwoBad));

    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("line 3: date of birth: '13/45/1975' is not a date "
                                             "(use MM/DD/YYYY or YYYY-MM-DD)\n")),
             run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("line 5: first name: First name is required.\n")),
             run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("Nothing was imported: 2 rows are invalid.")),
             run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("--skip-invalid")), run.describe());
    QCOMPARE(patientCount(clinic.path()), 0);
}

void tst_CliImportPatients::shouldImportTheRestWithSkipInvalid()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun run = clinic.import(clinic.write(QStringLiteral("p.csv"), kTwoBad),
                                     {QStringLiteral("--skip-invalid")});

    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.out,
             QStringLiteral("Imported 2 patients; 2 rows rejected; 0 duplicates skipped\n"));
    QVERIFY2(run.err.contains(QStringLiteral("line 3: date of birth:")), run.describe());
    QCOMPARE(patientCount(clinic.path()), 2);
}

void tst_CliImportPatients::shouldWriteNothingOnADryRun()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const QString file = clinic.write(QStringLiteral("p.csv"), kTwoBad);

    const CliRun blocked = clinic.import(file, {QStringLiteral("--dry-run")});
    const CliRun run =
        clinic.import(file, {QStringLiteral("--dry-run"), QStringLiteral("--skip-invalid")});

    QCOMPARE(blocked.exitCode, 2);
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.out, QStringLiteral("Would import 2 patients; 2 rows rejected; 0 duplicates "
                                     "skipped (dry run: nothing was written)\n"));
    QCOMPARE(patientCount(clinic.path()), 0);
}

void tst_CliImportPatients::shouldSkipPatientsAlreadyOnFile()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const CliRun added = runOn(clinic.path(), {"patient", "add", "--first", "Ann", "--last", "Lee",
                                               "--dob", "1975-03-14"});
    QVERIFY2(added.exitCode == 0, added.describe());
    const QString mrn = added.out.trimmed();
    const QString file = clinic.write(QStringLiteral("p.csv"), kAwkward);

    const CliRun run = clinic.import(file);
    const CliRun again = clinic.import(file, {QStringLiteral("--import-duplicates")});

    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.out,
             QStringLiteral("Imported 2 patients; 0 rows rejected; 1 duplicate skipped\n"));
    QVERIFY2(run.err.contains(QStringLiteral("line 2: duplicate: already on file as MRN %1 (Lee, "
                                             "Ann) (same name and date of birth) (skipped)")
                                  .arg(mrn)),
             run.describe());
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(
        again.out,
        QStringLiteral("Imported 3 patients; 0 rows rejected; 3 duplicates imported anyway\n"));
    QCOMPARE(patientCount(clinic.path()), 6);
}

void tst_CliImportPatients::shouldSaveRejectedRowsWhenAsked()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const QString rejects = clinic.file(QStringLiteral("rejects.csv"));

    const CliRun run = clinic.import(clinic.write(QStringLiteral("p.csv"), kTwoBad),
                                     {QStringLiteral("--rejects"), rejects});

    QCOMPARE(run.exitCode, 2);
    const QString saved = QString::fromUtf8(fileBytes(rejects));
    const QStringList lines = saved.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QStringLiteral("First,Last,DOB,Line,Reason"));
    QCOMPARE(lines[1], QStringLiteral("Bob,Jones,13/45/1975,3,date of birth: '13/45/1975' is not "
                                      "a date (use MM/DD/YYYY or YYYY-MM-DD)"));
    QVERIFY2(lines[2].startsWith(QStringLiteral(",Brown,1/1/1980,5,first name:")),
             qPrintable(lines[2]));
}

void tst_CliImportPatients::shouldRefuseFilesItCannotRead_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("Latin-1") << QByteArray(
                                    "First,Last,DOB\nAnn,Lee,1/1/1970\nZo\xEB,Lee,1/1/1970\n")
                             << "Line 3 is not UTF-8 text";
    QTest::newRow("UTF-16") << utf16("First,Last,DOB\r\nAnn,Lee,1/1/1970\r\n") << "UTF-16";
    QTest::newRow("empty") << QByteArray() << "The file is empty.";
    QTest::newRow("header only") << QByteArray("First,Last,DOB\r\n")
                                 << "the file has a header row but no patients";
    QTest::newRow("no date column") << QByteArray("First,Last,Born on\nAnn,Lee,1/1/1970\n")
                                    << "No column is set to \u201CDate of birth\u201D";
    QTest::newRow("unclosed quote")
        << QByteArray("First,Last,DOB\n\"Ann,Lee,1/1/1970\n") << "Line 2: a value opens a quote";
}

void tst_CliImportPatients::shouldRefuseFilesItCannotRead()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun run = clinic.import(clinic.write(QStringLiteral("p.csv"), bytes));

    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("Cannot import")), run.describe());
    QCOMPARE(patientCount(clinic.path()), 0);

    const CliRun missing = clinic.import(clinic.file(QStringLiteral("nothing-here.csv")));
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(QStringLiteral("There is no file")), missing.describe());
}

void tst_CliImportPatients::shouldBeListedInTheHelp()
{
    const CliRun help = runCli({QStringLiteral("--help")});
    QVERIFY2(help.out.contains(QStringLiteral("import-patients")), help.describe());
    const CliRun own = runCli({QStringLiteral("import-patients"), QStringLiteral("--help")});
    QVERIFY2(own.exitCode == 0, own.describe());
    QVERIFY2(own.out.contains(QStringLiteral("--skip-invalid")), own.describe());
    QVERIFY2(own.out.contains(QStringLiteral("--dry-run")), own.describe());
}

QTEST_GUILESS_MAIN(tst_CliImportPatients)
#include "tst_cli_importpatients.moc"
