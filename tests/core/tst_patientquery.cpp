#include "patientquery.h"
#include "testsupport.h"

#include <QTest>

using namespace ClinicDesk::Core;
using ClinicDesk::Test::fixedToday;

namespace {

const char *kindName(PatientQuery::Kind kind)
{
    switch (kind) {
    case PatientQuery::Kind::Empty:
        return "Empty";
    case PatientQuery::Kind::Name:
        return "Name";
    case PatientQuery::Kind::LastFirst:
        return "LastFirst";
    case PatientQuery::Kind::Digits:
        return "Digits";
    case PatientQuery::Kind::BirthDate:
        return "BirthDate";
    }
    return "?";
}

} // namespace

// What a receptionist types into the patient search, understood as a name, "last, first",
// phone or record digits, or a date of birth.
class tst_PatientQuery : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadNames_data();
    void shouldReadNames();
    void shouldReadLastCommaFirst_data();
    void shouldReadLastCommaFirst();
    void shouldReadDigits_data();
    void shouldReadDigits();
    void shouldReadBirthDates_data();
    void shouldReadBirthDates();
    void shouldFindNothingForEmptyOrUnfinishedInput_data();
    void shouldFindNothingForEmptyOrUnfinishedInput();
    void shouldReadSqlTextAsHarmlessWords();
    void shouldReadOnlyTheFirst200Characters();
};

void tst_PatientQuery::shouldReadNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");

    QTest::newRow("one word") << "lee" << QStringList{"lee"};
    QTest::newRow("upper case") << "LEE" << QStringList{"lee"};
    QTest::newRow("two words, in typed order") << "ann lee" << QStringList{"ann", "lee"};
    QTest::newRow("extra spaces") << "  Ann    LEE  " << QStringList{"ann", "lee"};
    QTest::newRow("tab between") << "ann\tlee" << QStringList{"ann", "lee"};
    QTest::newRow("apostrophe") << "O'Brien" << QStringList{"obrien"};
    QTest::newRow("accents") << QString::fromUtf16(u"Núñez") << QStringList{"nunez"};
    QTest::newRow("hyphenated") << "smith-jones" << QStringList{"smithjones"};
    QTest::newRow("three words") << "de la cruz" << QStringList{"de", "la", "cruz"};
    QTest::newRow("quoted preferred name")
        << "Robert \"Bob\" Jones" << QStringList{"robert", "bob", "jones"};
    QTest::newRow("stray punctuation word dropped") << "lee ." << QStringList{"lee"};
    QTest::newRow("name with a digit") << "lee2" << QStringList{"lee2"};
}

void tst_PatientQuery::shouldReadNames()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);

    const PatientQuery q = PatientQuery::parse(text, fixedToday());

    QCOMPARE(kindName(q.kind), kindName(PatientQuery::Kind::Name));
    QCOMPARE(q.tokens, tokens);
}

void tst_PatientQuery::shouldReadLastCommaFirst_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("first");

    QTest::newRow("last, first") << "lee, ann"
                                 << "lee"
                                 << "ann";
    QTest::newRow("no space after comma") << "lee,ann"
                                          << "lee"
                                          << "ann";
    QTest::newRow("first being typed") << "lee, a"
                                       << "lee"
                                       << "a";
    QTest::newRow("first still empty") << "lee,"
                                       << "lee"
                                       << "";
    QTest::newRow("first still empty, space") << "lee, "
                                              << "lee"
                                              << "";
    QTest::newRow("accents and case") << QString::fromUtf16(u"NÚÑEZ, José") << "nunez"
                                      << "jose";
    QTest::newRow("several-word last name") << "De la Cruz, Maria"
                                            << "delacruz"
                                            << "maria";
}

void tst_PatientQuery::shouldReadLastCommaFirst()
{
    QFETCH(QString, text);
    QFETCH(QString, last);
    QFETCH(QString, first);

    const PatientQuery q = PatientQuery::parse(text, fixedToday());

    QCOMPARE(kindName(q.kind), kindName(PatientQuery::Kind::LastFirst));
    QCOMPARE(q.last, last);
    QCOMPARE(q.first, first);
}

