// The day's schedule as it is printed: providers in order with their hours, visits and blocked
// time in time order, and on Botox visits the window, the authorization and the drug.
#include "dailyschedule.h"
#include "testsupport.h"

#include <QTest>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;

namespace {

const QDate kDay = Test::fixedToday(); // Wednesday, Nov 25, 2026

struct Clinic {
    Provider fiks, alvarez, away;
    Room room;
    AppointmentType botox, followUp;
};

Clinic setUp(Test::TempClinic &clinic)
{
    Clinic c;
    auto &setup = clinic.setup();
    c.fiks = setup.addProvider({0, QStringLiteral("Vladimir Fiks"), QStringLiteral("MD"), {}, true})
                 .value();
    c.alvarez =
        setup.addProvider({0, QStringLiteral("Maria Alvarez"), QStringLiteral("DO"), {}, true})
            .value();
    c.away = setup.addProvider({0, QStringLiteral("Sam Away"), QStringLiteral("NP"), {}, true})
                 .value();
    c.room = setup.addRoom({0, QStringLiteral("Procedure 1"), true}).value();
    for (const AppointmentType &t : setup.appointmentTypes().value()) {
        if (t.isBotox)
            c.botox = t;
        else if (t.name.contains(QStringLiteral("Follow")))
            c.followUp = t;
    }
    // Sam does not work on Wednesdays.
    QList<WeeklyHours> hours;
    for (const WeeklyHours &h : clinic.context().scheduleSetup().clinicHours().value())
        if (h.weekday != Qt::Wednesday)
            hours << h;
    if (!clinic.context().scheduleSetup().setProviderHours(c.away.id, hours))
        qWarning("could not set hours");
    return c;
}

Appointment visit(const Clinic &c, const Patient &p, const Provider &provider,
                  const AppointmentType &type, int hour, int minute = 0)
{
    Appointment a;
    a.patientId = p.id;
    a.providerId = provider.id;
    a.roomId = c.room.id;
    a.typeId = type.id;
    a.slot = {kDay, hour * 60 + minute, hour * 60 + minute + type.defaultMinutes};
    return a;
}

void treat(Test::TempClinic &clinic, const Patient &p, const Provider &provider, QDate on)
{
    Treatment t = clinic.context().treatments().draftFor(p.id);
    t.date = on;
    t.providerId = provider.id;
    QVERIFY2(clinic.context().treatments().record(t), "treatment not recorded");
}

Patient addSelfPay(Test::TempClinic &clinic, const QString &first, const QString &last)
{
    Patient p = Test::TempClinic::draft(first, last);
    p.insurance.payer = QStringLiteral("Self-pay");
    return clinic.patients().create(p).value();
}

DailySchedule build(Test::TempClinic &clinic, DailyScheduleRequest request = {})
{
    if (!request.date.isValid())
        request.date = kDay;
    auto &context = clinic.context();
    const DailyScheduleBuilder builder(context.appointments(), context.setup(),
                                       context.retreatment(), context.authorizations());
    auto built = builder.build(request, QStringLiteral("frontdesk"));
    if (!built)
        qWarning("%s", qPrintable(built.error().message));
    return built.ok() ? built.value() : DailySchedule{};
}

QStringList names(const DailySchedule::Section &section)
{
    QStringList list;
    for (const DailySchedule::Line &line : section.lines)
        list << (line.kind == DailySchedule::Line::Kind::Blocked ? line.type : line.patientName);
    return list;
}

QStringList facts(const DailySchedule::Line &line)
{
    QStringList list;
    for (const auto &fact : line.botox)
        list << (fact.warns ? QStringLiteral("!") : QString()) + fact.text;
    return list;
}

} // namespace

class tst_DailyScheduleBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::fixEnvironment(); }
    void shouldListProvidersInOrderWithVisitsAndBlocksInTimeOrder();
    void shouldLeaveOutAProviderWhoIsOffWithNothingBooked();
    void shouldCountCancelledVisitsUnlessAskedToListThem();
    void shouldPrintOneProviderOnly();
    void shouldRefuseAnUnknownProvider();
    void shouldSayWhereABotoxVisitFallsInTheWindow();
    void shouldFlagABotoxVisitBookedTooEarlyWithTheReason();
    void shouldFlagAMissingAuthorizationAndADrugNotReceived();
    void shouldShortenALongNoteForPaper();
    void shouldExportTheDayAsSafeCsv();
};

