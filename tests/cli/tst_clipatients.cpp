// clinicdesk-cli's patient commands as the front desk's scripts use them: add, find and show,
// with the clinic's rules, awkward names, JSON and hostile search text.
#include "clitestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ClinicDesk::Test;

namespace {

// A fresh database for one test.
class Clinic
{
public:
    Clinic()
        : m_path(m_dir.filePath(QStringLiteral("clinic.sqlite")))
        , m_init(runOn(m_path, {QStringLiteral("init")}))
    {
    }

    bool isValid() const { return m_init.exitCode == 0; }
    QByteArray problem() const { return m_init.describe(); }
    const QString &path() const { return m_path; }
    CliRun run(const QStringList &arguments) const { return runOn(m_path, arguments); }

    CliRun add(const QString &first, const QString &last, const QString &dob,
               const QStringList &more = {}) const
    {
        return run(QStringList{"patient", "add", "--first", first, "--last", last, "--dob", dob} +
                   more);
    }
    CliRun find(const QString &text, const QStringList &more = {}) const
    {
        return run(QStringList{"patient", "find", text} + more);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    CliRun m_init;
};

const QRegularExpression kRecordNumberLine(QStringLiteral("^\\d+\\n$"));

QJsonArray jsonArray(const QString &text, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    *ok = error.error == QJsonParseError::NoError && document.isArray();
    return document.array();
}

} // namespace

class tst_CliPatients : public QObject
{
    Q_OBJECT

private slots:
    void shouldPrintOnlyTheNewRecordNumberOnStdout();
    void shouldFindAddedPatient_data();
    void shouldFindAddedPatient();
    void shouldTakeUnquotedWordsAsOneSearch_data();
    void shouldTakeUnquotedWordsAsOneSearch();
    void shouldRoundTripAccentsAndApostrophes_data();
    void shouldRoundTripAccentsAndApostrophes();
    void shouldRejectInvalidPatientNamingTheOption_data();
    void shouldRejectInvalidPatientNamingTheOption();
    void shouldReportEveryInvalidOptionAtOnce();
    void shouldWarnAboutLikelyDuplicateAndStillAdd();
    void shouldRefuseLikelyDuplicateWithNoDuplicates();

    void shouldSayNobodyMatchesOnStderrOnly();
    void shouldTreatSqlInSearchTextAsText();
    void shouldPrintFindResultsAsParsableJson();
    void shouldLeaveInactivePatientsOutUnlessAsked();
    void shouldStopAtLimitAndSaySo();
    void shouldRejectBadLimit();

    void shouldShowFullRecord();
    void shouldShowRecordAsJson();
    void shouldRejectUnknownRecordNumber();
};

void tst_CliPatients::shouldPrintOnlyTheNewRecordNumberOnStdout()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun first = clinic.add("Ann", "Lee", "1975-03-14");
    const CliRun second = clinic.add("Bo", "Jones", "1980-01-02");

    QVERIFY2(first.exitCode == 0, first.describe());
    QVERIFY2(kRecordNumberLine.match(first.out).hasMatch(), first.describe());
    QVERIFY2(kRecordNumberLine.match(second.out).hasMatch(), second.describe());
    QVERIFY(first.out != second.out);
    QCOMPARE(patientCount(clinic.path()), 2);
}

void tst_CliPatients::shouldFindAddedPatient_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("last name") << "lee";
    QTest::newRow("first and last") << "ann lee";
    QTest::newRow("last, first") << "Lee, Ann";
    QTest::newRow("preferred name") << "annie";
    QTest::newRow("whole phone as typed") << "(503) 405-8718";
    QTest::newRow("last four of phone") << "8718";
    QTest::newRow("home phone") << "971-555-0142";
    QTest::newRow("date of birth US") << "03/14/1975";
    QTest::newRow("date of birth ISO") << "1975-03-14";
}

