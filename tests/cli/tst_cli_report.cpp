// clinicdesk-cli's `report`: each report as an aligned table and as CSV, with the same numbers
// the app's own ReportService gives; the list of reports in --help; the default range (this
// month); and bad names, dates and ranges refused with the right exit status.
// "Today" is Wednesday 2026-11-25 (CLINICDESK_TODAY).
#include "clinicdate.h"
#include "clitestsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ClinicDesk;
using namespace ClinicDesk::Test;

class tst_CliReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldListTheReportsInHelp();
    void shouldPrintEachReportAsTheServiceBuildsIt_data();
    void shouldPrintEachReportAsTheServiceBuildsIt();
    void shouldPrintCsvWithAHeaderRow();
    void shouldDefaultToThisMonth();
    void shouldRefuseBadInput_data();
    void shouldRefuseBadInput();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_CliReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const CliRun seeded =
        runOn(m_path, {"seed-demo", "--patients", "300", "--years", "2", "--seed", "7"});
    QVERIFY2(seeded.exitCode == 0, seeded.describe());
}

void tst_CliReport::shouldListTheReportsInHelp()
{
    const CliRun help = runCli({"report", "--help"});
    QVERIFY2(help.exitCode == 0, help.describe());
    for (const char *name : {"appointments", "treatments", "overdue", "authorizations"})
        QVERIFY2(help.out.contains(QString::fromLatin1(name)), help.describe());
    QVERIFY(help.out.contains(QStringLiteral("--csv")));

    const CliRun general = runCli({"--help"});
    QVERIFY2(general.out.contains(QRegularExpression(QStringLiteral("\\n  report\\s+"))),
             general.describe());
}

void tst_CliReport::shouldPrintEachReportAsTheServiceBuildsIt_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    using K = Core::ReportKind;
    QTest::newRow("appointments, a year")
        << "appointments" << int(K::AppointmentStatus) << "2025-12-01"
        << "2026-11-30";
    QTest::newRow("treatments, across the year end")
        << "treatments" << int(K::VialUse) << "11/01/2025"
        << "02/28/2026";
    QTest::newRow("overdue") << "overdue" << int(K::OverdueByProvider) << "2026-11-01"
                             << "2026-11-30";
    QTest::newRow("authorizations, next weeks")
        << "AUTHORIZATIONS" << int(K::ExpiringAuthorizations) << "2026-11-25"
        << "2026-12-23";
}

void tst_CliReport::shouldPrintEachReportAsTheServiceBuildsIt()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(QString, from);
    QFETCH(QString, to);

    // given: the report as the app's own service builds it
    App::AppContext::Options options;
    options.databasePath = m_path;
    auto opened = App::AppContext::open(options);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    const QDate today(2026, 11, 25);
    const auto expected = opened.value()->reports().build(Core::ReportKind(kind),
                                                          Core::ClinicDate::parse(from, today),
                                                          Core::ClinicDate::parse(to, today));
    QVERIFY(expected);
    QVERIFY2(expected->rowCount() > 0, "the demo clinic must give the report something to show");

    // when
    const CliRun run = runOn(m_path, {"report", name, "--from", from, "--to", to});

    // then: a header line and one aligned line per row, holding the same cells; the
    // footnote on stderr
    QVERIFY2(run.exitCode == 0, run.describe());
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), expected->rowCount() + 1);
    QVERIFY(lines[0].startsWith(expected->columns.first().header));
    for (int row = 0; row < expected->rowCount(); ++row) {
        const QStringList cells = lines[row + 1].split(QRegularExpression(QStringLiteral("  +")));
        // Cells are two spaces apart at least; a cell never holds two spaces in a row.
        QStringList wanted;
        for (int column = 0; column < expected->columnCount(); ++column)
            wanted << expected->displayText(row, column);
        while (!wanted.isEmpty() && wanted.constLast().isEmpty())
            wanted.removeLast();
        QCOMPARE(cells.join(u'|').trimmed(), wanted.join(u'|'));
    }
    QVERIFY2(run.err.contains(expected->footnote), run.describe());
}

void tst_CliReport::shouldPrintCsvWithAHeaderRow()
{
    const CliRun run = runOn(
        m_path, {"report", "appointments", "--from", "2026-10-01", "--to", "2026-11-30", "--csv"});
    QVERIFY2(run.exitCode == 0, run.describe());
    const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QStringLiteral("Month,Booked,Completed,No-shows,Cancelled,Late cancels,"
                                      "Still open,No-show rate,Cancellation rate"));
    QVERIFY2(lines[1].startsWith(QStringLiteral("2026-10,")), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QStringLiteral("2026-11,")), qPrintable(lines[2]));
    // Plain numbers: no thousands separators or percent signs for a spreadsheet to trip on.
    QVERIFY2(QRegularExpression(QStringLiteral("^2026-10(,\\d+){6},\\d+\\.\\d,\\d+\\.\\d$"))
                 .match(lines[1])
                 .hasMatch(),
             qPrintable(lines[1]));
}

void tst_CliReport::shouldDefaultToThisMonth()
{
    const CliRun run = runOn(m_path, {"report", "treatments"});
    QVERIFY2(run.exitCode == 0, run.describe());
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[1].startsWith(QStringLiteral("Nov 2026 ")), run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("Nov 1, 2026 to Nov 30, 2026")), run.describe());
}

void tst_CliReport::shouldRefuseBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no name") << QStringList{"report"} << 1 << "report needs NAME";
    QTest::newRow("unknown name") << QStringList{"report", "payroll"} << 1
                                  << "There is no report \u201Cpayroll\u201D; choose one of "
                                     "appointments, treatments, overdue, authorizations.";
    QTest::newRow("two names") << QStringList{"report", "overdue", "treatments"} << 1
                               << "Unexpected";
    QTest::newRow("not a date") << QStringList{"report", "overdue", "--from", "soon"} << 2
                                << "--from";
    QTest::newRow("backwards") << QStringList{"report",     "appointments", "--from",
                                              "2026-03-01", "--to",         "2026-02-01"}
                               << 2 << "--to: The last day (Feb 1, 2026) is before the first";
    QTest::newRow("too long") << QStringList{"report",     "appointments", "--from",
                                             "2000-01-01", "--to",         "2026-01-01"}
                              << 2 << "at most 10 years";
    QTest::newRow("unknown option") << QStringList{"report", "overdue", "--json"} << 1 << "--json";
}

void tst_CliReport::shouldRefuseBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = runOn(m_path, arguments);
    QVERIFY2(run.exitCode == exitCode, run.describe());
    QVERIFY2(run.err.contains(message), run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
}

QTEST_GUILESS_MAIN(tst_CliReport)
#include "tst_cli_report.moc"
