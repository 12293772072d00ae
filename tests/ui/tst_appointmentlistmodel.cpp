// A patient's appointments as their record lists them: the model (checked by
// QAbstractItemModelTester) and the widget that splits upcoming from past.

#include "appointmentlistmodel.h"
#include "patientappointmentswidget.h"
#include "schedulefixture.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace ClinicDesk;
using Core::AppointmentStatus;

class tst_AppointmentListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldShowEachVisitWithItsStatusWord();
    void shouldPassTheModelTesterThroughResets();
    void shouldSplitUpcomingFromPastMostRecentFirst();
    void shouldAskToBookForThePatient();
    void shouldShowAVisitWhenActivated();

private:
    std::unique_ptr<Test::ScheduleFixture> m_fixture;
    Core::Patient m_ann;
    Core::Patient m_bob;
};

void tst_AppointmentListModel::init()
{
    m_fixture = std::make_unique<Test::ScheduleFixture>(2, 2);
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->clinic.errorMessage()));
    m_ann = m_fixture->clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    m_bob = m_fixture->clinic.add(QStringLiteral("Bob"), QStringLiteral("Smith"));
}

void tst_AppointmentListModel::cleanup()
{
    m_fixture.reset();
}

void tst_AppointmentListModel::shouldShowEachVisitWithItsStatusWord()
{
    const auto a = m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0), 0, 0);
    QVERIFY(m_fixture->appointments().cancel(a.id, QStringLiteral("Patient is ill")));
    auto entries = m_fixture->appointments().forPatient(m_ann.id);
    QVERIFY(entries);
    Ui::AppointmentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(entries.value());
    using M = Ui::AppointmentListModel;
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(M::ColumnCount));
    QCOMPARE(model.index(0, M::Date).data().toString(), QStringLiteral("Wed 11/25/26"));
    QCOMPARE(model.index(0, M::Time).data().toString(), QStringLiteral("10:00\u201310:15"));
    QCOMPARE(model.index(0, M::Type).data().toString(), QStringLiteral("Botox treatment"));
    QCOMPARE(model.index(0, M::Provider).data().toString(), m_fixture->providers[0].name);
    QCOMPARE(model.index(0, M::Room).data().toString(), m_fixture->rooms[0].name);
    QCOMPARE(model.index(0, M::Status).data().toString(),
             Core::statusMark(AppointmentStatus::Cancelled) +
                 QStringLiteral(" Cancelled: Patient is ill"));
    QCOMPARE(model.index(0, 0).data(M::AppointmentIdRole).toLongLong(), a.id);
    QCOMPARE(model.index(0, 0).data(M::StatusRole).toInt(), int(AppointmentStatus::Cancelled));
    QCOMPARE(model.index(0, 0).data(M::HoldsTimeRole).toBool(), false);
    QCOMPARE(model.index(0, 0).data(M::DateRole).toDate(), Test::fixedToday());
    QVERIFY(
        model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Lee, Ann")));
    QCOMPARE(model.headerData(M::Status, Qt::Horizontal).toString(), QStringLiteral("Status"));
}

void tst_AppointmentListModel::shouldPassTheModelTesterThroughResets()
{
    Ui::AppointmentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int hour = 9; hour < 12; ++hour)
        m_fixture->book(m_ann, 0, QStringLiteral("Follow-up"), QTime(hour, 0));
    model.setEntries(m_fixture->appointments().forPatient(m_ann.id).value());
    QCOMPARE(model.rowCount(), 3);
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.entryAt(0));
}

void tst_AppointmentListModel::shouldSplitUpcomingFromPastMostRecentFirst()
{
    const QDate today = Test::fixedToday();
    m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(9, 0), 0, -1,
                    today.addDays(-84));
    m_fixture->book(m_ann, 0, QStringLiteral("Follow-up"), QTime(9, 0), 0, -1, today.addDays(-56));
    m_fixture->book(m_ann, 1, QStringLiteral("Botox treatment"), QTime(8, 0)); // today, earlier
    // (a follow-up: two Botox treatments two days apart would break the retreatment rule)
    m_fixture->book(m_ann, 0, QStringLiteral("Follow-up"), QTime(9, 0), 0, -1, today.addDays(2));
    m_fixture->book(m_bob, 0, QStringLiteral("Botox treatment"), QTime(10, 0)); // not hers
    Ui::PatientAppointmentsWidget widget(m_fixture->appointments());
    widget.setPatient(m_ann.id);
    auto *upcoming = widget.upcomingModel();
    auto *past = widget.pastModel();
    QCOMPARE(upcoming->rowCount(), 2);
    QCOMPARE(past->rowCount(), 2);
    QCOMPARE(upcoming->entryAt(0)->slot().date, today);
    QCOMPARE(upcoming->entryAt(1)->slot().date, today.addDays(2));
    QCOMPARE(past->entryAt(0)->slot().date, today.addDays(-56));
    QCOMPARE(past->entryAt(1)->slot().date, today.addDays(-84));
    QCOMPARE(widget.findChild<QLabel *>(QStringLiteral("upcomingTitle"))->text(),
             QStringLiteral("<b>Upcoming</b> (2)"));
    QCOMPARE(widget.findChild<QLabel *>(QStringLiteral("pastTitle"))->text(),
             QStringLiteral("<b>Past</b> (2)"));
}

void tst_AppointmentListModel::shouldAskToBookForThePatient()
{
    Ui::PatientAppointmentsWidget widget(m_fixture->appointments());
    auto *book = widget.findChild<QPushButton *>(QStringLiteral("bookButton"));
    QVERIFY(!book->isEnabled());
    widget.setPatient(m_bob.id);
    QSignalSpy requested(&widget, &Ui::PatientAppointmentsWidget::bookRequested);
    QTest::mouseClick(book, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toLongLong(), m_bob.id);
}

void tst_AppointmentListModel::shouldShowAVisitWhenActivated()
{
    const auto a = m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0));
    Ui::PatientAppointmentsWidget widget(m_fixture->appointments());
    widget.setPatient(m_ann.id);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto *table = widget.findChild<QTableView *>(QStringLiteral("upcomingTable"));
    QSignalSpy activated(&widget, &Ui::PatientAppointmentsWidget::appointmentActivated);
    const QRect cell = table->visualRect(table->model()->index(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), a.id);
}

QTEST_MAIN(tst_AppointmentListModel)
#include "tst_appointmentlistmodel.moc"