void tst_CliPatients::shouldFindAddedPatient()
{
    QFETCH(QString, text);
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    QCOMPARE(clinic.add("Bo", "Jones", "1980-01-02", {"--phone", "5035550100"}).exitCode, 0);
    const CliRun added = clinic.add("Ann", "Lee", "03/14/1975",
                                    {"--preferred", "Annie", "--phone", "503.405.8718",
                                     "--home-phone", "(971) 555-0142", "--payer", "Moda Health"});
    QVERIFY2(added.exitCode == 0, added.describe());
    const QString mrn = added.out.trimmed();

    const CliRun found = clinic.find(text);

    QVERIFY2(found.exitCode == 0, found.describe());
    QCOMPARE(found.outLines().size(), 1);
    const QString line = found.outLines().constFirst();
    QVERIFY2(line.startsWith(mrn + u' '), found.describe());
    QVERIFY2(line.contains(QStringLiteral("Lee, Ann \u201CAnnie\u201D")), found.describe());
    QVERIFY2(line.contains(QStringLiteral("03/14/1975")), found.describe());
    QVERIFY2(line.contains(QStringLiteral("(503) 405-8718")), found.describe());
    QVERIFY2(line.endsWith(QStringLiteral("Moda Health")), found.describe());
}

void tst_CliPatients::shouldTakeUnquotedWordsAsOneSearch_data()
{
    QTest::addColumn<QStringList>("words");

    QTest::newRow("first last") << QStringList{"ann", "lee"};
    QTest::newRow("last, first") << QStringList{"lee,", "ann"};
    QTest::newRow("phone in parts") << QStringList{"503", "405", "8718"};
    QTest::newRow("after --, starting with a dash") << QStringList{"--", "-8718"};
}

void tst_CliPatients::shouldTakeUnquotedWordsAsOneSearch()
{
    QFETCH(QStringList, words);
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    QCOMPARE(clinic.add("Bo", "Lee", "1980-01-02", {"--phone", "9715550100"}).exitCode, 0);
    const CliRun ann = clinic.add("Ann", "Lee", "1975-03-14", {"--phone", "5034058718"});
    QCOMPARE(ann.exitCode, 0);

    const CliRun run = clinic.run(QStringList{"patient", "find"} + words);

    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.outLines().size(), 1);
    QVERIFY2(run.out.startsWith(ann.out.trimmed() + u' '), run.describe());
}

void tst_CliPatients::shouldRoundTripAccentsAndApostrophes_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("typed");

    QTest::newRow("Zoë Núñez") << "Zoë"
                               << "Núñez"
                               << "nunez";
    QTest::newRow("Seán O'Brien") << "Seán"
                                  << "O'Brien"
                                  << "obrien";
    QTest::newRow("Chloé Smith-Jones") << "Chloé"
                                       << "Smith-Jones"
                                       << "smith jones";
    QTest::newRow("Björn Schröder") << "Björn"
                                    << "Schröder"
                                    << "Schröder, Björn";
    QTest::newRow("Anaïs D\u2019Angelo") << "Anaïs"
                                         << "D\u2019Angelo"
                                         << "dangelo";
}

void tst_CliPatients::shouldRoundTripAccentsAndApostrophes()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, typed);
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const CliRun added = clinic.add(first, last, "1975-03-14");
    QVERIFY2(added.exitCode == 0, added.describe());
    QVERIFY2(added.err.contains(last + QStringLiteral(", ") + first), added.describe());

    const CliRun text = clinic.find(typed);
    const CliRun json = clinic.find(typed, {"--json"});

    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY2(text.out.contains(last + QStringLiteral(", ") + first), text.describe());
    bool ok = false;
    const QJsonArray array = jsonArray(json.out, &ok);
    QVERIFY2(ok && array.size() == 1, json.describe());
    QCOMPARE(array.at(0)[QStringLiteral("firstName")].toString(), first);
    QCOMPARE(array.at(0)[QStringLiteral("lastName")].toString(), last);
}

