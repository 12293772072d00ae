#include "patientvalidator.h"
#include "testsupport.h"

#include <QTest>
#include <functional>

using namespace ClinicDesk::Core;
using ClinicDesk::Test::fixedToday;

namespace {

// A record that passes every rule; each test row changes one thing in it.
Patient validPatient()
{
    Patient p;
    p.firstName = QStringLiteral("Ann");
    p.lastName = QStringLiteral("Lee");
    p.dateOfBirth = QDate(1975, 3, 14);
    return p;
}

// Sets one text field of a patient by its validator field name.
void setField(Patient &p, const QString &field, const QString &value)
{
    static const QHash<QString, std::function<void(Patient &, const QString &)>> setters = {
        {"firstName",
         [](Patient &p, const QString &v) {
             p.firstName = v;
         }},
        {"middleName",
         [](Patient &p, const QString &v) {
             p.middleName = v;
         }},
        {"lastName",
         [](Patient &p, const QString &v) {
             p.lastName = v;
         }},
        {"preferredName",
         [](Patient &p, const QString &v) {
             p.preferredName = v;
         }},
        {"mobilePhone",
         [](Patient &p, const QString &v) {
             p.mobilePhone = v;
         }},
        {"homePhone",
         [](Patient &p, const QString &v) {
             p.homePhone = v;
         }},
        {"email",
         [](Patient &p, const QString &v) {
             p.email = v;
         }},
        {"emergencyName",
         [](Patient &p, const QString &v) {
             p.emergencyContact.name = v;
         }},
        {"emergencyPhone",
         [](Patient &p, const QString &v) {
             p.emergencyContact.phone = v;
         }},
        {"postalCode",
         [](Patient &p, const QString &v) {
             p.address.postalCode = v;
         }},
        {"state",
         [](Patient &p, const QString &v) {
             p.address.state = v;
         }},
        {"city",
         [](Patient &p, const QString &v) {
             p.address.city = v;
         }},
        {"notes",
         [](Patient &p, const QString &v) {
             p.notes = v;
         }},
    };
    QVERIFY2(setters.contains(field), qPrintable(field));
    setters.value(field)(p, value);
}

QString describe(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines << e.field + QStringLiteral(": ") + e.message;
    return lines.join(u'\n');
}

} // namespace

// The clinic's rules for a patient record, shared by the form, the command line and imports.
class tst_PatientValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void shouldAcceptValidRecord();
    void shouldAcceptField_data();
    void shouldAcceptField();
    void shouldRejectField_data();
    void shouldRejectField();
    void shouldValidateDateOfBirth_data();
    void shouldValidateDateOfBirth();
    void shouldTidyWhatPeopleType_data();
    void shouldTidyWhatPeopleType();
    void shouldRequireMobileForTexts_data();
    void shouldRequireMobileForTexts();
    void shouldReportEveryFieldAtFault();
    void shouldLeaveATidyRecordAsItIs();
    void shouldJudgeEmailPlausibility_data();
    void shouldJudgeEmailPlausibility();
};

void tst_PatientValidator::initTestCase()
{
    ClinicDesk::Test::fixEnvironment();
}

void tst_PatientValidator::shouldAcceptValidRecord()
{
    const auto outcome = PatientValidator::normalize(validPatient(), fixedToday());

    QVERIFY2(outcome.ok(), qPrintable(describe(outcome.errors)));
    QCOMPARE(outcome.patient, validPatient());
}

void tst_PatientValidator::shouldAcceptField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    QTest::newRow("apostrophe") << "lastName"
                                << "O'Brien";
    QTest::newRow("curly apostrophe") << "lastName" << QString::fromUtf16(u"O\u2019Brien");
    QTest::newRow("accents") << "lastName" << QString::fromUtf16(u"Núñez");
    QTest::newRow("diaeresis") << "firstName" << QString::fromUtf16(u"Zoë");
    QTest::newRow("combining mark") << "firstName" << QString::fromUtf16(u"Zoe\u0308");
    QTest::newRow("hyphen") << "lastName"
                            << "Smith-Jones";
    QTest::newRow("hyphenated first") << "firstName"
                                      << "Mary-Kate";
    QTest::newRow("period") << "lastName"
                            << "St. John";
    QTest::newRow("spaces") << "lastName"
                            << "De la Cruz";
    QTest::newRow("non-Latin letters") << "lastName" << QString::fromUtf16(u"Иванов");
    QTest::newRow("one letter") << "middleName"
                                << "J";
    QTest::newRow("100 characters") << "lastName" << QString(100, u'a');
    QTest::newRow("no middle name") << "middleName"
                                    << "";
    QTest::newRow("preferred name") << "preferredName"
                                    << "Bob";
    QTest::newRow("mobile") << "mobilePhone"
                            << "(503) 405-8718";
    QTest::newRow("home") << "homePhone"
                          << "+1 971 222 3344";
    QTest::newRow("email") << "email"
                           << "ann.lee@example.com";
    QTest::newRow("email with plus and subdomain") << "email"
                                                   << "ann+botox@mail.example.co.uk";
    QTest::newRow("ZIP") << "postalCode"
                         << "97205";
    QTest::newRow("ZIP+4") << "postalCode"
                           << "97205-1234";
    QTest::newRow("state") << "state"
                           << "OR";
    QTest::newRow("notes of 10,000 characters") << "notes" << QString(10000, u'x');
    QTest::newRow("notes at the limit") << "notes" << QString(50000, u'x');
    QTest::newRow("emergency name alone") << "emergencyName"
                                          << "Sam Lee";
}

