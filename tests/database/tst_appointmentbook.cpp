// The appointment book end to end: AppointmentService over SqlAppointmentRepository on real
// SQLite files, including two workstations racing for one slot.
#include "sqlappointmentrepository.h"
#include "testsupport.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <latch>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;

namespace {

int at(int hour, int minute = 0)
{
    return hour * 60 + minute;
}

const QDate kWednesday(2026, 11, 25);

struct Clinic {
    Provider fiks, alvarez;
    Room room1, room2;
    AppointmentType botox, consult, phone;
    Patient ann, bob;
};

Clinic setUp(Test::TempClinic &clinic)
{
    Clinic c;
    c.fiks = clinic.setup().addProvider({0, QStringLiteral("Vladimir Fiks"), QStringLiteral("MD"), {}, true}).value();
    c.alvarez = clinic.setup().addProvider({0, QStringLiteral("Maria Alvarez"), QStringLiteral("DO"), {}, true}).value();
    c.room1 = clinic.setup().addRoom({0, QStringLiteral("Procedure 1"), true}).value();
    c.room2 = clinic.setup().addRoom({0, QStringLiteral("Procedure 2"), true}).value();
    for (const AppointmentType &t : clinic.setup().appointmentTypes().value()) {
        if (t.isBotox)
            c.botox = t;
        else if (t.name.contains(QStringLiteral("consult")))
            c.consult = t;
        else if (t.name.contains(QStringLiteral("Phone")))
            c.phone = t;
    }
    c.ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    c.bob = clinic.add(QStringLiteral("Bob"), QStringLiteral("Jones"), QDate(1980, 1, 2));
    return c;
}

Appointment visit(const Patient &patient, const Provider &provider, const Room &room,
                  const AppointmentType &type, int start, int minutes, QDate day = kWednesday)
{
    Appointment a;
    a.patientId = patient.id;
    a.providerId = provider.id;
    a.roomId = room.id;
    a.typeId = type.id;
    a.slot = {day, start, start + minutes};
    return a;
}

} // namespace

class tst_AppointmentBook : public QObject
{
    Q_OBJECT

private slots:
    void shouldBookAndReadBackTheDay();
    void shouldRefuseDoubleBookingWithNamesAndNextFreeTimes();
    void shouldAllowTouchingAndRefuseOneMinuteOverlap();
    void shouldFreeTheSlotWhenCancelledAndRecheckWhenRestored();
    void shouldRefuseOutsideHoursAndBlockedTime();
    void shouldMoveAndResizeWithTheSameRules();
    void shouldRequireAReasonToCancel();
    void shouldUnbookForUndo();
    void shouldChangeStatusAfterHoursOrProviderChanged();
    void shouldLetExactlyOneOfTwoWorkstationsBookTheSameSlot();
    void shouldReadOnlyTheRequestedDaysPerTheQueryPlan();
    void shouldFindFreeSlotsAroundTheBook();
    void shouldStoreABatchAllOrNone();
    void shouldListAPatientsAppointments();
};

void tst_AppointmentBook::shouldBookAndReadBackTheDay()
{
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Clinic c = setUp(clinic);
    auto &book = clinic.context().appointments();

    Appointment draft = visit(c.ann, c.fiks, c.room1, c.botox, at(10), 15);
    draft.notes = QStringLiteral("Prefers the left side; O'Brien's referral");
    auto booked = book.book(draft);
    QVERIFY2(booked, qPrintable(booked.ok() ? QString() : booked.error().message));
    QVERIFY(booked->id > 0);

    auto day = book.between(kWednesday, kWednesday);
    QVERIFY(day);
    QCOMPARE(day->size(), 1);
    const ScheduleEntry &e = day->first();
    QCOMPARE(e.patientName, QStringLiteral("Lee, Ann"));
    QCOMPARE(e.providerName, QStringLiteral("Vladimir Fiks"));
    QCOMPARE(e.roomName, QStringLiteral("Procedure 1"));
    QCOMPARE(e.typeName, QStringLiteral("Botox treatment"));
    QVERIFY(e.isBotox);
    QCOMPARE(e.slot(), (TimeSlot{kWednesday, at(10), at(10, 15)}));
    QCOMPARE(e.appointment.status, AppointmentStatus::Booked);
    QCOMPARE(e.appointment.notes, draft.notes);
    QCOMPARE(e.appointment.bookedBy, clinic.patients().user());
    QVERIFY(book.between(kWednesday.addDays(1), kWednesday.addDays(1))->isEmpty());
}

