// clinicdesk-cli's appointment commands as the front desk's scripts use them: book, cancel and
// status, the set-up lists, a day's schedule as lines, JSON and CSV, and the demo clinic's book.
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

const QDate kToday(2026, 11, 25); // Wednesday
const QDate kMonday(2026, 11, 30); // a working day after today, empty in a new clinic
const QString kMondayText = QStringLiteral("2026-11-30");

const QRegularExpression kIdLine(QStringLiteral("^\\d+\\n$"));

// A new clinic with three providers, three rooms, the default types and three patients.
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
                                    QStringLiteral("#8a5a9e"), true},
                                   {0, QStringLiteral("Mariam Haddad"), QStringLiteral("NP"),
                                    QStringLiteral("#2e8b57"), true}},
                                  {{0, QStringLiteral("Procedure 1"), true},
                                   {0, QStringLiteral("Procedure 2"), true},
                                   {0, QStringLiteral("Exam 3"), true}})) {
            m_problem = "providers and rooms could not be added";
            return;
        }
        ann = addPatient("Ann", "Lee", "1975-03-14", {"--phone", "503.405.8718"});
        bo = addPatient("Bo", "Jones", "1980-01-02", {});
        cy = addPatient("Cy", "Park", "1990-07-04", {"--phone", "9715550142"});
    }

    bool isValid() const { return !ann.isEmpty() && !bo.isEmpty() && !cy.isEmpty(); }
    QByteArray problem() const { return m_problem; }
    const QString &path() const { return m_path; }
    CliRun run(const QStringList &arguments) const { return runOn(m_path, arguments); }

    CliRun book(const QString &mrn, const QString &provider, const QString &type,
                const QString &start, const QStringList &more = {}) const
    {
        return run(QStringList{"book", "--patient", mrn, "--provider", provider, "--type", type,
                               "--start", start} +
                   more);
    }
    // Books and returns the new appointment's number; empty when the booking failed.
    QString booked(const QString &mrn, const QString &provider, const QString &type,
                   const QString &start, const QStringList &more = {}) const
    {
        const CliRun run = book(mrn, provider, type, start, more);
        return run.exitCode == 0 ? run.out.trimmed() : QString();
    }
    QList<Core::ScheduleEntry> stored(QDate from, QDate to = {}) const
    {
        return storedAppointments(m_path, from, to.isValid() ? to : from)
            .value_or(QList<Core::ScheduleEntry>{});
    }
    std::optional<Core::ScheduleEntry> storedById(const QString &id) const
    {
        for (const Core::ScheduleEntry &e : stored(kToday.addDays(-7), kToday.addDays(60)))
            if (QString::number(e.appointment.id) == id)
                return e;
        return std::nullopt;
    }

    QString ann, bo, cy; // record numbers

private:
    QString addPatient(const char *first, const char *last, const char *dob,
                       const QStringList &more)
    {
        const CliRun run = runOn(
            m_path,
            QStringList{"patient", "add", "--first", first, "--last", last, "--dob", dob} + more);
        if (run.exitCode != 0)
            m_problem = run.describe();
        return run.exitCode == 0 ? run.out.trimmed() : QString();
    }

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_problem;
};

QJsonArray jsonArray(const QString &text, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    *ok = error.error == QJsonParseError::NoError && document.isArray();
    return document.array();
}

// RFC 4180: fields separated by commas, records by CRLF; a quoted field may hold commas, CRLF
// and doubled quotes. `ok` is false for text that breaks those rules.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false, wasQuoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                *ok = false; // a quote inside an unquoted field
            quoted = wasQuoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'\n' || c == u'\r') {
            *ok = false; // a bare line break outside quotes
        } else {
            if (wasQuoted)
                *ok = false; // text after a closing quote
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *ok = false; // unterminated last record
    return records;
}

// The book without the patients: when, with whom, what and how it went.
QStringList visits(const QString &json)
{
    QStringList found;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = value.toObject();
        found << QStringList{o.value("start").toString(), o.value("end").toString(),
                             o.value("provider").toString(), o.value("type").toString(),
                             o.value("status").toString()}
                     .join(u' ');
    }
    return found;
}

QStringList statuses(const QJsonArray &entries)
{
    QStringList found;
    for (const QJsonValue &value : entries)
        found << value.toObject().value(QStringLiteral("status")).toString();
    return found;
}

} // namespace

class tst_CliSchedule : public QObject
{
    Q_OBJECT

private slots:
    void shouldPrintHelpForEachNewCommand_data();
    void shouldPrintHelpForEachNewCommand();
    void shouldListNewCommandsInGeneralHelp();

    void shouldPrintNewAppointmentIdAndShowItInSchedule();
    void shouldFindProviderRoomAndTypeByPartOfTheName_data();
    void shouldFindProviderRoomAndTypeByPartOfTheName();
    void shouldRefuseOverlappingBookingNamingTheClash_data();
    void shouldRefuseOverlappingBookingNamingTheClash();
    void shouldBookTouchingAndSeparateVisits_data();
    void shouldBookTouchingAndSeparateVisits();
    void shouldRejectUnknownNamesNamingTheOption_data();
    void shouldRejectUnknownNamesNamingTheOption();
    void shouldRejectBadStart_data();
    void shouldRejectBadStart();
    void shouldRefuseTimeOutsideHoursAsConflict_data();
    void shouldRefuseTimeOutsideHoursAsConflict();
    void shouldTakeTypesLengthUnlessMinutesGiven();
    void shouldRejectBadMinutes_data();
    void shouldRejectBadMinutes();
    void shouldRequireReasonToCancelAndChangeNothing_data();
    void shouldRequireReasonToCancelAndChangeNothing();
    void shouldHideCancelledVisitUnlessAskedAndFreeItsTime();
    void shouldMoveVisitThroughArrivedInRoomCompleted_data();
    void shouldMoveVisitThroughArrivedInRoomCompleted();
    void shouldRecordNoShowOnlyWithReason();
    void shouldRefuseCompletingFutureVisit();
    void shouldRejectUnknownAppointmentOrStatus_data();
    void shouldRejectUnknownAppointmentOrStatus();

