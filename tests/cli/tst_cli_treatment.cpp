// clinicdesk-cli's treatment records and the retreatment rule at booking, as the desk's scripts
// use them: `treatment add` and `treatment list`, and `book` of a Botox treatment before the
// earliest allowed date (exit 4) unless `--override-reason` says why.
// "Today" is Wednesday 2026-11-25, 09:00 (CLINICDESK_TODAY).
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

// A new clinic with two providers, a procedure room, the default types and three patients: Ann
// (no payer: the clinic's 84 days), Bo (Self-pay: 70 days) and Cy.
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
        if (!addProvidersAndRooms(m_path,
                                  {{0, QStringLiteral("Vladimir Fiks"), QStringLiteral("MD"),
                                    QStringLiteral("#3b6ea5"), true},
                                   {0, QStringLiteral("Maria Alvarez"), QStringLiteral("DO"),
                                    QStringLiteral("#8a5a9e"), true}},
                                  {{0, QStringLiteral("Procedure 1"), true}})) {
            m_problem = "providers and rooms could not be added";
            return;
        }
        ann = addPatient({"--first", "Ann", "--last", "Lee", "--dob", "1975-03-14"});
        bo = addPatient(
            {"--first", "Bo", "--last", "Jones", "--dob", "1980-01-02", "--payer", "Self-pay"});
        cy = addPatient({"--first", "Cy", "--last", "Park", "--dob", "1990-07-04"});
    }

    bool isValid() const { return !ann.isEmpty() && !bo.isEmpty() && !cy.isEmpty(); }
    QByteArray problem() const { return m_problem; }
    const QString &path() const { return m_path; }
    CliRun run(const QStringList &arguments) const { return runOn(m_path, arguments); }

    CliRun add(const QString &mrn, const QString &date, const QString &units,
               const QStringList &more = {}) const
    {
        return run(
            QStringList{"treatment", "add", "--patient", mrn, "--date", date, "--units", units} +
            more);
    }
    // The patient's treatments as `treatment list --json` prints them.
    QJsonArray cycles(const QString &mrn) const
    {
        const CliRun listed = run({"treatment", "list", "--patient", mrn, "--json"});
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }
    CliRun book(const QString &mrn, const QString &start, const QStringList &more = {}) const
    {
        return run(QStringList{"book", "--patient", mrn, "--provider", "fiks", "--type", "botox",
                               "--room", "Procedure 1", "--start", start} +
                   more);
    }
    std::optional<Core::ScheduleEntry> stored(const QString &id, QDate day) const
    {
        for (const Core::ScheduleEntry &e :
             storedAppointments(m_path, day, day).value_or(QList<Core::ScheduleEntry>{}))
            if (QString::number(e.appointment.id) == id)
                return e;
        return std::nullopt;
    }

    QString ann, bo, cy; // record numbers

private:
    QString addPatient(const QStringList &options)
    {
        const CliRun run = runOn(m_path, QStringList{"patient", "add"} + options);
        if (run.exitCode != 0)
            m_problem = run.describe();
        return run.exitCode == 0 ? run.out.trimmed() : QString();
    }

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_problem;
};

int sum(const QJsonArray &areas, const char *field)
{
    int total = 0;
    for (const QJsonValue &area : areas)
        total += area.toObject().value(QLatin1String(field)).toInt();
    return total;
}

} // namespace

class tst_CliTreatment : public QObject
{
    Q_OBJECT

private slots:
    void shouldPrintHelpForTreatmentCommands_data();
    void shouldPrintHelpForTreatmentCommands();

    void shouldRecordTreatmentAndSayCycleAndNextWindow();
    void shouldNumberCyclesWithIntervals();
    void shouldFillVialsAndDiscardedUnits_data();
    void shouldFillVialsAndDiscardedUnits();
    void shouldRejectBadInputNamingTheOption_data();
    void shouldRejectBadInputNamingTheOption();
    void shouldWarnOnStderrButRecordAbove195Units();
    void shouldWarnAboutExpiredLot();
    void shouldRecordTreatmentFromItsAppointment();
    void shouldRefuseAppointmentOfAnotherDayOrKind();
    void shouldListNothingForPatientWithoutTreatments();

