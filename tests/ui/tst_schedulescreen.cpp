// The schedule screen as a whole, driven by its keys and buttons: today and the days either
// side, booking at the selected time, showing cancelled visits, moving a visit along with the
// details panel's buttons (a cancellation asks why), cut and paste to another day, and undo.

#include "appointmentdetailspanel.h"
#include "bookingdialog.h"
#include "dayview.h"
#include "monthview.h"
#include "patientpicker.h"
#include "reasondialog.h"
#include "schedulefixture.h"
#include "schedulescreen.h"
#include "weekview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QUndoStack>

using namespace ClinicDesk;
using Core::AppointmentStatus;

class tst_ScheduleScreen : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldGoToTodayWithT();
    void shouldStepOverClosedDaysWithNextAndPrevious();
    void shouldShowTheDateInWords();
    void shouldBookAtTheSelectedTimeWithN();
    void shouldOpenBookingOnDoubleClickOnEmptyTime();
    void shouldShowTheBookedVisitAfterSaving();
    void shouldBookForAPatientFromTheirRecord();
    void shouldShowCancelledVisitsWhenTicked();
    void shouldChangeStatusWithTheDetailsButtons();
    void shouldAskForAReasonBeforeCancelling();
    void shouldCutAndPasteAVisitToAnotherDay();
    void shouldShowARefusedMoveInTheBanner();
    void shouldReportTheDaysCountsForTheStatusBar();
    void shouldOpenTheDayClickedInTheMonth();
    void shouldShowAProvidersWeek();

private:
    void clickBlock(qint64 id);
    template<typename T>
    T *child(const char *name)
    {
        T *found = m_screen->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    QAction *action(const char *name) { return child<QAction>(name); }

    std::unique_ptr<Test::ScheduleFixture> m_fixture;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Ui::ScheduleScreen> m_screen;
    Core::Patient m_ann;
    Core::Patient m_bob;
    Core::Appointment m_annVisit;
    Core::Appointment m_bobVisit;
};

void tst_ScheduleScreen::init()
{
    m_fixture = std::make_unique<Test::ScheduleFixture>(2, 2);
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->clinic.errorMessage()));
    m_ann = m_fixture->clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    m_bob = m_fixture->clinic.add(QStringLiteral("Bob"), QStringLiteral("Smith"));
    m_annVisit = m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0), 0, 0);
    m_bobVisit = m_fixture->book(m_bob, 1, QStringLiteral("Follow-up"), QTime(9, 15), 0, 1);
    QVERIFY(m_annVisit.id && m_bobVisit.id);
    m_stack = std::make_unique<QUndoStack>();
    m_screen = std::make_unique<Ui::ScheduleScreen>(m_fixture->services(), m_stack.get());
    m_screen->resize(1366, 768);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    m_screen->dayView()->scrollToMinute(9 * 60);
    m_screen->dayView()->setFocus();
}

void tst_ScheduleScreen::cleanup()
{
    m_screen.reset();
    m_stack.reset();
    m_fixture.reset();
}

void tst_ScheduleScreen::clickBlock(qint64 id)
{
    Ui::TimeGridView *grid = m_screen->viewMode() == Ui::ViewMode::Week
                                 ? static_cast<Ui::TimeGridView *>(m_screen->weekView())
                                 : m_screen->dayView();
    const QRect rect = grid->rectFor(id);
    QVERIFY2(!rect.isEmpty(), "the visit is not on screen");
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, rect.center());
}

void tst_ScheduleScreen::shouldGoToTodayWithT()
{
    m_screen->goToDate(QDate(2026, 12, 10));
    QCOMPARE(m_screen->dayView()->date(), QDate(2026, 12, 10));
    QTest::keyClick(m_screen->dayView(), Qt::Key_T);
    QCOMPARE(m_screen->date(), Test::fixedToday());
    QCOMPARE(m_screen->dayView()->date(), Test::fixedToday());
}

