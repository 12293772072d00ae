// The iCalendar export checked against RFC 5545 line by line (CRLF, 75-octet folding that keeps
// UTF-8 characters whole, TEXT escaping, UIDs, DTSTAMP, TZID and a matching VTIMEZONE) and read
// back with ICalendarReader: the same events, times and summaries come out.

#include "icalendarreader.h"
#include "icalendarwriter.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace ClinicDesk::Core;

namespace {

const QString kNewYork = QStringLiteral("America/New_York");
const QString kPhoenix = QStringLiteral("America/Phoenix");
const QString kGreekNote = QStringLiteral(
    "Ο ασθενής ανέφερε πονοκέφαλο για δεκαπέντε ημέρες τον μήνα· ζητά ραντεβού νωρίς το πρωί, "
    "café crème, naïve señora 😀👍🏽 — τέλος σημείωσης.");

ScheduleEntry entry(qint64 id, QDate date, int start, int end, const QString &type,
                    const QString &patient, AppointmentStatus status = AppointmentStatus::Booked)
{
    ScheduleEntry e;
    e.appointment.id = id;
    e.appointment.patientId = id * 10;
    e.appointment.providerId = 7;
    e.appointment.roomId = 3;
    e.appointment.slot = {date, start, end};
    e.appointment.status = status;
    e.appointment.bookedAt = QDateTime(QDate(2026, 11, 1), QTime(8, 30), Qt::UTC);
    e.patientName = patient;
    e.patientMrn = QStringLiteral("MRN%1").arg(id);
    e.providerName = QStringLiteral("Vladimir Fiks");
    e.roomName = QStringLiteral("Procedure 1");
    e.typeName = type;
    return e;
}

QList<ScheduleEntry> sampleEntries()
{
    QList<ScheduleEntry> entries;
    entries << entry(11, QDate(2026, 11, 25), 9 * 60, 9 * 60 + 20,
                     QStringLiteral("Botox treatment"), QStringLiteral("Lee, Ann"),
                     AppointmentStatus::Confirmed);
    ScheduleEntry noted = entry(12, QDate(2026, 11, 26), 10 * 60, 10 * 60 + 30,
                                QStringLiteral("Follow-up"), QStringLiteral("Papadopoulou, Eleni"));
    noted.appointment.notes = kGreekNote;
    noted.appointment.updatedAt = QDateTime(QDate(2026, 11, 20), QTime(15, 5, 9), Qt::UTC);
    entries << noted;
    ScheduleEntry cancelled =
        entry(13, QDate(2026, 12, 1), 14 * 60, 14 * 60 + 15, QStringLiteral("Nerve block"),
              QStringLiteral("Jones, Bo"), AppointmentStatus::Cancelled);
    cancelled.appointment.statusReason = QStringLiteral("Bo is in hospital; call back, please");
    entries << cancelled;
    // A spring-forward day in New York, and a visit that runs to midnight.
    entries << entry(14, QDate(2027, 3, 14), 8 * 60, 8 * 60 + 15, QStringLiteral("Phone call"),
                     QStringLiteral("Park, Cy"));
    entries << entry(15, QDate(2027, 7, 1), 23 * 60, 24 * 60,
                     QStringLiteral("Consult; new, \\ odd"), QStringLiteral("Doe, Jane"));
    return entries;
}

CalendarExportSettings settingsFor(const QString &zone, bool withNames)
{
    CalendarExportSettings s;
    s.clinicName = QStringLiteral("Pain Clinic of Portland");
    s.timeZoneId = zone;
    s.provider = {7, QStringLiteral("Vladimir Fiks"), QStringLiteral("MD"), QString(), true};
    s.from = QDate(2026, 11, 25);
    s.to = QDate(2027, 7, 31);
    s.withPatientNames = withNames;
    return s;
}

const QDateTime kNow(QDate(2026, 11, 25), QTime(14, 0, 5), Qt::UTC);

QByteArray exportOf(const QString &zone, bool withNames, const QDateTime &now = kNow,
                    const QList<ScheduleEntry> &entries = sampleEntries())
{
    const FixedClock clock(now);
    return ICalendarWriter(clock).write(settingsFor(zone, withNames), entries);
}

QList<QByteArray> physicalLines(const QByteArray &data)
{
    QList<QByteArray> lines = data.split('\n');
    lines.removeLast();
    return lines;
}

// The UTC offset the VTIMEZONE gives for a wall-clock time: that of the latest observance that
// started at or before it (each observance's DTSTART is in the offset before it).
std::optional<int> offsetFrom(const ICalendarComponent &zone, const QDateTime &local)
{
    std::optional<int> offset;
    QDateTime latest;
    auto seconds = [](const QString &text) {
        const int sign = text.startsWith(u'-') ? -1 : 1;
        return sign * (text.mid(1, 2).toInt() * 3600 + text.mid(3, 2).toInt() * 60 +
                       (text.size() > 5 ? text.mid(5, 2).toInt() : 0));
    };
    for (const ICalendarComponent &observance : zone.components) {
        const QDateTime starts = ICalendarReader::dateTime(observance.property("DTSTART")->value);
        const QDateTime asUtc(starts.date(), starts.time(), Qt::UTC);
        const QDateTime at(local.date(), local.time(), Qt::UTC);
        if (asUtc <= at && (!latest.isValid() || asUtc > latest)) {
            latest = asUtc;
            offset = seconds(observance.property("TZOFFSETTO")->value);
        }
    }
    return offset;
}

} // namespace

