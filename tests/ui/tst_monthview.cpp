// The month at a glance: visits per day and how full each day is, in numbers and words.

#include "monthview.h"
#include "schedulefixture.h"

#include <QSignalSpy>

using namespace ClinicDesk;

class tst_MonthView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldCountTheVisitsOfEachDay();
    void shouldSayHowFullEachDayIs();
    void shouldCountOnlyTheProvidersShown();
    void shouldOpenTheDayClicked();
    void shouldMoveTheCurrentDayWithArrows();

private:
    std::unique_ptr<Test::ScheduleFixture> m_fixture;
    std::unique_ptr<Ui::MonthView> m_view;
    Core::Patient m_ann;
    Core::Patient m_bob;
};

void tst_MonthView::init()
{
    m_fixture = std::make_unique<Test::ScheduleFixture>(2, 2);
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->clinic.errorMessage()));
    m_ann = m_fixture->clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    m_bob = m_fixture->clinic.add(QStringLiteral("Bob"), QStringLiteral("Smith"));
    m_view = std::make_unique<Ui::MonthView>(m_fixture->services());
    m_view->resize(800, 600);
}

void tst_MonthView::cleanup()
{
    m_view.reset();
    m_fixture.reset();
}

void tst_MonthView::shouldCountTheVisitsOfEachDay()
{
    const QDate today = Test::fixedToday();
    m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(9, 0));
    m_fixture->book(m_bob, 0, QStringLiteral("Botox treatment"), QTime(10, 0));
    m_fixture->book(m_ann, 1, QStringLiteral("New-patient consult"), QTime(11, 0));
    m_fixture->book(m_ann, 1, QStringLiteral("Follow-up"), QTime(9, 0), 0, -1, today.addDays(1));
    const auto lost = m_fixture->book(m_bob, 0, QStringLiteral("Follow-up"), QTime(9, 0), 0, -1,
                                      today.addDays(2));
    QVERIFY(m_fixture->appointments().cancel(lost.id, QStringLiteral("Rescheduled")));
    m_view->setDate(today);
    QCOMPARE(m_view->firstShown(), QDate(2026, 10, 26)); // the Monday before November 1
    QCOMPARE(m_view->lastShown(), QDate(2026, 12, 6));
    QCOMPARE(m_view->loadOn(today).appointments, 3);
    QCOMPARE(m_view->loadOn(today).bookedMinutes, 15 + 15 + 45);
    QCOMPARE(m_view->loadOn(today.addDays(1)).appointments, 1);
    QCOMPARE(m_view->loadOn(today.addDays(2)).appointments, 0); // cancelled holds no time
    QVERIFY(m_view->describe(today).startsWith(QStringLiteral("3 visits")));
    QVERIFY(m_view->describe(today.addDays(1)).startsWith(QStringLiteral("1 visit,")));
    QVERIFY(m_view->describe(today.addDays(2)).startsWith(QStringLiteral("No visits")));
}

void tst_MonthView::shouldSayHowFullEachDayIs()
{
    const QDate today = Test::fixedToday();
    // 9 opening hours x 2 providers = 1080 minutes; 270 booked is 25%.
    m_fixture->book(m_ann, 0, QStringLiteral("New-patient consult"), QTime(9, 0), 135);
    m_fixture->book(m_bob, 1, QStringLiteral("New-patient consult"), QTime(9, 0), 135);
    m_view->setDate(today);
    QCOMPARE(m_view->availableMinutes(today), 1080);
    QCOMPARE(m_view->percentFull(today), 25);
    QCOMPARE(m_view->describe(today), QStringLiteral("2 visits, 25% full"));
    QCOMPARE(m_view->percentFull(QDate(2026, 11, 28)), -1);
    QCOMPARE(m_view->describe(QDate(2026, 11, 28)), QStringLiteral("Closed"));
}

void tst_MonthView::shouldCountOnlyTheProvidersShown()
{
    const QDate today = Test::fixedToday();
    m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(9, 0));
    m_fixture->book(m_bob, 1, QStringLiteral("Botox treatment"), QTime(9, 0));
    m_view->setDate(today);
    m_view->setVisibleProviders(QList<qint64>{m_fixture->providers[1].id});
    QCOMPARE(m_view->loadOn(today).appointments, 1);
    QCOMPARE(m_view->availableMinutes(today), 540);
}

void tst_MonthView::shouldOpenTheDayClicked()
{
    m_view->setDate(Test::fixedToday());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QSignalSpy activated(m_view.get(), &Ui::MonthView::dayActivated);
    const QDate day(2026, 11, 10);
    QCOMPARE(m_view->dateAt(m_view->cellRect(day).center()), day);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, m_view->cellRect(day).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toDate(), day);
}

void tst_MonthView::shouldMoveTheCurrentDayWithArrows()
{
    m_view->setDate(QDate(2026, 11, 30));
    QSignalSpy moved(m_view.get(), &Ui::MonthView::currentDateChanged);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->date(), QDate(2026, 12, 1));
    QCOMPARE(m_view->firstShown(), QDate(2026, 11, 30)); // December's grid
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QCOMPARE(m_view->date(), QDate(2026, 11, 24));
    QCOMPARE(moved.count(), 2);
    QSignalSpy activated(m_view.get(), &Ui::MonthView::dayActivated);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(activated.first().first().toDate(), QDate(2026, 11, 24));
}

QTEST_MAIN(tst_MonthView)
#include "tst_monthview.moc"