void tst_ScheduleScreen::shouldStepOverClosedDaysWithNextAndPrevious()
{
    auto *next = child<QToolButton>("nextButton");
    auto *previous = child<QToolButton>("previousButton");
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_screen->date(), QDate(2026, 11, 26));
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton); // Friday to Monday: closed at weekends
    QCOMPARE(m_screen->date(), QDate(2026, 11, 30));
    QCOMPARE(m_screen->dayView()->date(), QDate(2026, 11, 30));
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(m_screen->date(), QDate(2026, 11, 27));
    QTest::keyClick(m_screen->dayView(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_screen->date(), QDate(2026, 11, 26));
    // A week at a time in the week view.
    m_screen->setViewMode(Ui::ViewMode::Week);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_screen->weekView()->weekStart(), QDate(2026, 11, 30));
}

void tst_ScheduleScreen::shouldShowTheDateInWords()
{
    auto *date = child<QToolButton>("dateButton");
    QVERIFY2(date->text().startsWith(QStringLiteral("Wednesday, Nov 25, 2026")),
             qPrintable(date->text()));
    m_screen->setViewMode(Ui::ViewMode::Week);
    QVERIFY(date->text().startsWith(QStringLiteral("Nov 23 \u2013 29, 2026")));
    m_screen->setViewMode(Ui::ViewMode::Month);
    QVERIFY(date->text().startsWith(QStringLiteral("November 2026")));
}

void tst_ScheduleScreen::shouldBookAtTheSelectedTimeWithN()
{
    Ui::DayView *day = m_screen->dayView();
    const int column = day->columnOfProvider(m_fixture->providers[1].id);
    QTest::mouseClick(day->viewport(), Qt::LeftButton, {},
                      day->slotRect(column, 14 * 60, 15).topLeft() + QPoint(10, 2));
    QSignalSpy opened(m_screen.get(), &Ui::ScheduleScreen::dialogOpened);
    QTest::keyClick(day, Qt::Key_N);
    QCOMPARE(opened.count(), 1);
    auto *dialog = m_screen->findChild<Ui::BookingDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const Core::Appointment draft = dialog->draft();
    QCOMPARE(draft.providerId, m_fixture->providers[1].id);
    QCOMPARE(draft.slot.date, Test::fixedToday());
    QCOMPARE(draft.slot.startMinute, 14 * 60);
    QCOMPARE(draft.patientId, qint64(0)); // always asked for
    dialog->reject();
}

void tst_ScheduleScreen::shouldOpenBookingOnDoubleClickOnEmptyTime()
{
    Ui::DayView *day = m_screen->dayView();
    const int column = day->columnOfProvider(m_fixture->providers[0].id);
    QTest::mouseDClick(day->viewport(), Qt::LeftButton, {},
                       day->slotRect(column, 11 * 60 + 30, 15).topLeft() + QPoint(10, 2));
    auto *dialog = m_screen->findChild<Ui::BookingDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->draft().providerId, m_fixture->providers[0].id);
    QCOMPARE(dialog->draft().slot.startMinute, 11 * 60 + 30);
    QCOMPARE(dialog->draft().slot.date, Test::fixedToday());
    // The first room free then is filled in (Ann holds Procedure 1 only at 10:00).
    QCOMPARE(dialog->draft().roomId, m_fixture->rooms[0].id);
    dialog->reject();
}

void tst_ScheduleScreen::shouldShowTheBookedVisitAfterSaving()
{
    Ui::DayView *day = m_screen->dayView();
    day->selectSlot(day->columnOfProvider(m_fixture->providers[0].id), 11 * 60);
    m_screen->newAppointment();
    auto *dialog = m_screen->findChild<Ui::BookingDialog *>();
    QVERIFY(dialog);
    dialog->setPatient(m_bob.id);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    const qint64 booked = dialog->bookedAppointment().id;
    QVERIFY(booked != 0);
    QVERIFY(!day->rectFor(booked).isEmpty());
    QCOMPARE(day->selectedAppointmentId(), booked);
    QVERIFY(m_screen->bannerText().startsWith(QStringLiteral("Booked 11:00")));
    QCOMPARE(m_stack->count(), 1);
    action("actionUndo")->trigger();
    QVERIFY(day->rectFor(booked).isEmpty());
}