void tst_PatientValidator::shouldAcceptField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    Patient p = validPatient();
    setField(p, field, value);

    const auto outcome = PatientValidator::normalize(p, fixedToday());

    QVERIFY2(outcome.ok(), qPrintable(describe(outcome.errors)));
}

void tst_PatientValidator::shouldRejectField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorField");
    QTest::addColumn<QString>("message");

    QTest::newRow("first name required") << "firstName"
                                         << ""
                                         << "firstName"
                                         << "First name is required.";
    QTest::newRow("blank first name") << "firstName"
                                      << "   "
                                      << "firstName"
                                      << "First name is required.";
    QTest::newRow("last name required") << "lastName"
                                        << ""
                                        << "lastName"
                                        << "Last name is required.";
    QTest::newRow("digit in last name")
        << "lastName"
        << "Sm1th"
        << "lastName"
        << QString::fromUtf16(u"Last name may hold letters, spaces, hyphens, apostrophes and "
                              u"periods, not \u201C1\u201D.");
    QTest::newRow("symbol in first name")
        << "firstName"
        << "Ann!"
        << "firstName"
        << QString::fromUtf16(u"First name may hold letters, spaces, hyphens, apostrophes and "
                              u"periods, not \u201C!\u201D.");
    QTest::newRow("semicolon") << "lastName"
                               << "Lee;"
                               << "lastName"
                               << QString::fromUtf16(u"Last name may hold letters, spaces, "
                                                     u"hyphens, apostrophes and periods, not "
                                                     u"\u201C;\u201D.");
    QTest::newRow("underscore") << "lastName"
                                << "Lee_Ann"
                                << "lastName"
                                << QString::fromUtf16(u"Last name may hold letters, spaces, "
                                                      u"hyphens, apostrophes and periods, not "
                                                      u"\u201C_\u201D.");
    QTest::newRow("digit in middle name")
        << "middleName"
        << "J3"
        << "middleName"
        << QString::fromUtf16(u"Middle name may hold letters, spaces, "
                              u"hyphens, apostrophes and periods, not "
                              u"\u201C3\u201D.");
    QTest::newRow("digit in preferred name")
        << "preferredName"
        << "B0b"
        << "preferredName"
        << QString::fromUtf16(u"Preferred name may hold letters, spaces, "
                              u"hyphens, apostrophes and periods, not "
                              u"\u201C0\u201D.");
    QTest::newRow("no letter at all") << "lastName"
                                      << "-'."
                                      << "lastName"
                                      << "Last name needs at least one letter.";
    QTest::newRow("101 characters") << "lastName" << QString(101, u'a') << "lastName"
                                    << "Last name is longer than 100 characters.";

    const QString badPhone = QString::fromUtf16(u"%1 \u201C%2\u201D is not a 10-digit number; "
                                                u"type it like (503) 405-8718.");
    QTest::newRow("short mobile") << "mobilePhone"
                                  << "503-405-871"
                                  << "mobilePhone" << badPhone.arg("Mobile phone", "503-405-871");
    QTest::newRow("home with letters") << "homePhone"
                                       << "call after 5"
                                       << "homePhone" << badPhone.arg("Home phone", "call after 5");
    QTest::newRow("area code 1") << "mobilePhone"
                                 << "(103) 405-8718"
                                 << "mobilePhone" << badPhone.arg("Mobile phone", "(103) 405-8718");
    QTest::newRow("bad emergency phone")
        << "emergencyPhone"
        << "555"
        << "emergencyPhone" << badPhone.arg("Emergency contact phone", "555");
    QTest::newRow("emergency phone without a name")
        << "emergencyPhone"
        << "503 405 8718"
        << "emergencyName"
        << "Give the emergency contact's name with their phone.";

    const QString badEmail = QString::fromUtf16(u"\u201C%1\u201D does not look like an email "
                                                u"address (name@example.com).");
    QTest::newRow("email without domain dot") << "email"
                                              << "ann@example"
                                              << "email" << badEmail.arg("ann@example");
    QTest::newRow("email without at") << "email"
                                      << "ann.example.com"
                                      << "email" << badEmail.arg("ann.example.com");
    QTest::newRow("email with two ats") << "email"
                                        << "ann@@example.com"
                                        << "email" << badEmail.arg("ann@@example.com");
    QTest::newRow("email with a space") << "email"
                                        << "ann lee@example.com"
                                        << "email" << badEmail.arg("ann lee@example.com");
    QTest::newRow("email without name") << "email"
                                        << "@example.com"
                                        << "email" << badEmail.arg("@example.com");
    QTest::newRow("email with one-letter TLD") << "email"
                                               << "ann@example.c"
                                               << "email" << badEmail.arg("ann@example.c");
    QTest::newRow("email domain starts with dot") << "email"
                                                  << "ann@.com"
                                                  << "email" << badEmail.arg("ann@.com");

    const QString badZip = QStringLiteral("ZIP code should be 5 digits (97205) or ZIP+4 "
                                          "(97205-1234).");
    QTest::newRow("ZIP of 4 digits") << "postalCode"
                                     << "9720"
                                     << "postalCode" << badZip;
    QTest::newRow("ZIP of 6 digits") << "postalCode"
                                     << "972051"
                                     << "postalCode" << badZip;
    QTest::newRow("ZIP+2") << "postalCode"
                           << "97205-12"
                           << "postalCode" << badZip;
    QTest::newRow("ZIP letters") << "postalCode"
                                 << "ABCDE"
                                 << "postalCode" << badZip;
    QTest::newRow("Canadian postcode") << "postalCode"
                                       << "V6B 1A1"
                                       << "postalCode" << badZip;

    const QString badState = QStringLiteral("State is the two-letter code, e.g. OR.");
    QTest::newRow("state spelled out") << "state"
                                       << "Oregon"
                                       << "state" << badState;
    QTest::newRow("state of one letter") << "state"
                                         << "O"
                                         << "state" << badState;
    QTest::newRow("state with a digit") << "state"
                                        << "O1"
                                        << "state" << badState;

    QTest::newRow("notes over the limit")
        << "notes" << QString(50001, u'x') << "notes"
        << "Notes are limited to 50000 characters (these have 50001).";
}

