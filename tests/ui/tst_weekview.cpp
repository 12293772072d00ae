// One provider's (or room's) week: their visits on their days, closed weekend days left out,
// and a block dragged to another day moves the visit there.

#include "appointmenteditor.h"
#include "schedulefixture.h"
#include "weekview.h"

#include <QUndoStack>

using namespace ClinicDesk;

class tst_WeekView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldShowTheProvidersVisitsOnTheirDays();
    void shouldShowSaturdayWhenTheClinicOpens();
    void shouldShowARoomsWeek();
    void shouldMoveAVisitToAnotherDayByDragging();

private:
    std::unique_ptr<Test::ScheduleFixture> m_fixture;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Ui::AppointmentEditor> m_editor;
    std::unique_ptr<Ui::WeekView> m_view;
    Core::Patient m_ann;
    Core::Patient m_bob;
};

void tst_WeekView::init()
{
    m_fixture = std::make_unique<Test::ScheduleFixture>(2, 2);
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->clinic.errorMessage()));
    m_ann = m_fixture->clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    m_bob = m_fixture->clinic.add(QStringLiteral("Bob"), QStringLiteral("Smith"));
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<Ui::AppointmentEditor>(m_fixture->appointments(), m_stack.get());
    m_view = std::make_unique<Ui::WeekView>(m_fixture->services(), m_editor.get());
    m_view->resize(1000, 700);
}

void tst_WeekView::cleanup()
{
    m_view.reset();
    m_editor.reset();
    m_stack.reset();
    m_fixture.reset();
}

void tst_WeekView::shouldShowTheProvidersVisitsOnTheirDays()
{
    const QDate monday(2026, 11, 23);
    const auto mon =
        m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(9, 0), 0, -1, monday);
    const auto wed = m_fixture->book(m_bob, 0, QStringLiteral("Follow-up"), QTime(10, 0), 0, -1,
                                     monday.addDays(2));
    const auto other = m_fixture->book(m_bob, 1, QStringLiteral("Follow-up"), QTime(11, 0), 0, -1,
                                       monday.addDays(1));
    const auto nextWeek = m_fixture->book(m_ann, 0, QStringLiteral("Follow-up"), QTime(9, 0), 0, -1,
                                          monday.addDays(7));
    m_view->setResource(Ui::ColumnsBy::Providers, m_fixture->providers[0].id);
    m_view->setDate(Test::fixedToday());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->scrollToMinute(8 * 60);

    QCOMPARE(m_view->weekStart(), monday);
    QCOMPARE(m_view->columns().size(), 5); // Monday to Friday: closed at weekends
    QCOMPARE(m_view->columns().first().title, QStringLiteral("Mon Nov 23"));
    QVERIFY(m_view->columns()[m_view->columnOf(Test::fixedToday())].isToday);
    QCOMPARE(m_view->entries().size(), 2);
    QCOMPARE(m_view->columnAt(m_view->rectFor(mon.id).center()), m_view->columnOf(monday));
    QCOMPARE(m_view->columnAt(m_view->rectFor(wed.id).center()),
             m_view->columnOf(monday.addDays(2)));
    QCOMPARE(m_view->minuteAt(m_view->rectFor(wed.id).topLeft() + QPoint(2, 1)), 10 * 60);
    QVERIFY(m_view->rectFor(other.id).isEmpty());
    QVERIFY(m_view->rectFor(nextWeek.id).isEmpty());
}

void tst_WeekView::shouldShowSaturdayWhenTheClinicOpens()
{
    auto hours = m_fixture->scheduleSetup().clinicHours().value();
    hours.append({6, 9 * 60, 13 * 60});
    QVERIFY(m_fixture->scheduleSetup().setClinicHours(hours));
    m_view->setDate(Test::fixedToday());
    QCOMPARE(m_view->columns().size(), 6);
    QCOMPARE(m_view->columns().last().date, QDate(2026, 11, 28));
}

void tst_WeekView::shouldShowARoomsWeek()
{
    const auto inRoom = m_fixture->book(m_ann, 1, QStringLiteral("Botox treatment"), QTime(9, 0), 0,
                                        1, QDate(2026, 11, 24));
    const auto elsewhere = m_fixture->book(m_bob, 0, QStringLiteral("Botox treatment"), QTime(9, 0),
                                           0, 0, QDate(2026, 11, 24));
    m_view->setResource(Ui::ColumnsBy::Rooms, m_fixture->rooms[1].id);
    m_view->setDate(Test::fixedToday());
    QCOMPARE(m_view->entries().size(), 1);
    QCOMPARE(m_view->entries().first().appointment.id, inRoom.id);
    QVERIFY(m_view->entry(elsewhere.id) == nullptr);
}

void tst_WeekView::shouldMoveAVisitToAnotherDayByDragging()
{
    const QDate monday(2026, 11, 23);
    const auto mon =
        m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(9, 0), 0, 0, monday);
    m_view->setResource(Ui::ColumnsBy::Providers, m_fixture->providers[0].id);
    m_view->setDate(monday);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->scrollToMinute(8 * 60);
    const QRect block = m_view->rectFor(mon.id);
    const QRect thursday = m_view->slotRect(m_view->columnOf(monday.addDays(3)), 9 * 60, 15);
    const QPoint from = block.center();
    const QPoint to(thursday.center().x(), from.y() + int(30 * m_view->pixelsPerMinute()));
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_view->viewport(), from + QPoint(10, 0));
    QTest::mouseMove(m_view->viewport(), to);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, to);
    const Core::ScheduleEntry moved = m_fixture->stored(mon.id);
    QCOMPARE(moved.slot().date, monday.addDays(3));
    QCOMPARE(moved.slot().startMinute, 9 * 60 + 30);
    QCOMPARE(moved.appointment.providerId, m_fixture->providers[0].id);
    QCOMPARE(moved.appointment.roomId, m_fixture->rooms[0].id);
    QCOMPARE(m_view->columnAt(m_view->rectFor(mon.id).center()),
             m_view->columnOf(monday.addDays(3)));
}

QTEST_MAIN(tst_WeekView)
#include "tst_weekview.moc"