    void shouldListSetupAsJson();
    void shouldListSetupAsAlignedLines();

    void shouldPrintScheduleInTimeOrderWithIsoTimes();
    void shouldShowOnlyTheChosenProvider();
    void shouldSayWhenDayIsEmpty();
    void shouldRejectBadScheduleOptions_data();
    void shouldRejectBadScheduleOptions();
    void shouldWriteCsvThatSpreadsheetsShowButNeverRun_data();
    void shouldWriteCsvThatSpreadsheetsShowButNeverRun();

    void shouldSeedDemoBookKeepingProvidersHours();
    void shouldSeedTheSameBookFromTheSameSeed();
};

void tst_CliSchedule::shouldPrintHelpForEachNewCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("usage");

    QTest::newRow("book") << "book"
                          << "book --patient MRN --provider NAME";
    QTest::newRow("cancel") << "cancel"
                            << "cancel ID --reason TEXT";
    QTest::newRow("status") << "status"
                            << "status ID STATUS [--reason TEXT]";
    QTest::newRow("providers") << "providers"
                               << "providers [--json]";
    QTest::newRow("rooms") << "rooms"
                           << "rooms [--json]";
    QTest::newRow("types") << "types"
                           << "types [--json]";
    QTest::newRow("schedule") << "schedule"
                              << "schedule --date DATE [--provider NAME]";
}

void tst_CliSchedule::shouldPrintHelpForEachNewCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, usage);

    const CliRun run = runCli({command, QStringLiteral("--help")});

    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.startsWith(QStringLiteral("Usage: clinicdesk-cli [--db PATH] ") + usage),
             run.describe());
    QVERIFY2(run.err.isEmpty(), run.describe());
    for (const QString &line : run.out.split(u'\n'))
        QVERIFY2(line.size() <= 80, qPrintable(line));
}

void tst_CliSchedule::shouldListNewCommandsInGeneralHelp()
{
    const CliRun run = runCli({QStringLiteral("--help")});

    QCOMPARE(run.exitCode, 0);
    for (const char *command : {"  book ", "  cancel ", "  status ", "  providers ", "  rooms ",
                                "  types ", "  schedule "})
        QVERIFY2(run.out.contains(QLatin1String(command)), command);
    for (const QString &line : run.out.split(u'\n'))
        QVERIFY2(line.size() <= 80, qPrintable(line));
}

void tst_CliSchedule::shouldPrintNewAppointmentIdAndShowItInSchedule()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun run = clinic.book(clinic.ann, "Vladimir Fiks", "Botox treatment",
                                   kMondayText + "T10:00", {"--room", "Procedure 1"});

    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(kIdLine.match(run.out).hasMatch(), run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("Lee, Ann")), run.describe());
    const CliRun day = clinic.run({"schedule", "--date", kMondayText});
    QVERIFY2(day.exitCode == 0, day.describe());
    QCOMPARE(day.outLines().size(), 1);
    const QString line = day.outLines().constFirst();
    for (const QString &part : {QStringLiteral("10:00\u201310:15"), QStringLiteral("Vladimir Fiks"),
                                QStringLiteral("Procedure 1"), QStringLiteral("Lee, Ann"),
                                clinic.ann, QStringLiteral("(503) 405-8718"),
                                QStringLiteral("Botox treatment"), QStringLiteral("Booked")})
        QVERIFY2(line.contains(part), qPrintable(part + u'\n' + line));
    const auto stored = clinic.stored(kMonday);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(QString::number(stored.constFirst().appointment.id), run.out.trimmed());
}

void tst_CliSchedule::shouldFindProviderRoomAndTypeByPartOfTheName_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("room");

    QTest::newRow("exact names") << "Vladimir Fiks"
                                 << "Botox treatment"
                                 << "Procedure 1";
    QTest::newRow("other case") << "VLADIMIR FIKS"
                                << "botox TREATMENT"
                                << "procedure 1";
    QTest::newRow("name with credentials") << "Vladimir Fiks, MD"
                                           << "Botox treatment"
                                           << "Procedure 1";
    QTest::newRow("unique parts") << "fiks"
                                  << "botox"
                                  << "dure 1";
    QTest::newRow("exact beats part") << "Maria Alvarez"
                                      << "Botox"
                                      << "Procedure 1";
}

void tst_CliSchedule::shouldFindProviderRoomAndTypeByPartOfTheName()
{
    QFETCH(QString, provider);
    QFETCH(QString, type);
    QFETCH(QString, room);
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun run =
        clinic.book(clinic.ann, provider, type, kMondayText + "T10:00", {"--room", room});

    QVERIFY2(run.exitCode == 0, run.describe());
    const auto stored = clinic.stored(kMonday);
    QCOMPARE(stored.size(), 1);
    const QString expected =
        provider.startsWith(QStringLiteral("Maria")) ? "Maria Alvarez" : "Vladimir Fiks";
    QCOMPARE(stored.constFirst().providerName, expected);
    QCOMPARE(stored.constFirst().typeName, QStringLiteral("Botox treatment"));
    QCOMPARE(stored.constFirst().roomName, QStringLiteral("Procedure 1"));
}