    void shouldRefuseBotoxBookedBeforeEarliestAllowedDate_data();
    void shouldRefuseBotoxBookedBeforeEarliestAllowedDate();
    void shouldBookTooEarlyWithOverrideReasonAndKeepIt();
    void shouldNotKeepOverrideReasonInsideTheWindow();
};

void tst_CliTreatment::shouldPrintHelpForTreatmentCommands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("treatment add")
        << QStringList{"treatment", "add", "--help"}
        << QStringList{"treatment add --patient MRN --date DATE", "--lot-expiry DATE",
                       "--vial 100|200", "--appointment ID", "195 U"};
    QTest::newRow("treatment list")
        << QStringList{"treatment", "list", "--help"}
        << QStringList{"treatment list --patient MRN [--json]", "cycles"};
    QTest::newRow("treatment group")
        << QStringList{"treatment", "--help"} << QStringList{"treatment add", "treatment list"};
    QTest::newRow("book") << QStringList{"book", "--help"}
                          << QStringList{"[--override-reason TEXT]", "exit status 4"};
}

void tst_CliTreatment::shouldPrintHelpForTreatmentCommands()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);

    const CliRun run = runCli(arguments);

    QVERIFY2(run.exitCode == 0, run.describe());
    const QString text =
        QString(run.out).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    for (const QString &part : expected)
        QVERIFY2(text.contains(part), qPrintable(part + u'\n' + run.out));
}

void tst_CliTreatment::shouldRecordTreatmentAndSayCycleAndNextWindow()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun run = clinic.add(
        clinic.ann, "2026-11-20", "155",
        {"--lot", "c1234ab5", "--lot-expiry", "2027-06-30", "--provider", "fiks", "--consent"});

    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(kIdLine.match(run.out).hasMatch(), run.describe());
    // 84 days after Nov 20, 2026: the clinic's default minimum and the due date.
    QVERIFY2(run.err.contains(QStringLiteral(
                 "Cycle 1 recorded. Next: earliest Feb 12, 2027, due Feb 12, 2027.")),
             run.describe());
    QVERIFY2(!run.err.contains(QStringLiteral("Warning")), run.describe());
    const QJsonArray cycles = clinic.cycles(clinic.ann);
    QCOMPARE(cycles.size(), 1);
    const QJsonObject t = cycles.first().toObject();
    QCOMPARE(t.value("id").toInteger(), run.out.trimmed().toLongLong());
    QCOMPARE(t.value("date").toString(), QStringLiteral("2026-11-20"));
    QCOMPARE(t.value("unitsGiven").toInt(), 155);
    QCOMPARE(t.value("unitsDiscarded").toInt(), 45);
    QCOMPARE(t.value("wasteModifier").toString(), QStringLiteral("JW"));
    QCOMPARE(t.value("vialUnits").toInt(), 200);
    QCOMPARE(t.value("vialCount").toInt(), 1);
    QCOMPARE(t.value("lotNumber").toString(), QStringLiteral("C1234AB5"));
    QCOMPARE(t.value("lotExpiry").toString(), QStringLiteral("2027-06-30"));
    QCOMPARE(t.value("provider").toString(), QStringLiteral("Vladimir Fiks, MD"));
    QVERIFY(t.value("appointmentId").isNull());
    QVERIFY(t.value("consentSigned").toBool());
    QCOMPARE(t.value("diagnosisCode").toString(), QStringLiteral("G43.709"));
    // The PREEMPT table: 155 U in 31 sites over 7 areas.
    const QJsonArray areas = t.value("areas").toArray();
    QCOMPARE(areas.size(), 7);
    QCOMPARE(sum(areas, "units"), 155);
    QCOMPARE(sum(areas, "sites"), 31);
}