void tst_DailyScheduleBuilder::shouldListProvidersInOrderWithVisitsAndBlocksInTimeOrder()
{
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Clinic c = setUp(clinic);
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    const Patient jose = clinic.add(QStringLiteral("José"), QStringLiteral("O'Brien-Núñez"));
    auto &book = clinic.context().appointments();
    QVERIFY(book.book(visit(c, ann, c.fiks, c.followUp, 14)));
    QVERIFY(book.book(visit(c, jose, c.fiks, c.followUp, 9, 30)));
    BlockedTime meeting;
    meeting.providerId = c.fiks.id;
    meeting.firstDate = kDay;
    meeting.startMinute = 11 * 60;
    meeting.endMinute = 12 * 60;
    meeting.reason = QStringLiteral("Staff meeting");
    QVERIFY(clinic.context().scheduleSetup().addBlock(meeting));

    const DailySchedule day = build(clinic);

    QCOMPARE(day.date, kDay);
    QCOMPARE(day.scope, QStringLiteral("Whole clinic"));
    QCOMPARE(day.printedBy, QStringLiteral("frontdesk"));
    QCOMPARE(day.sections.size(), 2);
    QCOMPARE(day.sections[0].provider, QStringLiteral("Vladimir Fiks, MD"));
    QCOMPARE(day.sections[0].hours, QStringLiteral("8:00 AM \u2013 5:00 PM"));
    QCOMPARE(names(day.sections[0]),
             (QStringList{QStringLiteral("O'Brien-Núñez, José"),
                          QStringLiteral("Blocked: Staff meeting"), QStringLiteral("Lee, Ann")}));
    QCOMPARE(day.sections[0].visitCount(), 2);
    QCOMPARE(day.sections[1].provider, QStringLiteral("Maria Alvarez, DO"));
    QVERIFY(day.sections[1].lines.isEmpty());
    const DailySchedule::Line &first = day.sections[0].lines[0];
    QCOMPARE(first.dateOfBirth, QStringLiteral("03/14/1975"));
    QCOMPARE(first.room, QStringLiteral("Procedure 1"));
    QCOMPARE(first.status, QStringLiteral("Booked"));
    QVERIFY(!first.recordNumber.isEmpty());
    QVERIFY(first.botox.isEmpty());
    QCOMPARE(day.summary(), QStringLiteral("2 visits"));
}

void tst_DailyScheduleBuilder::shouldLeaveOutAProviderWhoIsOffWithNothingBooked()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);

    const DailySchedule day = build(clinic);
    QStringList providers;
    for (const auto &section : day.sections)
        providers << section.provider;
    QCOMPARE(providers, (QStringList{QStringLiteral("Vladimir Fiks, MD"),
                                     QStringLiteral("Maria Alvarez, DO")}));

    // Asked for by name, the provider who is off still gets a page that says so.
    DailyScheduleRequest only;
    only.providerId = c.away.id;
    const DailySchedule away = build(clinic, only);
    QCOMPARE(away.sections.size(), 1);
    QCOMPARE(away.sections[0].hours, QStringLiteral("Not working"));
}

void tst_DailyScheduleBuilder::shouldCountCancelledVisitsUnlessAskedToListThem()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    const Patient bob = clinic.add(QStringLiteral("Bob"), QStringLiteral("Smith"));
    auto &book = clinic.context().appointments();
    const Appointment cancelled = book.book(visit(c, ann, c.fiks, c.followUp, 9)).value();
    QVERIFY(book.book(visit(c, bob, c.fiks, c.followUp, 10)));
    QVERIFY(book.cancel(cancelled.id, QStringLiteral("Sick with flu")));

    const DailySchedule hidden = build(clinic);
    QCOMPARE(names(hidden.sections[0]), QStringList{QStringLiteral("Smith, Bob")});
    QCOMPARE(hidden.hiddenCancelled, 1);
    QVERIFY(hidden.summary().contains(QStringLiteral("1 cancelled or no-show not listed")));

    DailyScheduleRequest all;
    all.includeCancelled = true;
    const DailySchedule listed = build(clinic, all);
    QCOMPARE(listed.sections[0].lines.size(), 2);
    QCOMPARE(listed.sections[0].lines[0].status, QStringLiteral("Cancelled: Sick with flu"));
    QVERIFY(listed.sections[0].lines[0].inactiveStatus);
    QCOMPARE(listed.hiddenCancelled, 0);
}