void tst_CliSchedule::shouldRefuseOverlappingBookingNamingTheClash_data()
{
    QTest::addColumn<bool>("samePatient");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QStringList>("more");
    QTest::addColumn<QString>("why");

    // Ann Lee is booked with Vladimir Fiks, 10:00-10:15 in Procedure 1.
    QTest::newRow("same provider, 1-minute overlap at the end")
        << false << "Fiks"
        << "T10:14" << QStringList{"--minutes", "15"} << "Vladimir Fiks";
    QTest::newRow("same provider, 1-minute overlap at the start")
        << false << "Fiks"
        << "T09:46" << QStringList{"--minutes", "15"} << "Vladimir Fiks";
    QTest::newRow("same provider, same start") << false << "Fiks"
                                               << "T10:00" << QStringList{} << "Vladimir Fiks";
    QTest::newRow("same provider, containing")
        << false << "Fiks"
        << "T09:45" << QStringList{"--minutes", "60"} << "Vladimir Fiks";
    QTest::newRow("same provider, inside")
        << false << "Fiks"
        << "T10:05" << QStringList{"--minutes", "5"} << "Vladimir Fiks";
    QTest::newRow("same room, other provider")
        << false << "Alvarez"
        << "T10:05" << QStringList{"--room", "Procedure 1"} << "Procedure 1 is already taken";
    QTest::newRow("same patient, other provider and room")
        << true << "Alvarez"
        << "T10:10" << QStringList{"--room", "Exam 3"} << "Lee, Ann is already booked";
}

void tst_CliSchedule::shouldRefuseOverlappingBookingNamingTheClash()
{
    QFETCH(bool, samePatient);
    QFETCH(QString, provider);
    QFETCH(QString, start);
    QFETCH(QStringList, more);
    QFETCH(QString, why);
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const QString first = clinic.booked(clinic.ann, "Fiks", "Botox", kMondayText + "T10:00",
                                        {"--room", "Procedure 1"});
    QVERIFY(!first.isEmpty());

    const CliRun run = clinic.book(samePatient ? clinic.ann : clinic.bo, provider, "Follow-up",
                                   kMondayText + start, more);

    QVERIFY2(run.exitCode == 3, run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    QVERIFY2(run.err.contains(why), run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("Lee, Ann")), run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("10:00\u201310:15")), run.describe());
    QVERIFY2(
        QRegularExpression(QStringLiteral("Next free: \\d{1,2}:\\d\\d")).match(run.err).hasMatch(),
        run.describe());
    QCOMPARE(clinic.stored(kMonday).size(), 1);
}

void tst_CliSchedule::shouldBookTouchingAndSeparateVisits_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("room");

    QTest::newRow("right after, same provider and room") << "Fiks"
                                                         << "T10:15"
                                                         << "Procedure 1";
    QTest::newRow("right before, same provider and room") << "Fiks"
                                                          << "T09:40"
                                                          << "Procedure 1";
    QTest::newRow("same time, other provider and room") << "Alvarez"
                                                        << "T10:00"
                                                        << "Exam 3";
}

void tst_CliSchedule::shouldBookTouchingAndSeparateVisits()
{
    QFETCH(QString, provider);
    QFETCH(QString, start);
    QFETCH(QString, room);
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    QVERIFY(
        !clinic
             .booked(clinic.ann, "Fiks", "Botox", kMondayText + "T10:00", {"--room", "Procedure 1"})
             .isEmpty());

    // A 20-minute follow-up for another patient.
    const CliRun run =
        clinic.book(clinic.bo, provider, "Follow-up", kMondayText + start, {"--room", room});

    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(kIdLine.match(run.out).hasMatch(), run.describe());
    QCOMPARE(clinic.stored(kMonday).size(), 2);
}

void tst_CliSchedule::shouldRejectUnknownNamesNamingTheOption_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("unknown provider")
        << "--provider"
        << "Smith" << QStringList{"Smith", "Vladimir Fiks", "Maria Alvarez"};
    QTest::newRow("ambiguous provider") << "--provider"
                                        << "mari" << QStringList{"Maria Alvarez", "Mariam Haddad"};
    QTest::newRow("unknown type") << "--type"
                                  << "Massage"
                                  << QStringList{"Massage", "Botox treatment", "Phone call"};
    QTest::newRow("ambiguous type") << "--type"
                                    << "n" << QStringList{"Nerve block"};
    QTest::newRow("unknown patient") << "--patient"
                                     << "999999" << QStringList{"999999"};
    QTest::newRow("blank patient") << "--patient"
                                   << " " << QStringList{"record number"};
    QTest::newRow("unknown room") << "--room"
                                  << "Room 9" << QStringList{"Room 9", "Exam 3"};
    QTest::newRow("ambiguous room") << "--room"
                                    << "procedure" << QStringList{"Procedure 1", "Procedure 2"};
}

void tst_CliSchedule::shouldRejectUnknownNamesNamingTheOption()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QStringList, mentions);
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    QStringList arguments{"book",   "--patient", clinic.ann, "--provider",           "Fiks",
                          "--type", "Botox",     "--start",  kMondayText + "T10:00", "--room",
                          "Exam 3"};
    arguments[arguments.indexOf(option) + 1] = value;

    const CliRun run = clinic.run(arguments);

    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.startsWith(option + QStringLiteral(": ")), run.describe());
    QCOMPARE(run.err.count(u'\n'), 1);
    for (const QString &mention : mentions)
        QVERIFY2(run.err.contains(mention), qPrintable(mention + u'\n' + run.err));
    QVERIFY2(run.out.isEmpty(), run.describe());
    QCOMPARE(clinic.stored(kMonday).size(), 0);
}