void tst_CliPatients::shouldRejectInvalidPatientNamingTheOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QStringList name{"--first", "Ann", "--last", "Lee"};
    const QStringList valid = name + QStringList{"--dob", "1975-03-14"};
    QTest::newRow("future date of birth") << name + QStringList{"--dob", "12/01/2030"}
                                          << "--dob: Date of birth 12/01/2030 is in the future.";
    QTest::newRow("born tomorrow") << name + QStringList{"--dob", "2026-11-26"}
                                   << "--dob: Date of birth 11/26/2026 is in the future.";
    QTest::newRow("more than 120 years ago") << name + QStringList{"--dob", "11/24/1906"}
                                             << "--dob: Date of birth 11/24/1906 is more than 120";
    QTest::newRow("not a date") << name + QStringList{"--dob", "soon"}
                                << "--dob: \u201Csoon\u201D is not a date.";
    QTest::newRow("no such day") << name + QStringList{"--dob", "02/30/1975"} << "--dob: ";
    QTest::newRow("no date of birth") << name << "--dob: Date of birth is required.";
    QTest::newRow("no last name") << QStringList{"--first", "Ann", "--dob", "1975-03-14"}
                                  << "--last: Last name is required.";
    QTest::newRow("blank last name")
        << QStringList{"--first", "Ann", "--last", "  ", "--dob", "1975-03-14"}
        << "--last: Last name is required.";
    QTest::newRow("no first name") << QStringList{"--last", "Lee", "--dob", "1975-03-14"}
                                   << "--first: First name is required.";
    QTest::newRow("digits in a name")
        << QStringList{"--first", "Ann3", "--last", "Lee", "--dob", "1975-03-14"}
        << "--first: First name may hold letters";
    QTest::newRow("short phone") << valid + QStringList{"--phone", "405-8718"} << "--phone: ";
    QTest::newRow("letters in phone")
        << valid + QStringList{"--phone", "503-CALL-NOW"} << "--phone: ";
    QTest::newRow("bad home phone")
        << valid + QStringList{"--home-phone", "123"} << "--home-phone: ";
    QTest::newRow("bad email") << valid + QStringList{"--email", "ann.lee@"} << "--email: ";
    QTest::newRow("bad sex") << valid + QStringList{"--sex", "Q"} << "--sex: ";
    QTest::newRow("bad preferred name")
        << valid + QStringList{"--preferred", "#1"} << "--preferred: ";
}

void tst_CliPatients::shouldRejectInvalidPatientNamingTheOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun run = clinic.run(QStringList{"patient", "add"} + arguments);

    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.startsWith(message), run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    QCOMPARE(patientCount(clinic.path()), 0);
}

void tst_CliPatients::shouldReportEveryInvalidOptionAtOnce()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun run = clinic.run(
        {"patient", "add", "--first", "Ann", "--dob", "soon", "--phone", "12", "--email", "nope"});

    QVERIFY2(run.exitCode == 2, run.describe());
    QStringList options;
    for (const QString &line : run.err.split(u'\n', Qt::SkipEmptyParts))
        options << line.section(u':', 0, 0);
    options.sort();
    QCOMPARE(options, (QStringList{"--dob", "--email", "--last", "--phone"}));
    QCOMPARE(patientCount(clinic.path()), 0);
}

void tst_CliPatients::shouldWarnAboutLikelyDuplicateAndStillAdd()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const CliRun first = clinic.add("Ann", "Lee", "1975-03-14");
    QCOMPARE(first.exitCode, 0);

    const CliRun second = clinic.add("ann", "LEE", "03/14/1975");

    QVERIFY2(second.exitCode == 0, second.describe());
    QVERIFY2(kRecordNumberLine.match(second.out).hasMatch(), second.describe());
    QVERIFY(second.out != first.out);
    QVERIFY2(second.err.contains(QStringLiteral("may already be on file")), second.describe());
    QVERIFY2(second.err.contains(QStringLiteral("MRN ") + first.out.trimmed()), second.describe());
    QCOMPARE(patientCount(clinic.path()), 2);
}

