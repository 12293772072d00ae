// How long the appointment book takes to load what the calendar shows, on a clinic with ten
// years of history (about a million appointments) and, for comparison, one year: the day and
// week loads must not grow with history. Reports figures; asserts no wall-clock limits.
#include "democlinic.h"
#include "demoschedule.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;

namespace {

struct BenchClinic {
    std::unique_ptr<Test::TempClinic> clinic;
    QList<qint64> dayProviders; // the six columns of the day view
    qint64 weekProvider = 0;
    int appointments = 0;
};

// 24 providers (6 shown in the day view), 20 rooms, 50,000 patients.
BenchClinic build(int years, int patients)
{
    BenchClinic bench;
    bench.clinic = std::make_unique<Test::TempClinic>();
    Test::TempClinic &clinic = *bench.clinic;
    QElapsedTimer timer;
    timer.start();
    QList<Provider> providers;
    for (int i = 1; i <= 24; ++i)
        providers << clinic.setup()
                         .addProvider({0, QStringLiteral("Provider %1").arg(i, 2, 10, QLatin1Char('0')),
                                       QStringLiteral("MD"), {}, true})
                         .value();
    QList<Room> rooms;
    for (int i = 1; i <= 20; ++i)
        rooms << clinic.setup().addRoom({0, QStringLiteral("Room %1").arg(i), true}).value();
    const QDate today = Test::fixedToday();
    Q_UNUSED(clinic.patients().createMany(DemoClinic::patients({patients, years, 42, today})));
    QList<qint64> patientIds;
    for (int id = 1; id <= patients; ++id)
        patientIds << id;
    DemoSchedule::Options options;
    options.from = today.addYears(-years);
    options.to = today.addDays(56);
    options.now = clinic.context().clock().now();
    options.providers = providers;
    options.rooms = rooms;
    options.types = clinic.setup().appointmentTypes().value();
    options.patientIds = patientIds;
    options.visitsPerProviderDay = 24;
    options.seed = 7;
    const auto generated = DemoSchedule::generate(options);
    auto stored = clinic.context().appointments().bookMany(generated);
    bench.appointments = stored ? stored.value() : -1;
    for (int i = 0; i < 6; ++i)
        bench.dayProviders << providers[i].id;
    bench.weekProvider = providers.first().id;
    qInfo("built %d years: %d patients, %d appointments in %lld ms", years, patients,
          bench.appointments, timer.elapsed());
    return bench;
}

// p50 and p95 in microseconds of `runs` calls.
QPair<double, double> percentiles(const std::function<void()> &call, int runs = 200)
{
    QList<qint64> micros;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        call();
        micros << timer.nsecsElapsed() / 1000;
    }
    std::sort(micros.begin(), micros.end());
    return {double(micros[runs / 2]), double(micros[runs * 95 / 100])};
}

} // namespace

class tst_BenchSchedule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dayLoad_data();
    void dayLoad();
    void weekLoad_data();
    void weekLoad();
    void slotFinderFourWeeks_data();
    void slotFinderFourWeeks();
    void percentileTable();

private:
    void addHistoryColumn();
    BenchClinic m_tenYears;
    BenchClinic m_oneYear;
};

void tst_BenchSchedule::initTestCase()
{
    m_oneYear = build(1, 50000);
    m_tenYears = build(10, 50000);
    QVERIFY(m_tenYears.appointments > 900000);
    QVERIFY(m_oneYear.appointments > 0);
}

void tst_BenchSchedule::addHistoryColumn()
{
    QTest::addColumn<int>("years");
    QTest::newRow("1 year of history") << 1;
    QTest::newRow("10 years of history") << 10;
}

void tst_BenchSchedule::dayLoad_data()
{
    addHistoryColumn();
}

void tst_BenchSchedule::dayLoad()
{
    QFETCH(int, years);
    BenchClinic &bench = years == 1 ? m_oneYear : m_tenYears;
    auto &book = bench.clinic->context().appointments();
    const ScheduleFilter filter{bench.dayProviders, {}, false};
    QDate day = Test::fixedToday().addDays(-1); // Tuesday: a full day
    int count = 0;
    QBENCHMARK {
        count = int(book.between(day, day, filter)->size());
    }
    QVERIFY(count > 50);
    qInfo("%d appointments on the day for 6 providers", count);
}

void tst_BenchSchedule::weekLoad_data()
{
    addHistoryColumn();
}

void tst_BenchSchedule::weekLoad()
{
    QFETCH(int, years);
    BenchClinic &bench = years == 1 ? m_oneYear : m_tenYears;
    auto &book = bench.clinic->context().appointments();
    const QDate monday = Test::fixedToday().addDays(1 - Test::fixedToday().dayOfWeek() - 7);
    const ScheduleFilter filter{{bench.weekProvider}, {}, false};
    int count = 0;
    QBENCHMARK {
        count = int(book.between(monday, monday.addDays(6), filter)->size());
    }
    QVERIFY(count > 20);
}

void tst_BenchSchedule::slotFinderFourWeeks_data()
{
    addHistoryColumn();
}

void tst_BenchSchedule::slotFinderFourWeeks()
{
    QFETCH(int, years);
    BenchClinic &bench = years == 1 ? m_oneYear : m_tenYears;
    auto &book = bench.clinic->context().appointments();
    SlotRequest request;
    request.from = Test::fixedToday();
    request.to = request.from.addDays(27);
    request.minutes = 45; // a consult is the hardest to fit
    request.providerIds = bench.dayProviders;
    request.roomIds = {1, 2, 3, 4};
    request.maxResults = 20;
    int found = 0;
    QBENCHMARK {
        found = int(book.findSlots(request)->size());
    }
    QCOMPARE(found, 20);
}

void tst_BenchSchedule::percentileTable()
{
    for (BenchClinic *bench : {&m_oneYear, &m_tenYears}) {
        auto &book = bench->clinic->context().appointments();
        const QDate day = Test::fixedToday().addDays(-1);
        const QDate monday = Test::fixedToday().addDays(1 - Test::fixedToday().dayOfWeek() - 7);
        const ScheduleFilter dayFilter{bench->dayProviders, {}, false};
        const ScheduleFilter weekFilter{{bench->weekProvider}, {}, false};
        int dayIndex = 0;
        const auto dayTimes = percentiles([&] {
            // Walk back through history day by day, as a user paging with "<" would.
            const QDate d = day.addDays(-(dayIndex++ % 300));
            Q_UNUSED(book.between(d, d, dayFilter));
        });
        const auto weekTimes = percentiles([&] {
            Q_UNUSED(book.between(monday, monday.addDays(6), weekFilter));
        });
        SlotRequest request;
        request.from = Test::fixedToday();
        request.to = request.from.addDays(27);
        request.minutes = 45;
        request.providerIds = bench->dayProviders;
        request.roomIds = {1, 2, 3, 4};
        request.maxResults = 20;
        const auto finderTimes = percentiles([&] { Q_UNUSED(book.findSlots(request)); }, 50);
        qInfo("| %d appointments | day (6 providers) p50 %.0f us p95 %.0f us | week (1 provider) "
              "p50 %.0f us p95 %.0f us | slot finder 4 weeks p50 %.0f us p95 %.0f us |",
              bench->appointments, dayTimes.first, dayTimes.second, weekTimes.first,
              weekTimes.second, finderTimes.first, finderTimes.second);
    }
}

QTEST_GUILESS_MAIN(tst_BenchSchedule)
#include "tst_bench_schedule.moc"