class tst_ICalendarWriter : public QObject
{
    Q_OBJECT

private slots:
    void shouldEndEveryLineWithCrLf();
    void shouldKeepEveryLineWithin75Octets_data();
    void shouldKeepEveryLineWithin75Octets();
    void shouldFoldAtCharacterBoundaries_data();
    void shouldFoldAtCharacterBoundaries();
    void shouldEscapeText_data();
    void shouldEscapeText();
    void shouldWriteTheCalendarHeader();
    void shouldGiveStableUniqueUids();
    void shouldStampInUtcFromTheClock();
    void shouldMarkTimesWithTheClinicZone_data();
    void shouldMarkTimesWithTheClinicZone();
    void shouldLeaveOutPatientDetailsUnlessAsked();
    void shouldNameThePatientWhenAsked();
    void shouldReadBackTheSameEvents();
    void shouldMapStatuses_data();
    void shouldMapStatuses();
    void shouldMakeASlugOfTheClinicName_data();
    void shouldMakeASlugOfTheClinicName();
    void shouldRefuseBareLineFeedsWhenReading();
};

void tst_ICalendarWriter::shouldEndEveryLineWithCrLf()
{
    const QByteArray data = exportOf(kNewYork, true);
    QVERIFY(data.endsWith("END:VCALENDAR\r\n"));
    const QList<QByteArray> lines = physicalLines(data);
    QVERIFY(lines.size() > 40);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QVERIFY2(lines[i].endsWith('\r'), qPrintable(QStringLiteral("line %1").arg(i + 1)));
        QVERIFY2(!lines[i].chopped(1).contains('\r'),
                 qPrintable(QStringLiteral("bare CR in line %1").arg(i + 1)));
    }
}

void tst_ICalendarWriter::shouldKeepEveryLineWithin75Octets_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<bool>("withNames");
    QTest::newRow("New York, names and Greek notes") << kNewYork << true;
    QTest::newRow("New York, no names") << kNewYork << false;
    QTest::newRow("Phoenix, names") << kPhoenix << true;
}

void tst_ICalendarWriter::shouldKeepEveryLineWithin75Octets()
{
    QFETCH(QString, zone);
    QFETCH(bool, withNames);
    const QByteArray data = exportOf(zone, withNames);
    bool folded = false;
    for (const QByteArray &crlfLine : physicalLines(data)) {
        const QByteArray line = crlfLine.chopped(1);
        QVERIFY2(line.size() <= 75, line.constData());
        // Each physical line is whole UTF-8 on its own: no character was split by the fold.
        QCOMPARE(QString::fromUtf8(line).toUtf8(), line);
        QVERIFY(!QString::fromUtf8(line).contains(QChar::ReplacementCharacter));
        folded = folded || line.startsWith(' ');
    }
    if (withNames) {
        QVERIFY(folded); // the long notes were folded, not cut
        QVERIFY(ICalendarReader::unfold(data)->join(u'\n').contains(
            ICalendarWriter::escapeText(kGreekNote)));
    }
}

