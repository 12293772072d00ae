// How long the retreatment board takes on a clinic of 50,000 patients with 200,000 Botox
// treatments (four each, the last one spread over two years so that some are due, some
// overdue, some lapsed), with future bookings and calls: computing the rows (the service,
// queries included) and showing them (the model and a laid-out table view). Reports figures;
// asserts no wall-clock limits.
#include "democlinic.h"
#include "retreatmentboardmodel.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;

namespace {

constexpr int kPatients = 50000;
constexpr int kTreatmentsEach = 4;

QPair<double, double> percentiles(const std::function<void()> &call, int runs)
{
    QList<qint64> micros;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        call();
        micros << timer.nsecsElapsed() / 1000;
    }
    std::sort(micros.begin(), micros.end());
    return {micros[runs / 2] / 1000.0, micros[runs * 95 / 100] / 1000.0};
}

} // namespace

class tst_BenchRetreatmentBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void computeBoard_data();
    void computeBoard();
    void showBoard();

private:
    std::unique_ptr<Test::TempClinic> m_clinic;
    int m_treatments = 0;
};

void tst_BenchRetreatmentBoard::initTestCase()
{
    Test::fixEnvironment();
    m_clinic = std::make_unique<Test::TempClinic>();
    QVERIFY2(m_clinic->isValid(), qPrintable(m_clinic->errorMessage()));
    Test::TempClinic &clinic = *m_clinic;
    QElapsedTimer timer;
    timer.start();
    QList<Provider> providers;
    for (int i = 1; i <= 8; ++i)
        providers << clinic.setup()
                         .addProvider({0, QStringLiteral("Provider %1").arg(i), QStringLiteral("MD"),
                                       {}, true})
                         .value();
    QList<Room> rooms;
    for (int i = 1; i <= 8; ++i)
        rooms << clinic.setup().addRoom({0, QStringLiteral("Room %1").arg(i), true}).value();
    const QDate today = Test::fixedToday();
    QVERIFY(clinic.patients().createMany(DemoClinic::patients({kPatients, 10, 42, today})));
    QVERIFY(clinic.setup().ensurePayers(DemoClinic::payers()).ok());

    QRandomGenerator random(11);
    QList<Treatment> treatments;
    treatments.reserve(kPatients * kTreatmentsEach);
    const Treatment draft = clinic.context().treatments().draftFor(0);
    QList<QPair<qint64, QDate>> lastTreatments;
    for (qint64 patient = 1; patient <= kPatients; ++patient) {
        QDate day = today.addDays(-int(random.bounded(730)));
        if (day.dayOfWeek() > 5)
            day = day.addDays(-2);
        lastTreatments.append({patient, day});
        for (int i = 0; i < kTreatmentsEach; ++i) {
            Treatment t = draft;
            t.patientId = patient;
            t.providerId = providers[int(patient % providers.size())].id;
            t.date = day;
            t.lotNumber = QStringLiteral("C%1AB").arg(4000 + int(patient % 97));
            treatments.append(t);
            day = day.addDays(-84 - int(random.bounded(21)));
        }
    }
    auto stored = clinic.context().treatments().recordMany(treatments);
    QVERIFY2(stored, qPrintable(stored.ok() ? QString() : stored.error().message));
    m_treatments = stored.value();

    // The next treatment booked for about a third of those due within eight weeks.
    AppointmentType botox;
    for (const AppointmentType &t : clinic.setup().appointmentTypes().value())
        if (t.isBotox)
            botox = t;
    QList<Appointment> bookings;
    int slot = 0;
    for (const auto &[patient, last] : std::as_const(lastTreatments)) {
        const QDate due = last.addDays(84);
        if (due < today || due > today.addDays(56) || patient % 3 != 0)
            continue;
        QDate day = due;
        while (day.dayOfWeek() > 5)
            day = day.addDays(1);
        const int index = slot++;
        Appointment a;
        a.patientId = patient;
        a.providerId = providers[index % providers.size()].id;
        a.roomId = rooms[index % rooms.size()].id;
        a.typeId = botox.id;
        const int start = 8 * 60 + ((index / providers.size()) % 36) * 15;
        a.slot = {day, start, start + 15};
        a.bookedBy = a.updatedBy = QStringLiteral("bench");
        a.bookedAt = a.updatedAt = clinic.context().clock().now();
        bookings.append(a);
    }
    // Different days may give one provider two visits at one time; keep the first of each.
    QSet<QString> taken;
    bookings.removeIf([&](const Appointment &a) {
        const QString key = QStringLiteral("%1/%2/%3").arg(a.providerId).arg(a.slot.date.toJulianDay()).arg(a.slot.startMinute);
        const QString roomKey = QStringLiteral("r%1/%2/%3").arg(a.roomId).arg(a.slot.date.toJulianDay()).arg(a.slot.startMinute);
        if (taken.contains(key) || taken.contains(roomKey))
            return true;
        taken.insert(key);
        taken.insert(roomKey);
        return false;
    });
    auto booked = clinic.context().appointments().bookMany(bookings);
    QVERIFY2(booked, qPrintable(booked.ok() ? QString() : booked.error().message));

    // Calls logged for some of the overdue.
    int calls = 0;
    for (const auto &[patient, last] : std::as_const(lastTreatments)) {
        if (calls >= 500)
            break;
        if (last.addDays(98) < today && last.addDays(300) > today && patient % 5 == 0) {
            QVERIFY(clinic.context().retreatment().logContact(patient, ContactOutcome::Voicemail,
                                                              QStringLiteral("Left a message")));
            ++calls;
        }
    }
    qInfo("built: %d patients, %d treatments, %lld future Botox bookings, %d calls in %lld ms",
          kPatients, m_treatments, qint64(bookings.size()), calls, timer.elapsed());
}

