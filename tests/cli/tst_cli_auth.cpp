// clinicdesk-cli's prior-authorization commands as the desk's scripts use them: auth add, auth
// list and auth expiring. "Today" is Wednesday 2026-11-25 (CLINICDESK_TODAY).
#include "clitestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ClinicDesk;
using namespace ClinicDesk::Test;

namespace {

const QRegularExpression kIdLine(QStringLiteral("^\\d+\\n$"));

// A new clinic with two patients: Ann Lee (Aetna) and Bo Jones (self-pay).
class Clinic
{
public:
    Clinic()
        : m_path(m_dir.filePath(QStringLiteral("clinic.sqlite")))
    {
        const CliRun init = runOn(m_path, {QStringLiteral("init")});
        m_problem = init.describe();
        if (init.exitCode != 0)
            return;
        ann = addPatient({"--first", "Ann", "--last", "Lee", "--dob", "1975-03-14", "--phone",
                          "503.405.8718", "--payer", "Aetna"});
        bo = addPatient(
            {"--first", "Bo", "--last", "Jones", "--dob", "1980-01-02", "--payer", "Self-pay"});
    }

    bool isValid() const { return !ann.isEmpty() && !bo.isEmpty(); }
    QByteArray problem() const { return m_problem; }
    const QString &path() const { return m_path; }
    CliRun run(const QStringList &arguments) const { return runOn(m_path, arguments); }

    CliRun add(const QString &mrn, const QString &number, const QString &from, const QString &to,
               const QStringList &more = {}) const
    {
        return run(QStringList{"auth", "add", "--patient", mrn, "--payer", "Aetna", "--number",
                               number, "--from", from, "--to", to} +
                   more);
    }

    // Read through the app's own services, not the tool under test.
    QList<Core::Authorization> stored(const QString &mrn) const
    {
        App::AppContext::Options options;
        options.databasePath = m_path;
        auto opened = App::AppContext::open(options);
        if (!opened)
            return {};
        auto patient = opened.value()->patients().byRecordNumber(mrn);
        if (!patient)
            return {};
        auto list = opened.value()->authorizations().forPatient(patient->id);
        return list ? list.value() : QList<Core::Authorization>{};
    }

    // Records a treatment through the app's own services (the tool's treatment command is
    // another helper's).
    bool treat(const QString &mrn, QDate day) const
    {
        App::AppContext::Options options;
        options.databasePath = m_path;
        auto opened = App::AppContext::open(options);
        if (!opened)
            return false;
        auto patient = opened.value()->patients().byRecordNumber(mrn);
        if (!patient)
            return false;
        Core::Treatment t = opened.value()->treatments().draftFor(patient->id);
        t.date = day;
        return opened.value()->treatments().record(t).ok();
    }

    QString ann;
    QString bo;

private:
    QString addPatient(const QStringList &arguments)
    {
        const CliRun added = run(QStringList{"patient", "add"} + arguments);
        if (added.exitCode != 0) {
            m_problem = added.describe();
            return {};
        }
        return added.out.trimmed();
    }

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_problem;
};

} // namespace

class tst_CliAuth : public QObject
{
    Q_OBJECT

private slots:
    void shouldAddAndPrintTheNewNumber();
    void shouldTakeEveryOption();
    void shouldRefuseBadInputNamingTheOption_data();
    void shouldRefuseBadInputNamingTheOption();
    void shouldRefuseAnUnknownPatient();
    void shouldRefuseADoubleEntry();
    void shouldListAPatientsAuthorizations();
    void shouldListAsJson();
    void shouldSayWhenNothingIsOnFile();
    void shouldListThoseToRenew();
    void shouldListThoseToRenewAsCsvSafeForSpreadsheets();
    void shouldListThoseToRenewAsJson();
    void shouldRefuseJsonAndCsvTogether();
    void shouldRefuseAMissingDatabase();
};

void tst_CliAuth::shouldAddAndPrintTheNewNumber()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun run =
        clinic.add(clinic.ann, "PA-1", "2026-06-01", "12/10/2026", {"--visits", "4"});

    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(kIdLine.match(run.out).hasMatch(), run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("Added Aetna PA-1 for Lee, Ann (MRN %1): drug and "
                                             "procedure, Jun 1, 2026 to Dec 10, 2026.")
                                  .arg(clinic.ann)),
             run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("Today: Expires in 15 days \u00b7 4 visits left")),
             run.describe());
    const auto stored = clinic.stored(clinic.ann);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(QString::number(stored.constFirst().id), run.out.trimmed());
    QCOMPARE(stored.constFirst().validTo, QDate(2026, 12, 10));
    QCOMPARE(stored.constFirst().approvedVisits, 4);
    QCOMPARE(stored.constFirst().approvedUnits, 0);
    QCOMPARE(stored.constFirst().covers, Core::AuthorizationCovers::Both);
}

