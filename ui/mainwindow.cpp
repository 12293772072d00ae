#include "mainwindow.h"

#include "calendarexportdialog.h"
#include "expiringauthorizationsdialog.h"
#include "patientappointmentswidget.h"
#include "patientimportdialog.h"
#include "patientrecordtabs.h"
#include "reportsscreen.h"
#include "retreatmentboardscreen.h"
#include "waitlistdialog.h"
#include "patientsscreen.h"
#include "schedulescreen.h"
#include "screenrail.h"
#include "settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QUndoStack>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

namespace ClinicDesk::Ui {

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString clinic = services.setup ? services.setup->clinicName() : QString();
    setWindowTitle(clinic.isEmpty() ? tr("ClinicDesk") : tr("ClinicDesk — %1").arg(clinic));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_rail = new ScreenRail(central);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("screens"));
    layout->addWidget(m_rail);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_rail, &ScreenRail::entryChosen, this, &MainWindow::showScreen);

    // Each screen is one addScreen() call (Schedule Ctrl+1, Patients Ctrl+2, Retreatment
    // board Ctrl+3, Reports Ctrl+4).
    m_undoStack = new QUndoStack(this);
    if (services.appointments)
        createScheduleScreen();
    m_patientsScreen = new PatientsScreen(*services.patients, m_stack);
    m_patientsScreen->setClinicSetupService(services.setup);
    m_patientsScreen->setRetreatmentService(services.retreatment);
    m_patientsIndex = addScreen(m_patientsScreen, tr("Patients"), QKeySequence(tr("Ctrl+2")));
    connect(m_patientsScreen, &PatientsScreen::patientsChanged, this, &MainWindow::refreshStatus);
    createPatientRecord();
    if (m_services.retreatment && m_services.setup)
        createBoardScreen();
    if (m_services.reports)
        m_reportsIndex = addScreen(new ReportsScreen(*m_services.reports, m_stack),
                                   tr("Reports"), QKeySequence(tr("Ctrl+4")));

    createMenus();
    createStatusBar();
    refreshStatus();
    // The desk lives in the appointment book; without one, in the patient list.
    showScreen(m_scheduleScreen ? m_scheduleIndex : m_patientsIndex);
}

void MainWindow::createScheduleScreen()
{
    ScheduleServices schedule;
    schedule.appointments = m_services.appointments;
    schedule.scheduleSetup = m_services.scheduleSetup;
    schedule.setup = m_services.setup;
    schedule.patients = m_services.patients;
    schedule.clock = m_services.clock;
    schedule.treatments = m_services.treatments;
    schedule.retreatment = m_services.retreatment;
    schedule.authorizations = m_services.authorizations;
    schedule.waitlist = m_services.waitlist;
    m_scheduleScreen = new ScheduleScreen(schedule, m_undoStack, m_stack);
    m_scheduleIndex = addScreen(m_scheduleScreen, tr("Schedule"), QKeySequence(tr("Ctrl+1")));
    connect(m_scheduleScreen, &ScheduleScreen::openPatientRequested, this,
            &MainWindow::openPatient);
    connect(m_scheduleScreen, &ScheduleScreen::appointmentsChanged, this,
            &MainWindow::refreshStatus);
}

void MainWindow::createPatientRecord()
{
    PatientRecordTabs::Services record;
    record.appointments = m_services.appointments;
    record.treatments = m_services.treatments;
    record.retreatment = m_services.retreatment;
    record.setup = m_services.setup;
    record.authorizations = m_services.authorizations;
    record.outcomes = m_services.outcomes;
    record.patients = m_services.patients;
    m_patientRecord = new PatientRecordTabs(record);
    if (m_patientRecord->count() == 0) {
        delete m_patientRecord;
        m_patientRecord = nullptr;
        return;
    }
    m_patientsScreen->addSidePanel(m_patientRecord);
    connect(m_patientsScreen, &PatientsScreen::selectedPatientChanged, m_patientRecord,
            &PatientRecordTabs::setPatient);
    m_patientVisits = m_patientRecord->visits();
    if (m_scheduleScreen && m_patientVisits) {
        connect(m_patientVisits, &PatientAppointmentsWidget::bookRequested, this,
                [this](qint64 patientId) {
                    showSchedule();
                    m_scheduleScreen->bookForPatient(patientId);
                });
        connect(m_patientVisits, &PatientAppointmentsWidget::appointmentActivated, this,
                [this](qint64 appointmentId) {
                    showSchedule();
                    m_scheduleScreen->showAppointment(appointmentId);
                });
        connect(m_scheduleScreen, &ScheduleScreen::appointmentsChanged, m_patientRecord,
                &PatientRecordTabs::refresh);
    }
}