void tst_ICalendarWriter::shouldFoldAtCharacterBoundaries_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("ascii 75") << QString(75, u'a');
    QTest::newRow("ascii 76") << QString(76, u'a');
    QTest::newRow("ascii 300") << QString(300, u'x');
    QTest::newRow("2-byte across 75") << QString(74, u'a') + QStringLiteral("ééééé");
    QTest::newRow("3-byte across 75") << QString(73, u'a') + QStringLiteral("€€€€€€€€€€€€€€");
    QTest::newRow("4-byte across 75") << QString(72, u'a') + QStringLiteral("😀😀😀😀😀😀😀😀");
    QTest::newRow("Greek") << QStringLiteral("DESCRIPTION:") + kGreekNote + kGreekNote;
    QTest::newRow("emoji only") << QString(QStringLiteral("🏽😀")).repeated(60);
}

void tst_ICalendarWriter::shouldFoldAtCharacterBoundaries()
{
    QFETCH(QString, line);
    const QByteArray utf8 = line.toUtf8();
    const QByteArray folded = ICalendarWriter::fold(utf8);
    QVERIFY(folded.endsWith("\r\n"));
    const QList<QByteArray> lines = physicalLines(folded);
    QCOMPARE(lines.size() == 1, utf8.size() <= 75);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray physical = lines[i].chopped(1);
        QVERIFY(physical.size() <= 75);
        QCOMPARE(physical.startsWith(' '), i > 0);
        QCOMPARE(QString::fromUtf8(physical).toUtf8(), physical);
        // Full lines are used: a line is shorter only by the bytes of a character that would
        // not fit (at most 3), or because it is the last.
        if (i + 1 < lines.size())
            QVERIFY2(physical.size() >= 72, physical.constData());
    }
    const auto unfolded = ICalendarReader::unfold(folded);
    QVERIFY(unfolded.ok());
    QCOMPARE(unfolded.value(), QStringList{line});
}

void tst_ICalendarWriter::shouldEscapeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << "Botox treatment"
                           << "Botox treatment";
    QTest::newRow("comma") << "Lee, Ann"
                           << "Lee\\, Ann";
    QTest::newRow("semicolon") << "a;b"
                               << "a\\;b";
    QTest::newRow("backslash") << "C:\\notes"
                               << "C:\\\\notes";
    QTest::newRow("LF") << "one\ntwo"
                        << "one\\ntwo";
    QTest::newRow("CRLF") << "one\r\ntwo"
                          << "one\\ntwo";
    QTest::newRow("CR") << "one\rtwo"
                        << "one\\ntwo";
    QTest::newRow("all") << "\\;,\n"
                         << "\\\\\\;\\,\\n";
    QTest::newRow("colon stays") << "10:00"
                                 << "10:00";
    QTest::newRow("control") << QStringLiteral("a\u0007b") << "a b";
}

void tst_ICalendarWriter::shouldEscapeText()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(ICalendarWriter::escapeText(text), escaped);
    QString expectedBack = text;
    expectedBack.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    expectedBack.replace(QChar(0x07), u' ');
    QCOMPARE(ICalendarReader::unescapeText(escaped), expectedBack);
}

void tst_ICalendarWriter::shouldWriteTheCalendarHeader()
{
    const auto calendar = ICalendarReader::parse(exportOf(kNewYork, false));
    QVERIFY2(calendar.ok(), qPrintable(calendar ? QString() : calendar.error().message));
    QCOMPARE(calendar->name, QStringLiteral("VCALENDAR"));
    QCOMPARE(calendar->property("VERSION")->value, QStringLiteral("2.0"));
    QVERIFY(calendar->property("PRODID")->value.contains(QStringLiteral("ClinicDesk")));
    QCOMPARE(calendar->property("CALSCALE")->value, QStringLiteral("GREGORIAN"));
    QCOMPARE(calendar->property("METHOD")->value, QStringLiteral("PUBLISH"));
    QCOMPARE(ICalendarReader::unescapeText(calendar->property("X-WR-CALNAME")->value),
             QStringLiteral("Pain Clinic of Portland \u2014 Vladimir Fiks, MD"));
    QCOMPARE(calendar->children("VTIMEZONE").size(), 1);
    QCOMPARE(calendar->children("VEVENT").size(), sampleEntries().size());
}