void tst_AppointmentBook::shouldRefuseDoubleBookingWithNamesAndNextFreeTimes()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    auto &book = clinic.context().appointments();
    QVERIFY(book.book(visit(c.ann, c.fiks, c.room1, c.botox, at(10), 15)));

    auto refused = book.book(visit(c.bob, c.fiks, c.room2, c.botox, at(10), 15));

    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE(refused.error().message,
             QStringLiteral("Vladimir Fiks already has Lee, Ann at 10:00\u201310:15 in Procedure 1. "
                            "Next free: 9:45, 10:15, 10:30."));
    QCOMPARE(book.between(kWednesday, kWednesday)->size(), 1);
}

void tst_AppointmentBook::shouldAllowTouchingAndRefuseOneMinuteOverlap()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    auto &book = clinic.context().appointments();
    QVERIFY(book.book(visit(c.ann, c.fiks, c.room1, c.botox, at(10), 15)));

    QVERIFY(book.book(visit(c.bob, c.fiks, c.room1, c.botox, at(10, 15), 15)));
    auto overlap = book.book(visit(c.bob, c.alvarez, c.room1, c.consult, at(10, 29), 30));
    QVERIFY(!overlap);
    QVERIFY2(overlap.error().message.startsWith(QStringLiteral("Procedure 1 is already taken by")),
             qPrintable(overlap.error().message));
}

void tst_AppointmentBook::shouldFreeTheSlotWhenCancelledAndRecheckWhenRestored()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    auto &book = clinic.context().appointments();
    const auto first = book.book(visit(c.ann, c.fiks, c.room1, c.botox, at(10), 15)).value();

    QVERIFY(book.cancel(first.id, QStringLiteral("Patient ill")));
    const auto second = book.book(visit(c.bob, c.fiks, c.room1, c.botox, at(10), 15));
    QVERIFY2(second, "a cancelled visit must not block its slot");

    auto restored = book.setStatus(first.id, AppointmentStatus::Booked);
    QVERIFY(!restored);
    QCOMPARE(restored.error().kind, Error::Kind::Conflict);
    QCOMPARE(book.byId(first.id)->appointment.status, AppointmentStatus::Cancelled);
    QCOMPARE(book.byId(first.id)->appointment.statusReason, QStringLiteral("Patient ill"));
}

void tst_AppointmentBook::shouldRefuseOutsideHoursAndBlockedTime()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    auto &book = clinic.context().appointments();
    auto &hours = clinic.context().scheduleSetup();
    QVERIFY(hours.setProviderHours(c.fiks.id, {{3, at(9), at(15)}})); // Wednesdays 9-15
    BlockedTime lunch;
    lunch.providerId = c.fiks.id;
    lunch.firstDate = kWednesday;
    lunch.weekly = true;
    lunch.startMinute = at(12);
    lunch.endMinute = at(13);
    lunch.reason = QStringLiteral("Lunch");
    QVERIFY(hours.addBlock(lunch));

    auto early = book.book(visit(c.ann, c.fiks, c.room1, c.botox, at(8, 30), 15));
    QVERIFY(!early);
    QVERIFY2(early.error().message.contains(QStringLiteral("outside Vladimir Fiks's hours (9:00\u201315:00)")),
             qPrintable(early.error().message));
    auto lunchtime = book.book(visit(c.ann, c.fiks, c.room1, c.botox, at(12, 10), 15,
                                     kWednesday.addDays(7)));
    QVERIFY(!lunchtime);
    QVERIFY2(lunchtime.error().message.contains(QStringLiteral("blocked 12:00\u201313:00 (Lunch)")),
             qPrintable(lunchtime.error().message));
    auto thursday = book.book(visit(c.ann, c.fiks, c.room1, c.botox, at(10), 15,
                                    kWednesday.addDays(1)));
    QVERIFY(!thursday);
    QVERIFY(thursday.error().message.contains(QStringLiteral("does not work on Thursdays")));
    QVERIFY(book.book(visit(c.ann, c.fiks, c.room1, c.botox, at(13), 15)));
}

