// clinicdesk-cli export-ics as a script runs it: a provider's appointments over some days to an
// .ics file that parses back (RFC 5545), names only with --with-names, and clear refusals that
// write nothing. "Today" is Wednesday 2026-11-25 (CLINICDESK_TODAY).
#include "clitestsupport.h"
#include "icalendarreader.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace ClinicDesk;
using namespace ClinicDesk::Test;

namespace {

const QString kMonday = QStringLiteral("2026-11-30");
const QString kTuesday = QStringLiteral("2026-12-01");

QStringList summaries(const Core::ICalendarComponent &calendar)
{
    QStringList found;
    for (const Core::ICalendarComponent &event : calendar.children(QStringLiteral("VEVENT")))
        found << Core::ICalendarReader::unescapeText(
            event.property(QStringLiteral("SUMMARY"))->value);
    return found;
}

} // namespace

class tst_CliExportIcs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldWriteAProvidersAppointments();
    void shouldNamePatientsOnlyWithNames();
    void shouldKeepUidsAcrossExports();
    void shouldUseTheClinicsTimeZone();
    void shouldWriteAnEmptyCalendarForAnEmptyRange();
    void shouldRefuseAnUnknownProvider();
    void shouldRefuseBadDates_data();
    void shouldRefuseBadDates();
    void shouldRefuseToOverwriteAFile();
    void shouldAskForEveryOption();

private:
    CliRun exportTo(const QString &file, const QStringList &more = {}) const
    {
        return runOn(m_db, QStringList{"export-ics", "--provider", "fiks", "--from", "today",
                                       "--to", "2026-12-31", "--out", file} +
                               more);
    }
    // The file parsed back; QFAIL-friendly: an invalid component when it does not parse.
    static Core::ICalendarComponent parsed(const QString &file)
    {
        const auto calendar = Core::ICalendarReader::parse(fileBytes(file));
        return calendar ? calendar.value() : Core::ICalendarComponent{};
    }
    QString outPath(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_db;
};

void tst_CliExportIcs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("clinic.sqlite"));
    const CliRun init = runOn(m_db, {QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, init.describe());
    QVERIFY(addProvidersAndRooms(m_db,
                                 {{0, QStringLiteral("Vladimir Fiks"), QStringLiteral("MD"),
                                   QStringLiteral("#3b6ea5"), true},
                                  {0, QStringLiteral("Maria Alvarez"), QStringLiteral("DO"),
                                   QStringLiteral("#8a5a9e"), true}},
                                 {{0, QStringLiteral("Procedure 1"), true}}));
    QStringList mrns;
    for (const auto &[first, last] : {std::pair{"Ann", "Lee"}, std::pair{"Bo", "Jones"}}) {
        const CliRun add = runOn(
            m_db, {"patient", "add", "--first", first, "--last", last, "--dob", "1975-03-14"});
        QVERIFY2(add.exitCode == 0, add.describe());
        mrns << add.out.trimmed();
    }
    const auto book = [&](const QString &mrn, const QString &provider, const QString &type,
                          const QString &start, const QStringList &more = {}) {
        const CliRun run = runOn(m_db, QStringList{"book", "--patient", mrn, "--provider", provider,
                                                   "--type", type, "--start", start} +
                                           more);
        return run.exitCode == 0 ? run.out.trimmed() : QString();
    };
    QVERIFY(!book(mrns[0], "Fiks", "Botox", kMonday + "T10:00",
                  {"--room", "Procedure 1", "--notes", "Prefers mornings, asks for Dr Fiks"})
                 .isEmpty());
    const QString cancelled = book(mrns[1], "Fiks", "Follow-up", kTuesday + "T11:00");
    QVERIFY(!cancelled.isEmpty());
    const CliRun cancel = runOn(m_db, {"cancel", cancelled, "--reason", "Bo is away"});
    QVERIFY2(cancel.exitCode == 0, cancel.describe());
    QVERIFY(!book(mrns[1], "Alvarez", "Follow-up", kMonday + "T10:00").isEmpty());
}