void tst_CliTreatment::shouldNumberCyclesWithIntervals()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    // Entered out of order: history from paper after the latest one.
    QCOMPARE(clinic.add(clinic.ann, "2026-05-29", "155").exitCode, 0);
    QCOMPARE(clinic.add(clinic.ann, "2026-11-20", "175").exitCode, 0);

    const CliRun history = clinic.add(clinic.ann, "08/24/2026", "155");

    QVERIFY2(history.exitCode == 0, history.describe());
    QVERIFY2(history.err.contains(QStringLiteral("Cycle 2 recorded. The latest treatment is on "
                                                 "Nov 20, 2026. Next: earliest Feb 12, 2027")),
             history.describe());
    const QJsonArray cycles = clinic.cycles(clinic.ann);
    QCOMPARE(cycles.size(), 3);
    QStringList seen;
    for (const QJsonValue &value : cycles) {
        const QJsonObject c = value.toObject();
        seen << QStringLiteral("%1 %2 %3")
                    .arg(c.value("cycle").toInt())
                    .arg(c.value("date").toString())
                    .arg(c.value("daysSincePrevious").isNull()
                             ? QStringLiteral("-")
                             : QString::number(c.value("daysSincePrevious").toInt()));
    }
    QCOMPARE(seen, (QStringList{"1 2026-05-29 -", "2 2026-08-24 87", "3 2026-11-20 88"}));
    // Follow-the-pain: 20 U more in 4 more sites, on the areas that take them.
    const QJsonArray areas = cycles.last().toObject().value("areas").toArray();
    QCOMPARE(sum(areas, "units"), 175);
    QCOMPARE(sum(areas, "sites"), 35);
    for (const QJsonValue &area : areas)
        if (area.toObject().value("additional").toBool())
            QVERIFY2(QStringList({"temporalis", "occipitalis", "trapezius"})
                         .contains(area.toObject().value("area").toString()),
                     qPrintable(area.toObject().value("area").toString()));

    const CliRun text = clinic.run({"treatment", "list", "--patient", clinic.ann});
    QVERIFY2(text.exitCode == 0, text.describe());
    const QStringList lines = text.outLines();
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines[0].startsWith(QStringLiteral("Cycle")), text.describe());
    QVERIFY2(lines[2].contains(QStringLiteral("08/24/2026")) && lines[2].contains("87 days"),
             text.describe());
    QVERIFY2(lines[3].contains(QStringLiteral("175 U")) && lines[3].contains("25 U JW") &&
                 lines[3].contains(QStringLiteral("entered by hand")),
             text.describe());
}

void tst_CliTreatment::shouldFillVialsAndDiscardedUnits_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("vialUnits");
    QTest::addColumn<int>("vialCount");
    QTest::addColumn<int>("given");
    QTest::addColumn<int>("discarded");
    QTest::addColumn<QString>("modifier");

    QTest::newRow("155 U from a 200 U vial")
        << QStringList{"--units", "155"} << 200 << 1 << 155 << 45 << "JW";
    QTest::newRow("195 U, follow-the-pain")
        << QStringList{"--units", "195"} << 200 << 1 << 195 << 5 << "JW";
    QTest::newRow("the whole vial: JZ")
        << QStringList{"--units", "200"} << 200 << 1 << 200 << 0 << "JZ";
    QTest::newRow("two 100 U vials")
        << QStringList{"--units", "155", "--vial", "100"} << 100 << 2 << 155 << 45 << "JW";
    QTest::newRow("vials given") << QStringList{"--units", "155", "--vials", "2"} << 200 << 2 << 155
                                 << 245 << "JW";
    QTest::newRow("discarded given")
        << QStringList{"--units", "150", "--vial", "100", "--vials", "2", "--discarded", "50"}
        << 100 << 2 << 150 << 50 << "JW";
}

void tst_CliTreatment::shouldFillVialsAndDiscardedUnits()
{
    QFETCH(QStringList, options);
    QFETCH(int, vialUnits);
    QFETCH(int, vialCount);
    QFETCH(int, given);
    QFETCH(int, discarded);
    QFETCH(QString, modifier);
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun run = clinic.run(
        QStringList{"treatment", "add", "--patient", clinic.ann, "--date", "today"} + options);

    QVERIFY2(run.exitCode == 0, run.describe());
    const QJsonObject t = clinic.cycles(clinic.ann).first().toObject();
    QCOMPARE(t.value("date").toString(), QStringLiteral("2026-11-25"));
    QCOMPARE(t.value("vialUnits").toInt(), vialUnits);
    QCOMPARE(t.value("vialCount").toInt(), vialCount);
    QCOMPARE(t.value("unitsGiven").toInt(), given);
    QCOMPARE(t.value("unitsDiscarded").toInt(), discarded);
    QCOMPARE(t.value("wasteModifier").toString(), modifier);
}

