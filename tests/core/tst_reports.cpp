// The report builders on their own: the rates as defined, every month of the range bucketed
// (empty ones too, across a year's end), the overdue counts from board rows, the date presets
// and range checks, and how a table reads on screen and in a spreadsheet.

#include "reports.h"

#include <QTest>

using namespace ClinicDesk::Core;
using State = RetreatmentStatus::State;

namespace {

AppointmentMonth appointments(const QString &month, int booked, int completed, int noShows,
                              int cancelled, int late = 0)
{
    AppointmentMonth m;
    m.month = month;
    m.booked = booked;
    m.completed = completed;
    m.noShows = noShows;
    m.cancelled = cancelled;
    m.lateCancelled = late;
    return m;
}

BoardRow boardRow(const QString &provider, State state)
{
    BoardRow row;
    row.candidate.lastProviderName = provider;
    row.status.state = state;
    return row;
}

} // namespace

class tst_Reports : public QObject
{
    Q_OBJECT

private slots:
    void shouldDefineNoShowRateOverVisitsThatCameDue_data();
    void shouldDefineNoShowRateOverVisitsThatCameDue();
    void shouldDefineCancellationRateOverAllBooked();
    void shouldListEveryMonthTheRangeTouches_data();
    void shouldListEveryMonthTheRangeTouches();
    void shouldFillEmptyMonthsWithZerosAcrossTheYearEnd();
    void shouldCountWasteOverVialUnitsUsed();
    void shouldCountOverdueDueAndSoonPerProvider();
    void shouldListExpiringAuthorizationsWithWhatIsLeft();
    void shouldGiveWholeMonthPresets_data();
    void shouldGiveWholeMonthPresets();
    void shouldRefuseABadRange_data();
    void shouldRefuseABadRange();
    void shouldReadOnScreenAndInASpreadsheet();
    void shouldNeutraliseFormulasInCsv();
    void shouldKnowEachReportByItsName();
};

void tst_Reports::shouldDefineNoShowRateOverVisitsThatCameDue_data()
{
    QTest::addColumn<int>("noShows");
    QTest::addColumn<int>("completed");
    QTest::addColumn<double>("rate"); // -1: none
    QTest::newRow("one in ten") << 1 << 9 << 10.0;
    QTest::newRow("none missed") << 0 << 12 << 0.0;
    QTest::newRow("all missed") << 3 << 0 << 100.0;
    QTest::newRow("nothing came due") << 0 << 0 << -1.0;
    QTest::newRow("a third") << 1 << 2 << 100.0 / 3;
}

void tst_Reports::shouldDefineNoShowRateOverVisitsThatCameDue()
{
    QFETCH(int, noShows);
    QFETCH(int, completed);
    QFETCH(double, rate);
    const auto got = ReportRates::noShowRate(noShows, completed);
    if (rate < 0) {
        QVERIFY(!got.has_value());
    } else {
        QVERIFY(got.has_value());
        QCOMPARE(*got, rate);
    }
}

void tst_Reports::shouldDefineCancellationRateOverAllBooked()
{
    // given: 20 booked in March: 14 completed, 2 no-shows, 3 cancelled, 1 still booked
    const ReportTable table =
        AppointmentStatusReport::build({appointments(QStringLiteral("2026-03"), 20, 14, 2, 3, 1)},
                                       QDate(2026, 3, 1), QDate(2026, 3, 31));

    // then: cancelled are left out of the no-show rate, counted against all booked
    QCOMPARE(table.rowCount(), 1);
    using C = AppointmentStatusReport::Column;
    QCOMPARE(table.value(0, C::Booked).toInt(), 20);
    QCOMPARE(table.value(0, C::LateCancelled).toInt(), 1);
    QCOMPARE(table.value(0, C::StillOpen).toInt(), 1);
    QCOMPARE(table.value(0, C::NoShowRate).toDouble(), 100.0 * 2 / 16);
    QCOMPARE(table.value(0, C::CancellationRate).toDouble(), 15.0);
    QCOMPARE(table.displayText(0, C::NoShowRate), QStringLiteral("12.5%"));
    QCOMPARE(table.displayText(0, C::CancellationRate), QStringLiteral("15.0%"));
    QCOMPARE(*ReportRates::cancellationRate(3, 20), 15.0);
    QVERIFY(!ReportRates::cancellationRate(0, 0).has_value());
    QVERIFY(table.footnote.contains(QStringLiteral("no-shows \u00F7 (completed + no-shows)")));
}