void tst_CliPatients::shouldRefuseLikelyDuplicateWithNoDuplicates()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const CliRun first = clinic.add("Ann", "Lee", "1975-03-14", {"--phone", "5034058718"});
    QCOMPARE(first.exitCode, 0);

    const CliRun sharedPhone =
        clinic.add("Bo", "Jones", "1980-01-02", {"--phone", "503-405-8718", "--no-duplicates"});
    const CliRun unrelated =
        clinic.add("Cy", "Park", "1990-05-06", {"--phone", "5035550100", "--no-duplicates"});

    QVERIFY2(sharedPhone.exitCode == 2, sharedPhone.describe());
    QVERIFY2(sharedPhone.out.isEmpty(), sharedPhone.describe());
    QVERIFY2(sharedPhone.err.contains(QStringLiteral("MRN ") + first.out.trimmed()),
             sharedPhone.describe());
    QVERIFY2(unrelated.exitCode == 0, unrelated.describe());
    QCOMPARE(patientCount(clinic.path()), 2);
}

void tst_CliPatients::shouldSayNobodyMatchesOnStderrOnly()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    QCOMPARE(clinic.add("Ann", "Lee", "1975-03-14").exitCode, 0);

    const CliRun run = clinic.find("Zzyzx");
    const CliRun json = clinic.find("Zzyzx", {"--json"});

    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    QCOMPARE(run.err, QStringLiteral("No patients match \u201CZzyzx\u201D.\n"));
    QVERIFY2(json.exitCode == 0, json.describe());
    bool ok = false;
    QVERIFY2(jsonArray(json.out, &ok).isEmpty() && ok, json.describe());
}

void tst_CliPatients::shouldTreatSqlInSearchTextAsText()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    QCOMPARE(clinic.add("Ann", "Lee", "1975-03-14").exitCode, 0);

    for (const QString &text :
         {QStringLiteral("'; DROP TABLE patients; --"), QStringLiteral("lee' OR '1'='1"),
          QStringLiteral("%"), QStringLiteral("\") OR 1=1 --")}) {
        const CliRun run = clinic.find(text);
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY2(run.out.isEmpty(), run.describe());
    }

    QCOMPARE(clinic.find("lee").outLines().size(), 1);
    QCOMPARE(runOn(clinic.path(), {"check"}).exitCode, 0);
}

void tst_CliPatients::shouldPrintFindResultsAsParsableJson()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const CliRun ann = clinic.add("Ann", "Lee", "1975-03-14",
                                  {"--sex", "f", "--phone", "(503) 405-8718", "--email",
                                   "Ann.Lee@Example.COM", "--payer", "Medicare"});
    QCOMPARE(clinic.add("Bo", "Lee", "1980-01-02").exitCode, 0);

    const CliRun run = clinic.find("lee", {"--json"});

    QVERIFY2(run.exitCode == 0, run.describe());
    bool ok = false;
    const QJsonArray array = jsonArray(run.out, &ok);
    QVERIFY2(ok, run.describe());
    QCOMPARE(array.size(), 2);
    const QJsonObject first = array.at(0).toObject();
    QCOMPARE(first.keys(),
             (QStringList{"active", "dateOfBirth", "email", "firstName", "homePhone", "lastName",
                          "mobilePhone", "mrn", "payer", "preferredName", "sex"}));
    QCOMPARE(first["mrn"].toString(), ann.out.trimmed());
    QCOMPARE(first["firstName"].toString(), QStringLiteral("Ann"));
    QCOMPARE(first["dateOfBirth"].toString(), QStringLiteral("1975-03-14"));
    QCOMPARE(first["sex"].toString(), QStringLiteral("F"));
    QCOMPARE(first["mobilePhone"].toString(), QStringLiteral("5034058718"));
    QCOMPARE(first["email"].toString(), QStringLiteral("Ann.Lee@example.com"));
    QCOMPARE(first["payer"].toString(), QStringLiteral("Medicare"));
    QCOMPARE(first["active"].toBool(), true);
    QCOMPARE(array.at(1)["firstName"].toString(), QStringLiteral("Bo"));
}