void MainWindow::createBoardScreen()
{
    m_boardScreen = new RetreatmentBoardScreen(*m_services.retreatment, *m_services.setup, m_stack);
    m_boardIndex =
        addScreen(m_boardScreen, tr("Botox due"), QKeySequence(tr("Ctrl+3")));
    connect(m_boardScreen, &RetreatmentBoardScreen::openPatientRequested, this,
            &MainWindow::openPatient);
    if (m_scheduleScreen) {
        connect(m_boardScreen, &RetreatmentBoardScreen::bookSlotRequested, this,
                [this](qint64 patientId, qint64 typeId, const Core::SlotOffer &offer) {
                    showSchedule();
                    m_scheduleScreen->bookSlot(patientId, typeId, offer);
                });
        connect(m_scheduleScreen, &ScheduleScreen::appointmentsChanged, m_boardScreen,
                &RetreatmentBoardScreen::refresh);
    }
    if (m_patientRecord)
        connect(m_patientRecord, &PatientRecordTabs::recordChanged, m_boardScreen,
                &RetreatmentBoardScreen::refresh);
}

void MainWindow::showBoard()
{
    if (m_boardIndex >= 0)
        showScreen(m_boardIndex);
}

void MainWindow::showReports()
{
    if (m_reportsIndex >= 0)
        showScreen(m_reportsIndex);
}

void MainWindow::openPatient(qint64 patientId)
{
    auto patient = m_services.patients->byId(patientId);
    if (!patient)
        return;
    showPatients();
    m_patientsScreen->setSearchText(patient->mrn);
}

void MainWindow::openWaitlist()
{
    if (!m_services.waitlist)
        return;
    WaitlistDialog dialog(*m_services.waitlist, *m_services.patients, *m_services.setup, this);
    dialog.exec();
}

void MainWindow::openExpiringAuthorizations()
{
    if (!m_services.authorizations)
        return;
    ExpiringAuthorizationsDialog dialog(*m_services.authorizations, this);
    connect(&dialog, &ExpiringAuthorizationsDialog::patientChosen, this, [this, &dialog](qint64 id) {
        dialog.accept();
        openPatient(id);
    });
    dialog.exec();
}

void MainWindow::showSchedule()
{
    showScreen(m_scheduleIndex);
}

void MainWindow::showPatients()
{
    showScreen(m_patientsIndex);
}

int MainWindow::addScreen(QWidget *screen, const QString &title, const QKeySequence &shortcut)
{
    const int index = m_stack->addWidget(screen);
    m_rail->addEntry(title, shortcut);
    auto *go = new QAction(title, this);
    go->setObjectName(QStringLiteral("go_") + title.toLower().remove(u' '));
    go->setShortcut(shortcut);
    go->setShortcutContext(Qt::WindowShortcut);
    connect(go, &QAction::triggered, this, [this, index] { showScreen(index); });
    addAction(go); // reachable by its key without a menu entry
    return index;
}

void MainWindow::showScreen(int index)
{
    if (index < 0 || index >= m_stack->count())
        return;
    m_stack->setCurrentIndex(index);
    m_rail->setCurrent(index);
    if (index == m_patientsIndex)
        m_patientsScreen->focusSearch();
}