void tst_Reports::shouldListEveryMonthTheRangeTouches_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("months");
    QTest::newRow("one day") << QDate(2026, 11, 25) << QDate(2026, 11, 25)
                             << QStringList{"2026-11"};
    QTest::newRow("parts of two months")
        << QDate(2026, 1, 31) << QDate(2026, 2, 1) << QStringList{"2026-01", "2026-02"};
    QTest::newRow("year end") << QDate(2025, 11, 15) << QDate(2026, 2, 10)
                              << QStringList{"2025-11", "2025-12", "2026-01", "2026-02"};
    QTest::newRow("leap February")
        << QDate(2028, 2, 29) << QDate(2028, 2, 29) << QStringList{"2028-02"};
    QTest::newRow("backwards") << QDate(2026, 3, 1) << QDate(2026, 2, 1) << QStringList{};
}

void tst_Reports::shouldListEveryMonthTheRangeTouches()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, months);
    QStringList keys;
    for (const QDate &month : ReportMonths::between(from, to)) {
        QCOMPARE(month.day(), 1);
        keys << ReportMonths::key(month);
    }
    QCOMPARE(keys, months);
}

void tst_Reports::shouldFillEmptyMonthsWithZerosAcrossTheYearEnd()
{
    // given: counts for November and February only, the range Nov 2025 .. Feb 2026
    const ReportTable table =
        AppointmentStatusReport::build({appointments(QStringLiteral("2025-11"), 10, 8, 1, 1),
                                        appointments(QStringLiteral("2026-02"), 4, 4, 0, 0)},
                                       QDate(2025, 11, 1), QDate(2026, 2, 28));

    // then: four rows in order, December and January with zeros and no rates
    using C = AppointmentStatusReport::Column;
    QCOMPARE(table.rowCount(), 4);
    QCOMPARE(table.columnCount(), int(C::ColumnCount));
    const QStringList labels{"Nov 2025", "Dec 2025", "Jan 2026", "Feb 2026"};
    for (int row = 0; row < 4; ++row)
        QCOMPARE(table.displayText(row, C::Month), labels[row]);
    QCOMPARE(table.value(1, C::Booked).toInt(), 0);
    QCOMPARE(table.value(2, C::Completed).toInt(), 0);
    QVERIFY(table.value(2, C::NoShowRate).isNull());
    QCOMPARE(table.displayText(2, C::NoShowRate), QStringLiteral("\u2013"));
    QCOMPARE(table.csvText(2, C::NoShowRate), QString());
    QCOMPARE(table.value(3, C::NoShowRate).toDouble(), 0.0);
    QCOMPARE(table.csvText(0, C::Month), QStringLiteral("2025-11"));
    QVERIFY2(table.footnote.contains(QStringLiteral("14 booked, no-show rate 7.7%")),
             qPrintable(table.footnote));
}

void tst_Reports::shouldCountWasteOverVialUnitsUsed()
{
    TreatmentMonth jan;
    jan.month = QStringLiteral("2027-01");
    jan.treatments = 3;
    jan.unitsGiven = 465;
    jan.unitsDiscarded = 135;
    jan.vials = 3;
    jan.withoutWaste = 1;
    const ReportTable table = VialUseReport::build({jan}, QDate(2026, 12, 1), QDate(2027, 1, 31));

    using C = VialUseReport::Column;
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(table.value(0, C::Treatments).toInt(), 0);
    QVERIFY(table.value(0, C::Waste).isNull());
    QCOMPARE(table.value(1, C::VialUnits).toInt(), 600);
    QCOMPARE(table.value(1, C::Waste).toDouble(), 22.5);
    QCOMPARE(table.value(1, C::WithoutWaste).toInt(), 1);
    QCOMPARE(table.csvText(1, C::Waste), QStringLiteral("22.5"));
    QCOMPARE(table.numbers(C::UnitsGiven), (QList<double>{0, 465}));
}