void tst_AppointmentBook::shouldMoveAndResizeWithTheSameRules()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    auto &book = clinic.context().appointments();
    const auto ann = book.book(visit(c.ann, c.fiks, c.room1, c.botox, at(10), 15)).value();
    QVERIFY(book.book(visit(c.bob, c.fiks, c.room1, c.botox, at(11), 15)));

    auto moved = book.reschedule(ann.id, {kWednesday, at(10, 30), at(10, 45)}, c.fiks.id, c.room1.id);
    QVERIFY(moved);
    auto grown = book.reschedule(ann.id, {kWednesday, at(10, 30), at(11, 5)}, c.fiks.id, c.room1.id);
    QVERIFY(!grown);
    QVERIFY(grown.error().message.contains(QStringLiteral("Jones, Bob")));
    auto otherDay = book.reschedule(ann.id, {kWednesday.addDays(6), at(11), at(11, 15)},
                                    c.alvarez.id, c.room2.id);
    QVERIFY(otherDay);
    const auto stored = book.byId(ann.id).value();
    QCOMPARE(stored.slot(), (TimeSlot{kWednesday.addDays(6), at(11), at(11, 15)}));
    QCOMPARE(stored.providerName, QStringLiteral("Maria Alvarez"));
}

void tst_AppointmentBook::shouldRequireAReasonToCancel()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    auto &book = clinic.context().appointments();
    const auto ann = book.book(visit(c.ann, c.fiks, c.room1, c.botox, at(10), 15)).value();

    auto noReason = book.cancel(ann.id, QStringLiteral("   "));
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().field, QStringLiteral("reason"));
    QCOMPARE(book.byId(ann.id)->appointment.status, AppointmentStatus::Booked);
    // A visit next week cannot be completed yet.
    const auto later = book.book(visit(c.bob, c.fiks, c.room1, c.botox, at(10), 15,
                                       kWednesday.addDays(7))).value();
    QVERIFY(!book.setStatus(later.id, AppointmentStatus::Completed));
    QVERIFY(book.setStatus(ann.id, AppointmentStatus::Arrived));
}

void tst_AppointmentBook::shouldChangeStatusAfterHoursOrProviderChanged()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    auto &book = clinic.context().appointments();
    const auto early = book.book(visit(c.ann, c.fiks, c.room1, c.botox, at(8), 15)).value();
    const auto later = book.book(visit(c.bob, c.fiks, c.room1, c.botox, at(8, 15), 15)).value();

    // given Fiks now starts at 9:00 and a visit booked before that still stands at 8:00
    QVERIFY(clinic.context().scheduleSetup().setProviderHours(c.fiks.id, {{3, at(9), at(17)}}));

    // then the desk can still mark it arrived and note it: hours guard new bookings and moves
    QVERIFY2(book.setStatus(early.id, AppointmentStatus::Arrived), "status after hours change");
    QVERIFY(book.setNotes(early.id, QStringLiteral("Came early")));
    // but moving it still has to respect the new hours
    QVERIFY(!book.reschedule(early.id, {kWednesday, at(8, 30), at(8, 45)}, c.fiks.id, c.room1.id));

    // and once Fiks stops seeing patients, his visits can still be cancelled
    Provider gone = c.fiks;
    gone.active = false;
    QVERIFY(clinic.setup().updateProvider(gone));
    QVERIFY2(book.cancel(later.id, QStringLiteral("Provider left the clinic")),
             "cancel after the provider was made inactive");
    // putting it back must still find its time free of other visits
    QVERIFY(book.book(visit(c.ann, c.alvarez, c.room1, c.consult, at(8, 15), 45)));
    QVERIFY(!book.setStatus(later.id, AppointmentStatus::Booked));
}