void tst_CliTreatment::shouldRejectBadInputNamingTheOption_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("says");

    const QStringList base{"--date", "2026-11-20", "--units", "155"};
    QTest::newRow("no units") << QStringList{"--date", "2026-11-20", "--units", "0"} << "--units"
                              << "whole number from 1";
    QTest::newRow("units not a number")
        << QStringList{"--date", "2026-11-20", "--units", "lots"} << "--units"
        << "lots";
    QTest::newRow("more than the vials hold")
        << QStringList{"--date", "2026-11-20", "--units", "250", "--vials", "1"} << "--units"
        << "more than 1 vial of 200 U holds";
    QTest::newRow("not a date") << QStringList{"--date", "last week", "--units", "155"} << "--date"
                                << "is not a date";
    QTest::newRow("no such day") << QStringList{"--date", "2026-02-30", "--units", "155"}
                                 << "--date"
                                 << "is not a date";
    QTest::newRow("after today") << QStringList{"--date", "2026-11-26", "--units", "155"}
                                 << "--date"
                                 << "Nov 26, 2026, which is after today";
    QTest::newRow("vial size") << base + QStringList{"--vial", "150"} << "--vial"
                               << "100 U or 200 U";
    QTest::newRow("too many vials") << base + QStringList{"--vials", "11"} << "--vials"
                                    << "1 to 10";
    QTest::newRow("units do not add up") << base + QStringList{"--discarded", "10"} << "--discarded"
                                         << "discarded should be 45 U";
    QTest::newRow("expiry not a date")
        << base + QStringList{"--lot-expiry", "soon"} << "--lot-expiry"
        << "soon";
    QTest::newRow("unknown provider") << base + QStringList{"--provider", "nobody"} << "--provider"
                                      << "No provider is called";
    QTest::newRow("unknown patient")
        << QStringList{"--date", "2026-11-20", "--units", "155"} << "--patient"
        << "999999";
    QTest::newRow("appointment not a number")
        << base + QStringList{"--appointment", "first"} << "--appointment"
        << "not an appointment number";
    QTest::newRow("no such appointment")
        << base + QStringList{"--appointment", "4711"} << "--appointment"
        << "4711";
}

void tst_CliTreatment::shouldRejectBadInputNamingTheOption()
{
    QFETCH(QStringList, options);
    QFETCH(QString, option);
    QFETCH(QString, says);
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const QString mrn = option == u"--patient" ? QStringLiteral("999999") : clinic.ann;

    const CliRun run = clinic.run(QStringList{"treatment", "add", "--patient", mrn} + options);

    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.startsWith(option + QStringLiteral(": ")), run.describe());
    QVERIFY2(run.err.contains(says), run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    QCOMPARE(clinic.cycles(clinic.ann).size(), 0);
}

void tst_CliTreatment::shouldWarnOnStderrButRecordAbove195Units()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun run = clinic.add(clinic.ann, "2026-11-20", "200");

    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(kIdLine.match(run.out).hasMatch(), run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("Warning: --units: 200 U is above the 195 U "
                                             "maximum")),
             run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("Cycle 1 recorded.")), run.describe());
    const QJsonArray cycles = clinic.cycles(clinic.ann);
    QCOMPARE(cycles.size(), 1);
    QCOMPARE(cycles.first().toObject().value("unitsGiven").toInt(), 200);
    QCOMPARE(cycles.first().toObject().value("wasteModifier").toString(), QStringLiteral("JZ"));
}

void tst_CliTreatment::shouldWarnAboutExpiredLot()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    // A two-digit year on an expiry is this century's.
    const CliRun run = clinic.add(clinic.ann, "2026-11-20", "155",
                                  {"--lot", "C9999ZZ1", "--lot-expiry", "10/31/26"});

    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("Warning: --lot-expiry: Lot C9999ZZ1 expired on "
                                             "Oct 31, 2026, before this treatment.")),
             run.describe());
    QCOMPARE(clinic.cycles(clinic.ann).first().toObject().value("lotExpiry").toString(),
             QStringLiteral("2026-10-31"));
}

