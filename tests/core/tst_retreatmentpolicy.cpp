// The retreatment window: earliest allowed, due and overdue dates, and where a patient stands.
#include "retreatmentpolicy.h"

#include <QTest>

using namespace ClinicDesk::Core;
using State = RetreatmentStatus::State;

Q_DECLARE_METATYPE(ClinicDesk::Core::Availability::TreatmentEvent)

class tst_RetreatmentPolicy : public QObject
{
    Q_OBJECT

private slots:
    void shouldComputeTheWindowInCalendarDays_data();
    void shouldComputeTheWindowInCalendarDays();
    void shouldTellWhereThePatientStands_data();
    void shouldTellWhereThePatientStands();
    void shouldWordTheStatusForTheDesk();
    void shouldCheckABookingAgainstTheTreatmentsAroundIt_data();
    void shouldCheckABookingAgainstTheTreatmentsAroundIt();
    void shouldNameTheEarliestAllowedDateWhenRefusing();
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

using Events = QList<Availability::TreatmentEvent>;

void tst_RetreatmentPolicy::shouldCheckABookingAgainstTheTreatmentsAroundIt_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<qint64>("appointmentId");
    QTest::addColumn<Events>("treatments");
    QTest::addColumn<QString>("payer");
    QTest::addColumn<bool>("tooEarly");

    const QDate sep1(2026, 9, 1);
    const Events recorded{{sep1, 0}};
    QTest::newRow("no treatment yet") << QDate(2026, 11, 2) << qint64(0) << Events{} << "Aetna"
                                      << false;
    QTest::newRow("83 days") << sep1.addDays(83) << qint64(0) << recorded << "Aetna" << true;
    QTest::newRow("84 days") << sep1.addDays(84) << qint64(0) << recorded << "Aetna" << false;
    QTest::newRow("85 days") << sep1.addDays(85) << qint64(0) << recorded << "Aetna" << false;
    QTest::newRow("self-pay at 70 days") << sep1.addDays(70) << qint64(0) << recorded
                                         << "Self-pay" << false;
    QTest::newRow("self-pay at 69 days") << sep1.addDays(69) << qint64(0) << recorded
                                         << "Self-pay" << true;
    QTest::newRow("the same day as a treatment") << sep1 << qint64(0) << recorded << "Aetna"
                                                 << true;
    QTest::newRow("a booked treatment counts like a recorded one")
        << QDate(2027, 1, 4) << qint64(0) << Events{{sep1, 0}, {QDate(2026, 11, 24), 7}}
        << "Aetna" << true;
    QTest::newRow("moving a booking does not count against itself")
        << QDate(2026, 11, 27) << qint64(7) << Events{{sep1, 0}, {QDate(2026, 11, 24), 7}}
        << "Aetna" << false;
    QTest::newRow("too close before a later booking")
        << QDate(2026, 10, 1) << qint64(0) << Events{{QDate(2026, 12, 1), 9}} << "Aetna" << true;
    QTest::newRow("84 days before a later booking")
        << QDate(2026, 9, 8) << qint64(0) << Events{{QDate(2026, 12, 1), 9}} << "Aetna" << false;
    QTest::newRow("leap year: Feb 29 + 84") << QDate(2028, 5, 23) << qint64(0)
                                            << Events{{QDate(2028, 2, 29), 0}} << "Aetna" << false;
    QTest::newRow("leap year: one day short") << QDate(2028, 5, 22) << qint64(0)
                                              << Events{{QDate(2028, 2, 29), 0}} << "Aetna"
                                              << true;
}

void tst_RetreatmentPolicy::shouldCheckABookingAgainstTheTreatmentsAroundIt()
{
    QFETCH(QDate, day);
    QFETCH(qint64, appointmentId);
    QFETCH(Events, treatments);
    QFETCH(QString, payer);
    QFETCH(bool, tooEarly);

    const auto result = RetreatmentPolicy().checkBooking(day, appointmentId, treatments, payer);

    QCOMPARE(result.has_value(), tooEarly);
}

void tst_RetreatmentPolicy::shouldNameTheEarliestAllowedDateWhenRefusing()
{
    const auto result = RetreatmentPolicy().checkBooking(
        QDate(2026, 11, 20), 0, {{QDate(2026, 9, 1), 0}}, QStringLiteral("Aetna"));

    QVERIFY(result.has_value());
    QCOMPARE(result->earliestAllowed, QDate(2026, 11, 24));
    QVERIFY2(result->message.contains(QStringLiteral("Nov 24, 2026")), qPrintable(result->message));
    QVERIFY(result->message.contains(QStringLiteral("Aetna")));
    QVERIFY(result->message.contains(QStringLiteral("override reason")));
}

QTEST_GUILESS_MAIN(tst_RetreatmentPolicy)
#include "tst_retreatmentpolicy.moc"