void tst_ICalendarWriter::shouldGiveStableUniqueUids()
{
    // given two exports a day apart, one with names
    const auto first = ICalendarReader::parse(exportOf(kNewYork, false));
    const auto second = ICalendarReader::parse(exportOf(kNewYork, true, kNow.addDays(1)));
    QVERIFY(first.ok() && second.ok());
    QStringList uids, again;
    for (const ICalendarComponent &event : first->children("VEVENT"))
        uids << event.property("UID")->value;
    for (const ICalendarComponent &event : second->children("VEVENT"))
        again << event.property("UID")->value;
    // then every appointment keeps its UID, and no two share one
    QCOMPARE(again, uids);
    QCOMPARE(QSet<QString>(uids.begin(), uids.end()).size(), uids.size());
    QCOMPARE(uids.first(), QStringLiteral("appointment-11@pain-clinic-of-portland.clinicdesk"));
    QCOMPARE(ICalendarWriter::uidFor(11, QStringLiteral("Pain Clinic of Portland")), uids.first());
}

void tst_ICalendarWriter::shouldStampInUtcFromTheClock()
{
    const QDateTime localNow(QDate(2026, 11, 25), QTime(9, 0), QTimeZone("America/Los_Angeles"));
    const auto calendar = ICalendarReader::parse(exportOf(kNewYork, false, localNow));
    QVERIFY(calendar.ok());
    const QRegularExpression utc(QStringLiteral("^\\d{8}T\\d{6}Z$"));
    for (const ICalendarComponent &event : calendar->children("VEVENT")) {
        QCOMPARE(event.property("DTSTAMP")->value, QStringLiteral("20261125T170000Z"));
        QVERIFY(utc.match(event.property("CREATED")->value).hasMatch());
        QVERIFY(utc.match(event.property("LAST-MODIFIED")->value).hasMatch());
    }
    const ICalendarComponent edited = calendar->children("VEVENT").at(1);
    QCOMPARE(edited.property("LAST-MODIFIED")->value, QStringLiteral("20261120T150509Z"));
    QCOMPARE(edited.property("CREATED")->value, QStringLiteral("20261101T083000Z"));
}

void tst_ICalendarWriter::shouldMarkTimesWithTheClinicZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QStringList>("observances");
    QTest::addColumn<QStringList>("offsets");
    // 2026 and 2027 in New York: the change of Nov 2025 that is in force on Jan 1, then four.
    QTest::newRow("New York (daylight saving)")
        << kNewYork << QStringList{"STANDARD", "DAYLIGHT", "STANDARD", "DAYLIGHT", "STANDARD"}
        << QStringList{"-0500", "-0400", "-0500", "-0400", "-0500"};
    QTest::newRow("Phoenix (none)") << kPhoenix << QStringList{"STANDARD"} << QStringList{"-0700"};
}

