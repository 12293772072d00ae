// Reading CSV files as other systems write them: byte-order marks, quoted commas, quotes and line
// breaks, Windows and old-Mac line ends, and files that are not UTF-8 at all.

#include "csvreader.h"

#include <QTest>

using namespace ClinicDesk::Core;

Q_DECLARE_METATYPE(QList<QStringList>)
Q_DECLARE_METATYPE(QList<int>)

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadRecords_data();
    void shouldReadRecords();
    void shouldKeepTheLineEachRecordStartsOn();
    void shouldRefuseTextThatIsNotUtf8_data();
    void shouldRefuseTextThatIsNotUtf8();
    void shouldRefuseAQuoteThatIsNeverClosed();
    void shouldRefuseAnEmptyFile_data();
    void shouldRefuseAnEmptyFile();
    void shouldSplitHeaderFromRowsAndReportRaggedRows();
    void shouldReadAFileAndNameAMissingOne();
};

void tst_CsvReader::shouldReadRecords_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("records");

    QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n")
                          << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("CR only") << QByteArray("a,b\r1,2\r")
                             << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("no final line end")
        << QByteArray("a,b\n1,2") << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF"
                                             "first,last\nZo\xC3\xAB,N\xC3\xBA\xC3\xB1"
                                             "ez\n")
                               << QList<QStringList>{{"first", "last"},
                                                     {QString::fromUtf8("Zo\xC3\xAB"),
                                                      QString::fromUtf8("N\xC3\xBA\xC3\xB1"
                                                                        "ez")}};
    QTest::newRow("quoted comma") << QByteArray("a,b\n\"Lee, Ann\",2\n")
                                  << QList<QStringList>{{"a", "b"}, {"Lee, Ann", "2"}};
    QTest::newRow("doubled quote") << QByteArray("a\n\"Robert \"\"Bob\"\" Lee\"\n")
                                   << QList<QStringList>{{"a"}, {"Robert \"Bob\" Lee"}};
    QTest::newRow("line break in quotes, CRLF")
        << QByteArray("a,b\r\n\"two\r\nlines\",x\r\n")
        << QList<QStringList>{{"a", "b"}, {"two\nlines", "x"}};
    QTest::newRow("empty values") << QByteArray("a,b,c\n,,\n")
                                  << QList<QStringList>{{"a", "b", "c"}, {"", "", ""}};
    QTest::newRow("quoted empty") << QByteArray("a,b\n\"\",x\n")
                                  << QList<QStringList>{{"a", "b"}, {"", "x"}};
    QTest::newRow("blank lines skipped")
        << QByteArray("a\n\n1\r\n\r\n2\n") << QList<QStringList>{{"a"}, {"1"}, {"2"}};
    QTest::newRow("stray quote inside a value kept")
        << QByteArray("a\nO\"Brien\n") << QList<QStringList>{{"a"}, {"O\"Brien"}};
    QTest::newRow("trailing comma")
        << QByteArray("a,b\n1,") << QList<QStringList>{{"a", "b"}, {"1", ""}};
}

void tst_CsvReader::shouldReadRecords()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, records);

    const auto parsed = CsvReader::parse(bytes);

    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    QList<QStringList> fields;
    for (const CsvRecord &r : parsed.value())
        fields << r.fields;
    QCOMPARE(fields, records);
}

void tst_CsvReader::shouldKeepTheLineEachRecordStartsOn()
{
    // given a value over three lines, a blank line and CRLF ends
    const QByteArray bytes("h1,h2\r\n"
                           "\"one\r\ntwo\r\nthree\",x\r\n"
                           "\r\n"
                           "after,y\r\n");
    // when
    const auto parsed = CsvReader::parse(bytes);
    // then
    QVERIFY(parsed.ok());
    QList<int> lines;
    for (const CsvRecord &r : parsed.value())
        lines << r.line;
    QCOMPARE(lines, (QList<int>{1, 2, 6}));
}

void tst_CsvReader::shouldRefuseTextThatIsNotUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Latin-1 on line 3") << QByteArray("first,last\nAnn,Lee\nZo\xEB,N\xFA\xF1"
                                                     "ez\n")
                                       << "Line 3 is not UTF-8";
    QTest::newRow("Windows-1252 quote on line 2")
        << QByteArray("a\n\x93quoted\x94\n") << "Line 2 is not UTF-8";
    QTest::newRow("line counted after CR-only ends")
        << QByteArray("a\rb\r\xE9\r") << "Line 3 is not UTF-8";
    QTest::newRow("truncated sequence at the end")
        << QByteArray("a\n\xC3") << "Line 2 is not UTF-8";
    QTest::newRow("overlong slash") << QByteArray("a\n\xC0\xAF\n") << "Line 2 is not UTF-8";
    QTest::newRow("UTF-16 LE with BOM") << QByteArray("\xFF\xFE"
                                                      "a\0,\0b\0",
                                                      8)
                                        << "UTF-16";
    QTest::newRow("UTF-16 BE with BOM") << QByteArray("\xFE\xFF\0a\0,\0b", 8) << "UTF-16";
    QTest::newRow("UTF-16 LE without BOM") << QByteArray("a\0,\0b\0\n\0", 8) << "UTF-16";
}

void tst_CsvReader::shouldRefuseTextThatIsNotUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    const auto parsed = CsvReader::parse(bytes);

    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, Error::Kind::Invalid);
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(QStringLiteral("CSV UTF-8")),
             qPrintable(parsed.error().message));
}

void tst_CsvReader::shouldRefuseAQuoteThatIsNeverClosed()
{
    const auto parsed = CsvReader::parse("a,b\n1,2\n\"open,3\n4,5\n");

    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.startsWith(QStringLiteral("Line 3:")),
             qPrintable(parsed.error().message));
}

void tst_CsvReader::shouldRefuseAnEmptyFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("no bytes") << QByteArray();
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("only line ends") << QByteArray("\r\n\r\n");
}

void tst_CsvReader::shouldRefuseAnEmptyFile()
{
    QFETCH(QByteArray, bytes);
    const auto table = CsvReader::table(bytes);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().message, QStringLiteral("The file is empty."));
}

void tst_CsvReader::shouldSplitHeaderFromRowsAndReportRaggedRows()
{
    const auto table = CsvReader::table("a,b,c\n1,2,3\n1,2\n1,2,3,4\n\"x,y\",2,3\n");

    QVERIFY(table.ok());
    QCOMPARE(table->header.fields, (QStringList{"a", "b", "c"}));
    QCOMPARE(table->header.line, 1);
    QCOMPARE(table->rows.size(), 4);
    QCOMPARE(table->raggedLines(), (QList<int>{3, 4}));

    const auto headerOnly = CsvReader::table("a,b\r\n");
    QVERIFY(headerOnly.ok());
    QCOMPARE(headerOnly->rows.size(), 0);
}

void tst_CsvReader::shouldReadAFileAndNameAMissingOne()
{
    const auto missing = CsvReader::readFile(QStringLiteral("/no/such/folder/patients.csv"));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(QStringLiteral("patients.csv")),
             qPrintable(missing.error().message));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