void tst_CliAuth::shouldTakeEveryOption()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun run =
        clinic.run({"auth",        "add",        "--patient", clinic.ann, "--payer",
                    "Moda Health", "--number",   "M-77",      "--from",   "01/04/2027",
                    "--to",        "2027-07-03", "--units",   "400",      "--visits",
                    "2",           "--covers",   "Procedure", "--notes",  "Approved by phone"});

    QVERIFY2(run.exitCode == 0, run.describe());
    const Core::Authorization stored = clinic.stored(clinic.ann).value(0);
    QCOMPARE(stored.payer, QStringLiteral("Moda Health"));
    QCOMPARE(stored.number, QStringLiteral("M-77"));
    QCOMPARE(stored.validFrom, QDate(2027, 1, 4));
    QCOMPARE(stored.validTo, QDate(2027, 7, 3));
    QCOMPARE(stored.approvedUnits, 400);
    QCOMPARE(stored.approvedVisits, 2);
    QCOMPARE(stored.covers, Core::AuthorizationCovers::Procedure);
    QCOMPARE(stored.notes, QStringLiteral("Approved by phone"));
}

void tst_CliAuth::shouldRefuseBadInputNamingTheOption_data()
{
    QTest::addColumn<QStringList>("arguments"); // after auth add --patient MRN
    QTest::addColumn<QString>("expected"); // a line on stderr

    const QStringList valid{"--payer", "Aetna",      "--number", "1",
                            "--from",  "2026-06-01", "--to",     "2026-12-31"};
    auto replaced = [&](const QString &option, const QString &value) {
        QStringList args = valid;
        args[args.indexOf(option) + 1] = value;
        return args;
    };
    QTest::newRow("no payer") << replaced("--payer", " ")
                              << "--payer: Enter the payer that approved it (e.g. Aetna).";
    QTest::newRow("payer left out")
        << valid.mid(2) << "--payer: Enter the payer that approved it (e.g. Aetna).";
    QTest::newRow("no number") << replaced("--number", "")
                               << "--number: Enter the authorization number.";
    QTest::newRow("from is not a date")
        << replaced("--from", "2026-02-30")
        << "--from: \u201C2026-02-30\u201D is not a date; type it like 2027-01-04 or 01/04/2027.";
    QTest::newRow("to left out") << valid.mid(0, 6)
                                 << "--to: Enter the last day it is valid, like 7/14/2027.";
    QTest::newRow("ends before it starts")
        << replaced("--to", "2026-05-31")
        << "--to: Valid to (May 31, 2026) is before valid from (Jun 1, 2026).";
    QTest::newRow("more than 3 years")
        << replaced("--to", "2029-06-02")
        << "--to: Jun 1, 2026 to Jun 2, 2029 is more than 3 years; check the dates.";
    QTest::newRow("too many units") << valid + QStringList{"--units", "2001"}
                                    << "--units: \u201C2001\u201D is not a whole number from 0 to "
                                       "2,000.";
    QTest::newRow("visits not a number") << valid + QStringList{"--visits", "four"}
                                         << "--visits: \u201Cfour\u201D is not a whole number "
                                            "from 0 to 50.";
    QTest::newRow("covers unknown") << valid + QStringList{"--covers", "drugs"}
                                    << "--covers: \u201Cdrugs\u201D is not drug, procedure or "
                                       "both.";
}

void tst_CliAuth::shouldRefuseBadInputNamingTheOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);

    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun run = clinic.run(QStringList{"auth", "add", "--patient", clinic.ann} + arguments);

    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    QVERIFY2(run.err.split(u'\n').contains(expected), run.describe());
    QVERIFY(clinic.stored(clinic.ann).isEmpty());
}

void tst_CliAuth::shouldRefuseAnUnknownPatient()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun run = clinic.add("999999", "1", "2026-06-01", "2026-12-31");
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.startsWith(QStringLiteral("--patient: ")), run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("999999")), run.describe());

    const CliRun missing = clinic.run({"auth", "add", "--payer", "Aetna", "--number", "1", "--from",
                                       "2026-06-01", "--to", "2026-12-31"});
    QVERIFY2(missing.exitCode == 2, missing.describe());
    QVERIFY2(missing.err.contains(QStringLiteral("--patient: Give the patient's record number")),
             missing.describe());
}