void tst_ICalendarWriter::shouldMarkTimesWithTheClinicZone()
{
    QFETCH(QString, zone);
    QFETCH(QStringList, observances);
    QFETCH(QStringList, offsets);
    const auto calendar = ICalendarReader::parse(exportOf(zone, true));
    QVERIFY(calendar.ok());
    QCOMPARE(calendar->property("X-WR-TIMEZONE")->value, zone);
    const ICalendarComponent vtimezone = calendar->children("VTIMEZONE").constFirst();
    QCOMPARE(vtimezone.property("TZID")->value, zone);
    QStringList kinds, tos;
    for (const ICalendarComponent &observance : vtimezone.components) {
        kinds << observance.name;
        tos << observance.property("TZOFFSETTO")->value;
        QVERIFY(observance.property("TZOFFSETFROM"));
        QVERIFY(!observance.property("TZNAME")->value.isEmpty());
        QVERIFY(ICalendarReader::dateTime(observance.property("DTSTART")->value).isValid());
    }
    QCOMPARE(kinds, observances);
    QCOMPARE(tos, offsets);

    // Every event's times name the zone, and the VTIMEZONE puts them at the right instant.
    const QTimeZone qzone(zone.toUtf8());
    for (const ICalendarComponent &event : calendar->children("VEVENT")) {
        for (const char *name : {"DTSTART", "DTEND"}) {
            const ICalendarProperty *p = event.property(QString::fromLatin1(name));
            QCOMPARE(p->parameter("TZID"), zone);
            const QDateTime local = ICalendarReader::dateTime(p->value);
            const QDateTime inZone = ICalendarReader::dateTime(p->value, zone);
            QVERIFY(inZone.isValid());
            const auto offset = offsetFrom(vtimezone, local);
            QVERIFY(offset.has_value());
            QCOMPARE(*offset, qzone.offsetFromUtc(inZone));
        }
    }
}

void tst_ICalendarWriter::shouldLeaveOutPatientDetailsUnlessAsked()
{
    const QByteArray data = exportOf(kNewYork, false);
    const QString text = ICalendarReader::unfold(data)->join(u'\n');
    for (const ScheduleEntry &e : sampleEntries()) {
        const QString last = e.patientName.section(u',', 0, 0);
        QVERIFY2(!text.contains(last), qPrintable(last));
        QVERIFY(!text.contains(e.patientMrn));
    }
    QVERIFY(!text.contains(QStringLiteral("ασθενής")));
    QVERIFY(!text.contains(QStringLiteral("hospital")));
    const auto calendar = ICalendarReader::parse(data);
    QVERIFY(calendar.ok());
    QCOMPARE(ICalendarReader::unescapeText(
                 calendar->children("VEVENT").constFirst().property("SUMMARY")->value),
             QStringLiteral("Botox treatment"));
}

void tst_ICalendarWriter::shouldNameThePatientWhenAsked()
{
    const auto calendar = ICalendarReader::parse(exportOf(kNewYork, true));
    QVERIFY(calendar.ok());
    const QList<ICalendarComponent> events = calendar->children("VEVENT");
    QCOMPARE(ICalendarReader::unescapeText(events[0].property("SUMMARY")->value),
             QStringLiteral("Botox treatment \u2014 Lee, Ann"));
    const QString notes = ICalendarReader::unescapeText(events[1].property("DESCRIPTION")->value);
    QVERIFY(notes.contains(QStringLiteral("Patient: Papadopoulou, Eleni (record MRN12)")));
    QVERIFY(notes.contains(QStringLiteral("Notes: ") + kGreekNote));
    const QString reason = ICalendarReader::unescapeText(events[2].property("DESCRIPTION")->value);
    QVERIFY(reason.contains(QStringLiteral("Reason: Bo is in hospital; call back, please")));
}

void tst_ICalendarWriter::shouldReadBackTheSameEvents()
{
    const QList<ScheduleEntry> entries = sampleEntries();
    const auto calendar = ICalendarReader::parse(exportOf(kNewYork, true));
    QVERIFY(calendar.ok());
    const QList<ICalendarComponent> events = calendar->children("VEVENT");
    QCOMPARE(events.size(), entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const TimeSlot &slot = entries[i].slot();
        const QDateTime start = ICalendarReader::dateTime(events[i].property("DTSTART")->value);
        const QDateTime end = ICalendarReader::dateTime(events[i].property("DTEND")->value);
        QCOMPARE(start, QDateTime(slot.date, WallClock::timeOf(slot.startMinute)));
        QCOMPARE(start.secsTo(end), qint64(slot.minutes()) * 60);
        QCOMPARE(ICalendarReader::unescapeText(events[i].property("SUMMARY")->value),
                 ICalendarWriter::summaryFor(entries[i], true));
        QCOMPARE(ICalendarReader::unescapeText(events[i].property("LOCATION")->value),
                 QStringLiteral("Procedure 1"));
    }
    // The visit that runs to midnight ends at 00:00 the next day.
    QCOMPARE(events[4].property("DTEND")->value, QStringLiteral("20270702T000000"));
    QCOMPARE(ICalendarReader::unescapeText(events[4].property("SUMMARY")->value),
             QStringLiteral("Consult; new, \\ odd \u2014 Doe, Jane"));
}