void tst_DailyScheduleBuilder::shouldPrintOneProviderOnly()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    const Patient bob = clinic.add(QStringLiteral("Bob"), QStringLiteral("Smith"));
    auto &book = clinic.context().appointments();
    QVERIFY(book.book(visit(c, ann, c.fiks, c.followUp, 9)));
    QVERIFY(book.book(visit(c, bob, c.alvarez, c.followUp, 10))); // the same room, later

    DailyScheduleRequest request;
    request.providerId = c.alvarez.id;
    const DailySchedule day = build(clinic, request);

    QCOMPARE(day.scope, QStringLiteral("Maria Alvarez, DO"));
    QCOMPARE(day.sections.size(), 1);
    QCOMPARE(names(day.sections[0]), QStringList{QStringLiteral("Smith, Bob")});
}

void tst_DailyScheduleBuilder::shouldRefuseAnUnknownProvider()
{
    Test::TempClinic clinic;
    setUp(clinic);
    auto &context = clinic.context();
    const DailyScheduleBuilder builder(context.appointments(), context.setup(),
                                       context.retreatment(), context.authorizations());
    DailyScheduleRequest request;
    request.date = kDay;
    request.providerId = 9999;
    const auto built = builder.build(request, {});
    QVERIFY(!built);
    QCOMPARE(built.error().kind, Error::Kind::NotFound);

    request = {};
    QVERIFY(!builder.build(request, {}));
}

void tst_DailyScheduleBuilder::shouldSayWhereABotoxVisitFallsInTheWindow()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    const Patient ann = addSelfPay(clinic, QStringLiteral("Ann"), QStringLiteral("Lee"));
    const Patient first = addSelfPay(clinic, QStringLiteral("Fay"), QStringLiteral("First"));
    treat(clinic, ann, c.fiks, kDay.addDays(-90));
    auto &book = clinic.context().appointments();
    QVERIFY(book.book(visit(c, ann, c.fiks, c.botox, 9)));
    QVERIFY(book.book(visit(c, first, c.fiks, c.botox, 10)));

    const DailySchedule day = build(clinic);

    const auto &lines = day.sections[0].lines;
    // Self-pay waits 70 days by default: Aug 27 + 70 = Nov 5.
    QCOMPARE(facts(lines[0]), (QStringList{QStringLiteral("Cycle 2 \u00B7 in the window (earliest Nov 5)"),
                                           QStringLiteral("Drug: on hand")}));
    QVERIFY(!lines[0].needsAttention);
    QCOMPARE(facts(lines[1]).value(0), QStringLiteral("Cycle 1 \u00B7 first treatment"));
    QCOMPARE(day.botoxCount(), 2);
}

void tst_DailyScheduleBuilder::shouldFlagABotoxVisitBookedTooEarlyWithTheReason()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    const Patient ann = addSelfPay(clinic, QStringLiteral("Ann"), QStringLiteral("Lee"));
    treat(clinic, ann, c.fiks, kDay.addDays(-60));
    Appointment early = visit(c, ann, c.fiks, c.botox, 9);
    early.overrideReason = QStringLiteral("Travelling abroad for 3 months");
    QVERIFY(clinic.context().appointments().book(early));

    const DailySchedule day = build(clinic);

    // Sep 26 + 70 days (self-pay) = Dec 5.
    const DailySchedule::Line &line = day.sections[0].lines[0];
    QCOMPARE(facts(line).value(0),
             QStringLiteral("!Cycle 2 \u00B7 TOO EARLY (earliest Dec 5) \u00B7 override: "
                            "Travelling abroad for 3 months"));
    QVERIFY(line.needsAttention);
    QCOMPARE(day.attentionCount(), 1);
    QVERIFY(day.summary().contains(QStringLiteral("1 needs attention")));
}

