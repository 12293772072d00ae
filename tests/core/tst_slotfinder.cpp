// The slot finder on its own: first free places, preferences, and the nearest free times.
#include "slotfinder.h"

#include <QTest>

using namespace ClinicDesk::Core;

namespace {

int at(int hour, int minute = 0)
{
    return hour * 60 + minute;
}

const QDate kWednesday(2026, 11, 25);

Availability weekdays()
{
    Availability a;
    for (int d = 1; d <= 5; ++d)
        a.clinicHours.append({d, at(8), at(17)});
    return a;
}

ScheduleEntry busy(qint64 id, qint64 provider, qint64 room, qint64 patient, int start, int end,
                   QDate day = kWednesday)
{
    ScheduleEntry e;
    e.appointment.id = id;
    e.appointment.providerId = provider;
    e.appointment.roomId = room;
    e.appointment.patientId = patient;
    e.appointment.slot = {day, start, end};
    return e;
}

QStringList times(const QList<SlotOffer> &offers)
{
    QStringList list;
    for (const SlotOffer &o : offers)
        list << QStringLiteral("%1 %2 p%3 r%4")
                    .arg(o.slot.date.toString(QStringLiteral("MM-dd")),
                         WallClock::format(o.slot.startMinute))
                    .arg(o.providerId)
                    .arg(o.roomId);
    return list;
}

} // namespace

class tst_SlotFinder : public QObject
{
    Q_OBJECT

private slots:
    void shouldOfferTheFirstFreeSlotsInTimeThenProviderOrder();
    void shouldHonourTimeOfDayAndSkipClosedDays();
    void shouldNeedAFreeRoomAndAFreePatient();
    void shouldSkipBlockedTimeAndThePast();
    void shouldOfferTheNearestFreeTimesAroundAClash();
};

void tst_SlotFinder::shouldOfferTheFirstFreeSlotsInTimeThenProviderOrder()
{
    Availability book = weekdays();
    book.appointments << busy(1, 1, 10, 100, at(8), at(8, 30));
    SlotRequest request;
    request.from = request.to = kWednesday;
    request.minutes = 15;
    request.providerIds = {1, 2};
    request.maxResults = 4;

    const auto offers = SlotFinder::find(request, book);

    QCOMPARE(times(offers), (QStringList{QStringLiteral("11-25 8:00 p2 r0"),
                                         QStringLiteral("11-25 8:15 p2 r0"),
                                         QStringLiteral("11-25 8:30 p1 r0"),
                                         QStringLiteral("11-25 8:30 p2 r0")}));
}

void tst_SlotFinder::shouldHonourTimeOfDayAndSkipClosedDays()
{
    Availability book = weekdays();
    SlotRequest request;
    request.from = QDate(2026, 11, 27); // Friday
    request.to = QDate(2026, 11, 30);   // Monday
    request.minutes = 45;
    request.providerIds = {1};
    request.earliestMinute = at(16);
    request.latestEndMinute = at(17);
    request.maxResults = 10;

    const auto offers = SlotFinder::find(request, book);

    // 16:00 and 16:15 fit 45 minutes before 17:00, on Friday and Monday only.
    QCOMPARE(times(offers), (QStringList{QStringLiteral("11-27 16:00 p1 r0"),
                                         QStringLiteral("11-27 16:15 p1 r0"),
                                         QStringLiteral("11-30 16:00 p1 r0"),
                                         QStringLiteral("11-30 16:15 p1 r0")}));
}

void tst_SlotFinder::shouldNeedAFreeRoomAndAFreePatient()
{
    Availability book = weekdays();
    book.appointments << busy(1, 2, 10, 200, at(8), at(9));  // room 10 taken 8-9 by another
    book.appointments << busy(2, 3, 11, 100, at(8), at(8, 30)); // our patient busy 8-8:30
    SlotRequest request;
    request.from = request.to = kWednesday;
    request.minutes = 30;
    request.providerIds = {1};
    request.roomIds = {10, 11};
    request.patientId = 100;
    request.maxResults = 3;

    const auto offers = SlotFinder::find(request, book);

    QCOMPARE(times(offers), (QStringList{QStringLiteral("11-25 8:30 p1 r11"),
                                         QStringLiteral("11-25 8:45 p1 r11"),
                                         QStringLiteral("11-25 9:00 p1 r10")}));
}

void tst_SlotFinder::shouldSkipBlockedTimeAndThePast()
{
    Availability book = weekdays();
    BlockedTime meeting;
    meeting.providerId = 1;
    meeting.firstDate = kWednesday;
    meeting.startMinute = at(10);
    meeting.endMinute = at(12);
    book.blocks << meeting;
    SlotRequest request;
    request.from = request.to = kWednesday;
    request.minutes = 60;
    request.providerIds = {1};
    request.stepMinutes = 60;
    request.notBefore = QDateTime(kWednesday, QTime(9, 5));
    request.maxResults = 10;

    const auto offers = SlotFinder::find(request, book);

    QCOMPARE(times(offers), (QStringList{QStringLiteral("11-25 12:00 p1 r0"),
                                         QStringLiteral("11-25 13:00 p1 r0"),
                                         QStringLiteral("11-25 14:00 p1 r0"),
                                         QStringLiteral("11-25 15:00 p1 r0"),
                                         QStringLiteral("11-25 16:00 p1 r0")}));
}

void tst_SlotFinder::shouldOfferTheNearestFreeTimesAroundAClash()
{
    Availability book = weekdays();
    book.appointments << busy(1, 1, 10, 200, at(10), at(10, 15))
                      << busy(2, 1, 10, 201, at(10, 30), at(11, 30));
    Appointment wanted;
    wanted.providerId = 1;
    wanted.roomId = 10;
    wanted.patientId = 100;
    wanted.slot = {kWednesday, at(10), at(10, 15)};

    const auto offers = SlotFinder::nearest(wanted, book, 3, 15, {});

    // Free: ... 9:30, 9:45 | 10:15 | 11:30 ...; the three nearest to 10:00, in time order.
    QCOMPARE(times(offers), (QStringList{QStringLiteral("11-25 9:30 p1 r10"),
                                         QStringLiteral("11-25 9:45 p1 r10"),
                                         QStringLiteral("11-25 10:15 p1 r10")}));
}

QTEST_GUILESS_MAIN(tst_SlotFinder)
#include "tst_slotfinder.moc"
