// The Reports screen as the office manager uses it: pick a report from the list, change the
// dates by preset and by typing, read the table, the chart and the footnote, export CSV; a
// range backwards is refused where it was typed; Ctrl+4 reaches the screen from the main window.
// The clinic has a year of visits and treatments, "today" Wednesday 2026-11-25.

#include "mainwindow.h"
#include "reportsscreen.h"
#include "reporttablemodel.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;
using namespace ClinicDesk::Ui;

namespace {

constexpr int kPatients = 40;

// The object names of the chart's series and bar sets.
QStringList seriesNames(QChart *chart)
{
    QStringList names;
    if (!chart)
        return names;
    for (QAbstractSeries *series : chart->series()) {
        names << series->objectName();
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                names << set->objectName();
    }
    return names;
}

} // namespace

class tst_ReportsScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shouldShowTheLastTwelveMonthsOfAppointments();
    void shouldShowTheReportPickedFromTheList();
    void shouldChangeTheRangeByPresetAndByTyping();
    void shouldRefuseARangeBackwardsWhereItWasTyped();
    void shouldExportTheReportAsCsv();
    void shouldListAuthorizationsWithoutAChart();
    void shouldCountOverdueByProviderInBars();
    void shouldKeepTheModelConsistent();
    void shouldOpenFromTheMainWindowWithCtrl4();

private:
    ReportsScreen *screen() const { return m_screen.get(); }
    QTableView *table() const { return m_screen->findChild<QTableView *>("reportTable"); }
    QString cell(int row, int column) const
    {
        return table()->model()->index(row, column).data().toString();
    }

    std::unique_ptr<Test::TempClinic> m_clinic;
    std::unique_ptr<ReportsScreen> m_screen;
};

void tst_ReportsScreen::initTestCase()
{
    Test::fixEnvironment();
    m_clinic = std::make_unique<Test::TempClinic>();
    QVERIFY2(m_clinic->isValid(), qPrintable(m_clinic->errorMessage()));
    Test::TempClinic &clinic = *m_clinic;
    QList<Provider> providers;
    for (const char *name : {"Vladimir Fiks", "Maria Alvarez", "Priya Natarajan"})
        providers << clinic.setup()
                         .addProvider(
                             {0, QString::fromLatin1(name), QStringLiteral("MD"), {}, true})
                         .value();
    const Room room = clinic.setup().addRoom({0, QStringLiteral("Room 1"), true}).value();
    QList<Patient> drafts;
    for (int i = 0; i < kPatients; ++i)
        drafts << Test::TempClinic::draft(QStringLiteral("Ann"),
                                          QStringLiteral("Report%1").arg(QChar(u'A' + i % 26)),
                                          QDate(1960, 1, 1).addDays(i * 200));
    QVERIFY(clinic.patients().createMany(drafts));
    // Follow-up visits: Botox bookings would take the patients off the board.
    qint64 typeId = 0;
    for (const AppointmentType &type : clinic.setup().appointmentTypes().value())
        if (!type.isBotox && typeId == 0)
            typeId = type.id;
    QVERIFY(typeId > 0);

    // given: Dec 2025 .. Dec 2026, more visits each month; one in twelve missed, one in ten
    // cancelled; from today on, still booked
    const QDate today = Test::fixedToday();
    QList<Appointment> visits;
    for (int month = 0; month < 13; ++month) {
        const QDate first = QDate(2025, 12, 1).addMonths(month);
        const int count = 20 + month * 2;
        for (int i = 0; i < count; ++i) {
            Appointment a;
            a.patientId = 1 + i % kPatients;
            a.providerId = providers[i % providers.size()].id;
            a.roomId = room.id;
            a.typeId = typeId;
            const QDate day = first.addDays(i % 28);
            const int start = 8 * 60 + (i / 28) * 30 + (i % providers.size()) * 60;
            a.slot = {day, start, start + 30};
            a.status = day >= today  ? AppointmentStatus::Booked
                       : i % 12 == 5 ? AppointmentStatus::NoShow
                       : i % 10 == 3 ? AppointmentStatus::Cancelled
                                     : AppointmentStatus::Completed;
            if (!holdsTime(a.status))
                a.statusReason = QStringLiteral("Patient ill");
            a.bookedBy = a.updatedBy = QStringLiteral("test");
            a.bookedAt = a.updatedAt = QDateTime(day.addDays(-20), QTime(9, 0));
            visits << a;
        }
    }
    auto booked = clinic.context().appointments().bookMany(visits);
    QVERIFY2(booked, qPrintable(booked ? QString() : booked.error().message));

    // and: each patient's treatments every 12 weeks, the last ones leaving some overdue, some
    // due now and some with a window opening soon
    QList<Treatment> treatments;
    const Treatment draft = clinic.context().treatments().draftFor(0);
    for (int p = 1; p <= kPatients; ++p) {
        QDate day = today.addDays(-60 - p * 3);
        for (int cycle = 0; cycle < 4; ++cycle) {
            Treatment t = draft;
            t.patientId = p;
            t.providerId = providers[p % providers.size()].id;
            t.date = day;
            t.unitsGiven = p % 3 == 0 ? 195 : 155;
            t.unitsDiscarded = 200 - t.unitsGiven;
            treatments << t;
            day = day.addDays(-84);
        }
    }
    auto recorded = clinic.context().treatments().recordMany(treatments);
    QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().message));

    // and: an authorization ending soon
    Authorization a = clinic.context().authorizations().draftFor(1);
    a.payer = QStringLiteral("Aetna");
    a.number = QStringLiteral("A-1001");
    a.validFrom = QDate(2026, 6, 1);
    a.validTo = QDate(2026, 12, 10);
    a.approvedVisits = 0;
    a.approvedUnits = 0;
    QVERIFY(clinic.context().authorizations().add(a));
}