void tst_Reports::shouldCountOverdueDueAndSoonPerProvider()
{
    // given: board rows in every state, for two providers and one not recorded
    const QList<BoardRow> board{
        boardRow(QStringLiteral("Vladimir Fiks"), State::Overdue),
        boardRow(QStringLiteral("Vladimir Fiks"), State::Overdue),
        boardRow(QStringLiteral("Vladimir Fiks"), State::DueNow),
        boardRow(QStringLiteral("Vladimir Fiks"), State::Booked),
        boardRow(QStringLiteral("Vladimir Fiks"), State::BookedTooEarly),
        boardRow(QStringLiteral("ana Alvarez"), State::WindowOpensSoon),
        boardRow(QStringLiteral("ana Alvarez"), State::NotDueYet),
        boardRow(QString(), State::Overdue),
    };
    const ReportTable table = OverdueByProviderReport::build(
        board, QDate(2026, 11, 25), 14, QDate(2026, 11, 1), QDate(2026, 11, 30));

    // then: a row per provider, by name, counting only the unbooked states the brief names
    using C = OverdueByProviderReport::Column;
    QCOMPARE(table.rowCount(), 3);
    QCOMPARE(table.value(0, C::Provider).toString(), QStringLiteral("ana Alvarez"));
    QCOMPARE(table.value(0, C::OpensSoon).toInt(), 1);
    QCOMPARE(table.value(0, C::Total).toInt(), 1);
    QCOMPARE(table.value(1, C::Provider).toString(), QStringLiteral("Not recorded"));
    QCOMPARE(table.value(1, C::Overdue).toInt(), 1);
    QCOMPARE(table.value(2, C::Provider).toString(), QStringLiteral("Vladimir Fiks"));
    QCOMPARE(table.value(2, C::Overdue).toInt(), 2);
    QCOMPARE(table.value(2, C::DueNow).toInt(), 1);
    QCOMPARE(table.value(2, C::Total).toInt(), 3);
    QVERIFY2(table.footnote.contains(QStringLiteral("3 overdue, 1 due now, 1 opening soon")),
             qPrintable(table.footnote));
    QVERIFY(table.footnote.contains(QStringLiteral("Nov 25, 2026")));
}

void tst_Reports::shouldListExpiringAuthorizationsWithWhatIsLeft()
{
    ExpiringAuthorization e;
    e.authorization.payer = QStringLiteral("Aetna");
    e.authorization.number = QStringLiteral("=A123");
    e.authorization.validFrom = QDate(2026, 6, 1);
    e.authorization.validTo = QDate(2026, 12, 10);
    e.authorization.approvedVisits = 2;
    e.authorization.visitsUsed = 1;
    e.patientName = QStringLiteral("Lee, Ann");
    e.patientMrn = QStringLiteral("100001");
    e.patientPhone = QStringLiteral("5035550101");
    e.why = QStringLiteral("Expires Dec 10, 2026 · 1 visit left");
    const ReportTable table =
        ExpiringAuthorizationsReport::build({e}, QDate(2026, 11, 25), QDate(2026, 12, 23));

    using C = ExpiringAuthorizationsReport::Column;
    QCOMPARE(table.rowCount(), 1);
    QCOMPARE(table.displayText(0, C::Ends), QStringLiteral("Dec 10, 2026"));
    QCOMPARE(table.csvText(0, C::Ends), QStringLiteral("2026-12-10"));
    QCOMPARE(table.displayText(0, C::Phone), QStringLiteral("(503) 555-0101"));
    QCOMPARE(table.displayText(0, C::VisitsLeft), QStringLiteral("1"));
    QCOMPARE(table.displayText(0, C::UnitsLeft), QStringLiteral("No limit"));
    QVERIFY(reportCsv(table).contains(QStringLiteral(",'=A123,")));
}