void tst_CliSchedule::shouldRejectBadStart_data()
{
    QTest::addColumn<QString>("start");

    QTest::newRow("words") << "next monday";
    QTest::newRow("date without time") << "2026-11-30";
    QTest::newRow("February 30") << "2026-02-30T10:00";
    QTest::newRow("month 13") << "2026-13-01T10:00";
    QTest::newRow("hour 24") << "2026-11-30T24:00";
    QTest::newRow("minute 60") << "2026-11-30T10:60";
    QTest::newRow("absurd year") << "9999-11-30T10:00";
    QTest::newRow("year 1") << "0001-11-30T10:00";
    QTest::newRow("US date") << "11/30/2026 10:00";
}

void tst_CliSchedule::shouldRejectBadStart()
{
    QFETCH(QString, start);
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun run = clinic.book(clinic.ann, "Fiks", "Botox", start);

    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.startsWith(QStringLiteral("--start: ")), run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
}

void tst_CliSchedule::shouldRefuseTimeOutsideHoursAsConflict_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("why");

    // The clinic's default hours: Monday to Friday, 8:00 to 17:00.
    QTest::newRow("before opening") << "2026-11-30T07:00"
                                    << "outside";
    QTest::newRow("starting before opening") << "2026-11-30T07:50"
                                             << "outside";
    QTest::newRow("running past closing") << "2026-11-30T16:50"
                                          << "outside";
    QTest::newRow("after closing") << "2026-11-30T18:00"
                                   << "outside";
    QTest::newRow("Saturday") << "2026-11-28T10:00"
                              << "closed on Saturdays";
    QTest::newRow("Sunday") << "2026-11-29 10:00"
                            << "closed on Sundays";
}

void tst_CliSchedule::shouldRefuseTimeOutsideHoursAsConflict()
{
    QFETCH(QString, start);
    QFETCH(QString, why);
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun run = clinic.book(clinic.ann, "Fiks", "Botox", start);

    QVERIFY2(run.exitCode == 3, run.describe());
    QVERIFY2(run.err.contains(why), run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    QCOMPARE(clinic.stored(kToday, kToday.addDays(7)).size(), 0);
}

void tst_CliSchedule::shouldTakeTypesLengthUnlessMinutesGiven()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const QString usual = clinic.booked(clinic.ann, "Fiks", "Nerve block", kMondayText + "T09:00");
    const QString longer = clinic.booked(clinic.bo, "Fiks", "Nerve block", kMondayText + "T11:00",
                                         {"--minutes", "45"});

    QVERIFY(!usual.isEmpty());
    QVERIFY(!longer.isEmpty());
    bool ok = false;
    const QJsonArray day =
        jsonArray(clinic.run({"schedule", "--date", kMondayText, "--json"}).out, &ok);
    QVERIFY(ok);
    QCOMPARE(day.size(), 2);
    QCOMPARE(day[0].toObject().value("minutes").toInt(), 30);
    QCOMPARE(day[0].toObject().value("end").toString(), QStringLiteral("2026-11-30T09:30:00"));
    QCOMPARE(day[1].toObject().value("minutes").toInt(), 45);
    QCOMPARE(day[1].toObject().value("end").toString(), QStringLiteral("2026-11-30T11:45:00"));
}

void tst_CliSchedule::shouldRejectBadMinutes_data()
{
    QTest::addColumn<QString>("minutes");

    QTest::newRow("too short") << "3";
    QTest::newRow("zero") << "0";
    QTest::newRow("longer than a working day") << "481";
    QTest::newRow("not a number") << "half an hour";
}

void tst_CliSchedule::shouldRejectBadMinutes()
{
    QFETCH(QString, minutes);
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun run =
        clinic.book(clinic.ann, "Fiks", "Botox", kMondayText + "T10:00", {"--minutes", minutes});

    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.startsWith(QStringLiteral("--minutes: ")), run.describe());
    QCOMPARE(clinic.stored(kMonday).size(), 0);
}

void tst_CliSchedule::shouldRequireReasonToCancelAndChangeNothing_data()
{
    QTest::addColumn<QStringList>("reason");

    QTest::newRow("no --reason") << QStringList{};
    QTest::newRow("blank reason") << QStringList{"--reason", "   "};
}

void tst_CliSchedule::shouldRequireReasonToCancelAndChangeNothing()
{
    QFETCH(QStringList, reason);
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const QString id = clinic.booked(clinic.ann, "Fiks", "Botox", kMondayText + "T10:00");
    QVERIFY(!id.isEmpty());

    const CliRun run = clinic.run(QStringList{"cancel", id} + reason);

    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.startsWith(QStringLiteral("--reason: ")), run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    const auto stored = clinic.storedById(id);
    QVERIFY(stored);
    QCOMPARE(stored->appointment.status, Core::AppointmentStatus::Booked);
}

