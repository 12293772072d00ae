// The demo clinic's appointment book: reproducible, realistic and free of double bookings.
#include "demoschedule.h"

#include <QSet>
#include <QTest>

using namespace ClinicDesk::Core;

namespace {

DemoSchedule::Options options(quint32 seed)
{
    DemoSchedule::Options o;
    o.now = QDateTime(QDate(2026, 11, 25), QTime(11, 0));
    o.from = QDate(2026, 1, 1);
    o.to = QDate(2027, 1, 20);
    o.seed = seed;
    for (int i = 1; i <= 4; ++i)
        o.providers << Provider{i, QStringLiteral("P%1").arg(i), {}, {}, true};
    for (int i = 1; i <= 3; ++i)
        o.rooms << Room{10 + i, QStringLiteral("R%1").arg(i), true};
    o.types = {{1, QStringLiteral("Botox treatment"), 15, {}, true, true},
               {2, QStringLiteral("Follow-up"), 20, {}, false, true},
               {3, QStringLiteral("New-patient consult"), 45, {}, false, true},
               {4, QStringLiteral("Phone call"), 10, {}, false, true}};
    for (int i = 1; i <= 3000; ++i)
        o.patientIds << i;
    return o;
}

} // namespace

class tst_DemoSchedule : public QObject
{
    Q_OBJECT

private slots:
    void shouldBeReproducible();
    void shouldNeverDoubleBook();
    void shouldLookLikeAClinicsBook();
};

void tst_DemoSchedule::shouldBeReproducible()
{
    QCOMPARE(DemoSchedule::generate(options(3)), DemoSchedule::generate(options(3)));
    QVERIFY(DemoSchedule::generate(options(3)) != DemoSchedule::generate(options(4)));
}

void tst_DemoSchedule::shouldNeverDoubleBook()
{
    const auto book = DemoSchedule::generate(options(5));
    QVERIFY(book.size() > 1000);
    // Keyed by who and day, so each visit is compared with that day's visits only.
    QHash<QString, QList<TimeSlot>> held;
    for (const Appointment &a : book) {
        if (!holdsTime(a.status))
            continue;
        const QString day = a.slot.date.toString(Qt::ISODate);
        const QStringList keys = {QStringLiteral("provider %1 ").arg(a.providerId) + day,
                                  QStringLiteral("patient %1 ").arg(a.patientId) + day,
                                  a.roomId ? QStringLiteral("room %1 ").arg(a.roomId) + day
                                           : QString()};
        for (const QString &key : keys) {
            if (key.isEmpty())
                continue;
            for (const TimeSlot &other : held.value(key))
                QVERIFY2(!other.overlaps(a.slot), qPrintable(key + u' ' + a.slot.describe()));
            held[key].append(a.slot);
        }
    }
}

void tst_DemoSchedule::shouldLookLikeAClinicsBook()
{
    const auto o = options(6);
    const auto book = DemoSchedule::generate(o);
    int past = 0, completed = 0, cancelledOrNoShow = 0, future = 0, futureBooked = 0;
    QHash<qint64, QList<QDate>> botoxDates;
    for (const Appointment &a : book) {
        QVERIFY(a.slot.date.dayOfWeek() <= 5);
        QVERIFY(a.slot.startMinute >= 8 * 60 && a.slot.endMinute <= 17 * 60);
        QVERIFY(a.slot.endMinute <= 12 * 60 || a.slot.startMinute >= 13 * 60); // lunch
        QCOMPARE(a.roomId == 0, a.typeId == 4); // only phone calls have no room
        if (!holdsTime(a.status))
            QVERIFY(!a.statusReason.isEmpty());
        if (a.slot.date < o.now.date()) {
            ++past;
            completed += a.status == AppointmentStatus::Completed;
            cancelledOrNoShow += !holdsTime(a.status);
        } else if (a.slot.date > o.now.date()) {
            ++future;
            futureBooked += a.status == AppointmentStatus::Booked
                            || a.status == AppointmentStatus::Confirmed;
        }
        if (a.typeId == 1 && holdsTime(a.status))
            botoxDates[a.patientId].append(a.slot.date);
    }
    QVERIFY(completed > past * 8 / 10);
    QVERIFY(cancelledOrNoShow > past / 20 && cancelledOrNoShow < past / 5);
    QVERIFY(future > 0 && futureBooked > future * 9 / 10);
    // Botox patients come back about every 12 weeks (84-100 days between treatments).
    QList<qint64> gaps;
    for (const QList<QDate> &dates : botoxDates)
        for (int i = 1; i < dates.size(); ++i)
            gaps << dates[i - 1].daysTo(dates[i]);
    QVERIFY(gaps.size() > 100);
    std::sort(gaps.begin(), gaps.end());
    const qint64 median = gaps[gaps.size() / 2];
    QVERIFY2(median >= 84 && median <= 100, qPrintable(QString::number(median)));
}

QTEST_GUILESS_MAIN(tst_DemoSchedule)
#include "tst_demoschedule.moc"