void tst_CliPatients::shouldLeaveInactivePatientsOutUnlessAsked()
{
    // The demo clinic has inactive patients (one in forty); they are found only when asked.
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    QCOMPARE(clinic.run({"seed-demo", "--patients", "400"}).exitCode, 0);
    const QStringList everyone{"--include-inactive", "--limit", "10000", "--json"};

    const CliRun active = clinic.find("503", {"--limit", "10000", "--json"});
    const CliRun all = clinic.find("503", everyone);

    bool ok = false;
    const QJsonArray activeOnly = jsonArray(active.out, &ok);
    QVERIFY2(ok, active.describe());
    const QJsonArray withInactive = jsonArray(all.out, &ok);
    QVERIFY2(ok, all.describe());
    QVERIFY(withInactive.size() > activeOnly.size());
    for (const QJsonValue &patient : activeOnly)
        QVERIFY(patient["active"].toBool());
    const CliRun text = clinic.find("503", {"--include-inactive", "--limit", "10000"});
    QVERIFY(text.out.contains(QStringLiteral("  inactive\n")));
}

void tst_CliPatients::shouldStopAtLimitAndSaySo()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    for (const char *first : {"Ann", "Bo", "Cy"})
        QCOMPARE(clinic.add(first, "Lee", "1975-03-14").exitCode, 0);

    const CliRun run = clinic.find("lee", {"--limit", "2"});

    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.outLines().size(), 2);
    QVERIFY2(run.err.contains(QStringLiteral("first 2")), run.describe());
}

void tst_CliPatients::shouldRejectBadLimit()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    for (const char *limit : {"0", "-3", "ten", "10001"}) {
        const CliRun run = clinic.find("lee", {QStringLiteral("--limit=%1").arg(limit)});
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY2(run.err.startsWith(QStringLiteral("--limit: ")), run.describe());
    }
}

void tst_CliPatients::shouldShowFullRecord()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const CliRun added = clinic.add("Zoë", "Núñez", "1975-03-14",
                                    {"--middle", "Q", "--phone", "5034058718", "--member-id",
                                     "A1234567", "--notes", "Prefers mornings"});

    const CliRun run = clinic.run({"patient", "show", added.out.trimmed()});

    QVERIFY2(run.exitCode == 0, run.describe());
    const QStringList lines = run.outLines();
    QVERIFY2(lines.contains(QStringLiteral("MRN:                ") + added.out.trimmed()),
             run.describe());
    QVERIFY2(lines.contains(QStringLiteral("Name:               Zoë Q Núñez")), run.describe());
    QVERIFY2(lines.contains(QStringLiteral("Date of birth:      03/14/1975")), run.describe());
    QVERIFY2(lines.contains(QStringLiteral("Mobile phone:       (503) 405-8718")), run.describe());
    QVERIFY2(lines.contains(QStringLiteral("Member ID:          A1234567")), run.describe());
    QVERIFY2(lines.contains(QStringLiteral("  Prefers mornings")), run.describe());
}

void tst_CliPatients::shouldShowRecordAsJson()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const CliRun added = clinic.add("Seán", "O'Brien", "1980-01-02",
                                    {"--member-id", "B7654321", "--notes", "Line one\nLine two"});

    const CliRun run = clinic.run({"patient", "show", added.out.trimmed(), "--json"});

    QVERIFY2(run.exitCode == 0, run.describe());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), run.describe());
    const QJsonObject record = document.object();
    QCOMPARE(record["mrn"].toString(), added.out.trimmed());
    QCOMPARE(record["firstName"].toString(), QStringLiteral("Seán"));
    QCOMPARE(record["lastName"].toString(), QStringLiteral("O'Brien"));
    QCOMPARE(record["memberId"].toString(), QStringLiteral("B7654321"));
    QCOMPARE(record["notes"].toString(), QStringLiteral("Line one\nLine two"));
    QVERIFY(record["address"].isObject());
}

void tst_CliPatients::shouldRejectUnknownRecordNumber()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun run = clinic.run({"patient", "show", "999999"});

    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("no patient with record number 999999")),
             run.describe());
}

QTEST_GUILESS_MAIN(tst_CliPatients)
#include "tst_clipatients.moc"
