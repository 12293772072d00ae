// The schedule as a receptionist sees it on a 1366x768 screen with five providers and a busy
// day. Checks what can be checked without pixels (every provider gets a readable column, blocks
// never overlap, everything on the day is reachable) and, when CLINICDESK_SHOTS names a folder,
// saves the day, week and month views and the dialogs there as PNGs to be looked at.

#include "bookingdialog.h"
#include "dayview.h"
#include "findslotdialog.h"
#include "monthview.h"
#include "patientpicker.h"
#include "schedulefixture.h"
#include "schedulescreen.h"
#include "theme.h"
#include "weekview.h"

#include <QApplication>
#include <QDir>
#include <QTimeEdit>
#include <QUndoStack>

using namespace ClinicDesk;
using Core::AppointmentStatus;

class tst_ScheduleLook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldGiveEveryProviderAReadableColumn();
    void shouldNeverOverlapVisitsThatHoldTime();
    void shouldShowTheWeekAndTheMonth();
    void shouldShowTheDialogs();

private:
    void seedBusyDay();
    void save(QWidget *widget, const QString &name);

    std::unique_ptr<Test::ScheduleFixture> m_fixture;
    std::unique_ptr<Core::FixedClock> m_clock;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Ui::ScheduleScreen> m_screen;
    QList<Core::Patient> m_patients;
    int m_booked = 0;
};

void tst_ScheduleLook::initTestCase()
{
    m_fixture = std::make_unique<Test::ScheduleFixture>(5, 4);
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->clinic.errorMessage()));
    Ui::Theme::apply(*qApp);
    m_fixture->addLunchBlocks();
    Core::DemoClinic::Options options;
    options.patients = 120;
    options.seed = 7;
    options.today = Test::fixedToday();
    for (const Core::Patient &draft : Core::DemoClinic::patients(options))
        if (auto created = m_fixture->clinic.patients().create(draft))
            m_patients << created.value();
    QVERIFY(m_patients.size() >= 100);
    seedBusyDay();

    // The desk at 9:40 on the fixed day.
    m_clock = std::make_unique<Core::FixedClock>(QDateTime(Test::fixedToday(), QTime(9, 40)));
    Ui::ScheduleServices services = m_fixture->services();
    services.clock = m_clock.get();
    m_stack = std::make_unique<QUndoStack>();
    m_screen = std::make_unique<Ui::ScheduleScreen>(services, m_stack.get());
    m_screen->resize(1366, 768);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    m_screen->setShowCancelled(true);
}

// A busy Wednesday: each provider's day filled from 8:00 with a mix of visits (a gap now and
// then), past ones seen, the current ones arrived or in a room, a few cancelled and rebooked,
// and a lighter rest of the week and month.
void tst_ScheduleLook::seedBusyDay()
{
    const QStringList pattern = {
        QStringLiteral("Botox treatment"), QStringLiteral("Botox treatment"),
        QStringLiteral("Follow-up"),       QStringLiteral("New-patient consult"),
        QStringLiteral("Botox treatment"), QStringLiteral("Cervical injection"),
        QStringLiteral("Phone call"),      QStringLiteral("Nerve block"),
        QStringLiteral("Botox treatment"), QStringLiteral("Follow-up"),
    };
    int patient = 0;
    const auto fillDay = [&](QDate day, int perProvider, bool busy) {
        for (int p = 0; p < m_fixture->providers.size(); ++p) {
            int minute = 8 * 60 + (p % 2) * 15;
            for (int n = 0; n < perProvider && minute < 17 * 60; ++n) {
                const QString type = pattern[(n + p * 3) % pattern.size()];
                const int length = m_fixture->type(type).defaultMinutes;
                if (minute < 13 * 60 && minute + length > 12 * 60)
                    minute = 13 * 60;
                if (minute + length > 17 * 60)
                    break;
                Core::Appointment draft =
                    m_fixture->draft(m_patients[patient++ % m_patients.size()], p, type,
                                     QTime(0, 0), length, -1, day);
                draft.slot = {day, minute, minute + length};
                // A free room, or none for a call.
                if (type != QStringLiteral("Phone call")) {
                    for (const Core::Room &room : m_fixture->rooms) {
                        draft.roomId = room.id;
                        auto conflicts = m_fixture->appointments().conflictsFor(draft);
                        if (conflicts && conflicts->isEmpty())
                            break;
                        draft.roomId = 0;
                    }
                }
                if (n % 4 == 1)
                    draft.notes = QStringLiteral("Prefers the left side; bring MRI report");
                auto booked = m_fixture->appointments().book(draft);
                if (booked) {
                    ++m_booked;
                    const int end = booked->slot.endMinute;
                    const qint64 id = booked->id;
                    if (busy && end <= 9 * 60 + 30)
                        (void)m_fixture->appointments().setStatus(id, AppointmentStatus::Completed);
                    else if (busy && booked->slot.startMinute <= 9 * 60 + 40 && end > 9 * 60 + 30)
                        (void)m_fixture->appointments().setStatus(
                            id, p % 2 ? AppointmentStatus::InRoom : AppointmentStatus::Arrived);
                    else if (n % 3 == 0)
                        (void)m_fixture->appointments().setStatus(id, AppointmentStatus::Confirmed);
                    if (busy && n == 6 && p < 3) {
                        (void)m_fixture->appointments().cancel(
                            id, QStringLiteral("Patient called to cancel"));
                        // The freed time is rebooked at once by someone else.
                        draft.patientId = m_patients[patient++ % m_patients.size()].id;
                        draft.notes.clear();
                        if (m_fixture->appointments().book(draft))
                            ++m_booked;
                    }
                    if (busy && n == 2 && p == 4)
                        (void)m_fixture->appointments().setStatus(
                            id, AppointmentStatus::NoShow,
                            QStringLiteral("Did not arrive, no call"));
                }
                minute += length + ((n % 5 == 4) ? 15 : 0);
            }
        }
    };
    fillDay(Test::fixedToday(), 13, true);
    for (int offset = -2; offset <= 2; ++offset)
        if (offset != 0)
            fillDay(Test::fixedToday().addDays(offset), 6 + 2 * (offset + 2), false);
    for (int offset = 5; offset < 30; offset += 3)
        fillDay(Test::fixedToday().addDays(offset), (offset * 7) % 15, false);
    QVERIFY2(m_booked >= 60, qPrintable(QString::number(m_booked)));
}

