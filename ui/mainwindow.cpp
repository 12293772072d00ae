#include "mainwindow.h"

#include "patientsscreen.h"
#include "screenrail.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
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

    // Screens to come (Schedule Ctrl+1, Retreatment board Ctrl+3, Reports Ctrl+4) are added
    // here with one addScreen() call each, when they exist.
    m_patientsScreen = new PatientsScreen(*services.patients, m_stack);
    m_patientsIndex = addScreen(m_patientsScreen, tr("Patients"), QKeySequence(tr("Ctrl+2")));
    connect(m_patientsScreen, &PatientsScreen::patientsChanged, this, &MainWindow::refreshStatus);

    createMenus();
    createStatusBar();
    refreshStatus();
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

    QMenu *patients = menuBar()->addMenu(tr("&Patients"));
    QAction *add = patients->addAction(tr("&New patient…"), this, &MainWindow::newPatient);
    add->setObjectName(QStringLiteral("newPatientAction"));
    add->setShortcut(QKeySequence::New);
    QAction *find = patients->addAction(tr("&Find patient"), this, &MainWindow::findPatient);
    find->setObjectName(QStringLiteral("findPatientAction"));
    find->setShortcut(QKeySequence::Find);

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
    statusBar()->showMessage(tr("Backing up to %1…").arg(QDir::toNativeSeparators(file)));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Core::Status status = m_services.maintenance->backupTo(file);
    QApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
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
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto problems = m_services.maintenance->check();
    QApplication::restoreOverrideCursor();
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