void tst_ReportsScreen::init()
{
    m_screen = std::make_unique<ReportsScreen>(m_clinic->context().reports());
    m_screen->resize(1200, 760);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
}

void tst_ReportsScreen::cleanup()
{
    m_screen.reset();
}

void tst_ReportsScreen::shouldShowTheLastTwelveMonthsOfAppointments()
{
    // then: the default is the appointments report over the last 12 months, read on showing
    auto *preset = screen()->findChild<QComboBox *>("rangePreset");
    QCOMPARE(preset->currentText(), QStringLiteral("Last 12 months"));
    QCOMPARE(screen()->from(), QDate(2025, 12, 1));
    QCOMPARE(screen()->to(), QDate(2026, 11, 30));
    QCOMPARE(screen()->findChild<QLabel *>("reportTitle")->text(),
             QStringLiteral("Appointments by status"));
    QCOMPARE(table()->model()->rowCount(), 12);
    QCOMPARE(cell(0, AppointmentStatusReport::Month), QStringLiteral("Dec 2025"));
    QCOMPARE(cell(0, AppointmentStatusReport::Booked), QStringLiteral("20"));
    QCOMPARE(cell(11, AppointmentStatusReport::Month), QStringLiteral("Nov 2026"));
    QCOMPARE(cell(11, AppointmentStatusReport::Booked), QStringLiteral("42"));
    // 20 in December: 2 no-shows (i = 5, 17), 2 cancelled (i = 3, 13), 16 completed
    QCOMPARE(cell(0, AppointmentStatusReport::NoShows), QStringLiteral("2"));
    QCOMPARE(cell(0, AppointmentStatusReport::NoShowRate), QStringLiteral("11.1%"));
    QCOMPARE(cell(0, AppointmentStatusReport::CancellationRate), QStringLiteral("10.0%"));
    QVERIFY(screen()
                ->findChild<QLabel *>("reportFootnote")
                ->text()
                .contains(QStringLiteral("No-show rate = no-shows \u00F7 (completed + no-shows)")));

    // and: stacked bars of how visits ended, with the no-show rate as a line
    QChart *chart = screen()->chart();
    QVERIFY(chart);
    const QStringList names = seriesNames(chart);
    for (const char *name :
         {"statusBars", "completed", "noShows", "cancelled", "stillOpen", "noShowRate"})
        QVERIFY2(names.contains(QString::fromLatin1(name)), qPrintable(names.join(u',')));
    auto *bars = chart->findChild<QStackedBarSeries *>();
    if (!bars)
        for (QAbstractSeries *s : chart->series())
            if (auto *stacked = qobject_cast<QStackedBarSeries *>(s))
                bars = stacked;
    QVERIFY(bars);
    QCOMPARE(bars->barSets().constFirst()->count(), 12);
    QVERIFY(screen()->findChild<QWidget *>("reportChartView")->isVisible());
    QVERIFY(Test::saveShot(screen(), QStringLiteral("reports-appointments")));
}

