// The retreatment window: earliest allowed, due and overdue dates, and where a patient stands.
#include "retreatmentpolicy.h"

#include <QTest>

using namespace ClinicDesk::Core;
using State = RetreatmentStatus::State;

class tst_RetreatmentPolicy : public QObject
{
    Q_OBJECT

private slots:
    void shouldComputeTheWindowInCalendarDays_data();
    void shouldComputeTheWindowInCalendarDays();
    void shouldTellWhereThePatientStands_data();
    void shouldTellWhereThePatientStands();
    void shouldWordTheStatusForTheDesk();
};

void tst_RetreatmentPolicy::shouldComputeTheWindowInCalendarDays_data()
{
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("payer");
    QTest::addColumn<QDate>("earliest");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QDate>("overdueAfter");

    QTest::newRow("insured, 84 days") << QDate(2026, 9, 2) << "Aetna" << QDate(2026, 11, 25)
                                      << QDate(2026, 11, 25) << QDate(2026, 12, 9);
    QTest::newRow("self-pay, clinic's 70 days") << QDate(2026, 9, 2) << "Self-pay"
                                                << QDate(2026, 11, 11) << QDate(2026, 11, 25)
                                                << QDate(2026, 12, 9);
    QTest::newRow("self-pay, any case") << QDate(2026, 9, 2) << "SELF-PAY" << QDate(2026, 11, 11)
                                        << QDate(2026, 11, 25) << QDate(2026, 12, 9);
    QTest::newRow("payer allowing 10 weeks") << QDate(2026, 9, 2) << "moda health"
                                             << QDate(2026, 11, 11) << QDate(2026, 11, 25)
                                             << QDate(2026, 12, 9);
    QTest::newRow("across a leap day") << QDate(2024, 1, 15) << "Aetna" << QDate(2024, 4, 8)
                                       << QDate(2024, 4, 8) << QDate(2024, 4, 22);
    QTest::newRow("same dates without a leap day") << QDate(2025, 1, 15) << "Aetna"
                                                   << QDate(2025, 4, 9) << QDate(2025, 4, 9)
                                                   << QDate(2025, 4, 23);
    QTest::newRow("from a month end") << QDate(2026, 1, 31) << "Aetna" << QDate(2026, 4, 25)
                                      << QDate(2026, 4, 25) << QDate(2026, 5, 9);
    QTest::newRow("across the year end") << QDate(2026, 11, 30) << "Medicare"
                                         << QDate(2027, 2, 22) << QDate(2027, 2, 22)
                                         << QDate(2027, 3, 8);
}

void tst_RetreatmentPolicy::shouldComputeTheWindowInCalendarDays()
{
    QFETCH(QDate, last);
    QFETCH(QString, payer);
    QFETCH(QDate, earliest);
    QFETCH(QDate, due);
    QFETCH(QDate, overdueAfter);

    RetreatmentSettings settings;
    settings.payerMinimumDays.insert(QStringLiteral("Moda Health"), 70);
    const RetreatmentWindow w = RetreatmentPolicy(settings).windowFor(last, payer);

    QCOMPARE(w.lastTreatment, last);
    QCOMPARE(w.earliestAllowed, earliest);
    QCOMPARE(w.due, due);
    QCOMPARE(w.overdueAfter, overdueAfter);
}

void tst_RetreatmentPolicy::shouldTellWhereThePatientStands_data()
{
    QTest::addColumn<int>("daysSinceLast"); // -1: no treatment yet
    QTest::addColumn<int>("bookedAfterLast"); // -1: nothing booked
    QTest::addColumn<QString>("discontinued");
    QTest::addColumn<int>("expectedState");
    QTest::addColumn<int>("expectedDays");

    QTest::newRow("no treatment yet") << -1 << -1 << "" << int(State::NoTreatmentYet) << 0;
    QTest::newRow("just treated: opens in 74 days") << 10 << -1 << "" << int(State::NotDueYet)
                                                    << 74;
    QTest::newRow("window opens in 14 days") << 70 << -1 << "" << int(State::WindowOpensSoon)
                                             << 14;
    QTest::newRow("day 83: opens tomorrow") << 83 << -1 << "" << int(State::WindowOpensSoon) << 1;
    QTest::newRow("day 84: due now") << 84 << -1 << "" << int(State::DueNow) << 0;
    QTest::newRow("day 85: due now") << 85 << -1 << "" << int(State::DueNow) << 0;
    QTest::newRow("day 98: last day of grace") << 98 << -1 << "" << int(State::DueNow) << 0;
    QTest::newRow("day 99: overdue by 15") << 99 << -1 << "" << int(State::Overdue) << 15;
    QTest::newRow("booked on day 84") << 60 << 84 << "" << int(State::Booked) << 0;
    QTest::newRow("booked on day 83: too early") << 60 << 83 << "" << int(State::BookedTooEarly)
                                                 << 0;
    QTest::newRow("overdue but booked") << 120 << 125 << "" << int(State::Booked) << 0;
    QTest::newRow("discontinued") << 120 << -1 << "No response after 2 cycles"
                                  << int(State::Discontinued) << 0;
}

void tst_RetreatmentPolicy::shouldTellWhereThePatientStands()
{
    QFETCH(int, daysSinceLast);
    QFETCH(int, bookedAfterLast);
    QFETCH(QString, discontinued);
    QFETCH(int, expectedState);
    QFETCH(int, expectedDays);

    const QDate today(2026, 11, 25);
    std::optional<QDate> last;
    if (daysSinceLast >= 0)
        last = today.addDays(-daysSinceLast);
    std::optional<QDate> booked;
    if (bookedAfterLast >= 0)
        booked = last->addDays(bookedAfterLast);

    const RetreatmentStatus s = RetreatmentPolicy().statusFor(last, QStringLiteral("Aetna"), today,
                                                              booked, discontinued);

    QCOMPARE(int(s.state), expectedState);
    QCOMPARE(s.days, expectedDays);
    QCOMPARE(s.window.has_value(), daysSinceLast >= 0);
    QCOMPARE(s.needsCall(), s.state == State::DueNow || s.state == State::Overdue);
}

void tst_RetreatmentPolicy::shouldWordTheStatusForTheDesk()
{
    const QDate today(2026, 11, 25);
    const RetreatmentPolicy policy;
    QCOMPARE(policy.statusFor(today.addDays(-83), {}, today).label(),
             QStringLiteral("Window opens in 1 day"));
    QCOMPARE(policy.statusFor(today.addDays(-100), {}, today).label(),
             QStringLiteral("Overdue by 16 days"));
    QCOMPARE(policy.statusFor(today.addDays(-60), {}, today, QDate(2027, 1, 20)).label(),
             QStringLiteral("Booked Jan 20"));
    QCOMPARE(policy.statusFor(today.addDays(-60), {}, today, today.addDays(1)).label(),
             QStringLiteral("Booked too early (Nov 26)"));
    QCOMPARE(policy.statusFor(std::nullopt, {}, today).label(),
             QStringLiteral("No treatment yet"));
}

QTEST_GUILESS_MAIN(tst_RetreatmentPolicy)
#include "tst_retreatmentpolicy.moc"
