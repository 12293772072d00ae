// The retreatment rule at booking: a Botox treatment before the earliest allowed date is refused
// inside the booking transaction unless an override reason is given, which is kept and shown.
#include "testsupport.h"

#include <QTest>
#include <QThread>
#include <atomic>
#include <latch>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;

namespace {

constexpr int kTen = 10 * 60;
// A Wednesday before the test's today (Nov 25, 2026): 84 days later is Wed Jan 27, 2027.
const QDate kTreated(2026, 11, 4);

struct Clinic {
    Provider fiks, alvarez;
    Room room1, room2;
    AppointmentType botox, consult;
    Patient ann;
};

Clinic setUp(Test::TempClinic &clinic, const QString &payer = QStringLiteral("Aetna"))
{
    Clinic c;
    c.fiks = clinic.setup()
                 .addProvider({0, QStringLiteral("Vladimir Fiks"), QStringLiteral("MD"), {}, true})
                 .value();
    c.alvarez =
        clinic.setup()
            .addProvider({0, QStringLiteral("Maria Alvarez"), QStringLiteral("DO"), {}, true})
            .value();
    c.room1 = clinic.setup().addRoom({0, QStringLiteral("Procedure 1"), true}).value();
    c.room2 = clinic.setup().addRoom({0, QStringLiteral("Procedure 2"), true}).value();
    for (const AppointmentType &t : clinic.setup().appointmentTypes().value()) {
        if (t.isBotox)
            c.botox = t;
        else if (t.name.contains(QStringLiteral("consult")))
            c.consult = t;
    }
    Patient ann = Test::TempClinic::draft(QStringLiteral("Ann"), QStringLiteral("Lee"));
    ann.insurance.payer = payer;
    c.ann = clinic.patients().create(ann).value();
    Treatment t = clinic.context().treatments().draftFor(c.ann.id);
    t.date = kTreated;
    t.providerId = c.fiks.id;
    const auto recorded = clinic.context().treatments().record(t);
    if (!recorded)
        qWarning() << recorded.error().message;
    return c;
}

Appointment treatmentOn(const Clinic &c, QDate day, const Provider &provider, const Room &room,
                        const QString &overrideReason = {})
{
    Appointment a;
    a.patientId = c.ann.id;
    a.providerId = provider.id;
    a.roomId = room.id;
    a.typeId = c.botox.id;
    a.slot = {day, kTen, kTen + 15};
    a.overrideReason = overrideReason;
    return a;
}

QString messageOf(const Result<Appointment> &r)
{
    return r.ok() ? QString() : r.error().message;
}

} // namespace

class tst_RetreatmentBooking : public QObject
{
    Q_OBJECT

private slots:
    void shouldRefuseBotoxBeforeTheEarliestAllowedDate();
    void shouldBookOnTheEarliestAllowedDate();
    void shouldBookEarlyWithAnOverrideReasonAndShowIt();
    void shouldLeaveOtherVisitTypesAlone();
    void shouldApplyTheRuleWhenMovingABooking();
    void shouldCountABookedTreatmentUntilItIsCancelled();
    void shouldUseThePayersOwnMinimum();
    void shouldReportTooEarlyAsLiveFeedback();
    void shouldLetOnlyOneOfTwoWorkstationsBookTwoCloseTreatments();
    void shouldMarkCalendarEntriesWithCycleAndPreviousTreatment();
};

void tst_RetreatmentBooking::shouldRefuseBotoxBeforeTheEarliestAllowedDate()
{
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Clinic c = setUp(clinic);

    const auto refused =
        clinic.context().appointments().book(treatmentOn(c, kTreated.addDays(83), c.fiks, c.room1));

    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Jan 27, 2027")),
             qPrintable(refused.error().message));
    QVERIFY(clinic.context()
                .appointments()
                .between(kTreated.addDays(83), kTreated.addDays(83))
                ->isEmpty());
}

void tst_RetreatmentBooking::shouldBookOnTheEarliestAllowedDate()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);

    const auto booked =
        clinic.context().appointments().book(treatmentOn(c, kTreated.addDays(84), c.fiks, c.room1));

    QVERIFY2(booked, qPrintable(messageOf(booked)));
    QVERIFY(booked->overrideReason.isEmpty());
}

void tst_RetreatmentBooking::shouldBookEarlyWithAnOverrideReasonAndShowIt()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    const QString reason = QStringLiteral("Travelling abroad in February; Dr Fiks agreed");

    const auto booked = clinic.context().appointments().book(
        treatmentOn(c, kTreated.addDays(78), c.fiks, c.room1, QStringLiteral("  ") + reason));

    QVERIFY2(booked, qPrintable(messageOf(booked)));
    const auto stored = clinic.context().appointments().byId(booked->id);
    QVERIFY(stored);
    QCOMPARE(stored->appointment.overrideReason, reason);
    const auto blank = clinic.context().appointments().book(
        treatmentOn(c, kTreated.addDays(79), c.alvarez, c.room2, QStringLiteral("   ")));
    QVERIFY(!blank);
    QCOMPARE(blank.error().kind, Error::Kind::Refused);
}

void tst_RetreatmentBooking::shouldLeaveOtherVisitTypesAlone()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    Appointment followUp = treatmentOn(c, kTreated.addDays(28), c.fiks, c.room1);
    followUp.typeId = c.consult.id;
    followUp.slot.endMinute = followUp.slot.startMinute + 30;

    const auto booked = clinic.context().appointments().book(followUp);

    QVERIFY2(booked, qPrintable(messageOf(booked)));
}