void tst_ReportsScreen::shouldShowTheReportPickedFromTheList()
{
    // when: the user clicks "Treatments and vial use" in the list
    auto *list = screen()->findChild<QListWidget *>("reportList");
    const QList<QListWidgetItem *> found =
        list->findItems(QStringLiteral("Treatments and vial use"), Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(found.first()).center());

    // then
    QCOMPARE(screen()->currentReport(), ReportKind::VialUse);
    QCOMPARE(screen()->findChild<QLabel *>("reportTitle")->text(),
             QStringLiteral("Treatments and vial use"));
    QCOMPARE(table()->model()->headerData(VialUseReport::UnitsDiscarded, Qt::Horizontal).toString(),
             QStringLiteral("Units discarded (JW)"));
    QCOMPARE(table()->model()->rowCount(), 12);
    int treatments = 0;
    for (int row = 0; row < 12; ++row)
        treatments += cell(row, VialUseReport::Treatments).toInt();
    QVERIFY2(treatments > 0 && treatments <= kPatients * 4,
             qPrintable(QString::number(treatments)));
    const QStringList names = seriesNames(screen()->chart());
    QVERIFY2(names.contains(QStringLiteral("unitsGiven")) &&
                 names.contains(QStringLiteral("unitsDiscarded")),
             qPrintable(names.join(u',')));
    QVERIFY(Test::saveShot(screen(), QStringLiteral("reports-treatments")));
}

void tst_ReportsScreen::shouldChangeTheRangeByPresetAndByTyping()
{
    // when: "Last month" is chosen from the presets with the keyboard
    auto *preset = screen()->findChild<QComboBox *>("rangePreset");
    preset->setFocus();
    while (preset->currentText() != QStringLiteral("Last month"))
        QTest::keyClick(preset, Qt::Key_Up);
    QCOMPARE(screen()->from(), QDate(2026, 10, 1));
    QCOMPARE(screen()->to(), QDate(2026, 10, 31));
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(cell(0, AppointmentStatusReport::Month), QStringLiteral("Oct 2026"));

    // when: a first day is typed over the field
    auto *from = screen()->findChild<QDateEdit *>("fromDate");
    from->setFocus();
    from->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClicks(from, QStringLiteral("08/15/2026"));

    // then: Aug .. Oct, the preset says the dates are the user's own
    QCOMPARE(screen()->from(), QDate(2026, 8, 15));
    QCOMPARE(table()->model()->rowCount(), 3);
    QCOMPARE(cell(0, AppointmentStatusReport::Month), QStringLiteral("Aug 2026"));
    QCOMPARE(preset->currentText(), QStringLiteral("Chosen dates"));
    QVERIFY(screen()
                ->findChild<QLabel *>("reportFootnote")
                ->text()
                .contains(QStringLiteral("Aug 15, 2026 to Oct 31, 2026")));
}

void tst_ReportsScreen::shouldRefuseARangeBackwardsWhereItWasTyped()
{
    auto *to = screen()->findChild<QDateEdit *>("toDate");
    to->setFocus();
    to->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClicks(to, QStringLiteral("01/01/2025"));

    QVERIFY2(screen()->message().contains(QStringLiteral("is before the first")),
             qPrintable(screen()->message()));
    QCOMPARE(table()->model()->rowCount(), 0);
    QVERIFY(!screen()->chart());
    QVERIFY(!screen()->findChild<QPushButton *>("exportCsvButton")->isEnabled());
    QVERIFY(Test::saveShot(screen(), QStringLiteral("reports-backwards")));

    // and: a good range brings the report back
    screen()->choosePreset(ReportRange::Preset::ThisMonth);
    QVERIFY(screen()->message().isEmpty());
    QCOMPARE(table()->model()->rowCount(), 1);
    QVERIFY(screen()->findChild<QPushButton *>("exportCsvButton")->isEnabled());
}

void tst_ReportsScreen::shouldExportTheReportAsCsv()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("appointments.csv"));
    QString suggested;
    screen()->setFileChooser([&](QWidget *, const QString &offered) {
        suggested = offered;
        return file;
    });

    QTest::mouseClick(screen()->findChild<QPushButton *>("exportCsvButton"), Qt::LeftButton);

    QVERIFY2(suggested.endsWith(QStringLiteral("appointments-report-2025-12-01-to-2026-11-30.csv")),
             qPrintable(suggested));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 13);
    QVERIFY(lines[0].startsWith(QStringLiteral("Month,Booked,Completed,No-shows")));
    QCOMPARE(lines[1], QStringLiteral("2025-12,20,16,2,2,0,0,11.1,10.0"));
    QVERIFY2(screen()->message().contains(QStringLiteral("Exported 12 rows")),
             qPrintable(screen()->message()));
}

