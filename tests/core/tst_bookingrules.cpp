// The booking rules on their own: who and what may share a stretch of the day.
#include "bookingrules.h"

#include <QTest>

using namespace ClinicDesk::Core;

namespace {

constexpr qint64 kFiks = 1, kAlvarez = 2;
constexpr qint64 kRoom1 = 10, kRoom2 = 11;
constexpr qint64 kAnn = 100, kBob = 101;

int at(int hour, int minute = 0)
{
    return hour * 60 + minute;
}

ScheduleEntry existing(qint64 id, qint64 patient, qint64 provider, qint64 room, QDate day,
                       int start, int end, AppointmentStatus status = AppointmentStatus::Booked)
{
    ScheduleEntry e;
    e.appointment.id = id;
    e.appointment.patientId = patient;
    e.appointment.providerId = provider;
    e.appointment.roomId = room;
    e.appointment.slot = {day, start, end};
    e.appointment.status = status;
    e.patientName = patient == kAnn ? QStringLiteral("Lee, Ann") : QStringLiteral("Jones, Bob");
    e.providerName = provider == kFiks ? QStringLiteral("Vladimir Fiks")
                                       : QStringLiteral("Maria Alvarez");
    e.roomName = room == kRoom1 ? QStringLiteral("Procedure 1") : QStringLiteral("Procedure 2");
    return e;
}

Appointment candidate(qint64 patient, qint64 provider, qint64 room, QDate day, int start, int end)
{
    Appointment a;
    a.patientId = patient;
    a.providerId = provider;
    a.roomId = room;
    a.slot = {day, start, end};
    return a;
}

Availability openWeekdays()
{
    Availability a;
    for (int d = 1; d <= 5; ++d)
        a.clinicHours.append({d, at(8), at(17)});
    // Sunday hours too, so the DST rows (both US changes fall on a Sunday) are open days.
    a.clinicHours.append({7, at(0), at(24)});
    return a;
}

BookingRules::Names names()
{
    return {{{kFiks, QStringLiteral("Vladimir Fiks")}, {kAlvarez, QStringLiteral("Maria Alvarez")}},
            {{kRoom1, QStringLiteral("Procedure 1")}, {kRoom2, QStringLiteral("Procedure 2")}},
            {}};
}

} // namespace

class tst_BookingRules : public QObject
{
    Q_OBJECT

private slots:
    void shouldJudgeOverlapLikeTheDesk_data();
    void shouldJudgeOverlapLikeTheDesk();
    void shouldNameTheClashingVisitInTheMessage();
    void shouldRefuseOutsideWorkingHours_data();
    void shouldRefuseOutsideWorkingHours();
    void shouldRefuseBlockedTime_data();
    void shouldRefuseBlockedTime();
    void shouldNotCountTheAppointmentBeingMovedAgainstItself();
};