void tst_RetreatmentBooking::shouldApplyTheRuleWhenMovingABooking()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    auto &book = clinic.context().appointments();
    const auto booked = book.book(treatmentOn(c, kTreated.addDays(85), c.fiks, c.room1));
    QVERIFY2(booked, qPrintable(messageOf(booked)));

    const auto later =
        book.reschedule(booked->id, {kTreated.addDays(86), kTen, kTen + 15}, c.fiks.id, c.room1.id);
    const auto early =
        book.reschedule(booked->id, {kTreated.addDays(83), kTen, kTen + 15}, c.fiks.id, c.room1.id);

    QVERIFY2(later, qPrintable(messageOf(later)));
    QVERIFY(!early);
    QCOMPARE(early.error().kind, Error::Kind::Refused);
    QCOMPARE(book.byId(booked->id)->slot().date, kTreated.addDays(86));
}

void tst_RetreatmentBooking::shouldCountABookedTreatmentUntilItIsCancelled()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    auto &book = clinic.context().appointments();
    const auto first = book.book(treatmentOn(c, kTreated.addDays(84), c.fiks, c.room1));
    QVERIFY2(first, qPrintable(messageOf(first)));

    const QDate fiveWeeksLater = kTreated.addDays(84 + 35);
    const auto second = book.book(treatmentOn(c, fiveWeeksLater, c.fiks, c.room1));
    QVERIFY(!second);
    QCOMPARE(second.error().kind, Error::Kind::Refused);

    QVERIFY(book.cancel(first->id, QStringLiteral("Patient moved it")));
    const auto again = book.book(treatmentOn(c, fiveWeeksLater, c.fiks, c.room1));
    QVERIFY2(again, qPrintable(messageOf(again)));
}

void tst_RetreatmentBooking::shouldUseThePayersOwnMinimum()
{
    Test::TempClinic clinic;
    QVERIFY(clinic.setup().addPayer({0, QStringLiteral("Moda Health"), 70, true}));
    const Clinic c = setUp(clinic, QStringLiteral("moda health"));
    auto &book = clinic.context().appointments();

    const auto early = book.book(treatmentOn(c, kTreated.addDays(69), c.fiks, c.room1));
    const auto onTime = book.book(treatmentOn(c, kTreated.addDays(70), c.fiks, c.room1));

    QVERIFY(!early);
    QCOMPARE(early.error().kind, Error::Kind::Refused);
    QVERIFY2(onTime, qPrintable(messageOf(onTime)));
}

void tst_RetreatmentBooking::shouldReportTooEarlyAsLiveFeedback()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    auto &book = clinic.context().appointments();

    const auto early = book.conflictsFor(treatmentOn(c, kTreated.addDays(83), c.fiks, c.room1));
    const auto overridden = book.conflictsFor(
        treatmentOn(c, kTreated.addDays(83), c.fiks, c.room1, QStringLiteral("Clinician's call")));

    QVERIFY(early && overridden);
    QCOMPARE(early->size(), 1);
    QCOMPARE(early->first().kind, Conflict::Kind::TooEarly);
    QVERIFY(overridden->isEmpty());
}

void tst_RetreatmentBooking::shouldLetOnlyOneOfTwoWorkstationsBookTwoCloseTreatments()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    const QString path = clinic.path();

    // Two workstations book the same patient's next treatment a week apart with different
    // providers at the same moment: both pass the rule on their own, only one may win.
    constexpr int kRounds = 10;
    std::atomic<int> wins = 0, refusals = 0, otherErrors = 0;
    auto workstation = [&](const Provider &provider, const Room &room, int offset,
                           std::latch &start) {
        App::AppContext::Options options;
        options.databasePath = path;
        auto context = App::AppContext::open(options);
        start.arrive_and_wait();
        if (!context) {
            otherErrors += kRounds;
            return;
        }
        for (int round = 0; round < kRounds; ++round) {
            // Each round a fresh pair of Wednesdays a week apart, 13 weeks after the last round's.
            const QDate day = kTreated.addDays(84 + round * 91 + offset);
            auto result = context.value()->appointments().book(treatmentOn(c, day, provider, room));
            if (result)
                ++wins;
            else if (result.error().kind == Error::Kind::Refused)
                ++refusals;
            else
                ++otherErrors;
        }
    };
    std::latch start(2);
    std::unique_ptr<QThread> a(
        QThread::create(workstation, std::cref(c.fiks), std::cref(c.room1), 0, std::ref(start)));
    std::unique_ptr<QThread> b(
        QThread::create(workstation, std::cref(c.alvarez), std::cref(c.room2), 7, std::ref(start)));
    a->start();
    b->start();
    QVERIFY(a->wait(60000));
    QVERIFY(b->wait(60000));

    QCOMPARE(otherErrors.load(), 0);
    QCOMPARE(wins.load(), kRounds);
    QCOMPARE(refusals.load(), kRounds);
}

void tst_RetreatmentBooking::shouldMarkCalendarEntriesWithCycleAndPreviousTreatment()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    auto &book = clinic.context().appointments();
    QVERIFY(book.book(treatmentOn(c, kTreated.addDays(84), c.fiks, c.room1)));
    QVERIFY(book.book(treatmentOn(c, kTreated.addDays(154), c.fiks, c.room1,
                                  QStringLiteral("Second booking held for a trip"))));

    const auto first = book.between(kTreated.addDays(84), kTreated.addDays(84)).value();
    const auto second = book.between(kTreated.addDays(154), kTreated.addDays(154)).value();

    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().previousTreatment, kTreated);
    QCOMPARE(first.first().cycle, 2);
    QCOMPARE(first.first().patientPayer, QStringLiteral("Aetna"));
    QCOMPARE(second.first().previousTreatment, kTreated.addDays(84));
    QCOMPARE(second.first().appointment.overrideReason,
             QStringLiteral("Second booking held for a trip"));
}

QTEST_GUILESS_MAIN(tst_RetreatmentBooking)
#include "tst_retreatmentbooking.moc"