void tst_CliTreatment::shouldRecordTreatmentFromItsAppointment()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const CliRun booked =
        runOn(clinic.path(), {"book", "--patient", clinic.cy, "--provider", "alvarez", "--type",
                              "botox", "--room", "Procedure 1", "--start", "2026-11-23T10:00"});
    QVERIFY2(booked.exitCode == 0, booked.describe());
    const QString id = booked.out.trimmed();
    QCOMPARE(clinic.run({"status", id, "completed"}).exitCode, 0);

    const CliRun run = clinic.add(clinic.cy, "2026-11-23", "155", {"--appointment", id});

    QVERIFY2(run.exitCode == 0, run.describe());
    const QJsonObject t = clinic.cycles(clinic.cy).first().toObject();
    QCOMPARE(QString::number(t.value("appointmentId").toInteger()), id);
    QCOMPARE(t.value("provider").toString(), QStringLiteral("Maria Alvarez, DO"));
    // One record per appointment.
    const CliRun again = clinic.add(clinic.cy, "2026-11-23", "155", {"--appointment", id});
    QVERIFY2(again.exitCode == 2, again.describe());
    QVERIFY2(again.err.startsWith(QStringLiteral("--appointment: ")), again.describe());
    QCOMPARE(clinic.cycles(clinic.cy).size(), 1);
}

void tst_CliTreatment::shouldRefuseAppointmentOfAnotherDayOrKind()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const CliRun botox =
        runOn(clinic.path(), {"book", "--patient", clinic.cy, "--provider", "fiks", "--type",
                              "botox", "--room", "Procedure 1", "--start", "2026-11-23T10:00"});
    const CliRun followUp =
        runOn(clinic.path(), {"book", "--patient", clinic.cy, "--provider", "fiks", "--type",
                              "follow", "--room", "Procedure 1", "--start", "2026-11-24T10:00"});
    QVERIFY2(botox.exitCode == 0, botox.describe());
    QVERIFY2(followUp.exitCode == 0, followUp.describe());

    const CliRun otherDay =
        clinic.add(clinic.cy, "2026-11-24", "155", {"--appointment", botox.out.trimmed()});
    const CliRun notBotox =
        clinic.add(clinic.cy, "2026-11-24", "155", {"--appointment", followUp.out.trimmed()});
    const CliRun notHers =
        clinic.add(clinic.ann, "2026-11-23", "155", {"--appointment", botox.out.trimmed()});

    QVERIFY2(otherDay.exitCode == 2, otherDay.describe());
    QVERIFY2(otherDay.err.startsWith(QStringLiteral("--date: Appointment ")), otherDay.describe());
    QVERIFY2(otherDay.err.contains(QStringLiteral("is on Nov 23, 2026, not Nov 24, 2026")),
             otherDay.describe());
    QVERIFY2(notBotox.exitCode == 2, notBotox.describe());
    QVERIFY2(notBotox.err.startsWith(QStringLiteral("--appointment: ")), notBotox.describe());
    QVERIFY2(notBotox.err.contains(QStringLiteral("not a Botox treatment visit")),
             notBotox.describe());
    QVERIFY2(notHers.exitCode == 2, notHers.describe());
    QVERIFY2(notHers.err.contains(QStringLiteral("not this patient's")), notHers.describe());
    QCOMPARE(clinic.cycles(clinic.cy).size(), 0);
    QCOMPARE(clinic.cycles(clinic.ann).size(), 0);
}

void tst_CliTreatment::shouldListNothingForPatientWithoutTreatments()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun text = clinic.run({"treatment", "list", "--patient", clinic.bo});
    const CliRun json = clinic.run({"treatment", "list", "--patient", clinic.bo, "--json"});
    const CliRun nobody = clinic.run({"treatment", "list", "--patient", "999999"});

    QVERIFY2(text.exitCode == 0, text.describe());
    QCOMPARE(text.out, QString());
    QVERIFY2(text.err.contains(QStringLiteral("Bo Jones has no Botox treatments recorded.")),
             text.describe());
    QVERIFY2(json.exitCode == 0, json.describe());
    QCOMPARE(json.out.simplified(), QStringLiteral("[ ]"));
    QVERIFY2(nobody.exitCode == 2, nobody.describe());
    QVERIFY2(nobody.err.startsWith(QStringLiteral("--patient: ")), nobody.describe());
}