void tst_CliSchedule::shouldHideCancelledVisitUnlessAskedAndFreeItsTime()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const QString id = clinic.booked(clinic.ann, "Fiks", "Botox", kMondayText + "T10:00",
                                     {"--room", "Procedure 1"});
    QVERIFY(!id.isEmpty());

    const CliRun run = clinic.run({"cancel", id, "--reason", "Patient ill"});

    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.out, id + u'\n');
    QVERIFY2(run.err.contains(QStringLiteral("cancelled")), run.describe());
    const CliRun shown = clinic.run({"schedule", "--date", kMondayText});
    QVERIFY2(shown.exitCode == 0 && shown.out.isEmpty(), shown.describe());
    const CliRun all = clinic.run({"schedule", "--date", kMondayText, "--include-cancelled"});
    QCOMPARE(all.outLines().size(), 1);
    QVERIFY2(all.out.contains(QStringLiteral("Cancelled: Patient ill")), all.describe());
    bool ok = false;
    const QJsonArray json = jsonArray(
        clinic.run({"schedule", "--date", kMondayText, "--include-cancelled", "--json"}).out, &ok);
    QVERIFY(ok);
    QCOMPARE(json.size(), 1);
    QCOMPARE(json[0].toObject().value("status").toString(), QStringLiteral("cancelled"));
    QCOMPARE(json[0].toObject().value("statusReason").toString(), QStringLiteral("Patient ill"));
    // The time is free again.
    const CliRun again =
        clinic.book(clinic.bo, "Fiks", "Botox", kMondayText + "T10:00", {"--room", "Procedure 1"});
    QVERIFY2(again.exitCode == 0, again.describe());
}

void tst_CliSchedule::shouldMoveVisitThroughArrivedInRoomCompleted_data()
{
    QTest::addColumn<QString>("inRoom");

    QTest::newRow("in-room") << "in-room";
    QTest::newRow("in_room") << "in_room";
    QTest::newRow("In Room") << "In Room";
}

void tst_CliSchedule::shouldMoveVisitThroughArrivedInRoomCompleted()
{
    QFETCH(QString, inRoom);
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const QString id = clinic.booked(clinic.ann, "Fiks", "Botox", "2026-11-25T10:00");
    QVERIFY(!id.isEmpty());

    using Core::AppointmentStatus;
    const QList<QPair<QString, AppointmentStatus>> steps{
        {QStringLiteral("confirmed"), AppointmentStatus::Confirmed},
        {QStringLiteral("arrived"), AppointmentStatus::Arrived},
        {inRoom, AppointmentStatus::InRoom},
        {QStringLiteral("completed"), AppointmentStatus::Completed}};
    for (const auto &[word, status] : steps) {
        const CliRun run = clinic.run({"status", id, word});
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(run.out, id + u'\n');
        QVERIFY2(run.err.contains(Core::statusLabel(status).toLower()), run.describe());
        const auto stored = clinic.storedById(id);
        QVERIFY(stored);
        QCOMPARE(stored->appointment.status, status);
    }
    const CliRun day = clinic.run({"schedule", "--date", "today"});
    QVERIFY2(day.out.contains(QStringLiteral("Completed")), day.describe());
}

void tst_CliSchedule::shouldRecordNoShowOnlyWithReason()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const QString id = clinic.booked(clinic.ann, "Fiks", "Botox", "2026-11-25T11:00");
    QVERIFY(!id.isEmpty());

    const CliRun refused = clinic.run({"status", id, "no-show"});
    const CliRun recorded =
        clinic.run({"status", id, "no-show", "--reason", "Did not arrive; voicemail left"});

    QVERIFY2(refused.exitCode == 2, refused.describe());
    QVERIFY2(refused.err.startsWith(QStringLiteral("--reason: ")), refused.describe());
    QVERIFY2(recorded.exitCode == 0, recorded.describe());
    const auto stored = clinic.storedById(id);
    QVERIFY(stored);
    QCOMPARE(stored->appointment.status, Core::AppointmentStatus::NoShow);
    QCOMPARE(stored->appointment.statusReason, QStringLiteral("Did not arrive; voicemail left"));
    const CliRun day = clinic.run({"schedule", "--date", "2026-11-25", "--include-cancelled"});
    QVERIFY2(day.out.contains(QStringLiteral("No-show: Did not arrive")), day.describe());
}

void tst_CliSchedule::shouldRefuseCompletingFutureVisit()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const QString id = clinic.booked(clinic.ann, "Fiks", "Botox", kMondayText + "T10:00");
    QVERIFY(!id.isEmpty());

    const CliRun run = clinic.run({"status", id, "completed"});

    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.startsWith(QStringLiteral("STATUS: ")), run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    const auto stored = clinic.storedById(id);
    QVERIFY(stored);
    QCOMPARE(stored->appointment.status, Core::AppointmentStatus::Booked);
}

void tst_CliSchedule::shouldRejectUnknownAppointmentOrStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("cancel unknown id")
        << QStringList{"cancel", "99999", "--reason", "x"} << "99999";
    QTest::newRow("status of unknown id") << QStringList{"status", "99999", "arrived"} << "99999";
    QTest::newRow("id not a number") << QStringList{"status", "abc", "arrived"} << "ID: ";
    QTest::newRow("negative id") << QStringList{"cancel", "--reason", "x", "--", "-4"} << "ID: ";
    QTest::newRow("unknown status") << QStringList{"status", "ID", "finished"} << "STATUS: ";
}

void tst_CliSchedule::shouldRejectUnknownAppointmentOrStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    const QString id = clinic.booked(clinic.ann, "Fiks", "Botox", kMondayText + "T10:00");
    QVERIFY(!id.isEmpty());
    arguments.replaceInStrings(QStringLiteral("ID"), id);

    const CliRun run = clinic.run(arguments);

    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.contains(mentions), run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    const auto stored = clinic.storedById(id);
    QVERIFY(stored);
    QCOMPARE(stored->appointment.status, Core::AppointmentStatus::Booked);
}

