#include "clinicdate.h"
#include "testsupport.h"

#include <QTest>

using namespace ClinicDesk::Core;
using ClinicDesk::Test::fixedToday;

// Dates as a US front desk types them, and the clinic's rules for a date of birth. "Today" is
// fixed at 2026-11-25.
class tst_ClinicDate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void shouldParseTypedDates_data();
    void shouldParseTypedDates();
    void shouldRejectTextThatIsNotARealDay_data();
    void shouldRejectTextThatIsNotARealDay();
    void shouldReadTwoDigitYearsAgainstToday_data();
    void shouldReadTwoDigitYearsAgainstToday();

    void shouldAcceptDateOfBirthWithinRules_data();
    void shouldAcceptDateOfBirthWithinRules();
    void shouldRejectDateOfBirthWithMessage_data();
    void shouldRejectDateOfBirthWithMessage();
    void shouldRequireDateOfBirthWhenChecked();

    void shouldTellWhenTextLooksLikeADate_data();
    void shouldTellWhenTextLooksLikeADate();

    void shouldFormatForTheDesk();
};

void tst_ClinicDate::initTestCase()
{
    ClinicDesk::Test::fixEnvironment();
    QCOMPARE(fixedToday(), QDate(2026, 11, 25));
}

void tst_ClinicDate::shouldParseTypedDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("m/d/yyyy") << "3/14/1975" << QDate(1975, 3, 14);
    QTest::newRow("mm/dd/yyyy") << "03/14/1975" << QDate(1975, 3, 14);
    QTest::newRow("mm/dd/yy") << "03/14/75" << QDate(1975, 3, 14);
    QTest::newRow("dashes") << "3-14-1975" << QDate(1975, 3, 14);
    QTest::newRow("dots") << "3.14.1975" << QDate(1975, 3, 14);
    QTest::newRow("ISO") << "1975-03-14" << QDate(1975, 3, 14);
    QTest::newRow("ISO without leading zeros") << "1975-3-4" << QDate(1975, 3, 4);
    QTest::newRow("surrounding spaces") << "  3/14/1975 " << QDate(1975, 3, 14);
    QTest::newRow("leap day 2024") << "2/29/2024" << QDate(2024, 2, 29);
    QTest::newRow("leap day 2000 (century leap year)") << "2/29/2000" << QDate(2000, 2, 29);
    QTest::newRow("end of month") << "4/30/1980" << QDate(1980, 4, 30);
    QTest::newRow("new year's eve") << "12/31/1999" << QDate(1999, 12, 31);
}

void tst_ClinicDate::shouldParseTypedDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);

    QCOMPARE(ClinicDate::parse(text, fixedToday()), expected);
}

void tst_ClinicDate::shouldRejectTextThatIsNotARealDay_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("leap day in a common year") << "2/29/2025";
    QTest::newRow("leap day 1900 (not a leap year)") << "2/29/1900";
    QTest::newRow("month 13 (day-first habit)") << "13/01/2000";
    QTest::newRow("month 0") << "0/10/2000";
    QTest::newRow("day 0") << "1/0/2000";
    QTest::newRow("April 31") << "4/31/2000";
    QTest::newRow("ISO month 13") << "2000-13-01";
    QTest::newRow("three-digit year") << "3/14/197";
    QTest::newRow("five-digit year") << "3/14/19755";
    QTest::newRow("no year") << "3/14";
    QTest::newRow("words") << "March 14 1975";
    QTest::newRow("empty") << "";
    QTest::newRow("mixed separators inside ISO") << "1975/03/14";
}

void tst_ClinicDate::shouldRejectTextThatIsNotARealDay()
{
    QFETCH(QString, text);

    const QDate parsed = ClinicDate::parse(text, fixedToday());

    QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODate)));
}

void tst_ClinicDate::shouldReadTwoDigitYearsAgainstToday_data()
{
    // The most recent such year that is not after this year (2026).
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("expected");

    const QDate today = fixedToday();
    QTest::newRow("75 is 1975") << "03/14/75" << today << QDate(1975, 3, 14);
    QTest::newRow("26 is this year") << "1/1/26" << today << QDate(2026, 1, 1);
    QTest::newRow("27 is last century") << "1/1/27" << today << QDate(1927, 1, 1);
    QTest::newRow("00 is 2000") << "2/29/00" << today << QDate(2000, 2, 29);
    QTest::newRow("99 is 1999") << "12/31/99" << today << QDate(1999, 12, 31);
    QTest::newRow("pivot moves with today") << "1/1/26" << QDate(2025, 6, 1) << QDate(1926, 1, 1);
    QTest::newRow("a later day this year is a century ago") << "12/31/26" << today
                                                            << QDate(1926, 12, 31);
}

void tst_ClinicDate::shouldReadTwoDigitYearsAgainstToday()
{
    QFETCH(QString, text);
    QFETCH(QDate, today);
    QFETCH(QDate, expected);

    QCOMPARE(ClinicDate::parse(text, today), expected);
}