void tst_ScheduleScreen::shouldBookForAPatientFromTheirRecord()
{
    m_screen->bookForPatient(m_ann.id);
    auto *dialog = m_screen->findChild<Ui::BookingDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->patientPicker()->patientId(), m_ann.id);
    QCOMPARE(dialog->draft().slot.date, Test::fixedToday());
    dialog->reject();
}

void tst_ScheduleScreen::shouldShowCancelledVisitsWhenTicked()
{
    QVERIFY(m_fixture->appointments().cancel(m_bobVisit.id, QStringLiteral("Patient is ill")));
    m_screen->reload();
    Ui::DayView *day = m_screen->dayView();
    QVERIFY(day->rectFor(m_bobVisit.id).isEmpty());
    auto *check = child<QCheckBox>("showCancelledCheck");
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(m_screen->showCancelled());
    QVERIFY(!day->rectFor(m_bobVisit.id).isEmpty());
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(day->rectFor(m_bobVisit.id).isEmpty());
}

void tst_ScheduleScreen::shouldChangeStatusWithTheDetailsButtons()
{
    clickBlock(m_annVisit.id);
    QCOMPARE(m_screen->selectedAppointmentId(), m_annVisit.id);
    auto *patient = child<QLabel>("detail_patient");
    QCOMPARE(patient->text(), QStringLiteral("Lee, Ann"));
    QVERIFY(child<QLabel>("detail_status")->text().endsWith(QStringLiteral("Booked")));
    auto *details = m_screen->detailsPanel();
    QVERIFY(!details->buttonFor(AppointmentStatus::Completed)->isEnabled());

    QTest::mouseClick(details->buttonFor(AppointmentStatus::Confirmed), Qt::LeftButton);
    QCOMPARE(m_fixture->stored(m_annVisit.id).appointment.status, AppointmentStatus::Confirmed);
    QVERIFY(child<QLabel>("detail_status")->text().endsWith(QStringLiteral("Confirmed")));
    QTest::mouseClick(details->buttonFor(AppointmentStatus::Arrived), Qt::LeftButton);
    QTest::mouseClick(details->buttonFor(AppointmentStatus::InRoom), Qt::LeftButton);
    QTest::mouseClick(details->buttonFor(AppointmentStatus::Completed), Qt::LeftButton);
    QCOMPARE(m_fixture->stored(m_annVisit.id).appointment.status, AppointmentStatus::Completed);
    QCOMPARE(m_stack->count(), 4);
    // Ctrl+Z steps back one status at a time.
    QTest::keyClick(m_screen->dayView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_fixture->stored(m_annVisit.id).appointment.status, AppointmentStatus::InRoom);
    QTest::keyClick(m_screen->dayView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_fixture->stored(m_annVisit.id).appointment.status, AppointmentStatus::Completed);
}