void tst_CliAuth::shouldRefuseADoubleEntry()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    QCOMPARE(clinic.add(clinic.ann, "PA-1", "2026-06-01", "2026-12-31").exitCode, 0);

    const CliRun again = clinic.add(clinic.ann, " pa-1 ", "2026-07-01", "2026-12-31");

    QVERIFY2(again.exitCode == 2, again.describe());
    QVERIFY2(again.err.contains(QStringLiteral("--number: Aetna PA-1 is already on file for Ann "
                                               "Lee.")),
             again.describe());
    QCOMPARE(clinic.stored(clinic.ann).size(), 1);
}

void tst_CliAuth::shouldListAPatientsAuthorizations()
{
    // given: an expired one, and a current one with one of its two visits used
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    QCOMPARE(clinic.add(clinic.ann, "OLD", "2025-06-01", "2026-05-31").exitCode, 0);
    QCOMPARE(
        clinic
            .add(clinic.ann, "NOW", "2026-06-01", "2027-05-31", {"--visits", "2", "--units", "400"})
            .exitCode,
        0);
    QVERIFY(clinic.treat(clinic.ann, QDate(2026, 9, 1)));

    // when
    const CliRun run = clinic.run({"auth", "list", "--patient", clinic.ann});

    // then: ending last first, in aligned columns
    QVERIFY2(run.exitCode == 0, run.describe());
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains(QStringLiteral("Aetna NOW")), run.describe());
    QVERIFY2(lines.at(0).contains(QStringLiteral("06/01/2026\u201305/31/2027")), run.describe());
    QVERIFY2(lines.at(0).contains(QStringLiteral("visits 1 of 2")), run.describe());
    QVERIFY2(lines.at(0).contains(QStringLiteral("units 155 of 400")), run.describe());
    QVERIFY2(lines.at(0).endsWith(QStringLiteral("Valid to May 31, 2027 \u00b7 1 visit left")),
             run.describe());
    QVERIFY2(lines.at(1).contains(QStringLiteral("Aetna OLD")), run.describe());
    QVERIFY2(lines.at(1).contains(QStringLiteral("visits 0 (no limit)")), run.describe());
    QVERIFY2(lines.at(1).endsWith(QStringLiteral("Expired May 31")), run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("Today: Valid to May 31, 2027 \u00b7 1 visit left "
                                             "(Aetna NOW has 1 approved visit left)")),
             run.describe());
    // Columns line up.
    QCOMPARE(lines.at(0).indexOf(QStringLiteral("Drug and")),
             lines.at(1).indexOf(QStringLiteral("Drug and")));
}

void tst_CliAuth::shouldListAsJson()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    QCOMPARE(
        clinic.add(clinic.ann, "NOW", "2026-06-01", "2027-05-31", {"--covers", "drug"}).exitCode,
        0);

    const CliRun run = clinic.run({"auth", "list", "--patient", clinic.ann, "--json"});

    QVERIFY2(run.exitCode == 0, run.describe());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.describe());
    QCOMPARE(root.value("patient").toString(), clinic.ann);
    QCOMPARE(root.value("state").toString(), QStringLiteral("missing"));
    QCOMPARE(root.value("standing").toString(), QStringLiteral("Procedure not covered"));
    const QJsonObject first = root.value("authorizations").toArray().at(0).toObject();
    QCOMPARE(first.value("number").toString(), QStringLiteral("NOW"));
    QCOMPARE(first.value("covers").toString(), QStringLiteral("drug"));
    QCOMPARE(first.value("validFrom").toString(), QStringLiteral("2026-06-01"));
    QCOMPARE(first.value("validTo").toString(), QStringLiteral("2027-05-31"));
    QVERIFY(first.value("approvedVisits").isNull());
    QCOMPARE(first.value("visitsUsed").toInt(), 0);
    QCOMPARE(first.value("state").toString(), QStringLiteral("valid"));
}

void tst_CliAuth::shouldSayWhenNothingIsOnFile()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun insured = clinic.run({"auth", "list", "--patient", clinic.ann});
    QVERIFY2(insured.exitCode == 0, insured.describe());
    QVERIFY2(insured.out.isEmpty(), insured.describe());
    QVERIFY2(insured.err.contains(QStringLiteral("No authorizations on file for Lee, Ann")),
             insured.describe());
    QVERIFY2(insured.err.contains(QStringLiteral("Today: No authorization (No authorization on "
                                                 "file)")),
             insured.describe());

    const CliRun selfPay = clinic.run({"auth", "list", "--patient", clinic.bo});
    QVERIFY2(selfPay.err.contains(QStringLiteral("Today: Self-pay")), selfPay.describe());
}

