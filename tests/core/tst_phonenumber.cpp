#include "phonenumber.h"

#include <QTest>

using namespace ClinicDesk::Core;

// Phone numbers as people type them at the desk, stored as ten digits and shown as
// (503) 405-8718.
class tst_PhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void shouldNormalizeWhatPeopleType_data();
    void shouldNormalizeWhatPeopleType();
    void shouldRejectImplausibleNumbers_data();
    void shouldRejectImplausibleNumbers();
    void shouldGiveEmptyTextForEmptyInput_data();
    void shouldGiveEmptyTextForEmptyInput();
    void shouldFormatTenDigits_data();
    void shouldFormatTenDigits();
    void shouldReadDigitsOfPartlyTypedNumber_data();
    void shouldReadDigitsOfPartlyTypedNumber();
    void shouldRoundTripThroughFormat();
};

void tst_PhoneNumber::shouldNormalizeWhatPeopleType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("digits");

    QTest::newRow("brackets and dash") << "(503) 405-8718"
                                       << "5034058718";
    QTest::newRow("dots") << "503.405.8718"
                          << "5034058718";
    QTest::newRow("dashes") << "503-405-8718"
                            << "5034058718";
    QTest::newRow("slash") << "503/405-8718"
                           << "5034058718";
    QTest::newRow("plus one with spaces") << "+1 503 405 8718"
                                          << "5034058718";
    QTest::newRow("leading one, eleven digits") << "15034058718"
                                                << "5034058718";
    QTest::newRow("one and brackets") << "1 (971) 222-3344"
                                      << "9712223344";
    QTest::newRow("bare ten digits") << "9712223344"
                                     << "9712223344";
    QTest::newRow("surrounding spaces") << "  503 405 8718  "
                                        << "5034058718";
    QTest::newRow("area and exchange at lowest allowed") << "2002000000"
                                                         << "2002000000";
}

void tst_PhoneNumber::shouldNormalizeWhatPeopleType()
{
    QFETCH(QString, typed);
    QFETCH(QString, digits);

    const auto normalized = PhoneNumber::normalize(typed);

    QVERIFY2(normalized.has_value(), qPrintable(typed));
    QCOMPARE(*normalized, digits);
}

void tst_PhoneNumber::shouldRejectImplausibleNumbers_data()
{
    QTest::addColumn<QString>("typed");

    QTest::newRow("nine digits") << "503-405-871";
    QTest::newRow("twelve digits") << "503-405-8718-1";
    QTest::newRow("eleven digits not starting with 1") << "2 503 405 8718";
    QTest::newRow("plus two country code") << "+2 503 405 8718";
    QTest::newRow("letter O for zero") << "5O3 405 8718";
    QTest::newRow("vanity letters") << "503-GOT-PAIN";
    QTest::newRow("extension") << "503 405 8718 x12";
    QTest::newRow("hash") << "#503 405 8718";
    QTest::newRow("area code starts with 0") << "(003) 405-8718";
    QTest::newRow("area code starts with 1") << "(103) 405-8718";
    QTest::newRow("area code 1 after country code") << "+1 (103) 405-8718";
    QTest::newRow("exchange starts with 0") << "(503) 005-8718";
    QTest::newRow("exchange starts with 1") << "(503) 105-8718";
    QTest::newRow("only punctuation") << "()--";
    QTest::newRow("full-width digits") << QString::fromUtf16(u"５０３４０５８７１８");
}

void tst_PhoneNumber::shouldRejectImplausibleNumbers()
{
    QFETCH(QString, typed);

    const auto normalized = PhoneNumber::normalize(typed);

    QVERIFY2(!normalized.has_value(),
             qPrintable(QStringLiteral("accepted as %1").arg(normalized.value_or(QString()))));
}

void tst_PhoneNumber::shouldGiveEmptyTextForEmptyInput_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("empty") << "";
    QTest::newRow("spaces") << "   ";
    QTest::newRow("tab") << "\t";
}

void tst_PhoneNumber::shouldGiveEmptyTextForEmptyInput()
{
    // An empty optional field is not an error: it stays empty.
    QFETCH(QString, typed);

    const auto normalized = PhoneNumber::normalize(typed);

    QVERIFY(normalized.has_value());
    QVERIFY(normalized->isEmpty());
}

void tst_PhoneNumber::shouldFormatTenDigits_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("shown");

    QTest::newRow("ten digits") << "5034058718"
                                << "(503) 405-8718";
    QTest::newRow("971") << "9712223344"
                         << "(971) 222-3344";
    QTest::newRow("too short stays as it is") << "50340"
                                              << "50340";
    QTest::newRow("too long stays as it is") << "15034058718"
                                             << "15034058718";
    QTest::newRow("empty") << ""
                           << "";
}

void tst_PhoneNumber::shouldFormatTenDigits()
{
    QFETCH(QString, digits);
    QFETCH(QString, shown);

    QCOMPARE(PhoneNumber::format(digits), shown);
}

void tst_PhoneNumber::shouldReadDigitsOfPartlyTypedNumber_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("digits");

    QTest::newRow("partial with dash") << "503-40"
                                       << "50340";
    QTest::newRow("bracket only") << "(503"
                                  << "503";
    QTest::newRow("letters dropped") << "a5b0c3"
                                     << "503";
    QTest::newRow("no digits") << "()"
                               << "";
    QTest::newRow("full-width digits are not ASCII digits") << QString::fromUtf16(u"５０３") << "";
}

void tst_PhoneNumber::shouldReadDigitsOfPartlyTypedNumber()
{
    QFETCH(QString, typed);
    QFETCH(QString, digits);

    QCOMPARE(PhoneNumber::digitsOf(typed), digits);
}

void tst_PhoneNumber::shouldRoundTripThroughFormat()
{
    // What the form shows must be accepted back unchanged when saved again.
    const QString digits = QStringLiteral("5034058718");

    const auto again = PhoneNumber::normalize(PhoneNumber::format(digits));

    QVERIFY(again.has_value());
    QCOMPARE(*again, digits);
}

QTEST_GUILESS_MAIN(tst_PhoneNumber)
#include "tst_phonenumber.moc"