void tst_Reports::shouldGiveWholeMonthPresets_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    using P = ReportRange::Preset;
    const QDate today(2026, 11, 25);
    QTest::newRow("this month") << int(P::ThisMonth) << today << QDate(2026, 11, 1)
                                << QDate(2026, 11, 30);
    QTest::newRow("last month") << int(P::LastMonth) << today << QDate(2026, 10, 1)
                                << QDate(2026, 10, 31);
    QTest::newRow("last month in January")
        << int(P::LastMonth) << QDate(2027, 1, 5) << QDate(2026, 12, 1) << QDate(2026, 12, 31);
    QTest::newRow("last 3 months")
        << int(P::Last3Months) << today << QDate(2026, 9, 1) << QDate(2026, 11, 30);
    QTest::newRow("last 3 months in February")
        << int(P::Last3Months) << QDate(2028, 2, 10) << QDate(2027, 12, 1) << QDate(2028, 2, 29);
    QTest::newRow("this year") << int(P::ThisYear) << today << QDate(2026, 1, 1)
                               << QDate(2026, 12, 31);
    QTest::newRow("last 12 months")
        << int(P::Last12Months) << today << QDate(2025, 12, 1) << QDate(2026, 11, 30);
    QTest::newRow("next 4 weeks") << int(P::Next4Weeks) << today << today << QDate(2026, 12, 23);
}

void tst_Reports::shouldGiveWholeMonthPresets()
{
    QFETCH(int, preset);
    QFETCH(QDate, today);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const auto range = ReportRange::preset(ReportRange::Preset(preset), today);
    QCOMPARE(range.first, from);
    QCOMPARE(range.second, to);
    QVERIFY(ReportRange::check(range.first, range.second).ok());
}

void tst_Reports::shouldRefuseABadRange_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("field");
    QTest::newRow("no first day") << QDate() << QDate(2026, 1, 1) << "from";
    QTest::newRow("no last day") << QDate(2026, 1, 1) << QDate() << "to";
    QTest::newRow("backwards") << QDate(2026, 3, 1) << QDate(2026, 2, 28) << "to";
    QTest::newRow("over ten years") << QDate(2016, 1, 1) << QDate(2026, 1, 2) << "to";
}

void tst_Reports::shouldRefuseABadRange()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, field);
    const Status status = ReportRange::check(from, to);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, Error::Kind::Invalid);
    QCOMPARE(status.error().field, field);
    QVERIFY(ReportRange::check(QDate(2016, 1, 1), QDate(2026, 1, 1)).ok());
}

void tst_Reports::shouldReadOnScreenAndInASpreadsheet()
{
    const ReportTable table = AppointmentStatusReport::build(
        {appointments(QStringLiteral("2026-11"), 1234, 1000, 34, 200)}, QDate(2026, 11, 1),
        QDate(2026, 11, 30));
    using C = AppointmentStatusReport::Column;
    QCOMPARE(table.displayText(0, C::Booked), QStringLiteral("1,234"));
    QCOMPARE(table.csvText(0, C::Booked), QStringLiteral("1234"));
    const QStringList lines = reportCsv(table).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QStringLiteral("Month,Booked,Completed,No-shows,Cancelled,Late cancels,"
                                      "Still open,No-show rate,Cancellation rate"));
    QCOMPARE(lines[1], QStringLiteral("2026-11,1234,1000,34,200,0,0,3.3,16.2"));
    const QList<QStringList> text = reportTextRows(table);
    QCOMPARE(text.size(), 2);
    QCOMPARE(text[1][C::Month], QStringLiteral("Nov 2026"));
}

void tst_Reports::shouldNeutraliseFormulasInCsv()
{
    // A provider's name typed as a formula must reach the spreadsheet as text.
    const ReportTable table = OverdueByProviderReport::build(
        {boardRow(QStringLiteral("=HYPERLINK(\"x\")"), State::Overdue),
         boardRow(QStringLiteral("@cmd"), State::DueNow)},
        QDate(2026, 11, 25), 14, QDate(2026, 11, 1), QDate(2026, 11, 30));
    const QString csv = reportCsv(table);
    QVERIFY2(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\",1,0,0,1")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("'@cmd,0,1,0,1")), qPrintable(csv));
}

void tst_Reports::shouldKnowEachReportByItsName()
{
    QCOMPARE(allReports().size(), 4);
    for (ReportKind kind : allReports()) {
        QCOMPARE(reportFromCode(reportCode(kind)), kind);
        QVERIFY(!reportTitle(kind).isEmpty());
    }
    QCOMPARE(reportFromCode(QStringLiteral(" Overdue ")), ReportKind::OverdueByProvider);
    QVERIFY(!reportFromCode(QStringLiteral("payroll")).has_value());
}

QTEST_GUILESS_MAIN(tst_Reports)
#include "tst_reports.moc"