void tst_CliAuth::shouldListThoseToRenew()
{
    // given: Ann's ends in 15 days, Bo's has one visit left, and one ends after the lead time
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    QCOMPARE(clinic.add(clinic.ann, "SOON", "2026-06-01", "2026-12-10").exitCode, 0);
    QCOMPARE(
        clinic.add(clinic.ann, "LATER", "2026-06-01", "2027-01-20", {"--covers", "drug"}).exitCode,
        0);
    QCOMPARE(clinic.add(clinic.bo, "LAST", "2026-06-01", "2027-05-31", {"--visits", "1"}).exitCode,
             0);

    // when: the clinic's lead time (28 days: to Dec 23)
    const CliRun run = clinic.run({"auth", "expiring"});

    // then
    QVERIFY2(run.exitCode == 0, run.describe());
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Lee, Ann")), run.describe());
    QVERIFY2(lines.at(0).contains(QStringLiteral("MRN ") + clinic.ann), run.describe());
    QVERIFY2(lines.at(0).contains(QStringLiteral("(503) 405-8718")), run.describe());
    QVERIFY2(lines.at(0).contains(QStringLiteral("Aetna SOON")), run.describe());
    QVERIFY2(lines.at(0).endsWith(QStringLiteral("Expires Dec 10, 2026")), run.describe());
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Jones, Bo")), run.describe());
    QVERIFY2(lines.at(1).endsWith(QStringLiteral("1 visit left")), run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("2 authorizations to renew (ending by Dec 23, 2026")),
             run.describe());

    // Further ahead, LATER comes in; nearer, SOON drops out.
    QCOMPARE(clinic.run({"auth", "expiring", "--within", "60"}).outLines().size(), 3);
    const CliRun near = clinic.run({"auth", "expiring", "--within", "14"});
    QCOMPARE(near.outLines().size(), 1);
    const CliRun bad = clinic.run({"auth", "expiring", "--within", "-1"});
    QVERIFY2(bad.exitCode == 2, bad.describe());
    QVERIFY2(bad.err.startsWith(QStringLiteral("--within: ")), bad.describe());
}

void tst_CliAuth::shouldListThoseToRenewAsCsvSafeForSpreadsheets()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    QCOMPARE(clinic
                 .run({"auth", "add", "--patient", clinic.ann, "--payer", "=HYPERLINK(\"x\")",
                       "--number", "+1-555", "--from", "2026-06-01", "--to", "2026-12-10"})
                 .exitCode,
             0);

    const CliRun run = clinic.run({"auth", "expiring", "--csv"});

    QVERIFY2(run.exitCode == 0, run.describe());
    const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("Patient,MRN,Phone,Payer,Number,Covers,Valid from,"
                                         "Valid to,Visits left,Units left,Why"));
    QCOMPARE(lines.at(1),
             QStringLiteral("\"Lee, Ann\",%1,(503) 405-8718,\"'=HYPERLINK(\"\"x\"\")\",'+1-555,"
                            "Drug and procedure,2026-06-01,2026-12-10,No limit,No limit,"
                            "\"Expires Dec 10, 2026\"")
                 .arg(clinic.ann));
}

void tst_CliAuth::shouldListThoseToRenewAsJson()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    QCOMPARE(clinic.add(clinic.ann, "SOON", "2026-06-01", "2026-12-10").exitCode, 0);

    const CliRun run = clinic.run({"auth", "expiring", "--json"});

    QVERIFY2(run.exitCode == 0, run.describe());
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject row = array.at(0).toObject();
    QCOMPARE(row.value("patient").toString(), QStringLiteral("Lee, Ann"));
    QCOMPARE(row.value("mrn").toString(), clinic.ann);
    QCOMPARE(row.value("phone").toString(), QStringLiteral("5034058718"));
    QCOMPARE(row.value("number").toString(), QStringLiteral("SOON"));
    QCOMPARE(row.value("validTo").toString(), QStringLiteral("2026-12-10"));
    QCOMPARE(row.value("why").toString(), QStringLiteral("Expires Dec 10, 2026"));

    const CliRun none = clinic.run({"auth", "expiring", "--json", "--within", "3"});
    QCOMPARE(none.out.trimmed(), QStringLiteral("[\n]"));
}

void tst_CliAuth::shouldRefuseJsonAndCsvTogether()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const CliRun run = clinic.run({"auth", "expiring", "--json", "--csv"});
    QVERIFY2(run.exitCode == 1, run.describe());
}

void tst_CliAuth::shouldRefuseAMissingDatabase()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("none.sqlite"));
    for (const QStringList &args :
         {QStringList{"auth", "expiring"}, QStringList{"auth", "list", "--patient", "100001"}}) {
        const CliRun run = runOn(missing, args);
        QVERIFY2(run.exitCode == 5, run.describe());
    }
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(tst_CliAuth)
#include "tst_cli_auth.moc"