void tst_CliSchedule::shouldListSetupAsJson()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    bool ok = false;
    const CliRun providersRun = clinic.run({"providers", "--json"});
    const QJsonArray providers = jsonArray(providersRun.out, &ok);
    QVERIFY2(ok, providersRun.describe());
    const QJsonArray rooms = jsonArray(clinic.run({"rooms", "--json"}).out, &ok);
    QVERIFY(ok);
    const QJsonArray types = jsonArray(clinic.run({"types", "--json"}).out, &ok);
    QVERIFY(ok);

    QCOMPARE(providers.size(), 3);
    const QJsonObject fiks = providers[0].toObject();
    QCOMPARE(fiks.value("name").toString(), QStringLiteral("Vladimir Fiks"));
    QCOMPARE(fiks.value("credentials").toString(), QStringLiteral("MD"));
    QCOMPARE(fiks.value("colour").toString(), QStringLiteral("#3b6ea5"));
    QVERIFY(fiks.value("active").toBool());
    QVERIFY(fiks.value("id").toInteger() > 0);

    QStringList roomNames;
    for (const QJsonValue &room : rooms)
        roomNames << room.toObject().value("name").toString();
    QCOMPARE(roomNames, (QStringList{"Procedure 1", "Procedure 2", "Exam 3"}));

    QList<QPair<QString, int>> lengths;
    QStringList botox;
    for (const QJsonValue &value : types) {
        const QJsonObject type = value.toObject();
        lengths.append({type.value("name").toString(), type.value("minutes").toInt()});
        if (type.value("botox").toBool())
            botox << type.value("name").toString();
        QVERIFY(type.value("colour").toString().startsWith(u'#'));
        QVERIFY(type.value("active").toBool());
    }
    const QList<QPair<QString, int>> expected{{"Botox treatment", 15}, {"New-patient consult", 45},
                                              {"Follow-up", 20},       {"Cervical injection", 30},
                                              {"Nerve block", 30},     {"Phone call", 10}};
    QVERIFY2(lengths == expected, types.isEmpty() ? "no types" : "types or lengths differ");
    QCOMPARE(botox, QStringList{"Botox treatment"});
}

void tst_CliSchedule::shouldListSetupAsAlignedLines()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun providers = clinic.run({"providers"});
    const CliRun types = clinic.run({"types"});

    QVERIFY2(providers.exitCode == 0, providers.describe());
    QCOMPARE(providers.outLines().size(), 3);
    QVERIFY2(providers.outLines().constFirst().contains(QStringLiteral("Vladimir Fiks, MD")),
             providers.describe());
    QCOMPARE(types.outLines().size(), 6);
    const QString botox = types.outLines().constFirst();
    QVERIFY2(botox.contains(QStringLiteral("Botox treatment")) &&
                 botox.contains(QStringLiteral("15 min")),
             types.describe());
    // The lengths line up in one column.
    const qsizetype column = botox.indexOf(QStringLiteral("15 min"));
    for (const QString &line : types.outLines())
        QCOMPARE(line.indexOf(QRegularExpression(QStringLiteral("\\d+ min"))), column);
}

void tst_CliSchedule::shouldPrintScheduleInTimeOrderWithIsoTimes()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    // Booked out of order.
    QVERIFY(!clinic.booked(clinic.ann, "Fiks", "Follow-up", kMondayText + "T14:00").isEmpty());
    QVERIFY(!clinic
                 .booked(clinic.bo, "Alvarez", "Nerve block", kMondayText + "T09:00",
                         {"--notes", "Left side"})
                 .isEmpty());
    QVERIFY(!clinic.booked(clinic.cy, "Fiks", "Botox", kMondayText + "T08:30").isEmpty());

    const CliRun text = clinic.run({"schedule", "--date", kMondayText});
    const CliRun json = clinic.run({"schedule", "--date", kMondayText, "--json"});

    QVERIFY2(text.exitCode == 0, text.describe());
    const QStringList lines = text.outLines();
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(QStringLiteral("8:30\u20138:45")), text.describe());
    QVERIFY2(lines[1].startsWith(QStringLiteral("9:00\u20139:30")), text.describe());
    QVERIFY2(lines[1].endsWith(QStringLiteral("Left side")), text.describe());
    QVERIFY2(lines[2].startsWith(QStringLiteral("14:00\u201314:20")), text.describe());
    QVERIFY2(lines[0].contains(QStringLiteral("(971) 555-0142")), text.describe());
    bool ok = false;
    const QJsonArray entries = jsonArray(json.out, &ok);
    QVERIFY2(ok, json.describe());
    QCOMPARE(entries.size(), 3);
    const QJsonObject first = entries[0].toObject();
    QCOMPARE(first.value("date").toString(), kMondayText);
    QCOMPARE(first.value("start").toString(), QStringLiteral("2026-11-30T08:30:00"));
    QCOMPARE(first.value("end").toString(), QStringLiteral("2026-11-30T08:45:00"));
    QCOMPARE(first.value("mrn").toString(), clinic.cy);
    QCOMPARE(first.value("patientName").toString(), QStringLiteral("Park, Cy"));
    QCOMPARE(first.value("phone").toString(), QStringLiteral("9715550142"));
    QCOMPARE(first.value("provider").toString(), QStringLiteral("Vladimir Fiks"));
    QCOMPARE(first.value("type").toString(), QStringLiteral("Botox treatment"));
    QCOMPARE(first.value("status").toString(), QStringLiteral("booked"));
    QVERIFY(first.value("room").isNull());
    QCOMPARE(entries[1].toObject().value("notes").toString(), QStringLiteral("Left side"));
    QCOMPARE(entries[2].toObject().value("start").toString(),
             QStringLiteral("2026-11-30T14:00:00"));
}