void tst_CliExportIcs::shouldWriteAProvidersAppointments()
{
    const QString file = outPath(QStringLiteral("fiks.ics"));
    const CliRun run = exportTo(file);

    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.out, QStringLiteral("2\n")); // the visit and the cancelled one; not Alvarez's
    QVERIFY2(run.err.contains(QStringLiteral("Wrote 2 events for Vladimir Fiks, MD")),
             run.describe());
    const QByteArray bytes = fileBytes(file);
    QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
    QVERIFY(!QByteArray(bytes).replace("\r\n", "").contains('\n'));
    const Core::ICalendarComponent calendar = parsed(file);
    QCOMPARE(calendar.name, QStringLiteral("VCALENDAR"));
    QCOMPARE(summaries(calendar), (QStringList{QStringLiteral("Botox treatment"),
                                               QStringLiteral("Cancelled: Follow-up")}));
    const auto events = calendar.children(QStringLiteral("VEVENT"));
    QCOMPARE(events[0].property("DTSTART")->value, QStringLiteral("20261130T100000"));
    QCOMPARE(events[0].property("STATUS")->value, QStringLiteral("TENTATIVE"));
    QCOMPARE(Core::ICalendarReader::unescapeText(events[0].property("LOCATION")->value),
             QStringLiteral("Procedure 1"));
    QCOMPARE(events[1].property("STATUS")->value, QStringLiteral("CANCELLED"));
    QCOMPARE(events[0].property("DTSTAMP")->value.right(1), QStringLiteral("Z"));
    // Nothing left beside it (QSaveFile's temporary file is gone).
    QCOMPARE(filesIn(m_dir.path()).filter(QStringLiteral("fiks")), QStringList{"fiks.ics"});
}

void tst_CliExportIcs::shouldNamePatientsOnlyWithNames()
{
    const QString plain = outPath(QStringLiteral("plain.ics"));
    const QString named = outPath(QStringLiteral("named.ics"));
    QCOMPARE(exportTo(plain).exitCode, 0);
    const CliRun run = exportTo(named, {"--with-names"});
    QVERIFY2(run.exitCode == 0, run.describe());

    const QString plainText = QString::fromUtf8(fileBytes(plain));
    for (const char *secret : {"Lee", "Jones", "Prefers mornings", "away"})
        QVERIFY2(!plainText.contains(QLatin1String(secret)), secret);
    const Core::ICalendarComponent calendar = parsed(named);
    QCOMPARE(summaries(calendar),
             (QStringList{QStringLiteral("Botox treatment \u2014 Lee, Ann"),
                          QStringLiteral("Cancelled: Follow-up \u2014 Jones, Bo")}));
    const auto events = calendar.children(QStringLiteral("VEVENT"));
    QVERIFY(Core::ICalendarReader::unescapeText(events[0].property("DESCRIPTION")->value)
                .contains(QStringLiteral("Notes: Prefers mornings, asks for Dr Fiks")));
    QVERIFY(Core::ICalendarReader::unescapeText(events[1].property("DESCRIPTION")->value)
                .contains(QStringLiteral("Reason: Bo is away")));
}

void tst_CliExportIcs::shouldKeepUidsAcrossExports()
{
    const QString first = outPath(QStringLiteral("first.ics"));
    const QString second = outPath(QStringLiteral("second.ics"));
    QCOMPARE(exportTo(first).exitCode, 0);
    QCOMPARE(exportTo(second, {"--with-names"}).exitCode, 0);
    QStringList uids, again;
    for (const auto &event : parsed(first).children(QStringLiteral("VEVENT")))
        uids << event.property("UID")->value;
    for (const auto &event : parsed(second).children(QStringLiteral("VEVENT")))
        again << event.property("UID")->value;
    QCOMPARE(uids.size(), 2);
    QVERIFY(uids[0] != uids[1]);
    QCOMPARE(again, uids);
    QVERIFY(uids[0].endsWith(QStringLiteral(".clinicdesk")));
}