void tst_ClinicDate::shouldAcceptDateOfBirthWithinRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("adult") << "3/14/1975" << QDate(1975, 3, 14);
    QTest::newRow("born today") << "11/25/2026" << QDate(2026, 11, 25);
    QTest::newRow("exactly 120 years ago") << "11/25/1906" << QDate(1906, 11, 25);
    QTest::newRow("two-digit year") << "03/14/75" << QDate(1975, 3, 14);
}

void tst_ClinicDate::shouldAcceptDateOfBirthWithinRules()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);

    const auto dob = ClinicDate::parseDateOfBirth(text, fixedToday());

    QVERIFY2(dob.ok(), qPrintable(dob.ok() ? QString() : dob.error().message));
    QCOMPARE(dob.value(), expected);
}

void tst_ClinicDate::shouldRejectDateOfBirthWithMessage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << ""
                           << "Date of birth is required.";
    QTest::newRow("blank") << "   "
                           << "Date of birth is required.";
    QTest::newRow("tomorrow") << "11/26/2026"
                              << "Date of birth 11/26/2026 is in the future.";
    QTest::newRow("next year") << "1/1/2027"
                               << "Date of birth 01/01/2027 is in the future.";
    QTest::newRow("120 years and a day ago")
        << "11/24/1906"
        << "Date of birth 11/24/1906 is more than 120 years ago; check the year.";
    QTest::newRow("a typo'd century")
        << "3/14/1875"
        << "Date of birth 03/14/1875 is more than 120 years ago; check the year.";
    QTest::newRow("not a date") << "soon"
                                << QString::fromUtf16(u"\u201Csoon\u201D is not a date. Type it "
                                                      u"as MM/DD/YYYY, e.g. 03/14/1975.");
    QTest::newRow("not a real day") << "2/29/2025"
                                    << QString::fromUtf16(u"\u201C2/29/2025\u201D is not a date. "
                                                          u"Type it as MM/DD/YYYY, e.g. "
                                                          u"03/14/1975.");
}

void tst_ClinicDate::shouldRejectDateOfBirthWithMessage()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    const auto dob = ClinicDate::parseDateOfBirth(text, fixedToday());

    QVERIFY(!dob.ok());
    QCOMPARE(dob.error().kind, Error::Kind::Invalid);
    QCOMPARE(dob.error().field, QStringLiteral("dateOfBirth"));
    QCOMPARE(dob.error().message, message);
}

void tst_ClinicDate::shouldRequireDateOfBirthWhenChecked()
{
    const Status missing = ClinicDate::checkDateOfBirth(QDate(), fixedToday());
    const Status fine = ClinicDate::checkDateOfBirth(QDate(1975, 3, 14), fixedToday());

    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().field, QStringLiteral("dateOfBirth"));
    QCOMPARE(missing.error().message, QStringLiteral("Date of birth is required."));
    QVERIFY(fine.ok());
}

void tst_ClinicDate::shouldTellWhenTextLooksLikeADate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("looksLikeDate");

    QTest::newRow("full date") << "3/14/1975" << true;
    QTest::newRow("two-digit year") << "3/14/75" << true;
    QTest::newRow("month and day") << "3/14" << true;
    QTest::newRow("trailing separator") << "3/14/" << true;
    QTest::newRow("year being typed") << "3/14/19" << true;
    QTest::newRow("dashes") << "3-14-1975" << true;
    QTest::newRow("ISO") << "1975-03-14" << true;
    QTest::newRow("ISO being typed") << "1975-03" << true;
    QTest::newRow("ISO with trailing dash") << "1975-03-" << true;
    QTest::newRow("spaces around") << " 3/14/1975 " << true;
    QTest::newRow("a single number") << "3" << false;
    QTest::newRow("a year alone") << "1975" << false;
    QTest::newRow("phone prefix") << "503-405" << false;
    QTest::newRow("last four") << "8718" << false;
    QTest::newRow("name") << "lee" << false;
    QTest::newRow("five-digit year") << "3/14/19755" << false;
    QTest::newRow("empty") << "" << false;
}

void tst_ClinicDate::shouldTellWhenTextLooksLikeADate()
{
    QFETCH(QString, text);
    QFETCH(bool, looksLikeDate);

    QCOMPARE(ClinicDate::looksLikeDate(text), looksLikeDate);
}

void tst_ClinicDate::shouldFormatForTheDesk()
{
    QCOMPARE(ClinicDate::format(QDate(1975, 3, 14)), QStringLiteral("03/14/1975"));
    QCOMPARE(ClinicDate::format(QDate()), QString());
    QCOMPARE(ClinicDate::formatLong(QDate(1975, 3, 14)), QStringLiteral("Mar 14, 1975"));
    QCOMPARE(ClinicDate::formatLong(QDate()), QString());
    // What is shown can be typed back.
    QCOMPARE(ClinicDate::parse(ClinicDate::format(QDate(2024, 2, 29)), fixedToday()),
             QDate(2024, 2, 29));
}

QTEST_GUILESS_MAIN(tst_ClinicDate)
#include "tst_clinicdate.moc"