void tst_AppointmentBook::shouldUnbookForUndo()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    auto &book = clinic.context().appointments();
    const auto ann = book.book(visit(c.ann, c.fiks, c.room1, c.botox, at(10), 15)).value();
    QVERIFY(book.unbook(ann.id));
    QVERIFY(book.between(kWednesday, kWednesday)->isEmpty());
    QCOMPARE(book.byId(ann.id).error().kind, Error::Kind::NotFound);
    QSqlQuery q(clinic.database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT action FROM audit_log WHERE entity = 'appointment' "
                                  "ORDER BY id")));
    QStringList actions;
    while (q.next())
        actions << q.value(0).toString();
    QCOMPARE(actions, (QStringList{QStringLiteral("book"), QStringLiteral("unbook")}));
}

void tst_AppointmentBook::shouldLetExactlyOneOfTwoWorkstationsBookTheSameSlot()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    const QString path = clinic.path();

    // Two workstations, each its own connection in its own thread, book the same provider and
    // room at the same moment, many times over.
    constexpr int kRounds = 20;
    std::atomic<int> wins = 0, conflicts = 0, otherErrors = 0;
    QStringList otherMessages;
    QMutex messagesLock;
    auto workstation = [&](const Patient &patient, std::latch &start) {
        App::AppContext::Options options;
        options.databasePath = path;
        auto context = App::AppContext::open(options);
        start.arrive_and_wait();
        if (!context) {
            otherErrors += kRounds;
            return;
        }
        for (int round = 0; round < kRounds; ++round) {
            const int minute = at(8) + round * 15;
            auto result = context.value()->appointments().book(
                visit(patient, c.fiks, c.room1, c.consult, minute, 15));
            if (result)
                ++wins;
            else if (result.error().kind == Error::Kind::Conflict)
                ++conflicts;
            else {
                ++otherErrors;
                QMutexLocker lock(&messagesLock);
                otherMessages << result.error().message;
            }
        }
    };
    std::latch start(2);
    std::unique_ptr<QThread> a(QThread::create(workstation, std::cref(c.ann), std::ref(start)));
    std::unique_ptr<QThread> b(QThread::create(workstation, std::cref(c.bob), std::ref(start)));
    a->start();
    b->start();
    QVERIFY(a->wait(60000));
    QVERIFY(b->wait(60000));

    QVERIFY2(otherErrors == 0, qPrintable(otherMessages.join(u'\n')));
    QCOMPARE(wins.load(), kRounds);
    QCOMPARE(conflicts.load(), kRounds);
    const auto day = clinic.context().appointments().between(kWednesday, kWednesday).value();
    QCOMPARE(day.size(), kRounds);
    for (int i = 1; i < day.size(); ++i)
        QVERIFY(!day[i - 1].slot().overlaps(day[i].slot()));
}