void tst_BenchRetreatmentBoard::computeBoard_data()
{
    QTest::addColumn<int>("horizon");
    QTest::addColumn<bool>("onlyUnbooked");
    QTest::addColumn<int>("maxOverdue");
    QTest::newRow("default: 14 days ahead, all") << 14 << false << 365;
    QTest::newRow("call list: 14 days, no appointment") << 14 << true << 365;
    QTest::newRow("28 days ahead") << 28 << false << 365;
    QTest::newRow("14 days ahead, overdue up to 60 days") << 14 << false << 60;
}

void tst_BenchRetreatmentBoard::computeBoard()
{
    QFETCH(int, horizon);
    QFETCH(bool, onlyUnbooked);
    QFETCH(int, maxOverdue);
    BoardFilter filter;
    filter.horizonDays = horizon;
    filter.onlyUnbooked = onlyUnbooked;
    filter.maxOverdueDays = maxOverdue;
    auto &service = m_clinic->context().retreatment();
    int rows = 0;
    const auto [p50, p95] = percentiles([&] { rows = int(service.board(filter)->size()); }, 30);
    QVERIFY(rows > 1000);
    qInfo("board (%s): %d rows, p50 %.1f ms, p95 %.1f ms", QTest::currentDataTag(), rows, p50, p95);
    QBENCHMARK {
        rows = int(service.board(filter)->size());
    }
}

void tst_BenchRetreatmentBoard::showBoard()
{
    const auto rows = m_clinic->context().retreatment().board(BoardFilter{}).value();
    Ui::RetreatmentBoardModel model;
    QTableView view;
    view.setModel(&model);
    view.resize(1400, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto [p50, p95] = percentiles(
        [&] {
            model.setRows(rows);
            view.viewport()->repaint();
        },
        20);
    qInfo("show: %lld rows into the model and painted, p50 %.1f ms, p95 %.1f ms",
          qint64(rows.size()), p50, p95);
    QCOMPARE(model.rowCount(), int(rows.size()));
}

QTEST_MAIN(tst_BenchRetreatmentBoard)
#include "tst_bench_retreatmentboard.moc"
