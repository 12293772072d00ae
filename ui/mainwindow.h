#pragma once

#include "appointmentservice.h"
#include "clinicsetupservice.h"
#include "clock.h"
#include "maintenance.h"
#include "patientservice.h"
#include "authorizationservice.h"
#include "outcomeservice.h"
#include "reportservice.h"
#include "retreatmentservice.h"
#include "schedulesetupservice.h"
#include "treatmentservice.h"
#include "waitlistservice.h"

#include <QKeySequence>
#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;
class QUndoStack;

namespace ClinicDesk::Ui {

class PatientAppointmentsWidget;
class PatientRecordTabs;
class RetreatmentBoardScreen;
class PatientsScreen;
class ScheduleScreen;
class ScreenRail;

// The shell: menus, the rail of screens and the status bar. The work itself happens in the
// screens (Schedule, Patients; later the Retreatment board and Reports), each one key away.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Services {
        Core::PatientService *patients = nullptr;
        Core::ClinicSetupService *setup = nullptr;
        const Core::Clock *clock = nullptr;
        Core::Maintenance *maintenance = nullptr;
        Core::AppointmentService *appointments = nullptr; // no Schedule screen without it
        Core::ScheduleSetupService *scheduleSetup = nullptr;
        // Issue 4: treatment records, the retreatment board (no board without them).
        Core::TreatmentService *treatments = nullptr;
        Core::RetreatmentService *retreatment = nullptr;
        Core::AuthorizationService *authorizations = nullptr;
        Core::OutcomeService *outcomes = nullptr;
        Core::WaitlistService *waitlist = nullptr;
        Core::ReportService *reports = nullptr; // no Reports screen without it
        QString databasePath;
        QString user;
    };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);

    // Adds a screen to the rail, reached by the shortcut; returns its index. Screens appear in
    // the rail in the order they are added.
    int addScreen(QWidget *screen, const QString &title, const QKeySequence &shortcut);
    void showScreen(int index);
    QWidget *currentScreen() const;

    // Shows the Patients screen with the text in its search box (the --search option).
    void searchPatients(const QString &text);
    PatientsScreen *patientsScreen() const { return m_patientsScreen; }
    ScheduleScreen *scheduleScreen() const { return m_scheduleScreen; }
    RetreatmentBoardScreen *boardScreen() const { return m_boardScreen; }
    PatientRecordTabs *patientRecord() const { return m_patientRecord; }
    QUndoStack *undoStack() const { return m_undoStack; }
    void showSchedule();
    void showPatients();
    void showBoard();
    void showReports();
    // Shows the patient in the Patients screen (found by record number).
    void openPatient(qint64 patientId);

    // The name File ▸ Back up database… offers: clinicdesk-backup-YYYYMMDD-HHMM.sqlite.
    QString suggestedBackupName() const;
    // Writes a backup to the file and tells the user how it went; true when it was written.
    bool backUpTo(const QString &file);

public slots:
    void backUpDatabase();
    void checkDatabase();
    void findPatient();
    void newPatient();
    void refreshStatus();
    void openSettings();
    void openWaitlist();
    void openExpiringAuthorizations();

private:
    void createMenus();
    void createStatusBar();
    void createScheduleScreen();
    void createBoardScreen();
    void createPatientRecord();
    // Runs maintenance work on a worker thread (it opens its own connection) while the window
    // keeps answering, with a busy indicator; returns when the work is done.
    template<typename Work>
    auto runInBackground(const QString &label, Work work) -> decltype(work());

    Services m_services;
    ScreenRail *m_rail = nullptr;
    QStackedWidget *m_stack = nullptr;
    PatientsScreen *m_patientsScreen = nullptr;
    int m_patientsIndex = -1;
    ScheduleScreen *m_scheduleScreen = nullptr;
    int m_scheduleIndex = -1;
    QUndoStack *m_undoStack = nullptr;
    PatientAppointmentsWidget *m_patientVisits = nullptr;
    PatientRecordTabs *m_patientRecord = nullptr;
    RetreatmentBoardScreen *m_boardScreen = nullptr;
    int m_boardIndex = -1;
    int m_reportsIndex = -1;
    QLabel *m_scheduleLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_patientCountLabel = nullptr;
};

} // namespace ClinicDesk::Ui