void tst_PatientQuery::shouldReadDigits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("digits");

    QTest::newRow("phone prefix with dash") << "503-405"
                                            << "503405";
    QTest::newRow("last four") << "8718"
                               << "8718";
    QTest::newRow("full number with country code") << "1 (503) 405-8718"
                                                   << "5034058718";
    QTest::newRow("plus one") << "+1 503 405 8718"
                              << "5034058718";
    QTest::newRow("dotted") << "503.405.8718"
                            << "5034058718";
    QTest::newRow("bracketed area code") << "(971)"
                                         << "971";
    QTest::newRow("record number") << "125000"
                                   << "125000";
    QTest::newRow("a single digit") << "5"
                                    << "5";
    QTest::newRow("eleven digits not starting with 1 kept") << "25034058718"
                                                            << "25034058718";
}

void tst_PatientQuery::shouldReadDigits()
{
    QFETCH(QString, text);
    QFETCH(QString, digits);

    const PatientQuery q = PatientQuery::parse(text, fixedToday());

    QCOMPARE(kindName(q.kind), kindName(PatientQuery::Kind::Digits));
    QCOMPARE(q.digits, digits);
}

void tst_PatientQuery::shouldReadBirthDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("birthDate");

    QTest::newRow("m/d/yyyy") << "3/14/1975" << QDate(1975, 3, 14);
    QTest::newRow("two-digit year") << "03/14/75" << QDate(1975, 3, 14);
    QTest::newRow("ISO") << "1975-03-14" << QDate(1975, 3, 14);
    QTest::newRow("ISO, day 19") << "1975-03-19" << QDate(1975, 3, 19);
    QTest::newRow("two-digit year 18") << "3/14/18" << QDate(2018, 3, 14);
    QTest::newRow("dashes") << "3-14-1975" << QDate(1975, 3, 14);
    QTest::newRow("leap day") << "2/29/1988" << QDate(1988, 2, 29);
    QTest::newRow("spaces around") << "  3/14/1975 " << QDate(1975, 3, 14);
}

void tst_PatientQuery::shouldReadBirthDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, birthDate);

    const PatientQuery q = PatientQuery::parse(text, fixedToday());

    QCOMPARE(kindName(q.kind), kindName(PatientQuery::Kind::BirthDate));
    QCOMPARE(q.birthDate, birthDate);
}

void tst_PatientQuery::shouldFindNothingForEmptyOrUnfinishedInput_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << "";
    QTest::newRow("spaces") << "  ";
    QTest::newRow("tab and newline") << "\t\n";
    QTest::newRow("month and day only") << "3/14";
    QTest::newRow("trailing separator") << "3/14/";
    QTest::newRow("first digit of year") << "3/14/1";
    QTest::newRow("year being typed (19..)") << "3/14/19";
    QTest::newRow("year being typed (20..)") << "3/14/20";
    QTest::newRow("three digits of year") << "3/14/197";
    QTest::newRow("ISO being typed") << "1975-03";
    QTest::newRow("not a real day") << "2/29/2025";
    QTest::newRow("month 13") << "13/14/1975";
    QTest::newRow("only brackets and dashes") << "()--";
    QTest::newRow("only a comma") << ",";
    QTest::newRow("punctuation that folds away") << "'.-'";
    QTest::newRow("SQL wildcard") << "%";
    QTest::newRow("SQL wildcard underscore") << "_";
}

void tst_PatientQuery::shouldFindNothingForEmptyOrUnfinishedInput()
{
    // Finds nobody rather than everybody while the receptionist is still typing.
    QFETCH(QString, text);

    const PatientQuery q = PatientQuery::parse(text, fixedToday());

    QCOMPARE(kindName(q.kind), kindName(PatientQuery::Kind::Empty));
}

void tst_PatientQuery::shouldReadSqlTextAsHarmlessWords()
{
    const PatientQuery q =
        PatientQuery::parse(QStringLiteral("'; DROP TABLE patients; --"), fixedToday());

    QCOMPARE(kindName(q.kind), kindName(PatientQuery::Kind::Name));
    QCOMPARE(q.tokens, (QStringList{"drop", "table", "patients"}));
    for (const QString &token : q.tokens)
        QVERIFY2(!token.contains(u'\'') && !token.contains(u';') && !token.contains(u'-'),
                 qPrintable(token));
}

void tst_PatientQuery::shouldReadOnlyTheFirst200Characters()
{
    const QString pasted = QString(1000, u'a');

    const PatientQuery q = PatientQuery::parse(pasted, fixedToday());

    QCOMPARE(kindName(q.kind), kindName(PatientQuery::Kind::Name));
    QCOMPARE(q.tokens, QStringList{QString(200, u'a')});
}

QTEST_GUILESS_MAIN(tst_PatientQuery)
#include "tst_patientquery.moc"
