#include "searchkey.h"

#include <QTest>

using namespace ClinicDesk::Core;

// Names as the search compares them: what a receptionist types on a US keyboard must find the
// name as it was registered, accents and punctuation included.
class tst_SearchKey : public QObject
{
    Q_OBJECT

private slots:
    void shouldFoldNamesToPlainLetters_data();
    void shouldFoldNamesToPlainLetters();
    void shouldFoldSpellingsOfOneNameAlike_data();
    void shouldFoldSpellingsOfOneNameAlike();
    void shouldKeepDistinctNamesDistinct();
};

void tst_SearchKey::shouldFoldNamesToPlainLetters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");

    QTest::newRow("apostrophe") << "O'Brien"
                                << "obrien";
    QTest::newRow("curly apostrophe") << QString::fromUtf16(u"O\u2019Brien") << "obrien";
    QTest::newRow("acute and tilde") << QString::fromUtf16(u"Núñez") << "nunez";
    QTest::newRow("diaeresis") << QString::fromUtf16(u"Zoë") << "zoe";
    QTest::newRow("decomposed diaeresis") << QString::fromUtf16(u"Zoe\u0308") << "zoe";
    QTest::newRow("hyphen") << "Smith-Jones"
                            << "smithjones";
    QTest::newRow("spaces") << "De la Cruz"
                            << "delacruz";
    QTest::newRow("period") << "St. John"
                            << "stjohn";
    QTest::newRow("umlaut") << QString::fromUtf16(u"Müller") << "muller";
    QTest::newRow("sharp s") << QString::fromUtf16(u"Strauß") << "strauss";
    QTest::newRow("capital sharp s") << QString::fromUtf16(u"STRAU\u1E9E") << "strauss";
    QTest::newRow("o with stroke, upper") << QString::fromUtf16(u"Øyvind") << "oyvind";
    QTest::newRow("o with stroke, lower") << QString::fromUtf16(u"Søren") << "soren";
    QTest::newRow("l with stroke") << QString::fromUtf16(u"Łukasz") << "lukasz";
    QTest::newRow("l with stroke inside") << QString::fromUtf16(u"Michał") << "michal";
    QTest::newRow("ae ligature") << QString::fromUtf16(u"Ærø") << "aero";
    QTest::newRow("oe ligature") << QString::fromUtf16(u"Œuvray") << "oeuvray";
    QTest::newRow("d with stroke") << QString::fromUtf16(u"Đorđević") << "dordevic";
    QTest::newRow("cedilla") << QString::fromUtf16(u"Gonçalves") << "goncalves";
    QTest::newRow("grave") << QString::fromUtf16(u"Lefèvre") << "lefevre";
    QTest::newRow("ring") << QString::fromUtf16(u"Ångström") << "angstrom";
    QTest::newRow("all upper case") << "MCDONALD"
                                    << "mcdonald";
    QTest::newRow("mixed case") << "McDonald"
                                << "mcdonald";
    QTest::newRow("full-width letters") << QString::fromUtf16(u"Ａｎｎ") << "ann";
    QTest::newRow("fi ligature") << QString::fromUtf16(u"\uFB01nn") << "finn";
    QTest::newRow("digits kept") << "Room 3"
                                 << "room3";
    QTest::newRow("only punctuation") << "'-."
                                      << "";
    QTest::newRow("SQL text") << "'; DROP TABLE patients; --"
                              << "droptablepatients";
    QTest::newRow("empty") << ""
                           << "";
}

void tst_SearchKey::shouldFoldNamesToPlainLetters()
{
    QFETCH(QString, name);
    QFETCH(QString, key);

    QCOMPARE(SearchKey::fold(name), key);
}

void tst_SearchKey::shouldFoldSpellingsOfOneNameAlike_data()
{
    QTest::addColumn<QString>("registered");
    QTest::addColumn<QString>("typed");

    QTest::newRow("O'Brien") << "O'Brien"
                             << "obrien";
    QTest::newRow("Núñez") << QString::fromUtf16(u"NÚÑEZ") << QString::fromUtf16(u"núñez");
    QTest::newRow("Zoë") << QString::fromUtf16(u"Zoë") << "ZOE";
    QTest::newRow("Smith-Jones") << "Smith-Jones"
                                 << "smith jones";
    QTest::newRow("Straße") << QString::fromUtf16(u"Straße") << "STRASSE";
    QTest::newRow("composed and decomposed")
        << QString::fromUtf16(u"Ren\u00E9e") << QString::fromUtf16(u"Rene\u0301e");
}

void tst_SearchKey::shouldFoldSpellingsOfOneNameAlike()
{
    QFETCH(QString, registered);
    QFETCH(QString, typed);

    QCOMPARE(SearchKey::fold(typed), SearchKey::fold(registered));
}

void tst_SearchKey::shouldKeepDistinctNamesDistinct()
{
    // Folding must not merge names a receptionist tells apart.
    QVERIFY(SearchKey::fold(QStringLiteral("Nunes")) != SearchKey::fold(QStringLiteral("Nunez")));
    QVERIFY(SearchKey::fold(QStringLiteral("Lee")) != SearchKey::fold(QStringLiteral("Leé.a")));
    QVERIFY(SearchKey::fold(QStringLiteral("Ann")) != SearchKey::fold(QStringLiteral("Anne")));
}

QTEST_GUILESS_MAIN(tst_SearchKey)
#include "tst_searchkey.moc"