void tst_BookingRules::shouldJudgeOverlapLikeTheDesk_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<qint64>("provider");
    QTest::addColumn<qint64>("room");
    QTest::addColumn<qint64>("patient");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("status"); // of the existing 10:00-10:15 visit
    QTest::addColumn<QList<int>>("expectedKinds");

    const QDate wed(2026, 11, 25);
    const int booked = int(AppointmentStatus::Booked);
    const auto providerBusy = QList<int>{int(Conflict::Kind::ProviderBusy)};
    const auto roomBusy = QList<int>{int(Conflict::Kind::RoomBusy)};
    const auto patientBusy = QList<int>{int(Conflict::Kind::PatientBusy)};
    // The existing visit: Ann with Fiks in Procedure 1, 10:00-10:15.
    QTest::newRow("touching after") << wed << kFiks << kRoom1 << kBob << at(10, 15) << at(10, 30)
                                    << booked << QList<int>{};
    QTest::newRow("touching before") << wed << kFiks << kRoom1 << kBob << at(9, 45) << at(10)
                                     << booked << QList<int>{};
    QTest::newRow("one-minute overlap at end")
        << wed << kFiks << kRoom2 << kBob << at(10, 14) << at(10, 30) << booked << providerBusy;
    QTest::newRow("one-minute overlap at start")
        << wed << kFiks << kRoom2 << kBob << at(9, 50) << at(10, 1) << booked << providerBusy;
    QTest::newRow("containing") << wed << kFiks << kRoom2 << kBob << at(9, 30) << at(11) << booked
                                << providerBusy;
    QTest::newRow("contained") << wed << kFiks << kRoom2 << kBob << at(10, 5) << at(10, 10)
                               << booked << providerBusy;
    QTest::newRow("other provider, same room")
        << wed << kAlvarez << kRoom1 << kBob << at(10) << at(10, 15) << booked << roomBusy;
    QTest::newRow("other provider, other room")
        << wed << kAlvarez << kRoom2 << kBob << at(10) << at(10, 15) << booked << QList<int>{};
    QTest::newRow("same patient elsewhere")
        << wed << kAlvarez << kRoom2 << kAnn << at(10, 5) << at(10, 20) << booked << patientBusy;
    QTest::newRow("phone call needs no room")
        << wed << kAlvarez << qint64(0) << kBob << at(10) << at(10, 10) << booked << QList<int>{};
    QTest::newRow("cancelled visit does not block")
        << wed << kFiks << kRoom1 << kBob << at(10) << at(10, 15)
        << int(AppointmentStatus::Cancelled) << QList<int>{};
    QTest::newRow("no-show does not block")
        << wed << kFiks << kRoom1 << kBob << at(10) << at(10, 15)
        << int(AppointmentStatus::NoShow) << QList<int>{};
    QTest::newRow("completed still holds its time")
        << wed << kFiks << kRoom2 << kBob << at(10) << at(10, 15)
        << int(AppointmentStatus::Completed) << providerBusy;
    QTest::newRow("another day") << wed.addDays(1) << kFiks << kRoom1 << kBob << at(10)
                                 << at(10, 15) << booked << QList<int>{};
    // Wall-clock times: 1:30-2:30 on the spring-forward Sunday clashes with 2:00 exactly as
    // on any other day, and the repeated hour in November is still one hour of the book.
    QTest::newRow("DST spring forward overlap")
        << QDate(2026, 3, 8) << kFiks << kRoom2 << kBob << at(1, 30) << at(2, 30) << booked
        << providerBusy;
    QTest::newRow("DST fall back touching")
        << QDate(2026, 11, 1) << kFiks << kRoom2 << kBob << at(10, 15) << at(11) << booked
        << QList<int>{};
}

void tst_BookingRules::shouldJudgeOverlapLikeTheDesk()
{
    QFETCH(QDate, day);
    QFETCH(qint64, provider);
    QFETCH(qint64, room);
    QFETCH(qint64, patient);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(int, status);
    QFETCH(QList<int>, expectedKinds);

    // given Ann's visit with Fiks in Procedure 1 at 10:00-10:15 (at 2:00 on DST days)
    Availability book = openWeekdays();
    const bool dstDay = day.dayOfWeek() == 7;
    book.appointments << existing(1, kAnn, kFiks, kRoom1, dstDay ? day : QDate(2026, 11, 25),
                                  dstDay ? at(2) : at(10), dstDay ? at(2, 15) : at(10, 15),
                                  AppointmentStatus(status));
    if (dstDay && start >= at(10))
        book.appointments.first().appointment.slot = {day, at(10), at(10, 15)};

    // when
    const auto conflicts = BookingRules::check(candidate(patient, provider, room, day, start, end),
                                               book, names());

    // then
    QList<int> kinds;
    for (const Conflict &c : conflicts)
        kinds << int(c.kind);
    QCOMPARE(kinds, expectedKinds);
}

void tst_BookingRules::shouldNameTheClashingVisitInTheMessage()
{
    Availability book = openWeekdays();
    const QDate wed(2026, 11, 25);
    book.appointments << existing(7, kAnn, kAlvarez, kRoom2, wed, at(10), at(10, 15));

    const auto conflicts = BookingRules::check(candidate(kBob, kAlvarez, kRoom1, wed, at(10),
                                                         at(10, 30)),
                                               book, names());

    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().clashingAppointmentId, qint64(7));
    QCOMPARE(conflicts.first().message,
             QStringLiteral("Maria Alvarez already has Lee, Ann at 10:00\u201310:15 in Procedure 2."));
}

void tst_BookingRules::shouldRefuseOutsideWorkingHours_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("expectedKind"); // -1: allowed

    const QDate wed(2026, 11, 25);
    QTest::newRow("inside") << wed << at(9) << at(9, 15) << -1;
    QTest::newRow("first slot") << wed << at(8, 30) << at(8, 45) << -1;
    QTest::newRow("ends at closing") << wed << at(15, 45) << at(16) << -1;
    QTest::newRow("starts before") << wed << at(8, 15) << at(8, 45)
                                   << int(Conflict::Kind::OutsideHours);
    QTest::newRow("runs past") << wed << at(15, 50) << at(16, 5)
                               << int(Conflict::Kind::OutsideHours);
    QTest::newRow("day off (Friday)") << QDate(2026, 11, 27) << at(9) << at(9, 15)
                                      << int(Conflict::Kind::ProviderOff);
    QTest::newRow("clinic closed (Saturday)") << QDate(2026, 11, 28) << at(9) << at(9, 15)
                                              << int(Conflict::Kind::ProviderOff);
}