void tst_ScheduleLook::save(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CLINICDESK_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
}

void tst_ScheduleLook::shouldGiveEveryProviderAReadableColumn()
{
    Ui::DayView *day = m_screen->dayView();
    QCOMPARE(day->columns().size(), 5);
    for (int column = 0; column < 5; ++column)
        QVERIFY2(day->slotRect(column, 9 * 60, 15).width() >= 120,
                 qPrintable(QString::number(day->slotRect(column, 9 * 60, 15).width())));
    // A 15-minute visit is tall enough for one line of text.
    QVERIFY(day->slotRect(0, 9 * 60, 15).height() >= day->fontMetrics().height() + 4);
    // One visit selected, as the desk usually has: its details on the right.
    for (const Core::ScheduleEntry &e : day->entries())
        if (e.appointment.status == AppointmentStatus::Arrived) {
            QTest::mouseClick(day->viewport(), Qt::LeftButton, {},
                              day->rectFor(e.appointment.id).center());
            break;
        }
    QVERIFY(m_screen->selectedAppointmentId() != 0);
    QTest::qWait(50);
    save(m_screen.get(), QStringLiteral("schedule-day.png"));

    m_screen->resize(1260, 710); // beside the main window's rail, menu and status bar
    QTest::qWait(50);
    save(m_screen.get(), QStringLiteral("schedule-day-narrow.png"));
    m_screen->resize(1366, 768);
    m_screen->setColumnsBy(Ui::ColumnsBy::Rooms);
    QTest::qWait(50);
    save(m_screen.get(), QStringLiteral("schedule-day-rooms.png"));
    m_screen->setColumnsBy(Ui::ColumnsBy::Providers);
}

void tst_ScheduleLook::shouldNeverOverlapVisitsThatHoldTime()
{
    Ui::DayView *day = m_screen->dayView();
    int holding = 0;
    for (const Core::ScheduleEntry &a : day->entries()) {
        if (!Core::holdsTime(a.appointment.status))
            continue;
        ++holding;
        const QRect ra = day->rectFor(a.appointment.id);
        QVERIFY(!ra.isEmpty());
        for (const Core::ScheduleEntry &b : day->entries()) {
            if (b.appointment.id == a.appointment.id || !Core::holdsTime(b.appointment.status))
                continue;
            QVERIFY2(!ra.intersects(day->rectFor(b.appointment.id).adjusted(0, 1, 0, -1)),
                     qPrintable(a.describe() + QStringLiteral(" / ") + b.describe()));
        }
    }
    QVERIFY(holding >= 55);
}

void tst_ScheduleLook::shouldShowTheWeekAndTheMonth()
{
    m_screen->setViewMode(Ui::ViewMode::Week);
    QCOMPARE(m_screen->weekView()->columns().size(), 5); // the clinic is closed at weekends
    // It opens at the working day: now (9:40) is on screen.
    QVERIFY2(m_screen->weekView()->minuteAt(m_screen->weekView()->contentRect().topLeft()) > 8 * 60,
             qPrintable(QString::number(
                 m_screen->weekView()->minuteAt(m_screen->weekView()->contentRect().topLeft()))));
    QTest::qWait(50);
    save(m_screen.get(), QStringLiteral("schedule-week.png"));
    m_screen->setViewMode(Ui::ViewMode::Month);
    QVERIFY(m_screen->monthView()->loadOn(Test::fixedToday()).appointments >= 55);
    QTest::qWait(50);
    save(m_screen.get(), QStringLiteral("schedule-month.png"));
    m_screen->setViewMode(Ui::ViewMode::Day);
}

void tst_ScheduleLook::shouldShowTheDialogs()
{
    Ui::DayView *day = m_screen->dayView();
    const int column = day->columnOfProvider(m_fixture->providers[0].id);
    day->selectSlot(column, 10 * 60 + 30);
    Ui::BookingDialog *booking = nullptr;
    connect(m_screen.get(), &Ui::ScheduleScreen::dialogOpened, this,
            [&](QDialog *d) { booking = qobject_cast<Ui::BookingDialog *>(d); });
    m_screen->newAppointment();
    QVERIFY(booking);
    booking->setPatient(m_patients[3].id);
    QTest::qWait(50);
    save(booking, QStringLiteral("booking-dialog.png"));
    booking->reject();

    Ui::FindSlotDialog *find = nullptr;
    connect(m_screen.get(), &Ui::ScheduleScreen::dialogOpened, this,
            [&](QDialog *d) { find = qobject_cast<Ui::FindSlotDialog *>(d); });
    m_screen->findSlot();
    QVERIFY(find);
    QTest::qWait(50);
    save(find, QStringLiteral("find-slot-dialog.png"));
    find->reject();
}

QTEST_MAIN(tst_ScheduleLook)
#include "tst_schedulelook.moc"