void tst_PatientValidator::shouldRejectField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, errorField);
    QFETCH(QString, message);
    Patient p = validPatient();
    setField(p, field, value);

    const auto outcome = PatientValidator::normalize(p, fixedToday());

    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.messageFor(errorField), message);
}

void tst_PatientValidator::shouldValidateDateOfBirth_data()
{
    QTest::addColumn<QDate>("dob");
    QTest::addColumn<QString>("message"); // empty: accepted

    QTest::newRow("adult") << QDate(1975, 3, 14) << "";
    QTest::newRow("born today") << fixedToday() << "";
    QTest::newRow("exactly 120 years ago") << QDate(1906, 11, 25) << "";
    QTest::newRow("missing") << QDate() << "Date of birth is required.";
    QTest::newRow("tomorrow") << QDate(2026, 11, 26)
                              << "Date of birth 11/26/2026 is in the future.";
    QTest::newRow("120 years and a day ago")
        << QDate(1906, 11, 24)
        << "Date of birth 11/24/1906 is more than 120 years ago; check the year.";
}

void tst_PatientValidator::shouldValidateDateOfBirth()
{
    QFETCH(QDate, dob);
    QFETCH(QString, message);
    Patient p = validPatient();
    p.dateOfBirth = dob;

    const auto outcome = PatientValidator::normalize(p, fixedToday());

    QCOMPARE(outcome.messageFor(QStringLiteral("dateOfBirth")), message);
    QCOMPARE(outcome.ok(), message.isEmpty());
}

void tst_PatientValidator::shouldTidyWhatPeopleType_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");

    QTest::newRow("first name spaces collapsed") << "firstName"
                                                 << "  Ann   Marie "
                                                 << "Ann Marie";
    QTest::newRow("last name tabs and newlines") << "lastName"
                                                 << "\tDe  la\nCruz "
                                                 << "De la Cruz";
    QTest::newRow("mobile to digits") << "mobilePhone"
                                      << "(503) 405-8718"
                                      << "5034058718";
    QTest::newRow("home with +1 to digits") << "homePhone"
                                            << "+1 503.405.8718"
                                            << "5034058718";
    QTest::newRow("email domain lower-cased") << "email"
                                              << " Ann.Lee@Example.COM "
                                              << "Ann.Lee@example.com";
    QTest::newRow("state upper-cased") << "state"
                                       << " or "
                                       << "OR";
    QTest::newRow("ZIP trimmed") << "postalCode"
                                 << " 97205 "
                                 << "97205";
    QTest::newRow("city spaces collapsed") << "city"
                                           << " Lake   Oswego "
                                           << "Lake Oswego";
}