void tst_BookingRules::shouldRefuseOutsideWorkingHours()
{
    QFETCH(QDate, day);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(int, expectedKind);

    // given Fiks works Monday-Thursday 8:30-16:00 inside clinic hours 8-17
    Availability book = openWeekdays();
    for (int d = 1; d <= 4; ++d)
        book.providerHours[kFiks].append({d, at(8, 30), at(16)});

    const auto conflicts = BookingRules::check(candidate(kAnn, kFiks, kRoom1, day, start, end),
                                               book, names());

    if (expectedKind < 0) {
        QVERIFY2(conflicts.isEmpty(), qPrintable(conflicts.value(0).message));
    } else {
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(int(conflicts.first().kind), expectedKind);
    }
}

void tst_BookingRules::shouldRefuseBlockedTime_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<qint64>("provider");
    QTest::addColumn<qint64>("room");
    QTest::addColumn<bool>("blocked");

    const QDate wed(2026, 11, 25);
    QTest::newRow("Fiks lunch, weekly, this Wednesday") << wed << kFiks << kRoom1 << true;
    QTest::newRow("Fiks lunch, next Wednesday") << wed.addDays(7) << kFiks << kRoom1 << true;
    QTest::newRow("Fiks lunch, not on Tuesday") << wed.addDays(6) << kFiks << kRoom1 << false;
    QTest::newRow("Alvarez has no lunch block") << wed << kAlvarez << kRoom1 << false;
    QTest::newRow("Procedure 2 being cleaned on Tuesday")
        << wed.addDays(6) << kAlvarez << kRoom2 << true;
    QTest::newRow("Procedure 1 not being cleaned") << wed.addDays(6) << kAlvarez << kRoom1 << false;
    QTest::newRow("clinic closed on Thanksgiving")
        << QDate(2026, 11, 26) << kAlvarez << qint64(0) << true;
}

void tst_BookingRules::shouldRefuseBlockedTime()
{
    QFETCH(QDate, day);
    QFETCH(qint64, provider);
    QFETCH(qint64, room);
    QFETCH(bool, blocked);

    Availability book = openWeekdays();
    BlockedTime lunch;
    lunch.providerId = kFiks;
    lunch.firstDate = QDate(2026, 11, 4); // a Wednesday
    lunch.weekly = true;
    lunch.startMinute = at(12);
    lunch.endMinute = at(13);
    lunch.reason = QStringLiteral("Lunch");
    BlockedTime cleaning;
    cleaning.roomId = kRoom2;
    cleaning.firstDate = cleaning.lastDate = QDate(2026, 12, 1);
    cleaning.startMinute = at(11);
    cleaning.endMinute = at(14);
    BlockedTime holiday;
    holiday.firstDate = holiday.lastDate = QDate(2026, 11, 26);
    holiday.startMinute = at(12, 30);
    holiday.endMinute = at(12, 45);
    holiday.reason = QStringLiteral("Thanksgiving");
    book.blocks = {lunch, cleaning, holiday};

    const auto conflicts = BookingRules::check(
        candidate(kAnn, provider, room, day, at(12, 30), at(12, 45)), book, names());

    QCOMPARE(!conflicts.isEmpty(), blocked);
    for (const Conflict &c : conflicts) {
        QCOMPARE(c.kind, Conflict::Kind::Blocked);
        QVERIFY2(c.message.contains(QStringLiteral("is blocked")), qPrintable(c.message));
    }
}

void tst_BookingRules::shouldNotCountTheAppointmentBeingMovedAgainstItself()
{
    Availability book = openWeekdays();
    const QDate wed(2026, 11, 25);
    book.appointments << existing(5, kAnn, kFiks, kRoom1, wed, at(10), at(10, 15));

    Appointment moved = candidate(kAnn, kFiks, kRoom1, wed, at(10, 5), at(10, 20));
    moved.id = 5;
    QVERIFY(BookingRules::check(moved, book, names()).isEmpty());

    moved.id = 0; // the same times as a new booking clash with it
    QCOMPARE(BookingRules::check(moved, book, names()).size(), 1);
}

QTEST_GUILESS_MAIN(tst_BookingRules)
#include "tst_bookingrules.moc"