void tst_ScheduleScreen::shouldAskForAReasonBeforeCancelling()
{
    clickBlock(m_annVisit.id);
    QTest::mouseClick(m_screen->detailsPanel()->buttonFor(AppointmentStatus::Cancelled),
                      Qt::LeftButton);
    auto *dialog = m_screen->findChild<Ui::ReasonDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("reasonOk"));
    QVERIFY(!ok->isEnabled()); // a reason is required
    QCOMPARE(m_fixture->stored(m_annVisit.id).appointment.status, AppointmentStatus::Booked);
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonEdit"));
    QTest::keyClicks(reason->lineEdit(), QStringLiteral("Flu"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    const Core::ScheduleEntry stored = m_fixture->stored(m_annVisit.id);
    QCOMPARE(stored.appointment.status, AppointmentStatus::Cancelled);
    QCOMPARE(stored.appointment.statusReason, QStringLiteral("Flu"));
    QVERIFY(m_screen->dayView()->rectFor(m_annVisit.id).isEmpty()); // off the book
    // Delete on a selected visit asks the same question.
    clickBlock(m_bobVisit.id);
    QTest::keyClick(m_screen->dayView(), Qt::Key_Delete);
    QTRY_VERIFY(m_screen->findChild<Ui::ReasonDialog *>());
    auto *second = m_screen->findChild<Ui::ReasonDialog *>();
    second->reject();
    QCOMPARE(m_fixture->stored(m_bobVisit.id).appointment.status, AppointmentStatus::Booked);
}

void tst_ScheduleScreen::shouldCutAndPasteAVisitToAnotherDay()
{
    clickBlock(m_annVisit.id);
    QTest::keyClick(m_screen->dayView(), Qt::Key_X, Qt::ControlModifier);
    QVERIFY(m_screen->bannerText().startsWith(QStringLiteral("Cut Lee, Ann")));
    m_screen->next();
    Ui::DayView *day = m_screen->dayView();
    day->selectSlot(day->columnOfProvider(m_fixture->providers[1].id), 15 * 60);
    QTest::keyClick(day, Qt::Key_V, Qt::ControlModifier);
    const Core::ScheduleEntry moved = m_fixture->stored(m_annVisit.id);
    QCOMPARE(moved.slot().date, QDate(2026, 11, 26));
    QCOMPARE(moved.slot().startMinute, 15 * 60);
    QCOMPARE(moved.slot().minutes(), 15);
    QCOMPARE(moved.appointment.providerId, m_fixture->providers[1].id);
    QVERIFY(!day->rectFor(m_annVisit.id).isEmpty());
    action("actionUndo")->trigger();
    QCOMPARE(m_fixture->stored(m_annVisit.id).slot().date, Test::fixedToday());
}

void tst_ScheduleScreen::shouldShowARefusedMoveInTheBanner()
{
    clickBlock(m_annVisit.id);
    QTest::keyClick(m_screen->dayView(), Qt::Key_X, Qt::ControlModifier);
    Ui::DayView *day = m_screen->dayView();
    day->selectSlot(day->columnOfProvider(m_fixture->providers[1].id), 9 * 60 + 15);
    QTest::keyClick(day, Qt::Key_V, Qt::ControlModifier);
    QVERIFY2(m_screen->bannerText().contains(QStringLiteral("Smith, Bob")),
             qPrintable(m_screen->bannerText()));
    QCOMPARE(m_fixture->stored(m_annVisit.id).slot().startMinute, 10 * 60);
}

void tst_ScheduleScreen::shouldReportTheDaysCountsForTheStatusBar()
{
    QCOMPARE(m_screen->statusText(), QStringLiteral("Wed Nov 25: 2 booked, 0 arrived"));
    QSignalSpy changed(m_screen.get(), &Ui::ScheduleScreen::statusTextChanged);
    clickBlock(m_annVisit.id);
    QTest::mouseClick(m_screen->detailsPanel()->buttonFor(AppointmentStatus::Arrived),
                      Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("Wed Nov 25: 2 booked, 1 arrived"));
}

void tst_ScheduleScreen::shouldOpenTheDayClickedInTheMonth()
{
    QTest::mouseClick(child<QToolButton>("monthModeButton"), Qt::LeftButton);
    QCOMPARE(m_screen->viewMode(), Ui::ViewMode::Month);
    Ui::MonthView *month = m_screen->monthView();
    QCOMPARE(month->loadOn(Test::fixedToday()).appointments, 2);
    const QDate day(2026, 11, 19);
    QTest::mouseClick(month, Qt::LeftButton, {}, month->cellRect(day).center());
    QCOMPARE(m_screen->viewMode(), Ui::ViewMode::Day);
    QCOMPARE(m_screen->date(), day);
    QCOMPARE(m_screen->dayView()->date(), day);
}

void tst_ScheduleScreen::shouldShowAProvidersWeek()
{
    QTest::keyClick(m_screen->dayView(), Qt::Key_W);
    QCOMPARE(m_screen->viewMode(), Ui::ViewMode::Week);
    Ui::WeekView *week = m_screen->weekView();
    auto *resource = child<QComboBox>("weekResourceCombo");
    QCOMPARE(resource->count(), 2);
    QCOMPARE(week->resourceId(), m_fixture->providers[0].id);
    QCOMPARE(week->entries().size(), 1);
    resource->setCurrentIndex(1);
    QCOMPARE(week->resourceId(), m_fixture->providers[1].id);
    QCOMPARE(week->entries().size(), 1);
    QCOMPARE(week->entries().first().appointment.id, m_bobVisit.id);
}

QTEST_MAIN(tst_ScheduleScreen)
#include "tst_schedulescreen.moc"