void tst_CliSchedule::shouldShowOnlyTheChosenProvider()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    QVERIFY(!clinic.booked(clinic.ann, "Fiks", "Botox", kMondayText + "T09:00").isEmpty());
    QVERIFY(!clinic.booked(clinic.bo, "Alvarez", "Botox", kMondayText + "T09:00").isEmpty());

    const CliRun run = clinic.run({"schedule", "--date", kMondayText, "--provider", "alvarez"});

    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.outLines().size(), 1);
    QVERIFY2(run.out.contains(QStringLiteral("Jones, Bo")), run.describe());
    QVERIFY2(!run.out.contains(QStringLiteral("Lee, Ann")), run.describe());
}

void tst_CliSchedule::shouldSayWhenDayIsEmpty()
{
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    QVERIFY(!clinic.booked(clinic.ann, "Fiks", "Botox", kMondayText + "T09:00").isEmpty());

    const CliRun text = clinic.run({"schedule", "--date", "2026-12-01"});
    const CliRun json = clinic.run({"schedule", "--date", "2026-12-01", "--json"});
    const CliRun csv = clinic.run({"schedule", "--date", "2026-12-01", "--csv"});

    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY2(text.out.isEmpty(), text.describe());
    QVERIFY2(text.err.contains(QStringLiteral("No appointments on Tuesday, December 1, 2026")),
             text.describe());
    QVERIFY2(json.exitCode == 0, json.describe());
    bool ok = false;
    QCOMPARE(jsonArray(json.out, &ok).size(), 0);
    QVERIFY(ok);
    QVERIFY2(csv.exitCode == 0, csv.describe());
    QCOMPARE(csv.out.count(QStringLiteral("\r\n")), 1);
    QVERIFY2(csv.out.startsWith(QStringLiteral("Date,Start,End,")), csv.describe());
}

void tst_CliSchedule::shouldRejectBadScheduleOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("no --date") << QStringList{"schedule"} << 1 << "--date";
    QTest::newRow("--json and --csv")
        << QStringList{"schedule", "--date", "2026-11-30", "--json", "--csv"} << 1
        << "--json or --csv";
    QTest::newRow("date not a date")
        << QStringList{"schedule", "--date", "soon"} << 2 << "--date: ";
    QTest::newRow("November 31") << QStringList{"schedule", "--date", "2026-11-31"} << 2
                                 << "--date: ";
    QTest::newRow("unknown provider")
        << QStringList{"schedule", "--date", "2026-11-30", "--provider", "Smith"} << 2
        << "--provider: ";
}

void tst_CliSchedule::shouldRejectBadScheduleOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());

    const CliRun run = clinic.run(arguments);

    QVERIFY2(run.exitCode == exitCode, run.describe());
    QVERIFY2(run.err.contains(mentions), run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
}

void tst_CliSchedule::shouldWriteCsvThatSpreadsheetsShowButNeverRun_data()
{
    QTest::addColumn<QString>("notes");
    QTest::addColumn<QString>("cell");

    QTest::newRow("formula") << "=HYPERLINK(\"http://evil.example\",\"Click\")"
                             << "'=HYPERLINK(\"http://evil.example\",\"Click\")";
    QTest::newRow("plus") << "+1 555 0100"
                          << "'+1 555 0100";
    QTest::newRow("minus") << "-2+3+cmd|' /C calc'!A0"
                           << "'-2+3+cmd|' /C calc'!A0";
    QTest::newRow("at") << "@SUM(A1:A9)"
                        << "'@SUM(A1:A9)";
    QTest::newRow("comma") << "Left side, then right"
                           << "Left side, then right";
    QTest::newRow("quotes") << "Says \"no needles\""
                            << "Says \"no needles\"";
    QTest::newRow("two lines") << "Line one\nline two"
                               << "Line one\nline two";
    QTest::newRow("equals later") << "Dose = 155 U"
                                  << "Dose = 155 U";
}

void tst_CliSchedule::shouldWriteCsvThatSpreadsheetsShowButNeverRun()
{
    QFETCH(QString, notes);
    QFETCH(QString, cell);
    Clinic clinic;
    QVERIFY2(clinic.isValid(), clinic.problem());
    QVERIFY(!clinic
                 .booked(clinic.ann, "Fiks", "Botox", kMondayText + "T10:00",
                         {"--room", "Procedure 1", "--notes", notes})
                 .isEmpty());

    const CliRun run = clinic.run({"schedule", "--date", kMondayText, "--csv"});

    QVERIFY2(run.exitCode == 0, run.describe());
    bool ok = false;
    const QList<QStringList> rows = parseCsv(run.out, &ok);
    QVERIFY2(ok, run.describe());
    QCOMPARE(rows.size(), 2);
    const QStringList header = rows[0];
    QCOMPARE(rows[1].size(), header.size());
    const auto at = [&](const char *column) {
        return rows[1].value(header.indexOf(QString::fromLatin1(column)));
    };
    QCOMPARE(at("Notes"), cell);
    QCOMPARE(at("Patient"), QStringLiteral("Lee, Ann"));
    QCOMPARE(at("Date"), kMondayText);
    QCOMPARE(at("Start"), QStringLiteral("10:00"));
    QCOMPARE(at("End"), QStringLiteral("10:15"));
    QCOMPARE(at("Phone"), QStringLiteral("(503) 405-8718"));
    QCOMPARE(at("Status"), QStringLiteral("Booked"));
    QVERIFY2(run.out.contains(QStringLiteral(",\"Lee, Ann\",")), run.describe());
    // No cell anywhere starts with a character a spreadsheet would run.
    for (const QStringList &row : rows)
        for (const QString &value : row)
            QVERIFY2(value.isEmpty() || !QStringLiteral("=+-@").contains(value.front()),
                     qPrintable(value));
}

