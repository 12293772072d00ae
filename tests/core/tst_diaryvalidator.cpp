// The clinic's rules for one month of a headache diary.
#include "headachediary.h"

#include <QTest>
#include <limits>

using namespace ClinicDesk::Core;

class tst_DiaryValidator : public QObject
{
    Q_OBJECT

private slots:
    void shouldCheckEachField_data();
    void shouldCheckEachField();
    void shouldMoveTheMonthToItsFirstDay();
    void shouldReportEveryFieldAtFault();
};

void tst_DiaryValidator::shouldCheckEachField_data()
{
    QTest::addColumn<QDate>("month");
    QTest::addColumn<int>("headache");
    QTest::addColumn<int>("migraine");
    QTest::addColumn<double>("hours");
    QTest::addColumn<QString>("field"); // empty: the entry may be saved
    QTest::addColumn<QString>("message"); // the message, or empty when valid

    const QDate oct(2026, 10, 1);
    QTest::newRow("a plain month") << oct << 18 << 9 << 4.5 << ""
                                   << "";
    QTest::newRow("this month, still running") << QDate(2026, 11, 1) << 12 << 3 << -1.0 << ""
                                               << "";
    QTest::newRow("next month has not started")
        << QDate(2026, 12, 1) << 12 << 3 << -1.0 << "month"
        << "December 2026 has not started yet; the latest month that can be recorded is "
           "November 2026.";
    QTest::newRow("no month") << QDate() << 12 << 3 << -1.0 << "month"
                              << "Enter the month the diary covers, like 03/2026.";
    QTest::newRow("every day of a 31-day month") << oct << 31 << 31 << 24.0 << ""
                                                 << "";
    QTest::newRow("no headache at all") << oct << 0 << 0 << 0.0 << ""
                                        << "";
    QTest::newRow("31 days in a 30-day month")
        << QDate(2026, 9, 1) << 31 << 0 << -1.0 << "headacheDays"
        << "September 2026 has 30 days; headache days are 0 to 30.";
    QTest::newRow("February has 28 days") << QDate(2026, 2, 1) << 28 << 0 << -1.0 << ""
                                          << "";
    QTest::newRow("29 days in a February of 28")
        << QDate(2026, 2, 1) << 29 << 0 << -1.0 << "headacheDays"
        << "February 2026 has 28 days; headache days are 0 to 28.";
    QTest::newRow("29 days in a leap February") << QDate(2024, 2, 1) << 29 << 29 << -1.0 << ""
                                                << "";
    QTest::newRow("negative headache days")
        << oct << -1 << 0 << -1.0 << "headacheDays"
        << "October 2026 has 31 days; headache days are 0 to 31.";
    QTest::newRow("more migraine than headache days")
        << oct << 10 << 12 << -1.0 << "migraineDays"
        << "Migraine days count as headache days too: 12 migraine days need at least 12 "
           "headache days (10 entered).";
    QTest::newRow("migraine days equal to headache days") << oct << 12 << 12 << -1.0 << ""
                                                          << "";
    QTest::newRow("migraine days past the month's end")
        << QDate(2026, 4, 1) << 30 << 31 << -1.0 << "migraineDays"
        << "April 2026 has 30 days; migraine days are 0 to 30.";
    QTest::newRow("negative migraine days")
        << oct << 10 << -2 << -1.0 << "migraineDays"
        << "October 2026 has 31 days; migraine days are 0 to 31.";
    QTest::newRow("24 hours a day") << oct << 10 << 2 << 24.0 << ""
                                    << "";
    QTest::newRow("more than 24 hours")
        << oct << 10 << 2 << 24.5 << "hoursPerDay"
        << "Hours a day are 0 to 24; leave it empty when the patient does not know.";
    QTest::newRow("hours not a number")
        << oct << 10 << 2 << std::numeric_limits<double>::quiet_NaN() << "hoursPerDay"
        << "Hours a day are 0 to 24; leave it empty when the patient does not know.";
}

void tst_DiaryValidator::shouldCheckEachField()
{
    QFETCH(QDate, month);
    QFETCH(int, headache);
    QFETCH(int, migraine);
    QFETCH(double, hours);
    QFETCH(QString, field);
    QFETCH(QString, message);

    DiaryEntry e;
    e.patientId = 3;
    e.month = month;
    e.headacheDays = headache;
    e.migraineDays = migraine;
    e.hoursPerDay = hours;

    const auto outcome = DiaryValidator::check(e, QDate(2026, 11, 25));

    QCOMPARE(outcome.ok(), field.isEmpty());
    if (!field.isEmpty()) {
        QCOMPARE(outcome.errors.size(), 1);
        QCOMPARE(outcome.errors.constFirst().field, field);
        QCOMPARE(outcome.messageFor(field), message);
    }
}

void tst_DiaryValidator::shouldMoveTheMonthToItsFirstDay()
{
    DiaryEntry e;
    e.month = QDate(2026, 2, 17);
    e.headacheDays = 28;
    e.hoursPerDay = -3; // anything below zero means "not recorded"

    const auto outcome = DiaryValidator::check(e, QDate(2026, 11, 25));

    QVERIFY(outcome.ok());
    QCOMPARE(outcome.entry.month, QDate(2026, 2, 1));
    QCOMPARE(outcome.entry.hoursPerDay, -1.0);
    QVERIFY(!outcome.entry.hasHours());
}

void tst_DiaryValidator::shouldReportEveryFieldAtFault()
{
    DiaryEntry e;
    e.month = QDate(2027, 1, 1);
    e.headacheDays = 40;
    e.migraineDays = 41;
    e.hoursPerDay = 30;

    const auto outcome = DiaryValidator::check(e, QDate(2026, 11, 25));

    QStringList fields;
    for (const FieldError &error : outcome.errors)
        fields << error.field;
    QCOMPARE(fields, (QStringList{"month", "headacheDays", "migraineDays", "hoursPerDay"}));
}

QTEST_GUILESS_MAIN(tst_DiaryValidator)
#include "tst_diaryvalidator.moc"