void tst_ICalendarWriter::shouldMapStatuses_data()
{
    QTest::addColumn<AppointmentStatus>("status");
    QTest::addColumn<QString>("ical");
    QTest::addColumn<QString>("transparency");
    QTest::addColumn<QString>("summary");
    QTest::newRow("booked") << AppointmentStatus::Booked << "TENTATIVE"
                            << "OPAQUE"
                            << "Follow-up";
    QTest::newRow("confirmed") << AppointmentStatus::Confirmed << "CONFIRMED"
                               << "OPAQUE"
                               << "Follow-up";
    QTest::newRow("arrived") << AppointmentStatus::Arrived << "CONFIRMED"
                             << "OPAQUE"
                             << "Follow-up";
    QTest::newRow("completed") << AppointmentStatus::Completed << "CONFIRMED"
                               << "OPAQUE"
                               << "Follow-up";
    QTest::newRow("cancelled") << AppointmentStatus::Cancelled << "CANCELLED"
                               << "TRANSPARENT"
                               << "Cancelled: Follow-up";
    QTest::newRow("no-show") << AppointmentStatus::NoShow << "CANCELLED"
                             << "TRANSPARENT"
                             << "No-show: Follow-up";
}

void tst_ICalendarWriter::shouldMapStatuses()
{
    QFETCH(AppointmentStatus, status);
    QFETCH(QString, ical);
    QFETCH(QString, transparency);
    QFETCH(QString, summary);
    const QList<ScheduleEntry> one{entry(1, QDate(2026, 12, 2), 600, 615,
                                         QStringLiteral("Follow-up"), QStringLiteral("Lee, Ann"),
                                         status)};
    const auto calendar = ICalendarReader::parse(exportOf(kNewYork, false, kNow, one));
    QVERIFY(calendar.ok());
    const ICalendarComponent event = calendar->children("VEVENT").constFirst();
    QCOMPARE(event.property("STATUS")->value, ical);
    QCOMPARE(event.property("TRANSP")->value, transparency);
    QCOMPARE(ICalendarReader::unescapeText(event.property("SUMMARY")->value), summary);
    QVERIFY(ICalendarReader::unescapeText(event.property("DESCRIPTION")->value)
                .startsWith(QStringLiteral("Status: ") + statusLabel(status)));
}

void tst_ICalendarWriter::shouldMakeASlugOfTheClinicName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slug");
    QTest::newRow("plain") << "Pain Clinic of Portland"
                           << "pain-clinic-of-portland";
    QTest::newRow("accents and punctuation") << "Clínica del Dolor, S.A."
                                             << "clinica-del-dolor-s-a";
    QTest::newRow("nothing usable") << "Κλινική"
                                    << "clinic";
    QTest::newRow("empty") << ""
                           << "clinic";
}

void tst_ICalendarWriter::shouldMakeASlugOfTheClinicName()
{
    QFETCH(QString, name);
    QFETCH(QString, slug);
    QCOMPARE(ICalendarWriter::slug(name), slug);
}

void tst_ICalendarWriter::shouldRefuseBareLineFeedsWhenReading()
{
    // The reader is what the tests above trust to see CRLFs: it must notice their absence.
    QVERIFY(!ICalendarReader::parse("BEGIN:VCALENDAR\nEND:VCALENDAR\r\n").ok());
    QVERIFY(!ICalendarReader::parse("BEGIN:VCALENDAR\r\nEND:VCALENDAR").ok());
    QVERIFY(!ICalendarReader::parse("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n").ok());
    QVERIFY(ICalendarReader::parse("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").ok());
}

QTEST_GUILESS_MAIN(tst_ICalendarWriter)
#include "tst_icalendarwriter.moc"