void tst_AppointmentBook::shouldReadOnlyTheRequestedDaysPerTheQueryPlan()
{
    Test::TempClinic clinic;
    setUp(clinic);
    for (const ScheduleFilter &filter :
         {ScheduleFilter{}, ScheduleFilter{{1, 2}, {}, false}, ScheduleFilter{{}, {}, true}}) {
        QSqlQuery q(clinic.database().connection());
        QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ")
                          + Db::SqlAppointmentRepository::rangeQuery(filter)));
        q.bindValue(QStringLiteral(":from"), QStringLiteral("2026-11-25"));
        q.bindValue(QStringLiteral(":to"), QStringLiteral("2026-11-26"));
        for (int i = 0; i < filter.providerIds.size(); ++i)
            q.bindValue(QStringLiteral(":p%1").arg(i), filter.providerIds[i]);
        QVERIFY(q.exec());
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + u'\n';
        // The appointments table is searched through a start-time index (a range), never scanned.
        QVERIFY2(plan.contains(QRegularExpression(
                     QStringLiteral("SEARCH a USING INDEX appointments_by_(provider_)?start"))),
                 qPrintable(plan));
        QVERIFY2(!plan.contains(QStringLiteral("SCAN a")), qPrintable(plan));
    }
}

void tst_AppointmentBook::shouldFindFreeSlotsAroundTheBook()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    auto &book = clinic.context().appointments();
    // Thursday: Fiks busy 8:00-9:00; Alvarez free.
    const QDate thursday = kWednesday.addDays(1);
    for (int m = at(8); m < at(9); m += 15)
        QVERIFY(book.book(visit(c.ann, c.fiks, c.room1, c.consult, m, 15, thursday)));

    SlotRequest request;
    request.from = thursday;
    request.to = thursday.addDays(3);
    request.minutes = 15;
    request.providerIds = {c.fiks.id};
    request.roomIds = {c.room1.id, c.room2.id};
    request.maxResults = 3;
    auto offers = book.findSlots(request);
    QVERIFY(offers);
    QCOMPARE(offers->size(), 3);
    QCOMPARE(offers->at(0).slot, (TimeSlot{thursday, at(9), at(9, 15)}));
    QCOMPARE(offers->at(0).roomId, c.room1.id);

    request.earliestMinute = at(13);
    request.from = thursday.addDays(1); // Friday; Saturday and Sunday are closed
    request.to = thursday.addDays(3);
    request.maxResults = 100;
    offers = book.findSlots(request);
    QVERIFY(offers);
    QCOMPARE(offers->size(), 16); // Friday 13:00-17:00 in 15-minute steps
    QCOMPARE(offers->last().slot, (TimeSlot{thursday.addDays(1), at(16, 45), at(17)}));
}

void tst_AppointmentBook::shouldStoreABatchAllOrNone()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    auto &book = clinic.context().appointments();
    QList<Appointment> batch = {visit(c.ann, c.fiks, c.room1, c.botox, at(9), 15),
                                visit(c.bob, c.fiks, c.room2, c.botox, at(9, 10), 15)};
    for (Appointment &a : batch)
        a.bookedAt = a.updatedAt = clinic.context().clock().now();
    auto refused = book.bookMany(batch);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QVERIFY(book.between(kWednesday, kWednesday)->isEmpty());

    batch[1].slot = {kWednesday, at(9, 15), at(9, 30)};
    auto stored = book.bookMany(batch);
    QVERIFY(stored);
    QCOMPARE(stored.value(), 2);
    QCOMPARE(book.between(kWednesday, kWednesday)->size(), 2);
}

void tst_AppointmentBook::shouldListAPatientsAppointments()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    auto &book = clinic.context().appointments();
    QVERIFY(book.book(visit(c.ann, c.fiks, c.room1, c.botox, at(9), 15)));
    QVERIFY(book.book(visit(c.ann, c.fiks, c.room1, c.botox, at(9), 15, kWednesday.addDays(84))));
    QVERIFY(book.book(visit(c.bob, c.fiks, c.room1, c.botox, at(10), 15)));
    const auto history = book.forPatient(c.ann.id).value();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.first().slot().date, kWednesday.addDays(84)); // newest first
}

QTEST_GUILESS_MAIN(tst_AppointmentBook)
#include "tst_appointmentbook.moc"