void tst_CliSchedule::shouldSeedDemoBookKeepingProvidersHours()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("demo.sqlite"));

    const CliRun run =
        runOn(database, {"seed-demo", "--patients", "300", "--years", "1", "--seed", "3"});

    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.out, QStringLiteral("300\n"));
    const auto count =
        QRegularExpression(QStringLiteral("and ([\\d,]+) appointments")).match(run.err);
    QVERIFY2(count.hasMatch(), run.describe());
    const int appointments = count.captured(1).remove(u',').toInt();
    QVERIFY2(appointments > 10'000, run.describe());

    // A past weekday: visits done, with some cancelled or missed over the year.
    bool ok = false;
    const QJsonArray past = jsonArray(
        runOn(database, {"schedule", "--date", "2026-11-18", "--include-cancelled", "--json"}).out,
        &ok);
    QVERIFY(ok);
    QVERIFY(past.size() > 20);
    for (const QString &status : statuses(past))
        QVERIFY2(status == u"completed" || status == u"cancelled" || status == u"no_show",
                 qPrintable(status));
    QVERIFY(statuses(past).contains(QStringLiteral("completed")));
    // A future weekday: booked ones, nothing done yet.
    const QJsonArray future = jsonArray(
        runOn(database, {"schedule", "--date", "2026-12-01", "--include-cancelled", "--json"}).out,
        &ok);
    QVERIFY(ok);
    QVERIFY(future.size() > 10);
    for (const QString &status : statuses(future))
        QVERIFY2(status == u"booked" || status == u"confirmed" || status == u"cancelled",
                 qPrintable(status));
    QVERIFY(statuses(future).contains(QStringLiteral("booked")));
    // A weekend is empty.
    const CliRun saturday = runOn(database, {"schedule", "--date", "2026-11-21", "--json"});
    QCOMPARE(jsonArray(saturday.out, &ok).size(), 0);

    // Everything stored keeps to the providers' hours and never double-books.
    const auto stored = storedAppointments(database, kToday.addYears(-1), kToday.addDays(56));
    QVERIFY(stored);
    QCOMPARE(stored->size(), appointments);
    QHash<QString, QList<Core::TimeSlot>> held; // "provider date" -> slots
    for (const Core::ScheduleEntry &e : *stored) {
        const Core::TimeSlot &slot = e.slot();
        const QString what = e.describe() + u' ' + slot.date.toString(Qt::ISODate);
        QVERIFY2(slot.date.dayOfWeek() <= 5, qPrintable(what));
        QVERIFY2(slot.startMinute >= 8 * 60 && slot.endMinute <= 17 * 60, qPrintable(what));
        QVERIFY2(!slot.overlaps({slot.date, 12 * 60, 13 * 60}), qPrintable(what));
        if (e.providerName == u"Daniel O'Connor")
            QVERIFY2(slot.date.dayOfWeek() <= 4, qPrintable(what));
        if (e.providerName == u"Sarah Kim")
            QVERIFY2(slot.date.dayOfWeek() >= 2 && slot.date.dayOfWeek() <= 4 &&
                         slot.endMinute <= 12 * 60,
                     qPrintable(what));
        if (!Core::holdsTime(e.appointment.status))
            continue;
        QList<Core::TimeSlot> &same = held[e.providerName + slot.date.toString(Qt::ISODate)];
        for (const Core::TimeSlot &other : same)
            QVERIFY2(!other.overlaps(slot), qPrintable(what));
        same << slot;
    }

    // The hours are stored: the booking rules hold them against new bookings too.
    const CliRun monday = runOn(database, {"book", "--patient", "100001", "--provider", "kim",
                                           "--type", "Follow-up", "--start", "2027-03-01T09:00"});
    QVERIFY2(monday.exitCode == 3, monday.describe());
    QVERIFY2(monday.err.contains(QStringLiteral("does not work on Mondays")), monday.describe());
    const CliRun lunch = runOn(database, {"book", "--patient", "100001", "--provider", "fiks",
                                          "--type", "Follow-up", "--start", "2027-03-02T12:15"});
    QVERIFY2(lunch.exitCode == 3, lunch.describe());
    QVERIFY2(lunch.err.contains(QStringLiteral("Lunch")), lunch.describe());
}

void tst_CliSchedule::shouldSeedTheSameBookFromTheSameSeed()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    const QStringList seed3{"seed-demo", "--patients", "300", "--years", "1", "--seed", "3"};
    QCOMPARE(runOn(first, seed3).exitCode, 0);
    QCOMPARE(runOn(second, seed3).exitCode, 0);
    QCOMPARE(
        runOn(other, {"seed-demo", "--patients", "300", "--years", "1", "--seed", "4"}).exitCode,
        0);

    for (const char *day : {"2026-11-18", "2026-11-25", "2026-12-01"}) {
        const QStringList schedule{"schedule", "--date", day, "--include-cancelled", "--json"};
        const CliRun a = runOn(first, schedule);
        const CliRun b = runOn(second, schedule);
        const CliRun c = runOn(other, schedule);
        QVERIFY2(a.exitCode == 0, a.describe());
        QVERIFY2(a.out.count(QStringLiteral("\"id\"")) > 10, a.describe());
        QCOMPARE(b.out, a.out);
        // Another seed books other visits, not just other patients into the same ones.
        QVERIFY2(visits(c.out) != visits(a.out), day);
    }
}

QTEST_GUILESS_MAIN(tst_CliSchedule)
#include "tst_clischedule.moc"