void tst_CliTreatment::shouldRefuseBotoxBookedBeforeEarliestAllowedDate_data()
{
    QTest::addColumn<QString>("who"); // "ann" (84 days) or "bo" (self-pay, 70 days)
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("earliest");

    // Treated on Tuesday, Nov 17, 2026.
    QTest::newRow("83 days") << "ann"
                             << "2027-02-08T10:00" << 4 << "Feb 9, 2027";
    QTest::newRow("84 days") << "ann"
                             << "2027-02-09T10:00" << 0 << "";
    QTest::newRow("85 days") << "ann"
                             << "2027-02-10T10:00" << 0 << "";
    QTest::newRow("a month later") << "ann"
                                   << "2026-12-17T10:00" << 4 << "Feb 9, 2027";
    QTest::newRow("self-pay, 69 days") << "bo"
                                       << "2027-01-25T10:00" << 4 << "Jan 26, 2027";
    QTest::newRow("self-pay, 70 days") << "bo"
                                       << "2027-01-26T10:00" << 0 << "";
}

void tst_CliTreatment::shouldRefuseBotoxBookedBeforeEarliestAllowedDate()
{
    QFETCH(QString, who);
    QFETCH(QString, start);
    QFETCH(int, exitCode);
    QFETCH(QString, earliest);
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const QString mrn = who == u"bo" ? clinic.bo : clinic.ann;
    QCOMPARE(clinic.add(mrn, "2026-11-17", "155").exitCode, 0);

    const CliRun run = clinic.book(mrn, start);

    QVERIFY2(run.exitCode == exitCode, run.describe());
    const QDate day = QDate::fromString(start.left(10), Qt::ISODate);
    const auto stored = storedAppointments(clinic.path(), day, day);
    QVERIFY(stored);
    if (exitCode == 4) {
        QVERIFY2(run.err.contains(QStringLiteral("Too early for Botox")), run.describe());
        QVERIFY2(run.err.contains(QStringLiteral("from %1").arg(earliest)), run.describe());
        QVERIFY2(run.err.contains(QStringLiteral("--override-reason")), run.describe());
        QVERIFY2(run.out.isEmpty(), run.describe());
        QCOMPARE(stored->size(), 0);
    } else {
        QVERIFY2(kIdLine.match(run.out).hasMatch(), run.describe());
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().appointment.overrideReason, QString());
    }
}

void tst_CliTreatment::shouldBookTooEarlyWithOverrideReasonAndKeepIt()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    QCOMPARE(clinic.add(clinic.ann, "2026-11-17", "155").exitCode, 0);

    const CliRun run = clinic.book(clinic.ann, "2027-02-08T10:00",
                                   {"--override-reason", "  Travels   abroad from Feb 9 "});
    const CliRun blank = clinic.book(clinic.ann, "2027-02-01T10:00", {"--override-reason", " "});

    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(kIdLine.match(run.out).hasMatch(), run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("override reason kept: Travels abroad from Feb 9")),
             run.describe());
    const auto stored = clinic.stored(run.out.trimmed(), QDate(2027, 2, 8));
    QVERIFY(stored);
    QCOMPARE(stored->appointment.overrideReason, QStringLiteral("Travels abroad from Feb 9"));
    QVERIFY2(blank.exitCode == 2, blank.describe());
    QVERIFY2(blank.err.startsWith(QStringLiteral("--override-reason: ")), blank.describe());
}

void tst_CliTreatment::shouldNotKeepOverrideReasonInsideTheWindow()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    QCOMPARE(clinic.add(clinic.ann, "2026-11-17", "155").exitCode, 0);

    const CliRun run =
        clinic.book(clinic.ann, "2027-02-09T10:00", {"--override-reason", "Just in case"});

    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("no override reason was needed")), run.describe());
    const auto stored = clinic.stored(run.out.trimmed(), QDate(2027, 2, 9));
    QVERIFY(stored);
    QCOMPARE(stored->appointment.overrideReason, QString());
}

QTEST_GUILESS_MAIN(tst_CliTreatment)
#include "tst_cli_treatment.moc"