void tst_PatientValidator::shouldTidyWhatPeopleType()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    Patient p = validPatient();
    setField(p, field, typed);
    Patient expected = validPatient();
    setField(expected, field, stored);

    const auto outcome = PatientValidator::normalize(p, fixedToday());

    QVERIFY2(outcome.ok(), qPrintable(describe(outcome.errors)));
    QCOMPARE(outcome.patient, expected);
}

void tst_PatientValidator::shouldRequireMobileForTexts_data()
{
    QTest::addColumn<QString>("mobile");
    QTest::addColumn<QString>("home");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("mobile") << "503 405 8718"
                            << "" << true;
    QTest::newRow("no phone") << ""
                              << "" << false;
    QTest::newRow("home phone only") << ""
                                     << "503 405 8718" << false;
}

void tst_PatientValidator::shouldRequireMobileForTexts()
{
    QFETCH(QString, mobile);
    QFETCH(QString, home);
    QFETCH(bool, accepted);
    Patient p = validPatient();
    p.textConsent = true;
    p.mobilePhone = mobile;
    p.homePhone = home;

    const auto outcome = PatientValidator::normalize(p, fixedToday());

    QCOMPARE(outcome.ok(), accepted);
    QCOMPARE(outcome.messageFor(QStringLiteral("textConsent")),
             accepted ? QString() : QStringLiteral("Texts need a mobile phone number."));
}

void tst_PatientValidator::shouldReportEveryFieldAtFault()
{
    // given a record wrong in four places
    Patient p = validPatient();
    p.firstName.clear();
    p.mobilePhone = QStringLiteral("12345");
    p.email = QStringLiteral("nobody");
    p.address.postalCode = QStringLiteral("1");

    // when
    const auto outcome = PatientValidator::normalize(p, fixedToday());

    // then each is named, in form order
    QStringList fields;
    for (const FieldError &e : outcome.errors)
        fields << e.field;
    QCOMPARE(fields, (QStringList{"firstName", "mobilePhone", "email", "postalCode"}));
}

void tst_PatientValidator::shouldLeaveATidyRecordAsItIs()
{
    // given a complete record, typed messily
    Patient p = validPatient();
    p.firstName = QStringLiteral("  Zoë ");
    p.lastName = QStringLiteral("O\u2019Brien");
    p.mobilePhone = QStringLiteral("(503) 405-8718");
    p.homePhone = QStringLiteral("971.222.3344");
    p.email = QStringLiteral("Zoe@Example.com");
    p.address = {QStringLiteral("1 SW Broadway"),
                 {},
                 QStringLiteral("Portland"),
                 QStringLiteral("or"),
                 QStringLiteral("97205")};
    p.emergencyContact = {QStringLiteral("Sam O'Brien"), QStringLiteral("Spouse"),
                          QStringLiteral("503 222 3333")};
    p.textConsent = true;

    // when it is tidied twice
    const auto once = PatientValidator::normalize(p, fixedToday());
    const auto twice = PatientValidator::normalize(once.patient, fixedToday());

    // then the second pass changes nothing
    QVERIFY2(once.ok(), qPrintable(describe(once.errors)));
    QVERIFY2(twice.ok(), qPrintable(describe(twice.errors)));
    QCOMPARE(twice.patient, once.patient);
    QCOMPARE(once.patient.emergencyContact.phone, QStringLiteral("5032223333"));
}

void tst_PatientValidator::shouldJudgeEmailPlausibility_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("plausible");

    QTest::newRow("plain") << "ann@example.com" << true;
    QTest::newRow("subdomains") << "a.b@mail.example.co.uk" << true;
    QTest::newRow("plus tag") << "ann+migraine@example.org" << true;
    QTest::newRow("no dot in domain") << "ann@localhost" << false;
    QTest::newRow("numeric TLD") << "ann@example.123" << false;
    QTest::newRow("trailing dot") << "ann@example.com." << false;
    QTest::newRow("double dot in domain") << "ann@example..com" << false;
    QTest::newRow("longer than 254") << QString(250, u'a') + QStringLiteral("@x.com") << false;
    QTest::newRow("empty") << "" << false;
}

void tst_PatientValidator::shouldJudgeEmailPlausibility()
{
    QFETCH(QString, email);
    QFETCH(bool, plausible);

    QCOMPARE(PatientValidator::isPlausibleEmail(email), plausible);
}

QTEST_GUILESS_MAIN(tst_PatientValidator)
#include "tst_patientvalidator.moc"