void tst_CliExportIcs::shouldUseTheClinicsTimeZone()
{
    const QString file = outPath(QStringLiteral("zone.ics"));
    {
        App::AppContext::Options options;
        options.databasePath = m_db;
        auto clinic = App::AppContext::open(options);
        QVERIFY(clinic);
        QVERIFY(clinic.value()->setup().setSetting(Core::SettingKey::timeZone,
                                                   QStringLiteral("America/New_York")));
    }
    const CliRun run = exportTo(file);
    QVERIFY2(run.exitCode == 0, run.describe());
    const Core::ICalendarComponent calendar = parsed(file);
    QCOMPARE(calendar.children(QStringLiteral("VTIMEZONE")).constFirst().property("TZID")->value,
             QStringLiteral("America/New_York"));
    for (const auto &event : calendar.children(QStringLiteral("VEVENT")))
        QCOMPARE(event.property("DTSTART")->parameter(QStringLiteral("TZID")),
                 QStringLiteral("America/New_York"));
}

void tst_CliExportIcs::shouldWriteAnEmptyCalendarForAnEmptyRange()
{
    const QString file = outPath(QStringLiteral("empty.ics"));
    const CliRun run = runOn(m_db, {"export-ics", "--provider", "Alvarez", "--from", "2027-01-01",
                                    "--to", "2027-01-31", "--out", file});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.out, QStringLiteral("0\n"));
    QVERIFY2(run.err.contains(QStringLiteral("no appointments")), run.describe());
    const Core::ICalendarComponent calendar = parsed(file);
    QCOMPARE(calendar.name, QStringLiteral("VCALENDAR"));
    QVERIFY(calendar.children(QStringLiteral("VEVENT")).isEmpty());
}

void tst_CliExportIcs::shouldRefuseAnUnknownProvider()
{
    const QString file = outPath(QStringLiteral("nobody.ics"));
    const CliRun run = runOn(m_db, {"export-ics", "--provider", "Nobody", "--from", "today", "--to",
                                    "2026-12-31", "--out", file});
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.startsWith(QStringLiteral("--provider: ")), run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("Vladimir Fiks")) &&
                 run.err.contains(QStringLiteral("Maria Alvarez")),
             run.describe());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(file));
}

void tst_CliExportIcs::shouldRefuseBadDates_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("why");
    QTest::newRow("to before from") << "2026-12-31"
                                    << "2026-12-01"
                                    << "--to"
                                    << "comes before";
    QTest::newRow("not a date") << "soon"
                                << "2026-12-01"
                                << "--from"
                                << "YYYY-MM-DD";
    QTest::newRow("no such day") << "2026-11-25"
                                 << "2026-02-30"
                                 << "--to"
                                 << "not a day";
    QTest::newRow("US order") << "2026-11-25"
                              << "12/31/2026"
                              << "--to"
                              << "YYYY-MM-DD";
    QTest::newRow("over two years") << "2026-11-25"
                                    << "2062-11-25"
                                    << "--to"
                                    << "two years";
}

void tst_CliExportIcs::shouldRefuseBadDates()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, option);
    QFETCH(QString, why);
    const QString file = outPath(QStringLiteral("bad.ics"));
    const CliRun run = runOn(
        m_db, {"export-ics", "--provider", "Fiks", "--from", from, "--to", to, "--out", file});
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.startsWith(option + QStringLiteral(": ")), run.describe());
    QVERIFY2(run.err.contains(why), run.describe());
    QVERIFY(!QFile::exists(file));
}

void tst_CliExportIcs::shouldRefuseToOverwriteAFile()
{
    const QString file = outPath(QStringLiteral("kept.ics"));
    {
        QFile existing(file);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("mine");
    }
    const CliRun run = exportTo(file);
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("already exists")), run.describe());
    QCOMPARE(fileBytes(file), QByteArray("mine"));
}

void tst_CliExportIcs::shouldAskForEveryOption()
{
    const CliRun run =
        runOn(m_db, {"export-ics", "--provider", "Fiks", "--from", "today", "--to", "today"});
    QVERIFY2(run.exitCode == 1, run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("--out")), run.describe());
    const CliRun help = runOn(m_db, {"export-ics", "--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--with-names")));
}

QTEST_GUILESS_MAIN(tst_CliExportIcs)
#include "tst_cli_exportics.moc"
