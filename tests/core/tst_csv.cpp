// CSV cells as spreadsheets read them, and never run: quoting and formula neutralisation.

#include "csv.h"

#include <QTest>

using namespace ClinicDesk::Core;

class tst_Csv : public QObject
{
    Q_OBJECT

private slots:
    void shouldMakeEachCellSafe_data();
    void shouldMakeEachCellSafe();
    void shouldJoinARowAndEndItWithCrLf();
};

void tst_Csv::shouldMakeEachCellSafe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << "Aetna"
                           << "Aetna";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "Lee, Ann"
                           << "\"Lee, Ann\"";
    QTest::newRow("quote") << "Ann \"Annie\" Lee"
                           << "\"Ann \"\"Annie\"\" Lee\"";
    QTest::newRow("line break") << "call\nback"
                                << "\"call\nback\"";
    QTest::newRow("formula =") << "=1+2"
                               << "'=1+2";
    QTest::newRow("formula +") << "+15035550101"
                               << "'+15035550101";
    QTest::newRow("formula -") << "-3"
                               << "'-3";
    QTest::newRow("formula @") << "@SUM(A1)"
                               << "'@SUM(A1)";
    QTest::newRow("leading tab") << "\t=1"
                                 << "'\t=1";
    QTest::newRow("formula with comma") << "=HYPERLINK(\"x\",\"y\")"
                                        << "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"";
    QTest::newRow("sign inside") << "O'Brien-Smith"
                                 << "O'Brien-Smith";
}

void tst_Csv::shouldMakeEachCellSafe()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(Csv::field(text), cell);
}

void tst_Csv::shouldJoinARowAndEndItWithCrLf()
{
    QCOMPARE(Csv::row({QStringLiteral("Lee, Ann"), QStringLiteral("=2"), QString()}),
             QStringLiteral("\"Lee, Ann\",'=2,\r\n"));
    QCOMPARE(Csv::row({}), QStringLiteral("\r\n"));
}

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_csv.moc"