void tst_ReportsScreen::shouldListAuthorizationsWithoutAChart()
{
    screen()->showReport(ReportKind::ExpiringAuthorizations);
    screen()->choosePreset(ReportRange::Preset::Next4Weeks);
    QCOMPARE(screen()->from(), Test::fixedToday());
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(cell(0, ExpiringAuthorizationsReport::Number), QStringLiteral("A-1001"));
    QCOMPARE(cell(0, ExpiringAuthorizationsReport::Ends), QStringLiteral("Dec 10, 2026"));
    QVERIFY(!screen()->chart());
    QVERIFY(!screen()->findChild<QWidget *>("reportChartView")->isVisible());
    QVERIFY(Test::saveShot(screen(), QStringLiteral("reports-authorizations")));

    // and: a range with none says so
    screen()->choosePreset(ReportRange::Preset::LastMonth);
    QCOMPARE(table()->model()->rowCount(), 0);
    QVERIFY2(screen()->message().contains(QStringLiteral("No authorization needs renewing")),
             qPrintable(screen()->message()));
}

void tst_ReportsScreen::shouldCountOverdueByProviderInBars()
{
    screen()->showReport(ReportKind::OverdueByProvider);
    // The board as it stands today: the dates do not apply, so they cannot be changed.
    QVERIFY(!screen()->findChild<QDateEdit *>("fromDate")->isEnabled());
    QVERIFY(!screen()->findChild<QComboBox *>("rangePreset")->isEnabled());
    const int rows = table()->model()->rowCount();
    QVERIFY2(rows >= 2 && rows <= 3, qPrintable(QString::number(rows)));
    int total = 0;
    for (int row = 0; row < rows; ++row)
        total += cell(row, OverdueByProviderReport::Total).toInt();
    int expected = 0;
    using State = RetreatmentStatus::State;
    for (const BoardRow &row : m_clinic->context().retreatment().board({}).value())
        expected += row.status.state == State::Overdue || row.status.state == State::DueNow ||
                    row.status.state == State::WindowOpensSoon;
    QVERIFY(expected > 0);
    QCOMPARE(total, expected);
    const QStringList names = seriesNames(screen()->chart());
    for (const char *name : {"overdue", "dueNow", "opensSoon"})
        QVERIFY2(names.contains(QString::fromLatin1(name)), qPrintable(names.join(u',')));
    QVERIFY(Test::saveShot(screen(), QStringLiteral("reports-overdue")));
}

void tst_ReportsScreen::shouldKeepTheModelConsistent()
{
    ReportTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto built = m_clinic->context().reports().build(ReportKind::AppointmentStatus,
                                                           QDate(2025, 12, 1), QDate(2026, 11, 30));
    QVERIFY(built);
    model.setTable(built.value());
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.columnCount(), int(AppointmentStatusReport::ColumnCount));
    QCOMPARE(model.index(0, AppointmentStatusReport::Booked)
                     .data(Qt::TextAlignmentRole)
                     .value<Qt::Alignment>() &
                 Qt::AlignRight,
             Qt::AlignRight);
    QCOMPARE(model.index(0, AppointmentStatusReport::Month).data(ReportTableModel::SortRole),
             QVariant(QDate(2025, 12, 1)));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void tst_ReportsScreen::shouldOpenFromTheMainWindowWithCtrl4()
{
    m_screen.reset();
    App::AppContext &context = m_clinic->context();
    MainWindow::Services services;
    services.patients = &context.patients();
    services.setup = &context.setup();
    services.clock = &context.clock();
    services.maintenance = &context.database();
    services.reports = &context.reports();
    MainWindow window(services);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);

    auto *reports = qobject_cast<ReportsScreen *>(window.currentScreen());
    QVERIFY(reports);
    QCOMPARE(reports->table().rowCount(), 12);
    QVERIFY(Test::saveShot(&window, QStringLiteral("reports-mainwindow")));
}

QTEST_MAIN(tst_ReportsScreen)
#include "tst_reportsscreen.moc"