void tst_DailyScheduleBuilder::shouldFlagAMissingAuthorizationAndADrugNotReceived()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    Patient covered = Test::TempClinic::draft(QStringLiteral("Cora"), QStringLiteral("Covered"));
    covered.insurance.payer = QStringLiteral("Aetna");
    covered = clinic.patients().create(covered).value();
    Patient uncovered = Test::TempClinic::draft(QStringLiteral("Uma"), QStringLiteral("Uncovered"));
    uncovered.insurance.payer = QStringLiteral("Aetna");
    uncovered = clinic.patients().create(uncovered).value();
    Authorization auth = clinic.context().authorizations().draftFor(covered.id);
    auth.number = QStringLiteral("PA-1");
    auth.validFrom = kDay.addDays(-30);
    auth.validTo = kDay.addDays(150);
    auth.approvedVisits = 4;
    QVERIFY(clinic.context().authorizations().add(auth));
    auto &book = clinic.context().appointments();
    const Appointment coveredVisit = book.book(visit(c, covered, c.fiks, c.botox, 9)).value();
    QVERIFY(book.book(visit(c, uncovered, c.fiks, c.botox, 10)));
    DrugSupply supply;
    supply.appointmentId = coveredVisit.id;
    supply.source = DrugSource::SpecialtyPharmacy;
    supply.pharmacy = QStringLiteral("Accredo");
    supply.orderedOn = kDay.addDays(-10);
    QVERIFY(clinic.context().treatments().setDrugSupply(supply));

    const DailySchedule day = build(clinic);

    const auto &lines = day.sections[0].lines;
    const QStringList coveredFacts = facts(lines[0]);
    QVERIFY2(coveredFacts.value(1).startsWith(QStringLiteral("Authorization: Valid")),
             qPrintable(coveredFacts.join(u'|')));
    QCOMPARE(coveredFacts.value(2), QStringLiteral("!Drug: NOT RECEIVED"));
    QVERIFY(lines[0].needsAttention);
    const QStringList uncoveredFacts = facts(lines[1]);
    QVERIFY2(uncoveredFacts.value(1).startsWith(QStringLiteral("!Authorization: ")),
             qPrintable(uncoveredFacts.join(u'|')));
    QCOMPARE(uncoveredFacts.value(2), QStringLiteral("Drug: on hand"));
    QVERIFY(lines[1].needsAttention);
    QCOMPARE(day.attentionCount(), 2);
}

void tst_DailyScheduleBuilder::shouldShortenALongNoteForPaper()
{
    const QString note = QString(QStringLiteral("word ")).repeated(2000); // 10,000 characters
    const QString shortened = DailySchedule::shortenedNote(note);
    QVERIFY(shortened.size() < DailySchedule::kNoteLimit + 40);
    QVERIFY(shortened.endsWith(QStringLiteral("\u2026 (full note in ClinicDesk)")));
    QVERIFY(shortened.startsWith(QStringLiteral("word word")));
    QCOMPARE(DailySchedule::shortenedNote(QStringLiteral("Line one\nline two")),
             QStringLiteral("Line one line two"));
}

void tst_DailyScheduleBuilder::shouldExportTheDayAsSafeCsv()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    Appointment a = visit(c, ann, c.fiks, c.followUp, 9);
    a.notes = QStringLiteral("=HYPERLINK(\"http://x\"), call first");
    QVERIFY(clinic.context().appointments().book(a));

    const QString csv = build(clinic).csv();

    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith(QStringLiteral("Date,Provider,Start,End,Minutes,Patient")));
    QVERIFY2(lines[1].startsWith(QStringLiteral("2026-11-25,\"Vladimir Fiks, MD\",09:00,09:")),
             qPrintable(lines[1]));
    QVERIFY2(lines[1].contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\"), call first\"")),
             qPrintable(lines[1]));
}

QTEST_GUILESS_MAIN(tst_DailyScheduleBuilder)
#include "tst_dailyschedulebuilder.moc"