QWidget *MainWindow::currentScreen() const
{
    return m_stack->currentWidget();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *backup = file->addAction(tr("&Back up database…"), this, &MainWindow::backUpDatabase);
    backup->setObjectName(QStringLiteral("backupAction"));
    QAction *check = file->addAction(tr("&Check database…"), this, &MainWindow::checkDatabase);
    check->setObjectName(QStringLiteral("checkAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);

    if (m_scheduleScreen) {
        // The screen's own actions (with their keys) go into the menus as they are: new
        // actions with the same keys would make both ambiguous.
        QMenu *edit = menuBar()->addMenu(tr("&Edit"));
        edit->addAction(m_scheduleScreen->undoAction());
        edit->addAction(m_scheduleScreen->redoAction());
        QMenu *schedule = menuBar()->addMenu(tr("&Schedule"));
        QAction *go = schedule->addAction(tr("Show the &schedule"), this, &MainWindow::showSchedule);
        go->setShortcut(QKeySequence(tr("Ctrl+1")));
        go->setShortcutContext(Qt::WidgetShortcut); // the rail's Ctrl+1 answers the key
        schedule->addSeparator();
        schedule->addActions(m_scheduleScreen->scheduleActions());
        schedule->addSeparator();
        QAction *exportCalendar = schedule->addAction(tr("E&xport calendar\u2026"), this, [this] {
            CalendarExportDialog dialog(*m_services.appointments, *m_services.setup, this);
            dialog.exec();
        });
        exportCalendar->setObjectName(QStringLiteral("exportCalendarAction"));
    }

    QMenu *patients = menuBar()->addMenu(tr("&Patients"));
    QAction *add = patients->addAction(tr("&New patient…"), this, &MainWindow::newPatient);
    add->setObjectName(QStringLiteral("newPatientAction"));
    add->setShortcut(QKeySequence::New);
    QAction *find = patients->addAction(tr("&Find patient"), this, &MainWindow::findPatient);
    find->setObjectName(QStringLiteral("findPatientAction"));
    find->setShortcut(QKeySequence::Find);
    QAction *importPatients = patients->addAction(tr("&Import patients\u2026"), this, [this] {
        PatientImportDialog dialog(*m_services.patients, this);
        connect(&dialog, &PatientImportDialog::patientsImported, this, &MainWindow::refreshStatus);
        dialog.exec();
    });
    importPatients->setObjectName(QStringLiteral("importPatientsAction"));
    if (m_boardScreen) {
        patients->addSeparator();
        QAction *board = patients->addAction(tr("&Retreatment board"), this, &MainWindow::showBoard);
        board->setObjectName(QStringLiteral("boardAction"));
        board->setShortcut(QKeySequence(tr("Ctrl+3")));
        board->setShortcutContext(Qt::WidgetShortcut); // the rail's Ctrl+3 answers the key
    }
    if (m_services.waitlist) {
        QAction *waitlist = patients->addAction(tr("&Waitlist…"), this, &MainWindow::openWaitlist);
        waitlist->setObjectName(QStringLiteral("waitlistAction"));
    }
    if (m_services.authorizations) {
        QAction *expiring = patients->addAction(tr("Authorizations &expiring…"), this,
                                                &MainWindow::openExpiringAuthorizations);
        expiring->setObjectName(QStringLiteral("expiringAuthorizationsAction"));
    }

    if (m_services.scheduleSetup) {
        QMenu *clinic = menuBar()->addMenu(tr("&Clinic"));
        QAction *settings = clinic->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
        settings->setObjectName(QStringLiteral("settingsAction"));
        settings->setShortcut(QKeySequence::Preferences);
        settings->setMenuRole(QAction::PreferencesRole);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About ClinicDesk"), this, [this] {
        QMessageBox::about(
            this, tr("About ClinicDesk"),
            tr("<h3>ClinicDesk %1</h3><p>Front-desk scheduling for chronic-migraine Botox "
               "clinics: patients, visits, retreatment windows and authorizations.</p>"
               "<p>Database: %2</p>")
                .arg(QApplication::applicationVersion().toHtmlEscaped(),
                     QDir::toNativeSeparators(m_services.databasePath).toHtmlEscaped()));
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    const QString path = QDir::toNativeSeparators(m_services.databasePath);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseStatus"));
    // Long paths are shortened in the middle: the folder start and the file name tell most.
    m_databaseLabel->setText(
        tr("Database: %1")
            .arg(m_databaseLabel->fontMetrics().elidedText(path, Qt::ElideMiddle, 520)));
    m_databaseLabel->setToolTip(path);
    m_userLabel = new QLabel(tr("Signed in: %1").arg(m_services.user), this);
    m_userLabel->setObjectName(QStringLiteral("userStatus"));
    m_patientCountLabel = new QLabel(this);
    m_patientCountLabel->setObjectName(QStringLiteral("patientCountStatus"));
    statusBar()->addWidget(m_databaseLabel, 1);
    if (m_scheduleScreen) {
        m_scheduleLabel = new QLabel(this);
        m_scheduleLabel->setObjectName(QStringLiteral("scheduleStatus"));
        statusBar()->addPermanentWidget(m_scheduleLabel);
        connect(m_scheduleScreen, &ScheduleScreen::statusTextChanged, m_scheduleLabel,
                &QLabel::setText);
        m_scheduleLabel->setText(m_scheduleScreen->statusText());
    }
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_patientCountLabel);
}

void MainWindow::refreshStatus()
{
    const auto count = m_services.patients->count();
    if (!count) {
        m_patientCountLabel->setText(tr("Patients: unknown"));
        m_patientCountLabel->setToolTip(count.error().message);
        return;
    }
    m_patientCountLabel->setToolTip({});
    m_patientCountLabel->setText(count.value() == 1
                                     ? tr("1 patient")
                                     : tr("%1 patients").arg(QLocale().toString(count.value())));
}

void MainWindow::findPatient()
{
    showScreen(m_patientsIndex);
    m_patientsScreen->focusSearch();
}

void MainWindow::newPatient()
{
    showScreen(m_patientsIndex);
    m_patientsScreen->newPatient();
}

void MainWindow::searchPatients(const QString &text)
{
    showScreen(m_patientsIndex);
    m_patientsScreen->setSearchText(text);
}

template<typename Work>
auto MainWindow::runInBackground(const QString &label, Work work) -> decltype(work())
{
    std::optional<decltype(work())> result;
    QEventLoop loop;
    std::unique_ptr<QThread> thread(QThread::create([&result, &work] { result = work(); }));
    connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    // Only long work shows the dialog; a quick backup just flashes the status bar.
    QProgressDialog progress(label, QString(), 0, 0, this);
    progress.setWindowTitle(tr("ClinicDesk"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    statusBar()->showMessage(label);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    progress.reset();
    statusBar()->clearMessage();
    return std::move(*result);
}

void MainWindow::openSettings()
{
    if (!m_services.setup || !m_services.scheduleSetup)
        return;
    SettingsDialog dialog(*m_services.setup, *m_services.scheduleSetup, this);
    dialog.setObjectName(QStringLiteral("settingsDialog"));
    connect(&dialog, &SettingsDialog::setupChanged, this, [this] {
        const QString clinic = m_services.setup->clinicName();
        setWindowTitle(clinic.isEmpty() ? tr("ClinicDesk") : tr("ClinicDesk — %1").arg(clinic));
        if (m_scheduleScreen)
            m_scheduleScreen->reload();
    });
    dialog.exec();
}

QString MainWindow::suggestedBackupName() const
{
    const QDateTime now = m_services.clock ? m_services.clock->now() : QDateTime::currentDateTime();
    return QStringLiteral("clinicdesk-backup-%1.sqlite")
        .arg(now.toString(QStringLiteral("yyyyMMdd-HHmm")));
}

void MainWindow::backUpDatabase()
{
    if (!m_services.maintenance)
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QFileInfo(m_services.databasePath).absolutePath();
    // backupTo never overwrites, so the dialog does not offer to replace a file either.
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Back up database"), QDir(folder).filePath(suggestedBackupName()),
        tr("ClinicDesk database (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!target.isEmpty())
        backUpTo(target);
}

bool MainWindow::backUpTo(const QString &file)
{
    if (!m_services.maintenance)
        return false;
    Core::Maintenance *maintenance = m_services.maintenance;
    const Core::Status status = runInBackground(
        tr("Backing up to %1…").arg(QDir::toNativeSeparators(file)),
        [maintenance, file] { return maintenance->backupTo(file); });
    if (!status) {
        QMessageBox::warning(this, tr("Backup not made"), status.error().message);
        return false;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(file)), 15000);
    return true;
}

void MainWindow::checkDatabase()
{
    if (!m_services.maintenance)
        return;
    Core::Maintenance *maintenance = m_services.maintenance;
    const auto problems = runInBackground(tr("Checking the database…"),
                                          [maintenance] { return maintenance->check(); });
    const QString path = QDir::toNativeSeparators(m_services.maintenance->databasePath());
    if (!problems) {
        QMessageBox::critical(this, tr("Database check failed"), problems.error().message);
    } else if (problems->isEmpty()) {
        QMessageBox::information(this, tr("Database check"),
                                 tr("No problems found in %1.").arg(path));
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Database check"),
                        tr("The check found %n problem(s) in %1. Make a backup, stop using "
                           "this copy and call support.",
                           nullptr, int(problems->size()))
                            .arg(path),
                        QMessageBox::Ok, this);
        box.setDetailedText(problems->join(u'\n'));
        box.exec();
    }
}

} // namespace ClinicDesk::Ui
