// The whole desk in one window: the Schedule and Patients screens wired together, the Edit,
// Schedule and Clinic menus, and the status bar, over a real clinic database.
#include "appointmenteditor.h"
#include "appointmentlistmodel.h"
#include "mainwindow.h"
#include "patientappointmentswidget.h"
#include "patientsscreen.h"
#include "patienttablemodel.h"
#include "schedulescreen.h"
#include "settingsdialog.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;
using Ui::MainWindow;

class tst_ClinicWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempClinic> m_clinic;
    std::unique_ptr<MainWindow> m_window;
    Patient m_ann;
    Provider m_fiks;
    Room m_room;
    AppointmentType m_botox;

    Appointment annAt(QDate day, int hour)
    {
        Appointment a;
        a.patientId = m_ann.id;
        a.providerId = m_fiks.id;
        a.roomId = m_room.id;
        a.typeId = m_botox.id;
        a.slot = {day, hour * 60, hour * 60 + 15};
        return a;
    }

private slots:
    void initTestCase() { Test::fixEnvironment(); }

    void init()
    {
        m_clinic = std::make_unique<Test::TempClinic>();
        QVERIFY2(m_clinic->isValid(), qPrintable(m_clinic->errorMessage()));
        m_ann = m_clinic->add(QStringLiteral("Ann"), QStringLiteral("Lee"));
        m_fiks = m_clinic->setup().addProvider({0, QStringLiteral("Vladimir Fiks"),
                                                QStringLiteral("MD"), {}, true}).value();
        m_room = m_clinic->setup().addRoom({0, QStringLiteral("Procedure 1"), true}).value();
        for (const AppointmentType &t : m_clinic->setup().appointmentTypes().value())
            if (t.isBotox)
                m_botox = t;

        MainWindow::Services s;
        s.patients = &m_clinic->patients();
        s.setup = &m_clinic->setup();
        s.clock = &m_clinic->context().clock();
        s.maintenance = &m_clinic->database();
        s.appointments = &m_clinic->context().appointments();
        s.scheduleSetup = &m_clinic->context().scheduleSetup();
        s.treatments = &m_clinic->context().treatments();
        s.retreatment = &m_clinic->context().retreatment();
        s.authorizations = &m_clinic->context().authorizations();
        s.outcomes = &m_clinic->context().outcomes();
        s.waitlist = &m_clinic->context().waitlist();
        s.databasePath = m_clinic->path();
        s.user = QStringLiteral("frontdesk");
        m_window = std::make_unique<MainWindow>(s);
        m_window->resize(1366, 768);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_clinic.reset();
    }

    void shouldOpenOnTheScheduleWithPatientsOneKeyAway()
    {
        QCOMPARE(m_window->currentScreen(), m_window->scheduleScreen());
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->currentScreen(), m_window->patientsScreen());
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->currentScreen(), m_window->scheduleScreen());
    }

    void shouldShowTheSelectedPatientsVisitsAndBookFromThem()
    {
        // given a Botox visit for Ann next week and her previous one a full cycle before it
        auto &book = m_clinic->context().appointments();
        QVERIFY(book.book(annAt(Test::fixedToday().addDays(7), 10)));
        QVERIFY(book.book(annAt(Test::fixedToday().addDays(7 - 84), 10)));

        // when the desk finds Ann on the Patients screen
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("lee"));
        auto *visits = m_window->findChild<Ui::PatientAppointmentsWidget *>();
        QVERIFY(visits);
        QTRY_COMPARE(visits->patientId(), m_ann.id);

        // then her past and future visits are listed under her details
        QCOMPARE(visits->upcomingModel()->rowCount(), 1);
        QCOMPARE(visits->pastModel()->rowCount(), 1);

        // and Book… takes the desk to the schedule with a booking for her
        QDialog *opened = nullptr;
        connect(m_window->scheduleScreen(), &Ui::ScheduleScreen::dialogOpened, this,
                [&opened](QDialog *dialog) { opened = dialog; });
        auto *bookButton = visits->findChild<QPushButton *>(QStringLiteral("bookButton"));
        QVERIFY(bookButton);
        QTest::mouseClick(bookButton, Qt::LeftButton);
        QCOMPARE(m_window->currentScreen(), m_window->scheduleScreen());
        QTRY_VERIFY(opened);
        QVERIFY(opened->isVisible());
        opened->reject();
    }

    void shouldShowEachPatientsBotoxWindowWhereTheDeskFindsThem()
    {
        // given Ann treated 70 days ago (her payer allows the next after 84)
        Treatment t = m_clinic->context().treatments().draftFor(m_ann.id);
        t.providerId = m_fiks.id;
        t.date = Test::fixedToday().addDays(-70);
        auto recorded = m_clinic->context().treatments().record(t);
        QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().message));

        // when the desk finds her
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("lee"));

        // then the search results and her details both say when her window opens
        Ui::PatientsScreen *patients = m_window->patientsScreen();
        auto *table = patients->findChild<QTableView *>();
        QVERIFY(table);
        QVERIFY(!table->isColumnHidden(Ui::PatientTableModel::Retreatment));
        const auto cell = [patients] {
            return patients->model()
                ->index(0, Ui::PatientTableModel::Retreatment)
                .data()
                .toString();
        };
        QTRY_VERIFY2(cell().contains(QStringLiteral("opens in 14 days")), qPrintable(cell()));
        auto *badge = patients->findChild<QLabel *>(QStringLiteral("detail_retreatment"));
        QVERIFY(badge);
        QTRY_VERIFY(badge->isVisible());
        QVERIFY2(badge->text().contains(QStringLiteral("14 days")), qPrintable(badge->text()));
    }

    void shouldGiveTheScheduleEveryBotoxService()
    {
        // The schedule offers a cancelled Botox visit to the waitlist, checks authorizations
        // and the retreatment window when booking, and records treatments at check-out.
        const Ui::ScheduleServices &given = m_window->scheduleScreen()->services();
        QCOMPARE(given.treatments, &m_clinic->context().treatments());
        QCOMPARE(given.retreatment, &m_clinic->context().retreatment());
        QCOMPARE(given.authorizations, &m_clinic->context().authorizations());
        QCOMPARE(given.waitlist, &m_clinic->context().waitlist());
    }

    void shouldUndoABookingFromTheEditMenu()
    {
        Ui::ScheduleScreen *schedule = m_window->scheduleScreen();
        auto booked = schedule->editor()->book(annAt(Test::fixedToday(), 11));
        QVERIFY2(booked, qPrintable(booked ? QString() : booked.error().message));
        QCOMPARE(m_clinic->context().appointments().forPatient(m_ann.id)->size(), 1);

        QAction *undo = schedule->undoAction();
        QVERIFY(undo->isEnabled());
        const auto menus = m_window->menuBar()->actions();
        const bool inEditMenu = std::any_of(menus.cbegin(), menus.cend(), [undo](QAction *m) {
            return m->menu() && m->menu()->actions().contains(undo);
        });
        QVERIFY2(inEditMenu, "Undo is in a menu");
        undo->trigger();

        QCOMPARE(m_clinic->context().appointments().forPatient(m_ann.id)->size(), 0);
        QVERIFY(schedule->redoAction()->isEnabled());
    }

    void shouldShowTodaysCountInTheStatusBar()
    {
        QVERIFY(m_clinic->context().appointments().book(annAt(Test::fixedToday(), 11)));
        m_window->scheduleScreen()->reload();
        auto *label = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("scheduleStatus"));
        QVERIFY(label);
        QTRY_VERIFY2(label->text().contains(QStringLiteral("1 booked")), qPrintable(label->text()));
    }

    void shouldOpenSettingsFromTheClinicMenuAndApplyWhatIsSaved()
    {
        auto *settings = m_window->findChild<QAction *>(QStringLiteral("settingsAction"));
        QVERIFY(settings);
        bool seen = false;
        QTimer::singleShot(0, this, [&seen] {
            auto *dialog = qobject_cast<Ui::SettingsDialog *>(QApplication::activeModalWidget());
            seen = dialog != nullptr;
            if (dialog)
                dialog->reject();
        });
        settings->trigger();
        QVERIFY(seen);
    }
};

QTEST_MAIN(tst_ClinicWindow)
#include "tst_clinicwindow.moc"
