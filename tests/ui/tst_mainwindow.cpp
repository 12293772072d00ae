// The shell: window title, the rail, shortcuts that reach patient search and registration from
// anywhere, the status bar and the database menu.
#include "mainwindow.h"
#include "patientdialog.h"
#include "patientsscreen.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <memory>

using namespace ClinicDesk;
using Ui::MainWindow;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempClinic> m_clinic;
    std::unique_ptr<MainWindow> m_window;

    MainWindow::Services services()
    {
        MainWindow::Services s;
        s.patients = &m_clinic->patients();
        s.setup = &m_clinic->setup();
        s.clock = &m_clinic->context().clock();
        s.maintenance = &m_clinic->database();
        s.databasePath = m_clinic->path();
        s.user = QStringLiteral("frontdesk");
        return s;
    }
    QString statusText(const char *name)
    {
        auto *label = m_window->statusBar()->findChild<QLabel *>(QString::fromLatin1(name));
        return label && label->isVisible() ? label->text() : QString();
    }
    QLineEdit *searchBox()
    {
        return m_window->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    }
    Ui::PatientDialog *openDialog()
    {
        const auto dialogs = m_window->findChildren<Ui::PatientDialog *>();
        for (Ui::PatientDialog *dialog : dialogs)
            if (dialog->isVisible())
                return dialog;
        return nullptr;
    }

private slots:
    void initTestCase() { Test::fixEnvironment(); }

    void init()
    {
        m_clinic = std::make_unique<Test::TempClinic>();
        QVERIFY2(m_clinic->isValid(), qPrintable(m_clinic->errorMessage()));
        m_clinic->add(QStringLiteral("Ann"), QStringLiteral("Lee"));
        m_clinic->add(QStringLiteral("Siobhan"), QStringLiteral("O'Brien"));
        m_window = std::make_unique<MainWindow>(services());
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

    void shouldNameTheClinicInTheTitle()
    {
        QCOMPARE(m_window->windowTitle(),
                 QStringLiteral("ClinicDesk — ") + m_clinic->setup().clinicName());
        QVERIFY(!m_clinic->setup().clinicName().isEmpty());
    }

    void shouldShowDatabaseUserAndPatientCountInTheStatusBar()
    {
        QCOMPARE(statusText("databaseStatus"),
                 QStringLiteral("Database: ") + QDir::toNativeSeparators(m_clinic->path()));
        QCOMPARE(statusText("userStatus"), QStringLiteral("Signed in: frontdesk"));
        QCOMPARE(statusText("patientCountStatus"), QStringLiteral("2 patients"));
    }

    void shouldFocusPatientSearchOnCtrlFFromElsewhere()
    {
        // given focus somewhere else in the window
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("patientTable"));
        table->setFocus();
        QVERIFY(!searchBox()->hasFocus());
        Test::typeText(searchBox(), QStringLiteral("lee"));
        // when
        QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
        // then the search box has the focus and its text is selected, ready to be typed over
        QVERIFY(searchBox()->hasFocus());
        QCOMPARE(searchBox()->selectedText(), QStringLiteral("lee"));
    }

    void shouldOpenTheNewPatientDialogOnCtrlN()
    {
        QVERIFY(!openDialog());
        QTest::keyClick(searchBox(), Qt::Key_N, Qt::ControlModifier);
        Ui::PatientDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isNewPatient());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("New patient"));
        QVERIFY(dialog->isModal());
        dialog->reject();
    }

    void shouldCountANewPatientInTheStatusBar()
    {
        QTest::keyClick(searchBox(), Qt::Key_N, Qt::ControlModifier);
        Ui::PatientDialog *dialog = openDialog();
        QVERIFY(dialog);
        for (auto [field, text] : {std::pair{"firstName", "Ruth"}, std::pair{"lastName", "Fiks"},
                                   std::pair{"dateOfBirth", "7/4/1966"}})
            Test::typeText(dialog->findChild<QLineEdit *>(QString::fromLatin1(field)),
                           QString::fromLatin1(text));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QCOMPARE(statusText("patientCountStatus"), QStringLiteral("3 patients"));
    }

    void shouldReachThePatientsScreenByItsKey()
    {
        auto *go = m_window->findChild<QAction *>(QStringLiteral("go_patients"));
        QVERIFY(go);
        QCOMPARE(go->shortcut(), QKeySequence(QStringLiteral("Ctrl+2")));
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->currentScreen(), m_window->patientsScreen());
        QVERIFY(searchBox()->hasFocus());
    }

    void shouldShowOnlyScreensThatExist()
    {
        // no placeholders for screens still to come
        auto *rail = m_window->findChild<QWidget *>(QStringLiteral("screenRail"));
        QVERIFY(rail);
        const auto entries = rail->findChildren<QAbstractButton *>();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst()->text(), QStringLiteral("Patients"));
    }

    void shouldAddAScreenWithOneCall()
    {
        auto *screen = new QWidget;
        const int index = m_window->addScreen(screen, QStringLiteral("Reports"),
                                              QKeySequence(QStringLiteral("Ctrl+4")));
        QTest::keyClick(searchBox(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(m_window->currentScreen(), screen);
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(m_window->currentScreen(), m_window->patientsScreen());
        QCOMPARE(index, 1);
    }

    void shouldStartWithTheSearchGiven()
    {
        m_window->searchPatients(QStringLiteral("obr"));
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("patientTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(searchBox()->text(), QStringLiteral("obr"));
    }

    void shouldSuggestADatedBackupName()
    {
        // the clock is fixed at 2026-11-25 09:00
        QCOMPARE(m_window->suggestedBackupName(),
                 QStringLiteral("clinicdesk-backup-20261125-0900.sqlite"));
    }

    void shouldWriteABackupAndRefuseToOverwriteIt()
    {
        const QString target = QDir(m_clinic->dir()).filePath(m_window->suggestedBackupName());
        QVERIFY(m_window->backUpTo(target));
        QVERIFY(QFileInfo(target).size() > 0);
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Backed up")));

        QString warning;
        Test::answerNextMessageBox(QString(), &warning);
        QVERIFY(!m_window->backUpTo(target));
        QVERIFY(!warning.isEmpty());
    }

    void shouldReportAHealthyDatabaseOnCheck()
    {
        QString said;
        Test::answerNextMessageBox(QString(), &said);
        m_window->findChild<QAction *>(QStringLiteral("checkAction"))->trigger();
        QCOMPARE(said, QStringLiteral("No problems found in ") +
                           QDir::toNativeSeparators(m_clinic->path()) + u'.');
    }

    void shouldHaveTheMenusTheDeskUses_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("shortcut");
        QTest::newRow("quit") << "quitAction" << QKeySequence(QStringLiteral("Ctrl+Q"));
        QTest::newRow("new patient")
            << "newPatientAction" << QKeySequence(QStringLiteral("Ctrl+N"));
        QTest::newRow("find patient")
            << "findPatientAction" << QKeySequence(QStringLiteral("Ctrl+F"));
        QTest::newRow("backup") << "backupAction" << QKeySequence();
        QTest::newRow("about") << "aboutAction" << QKeySequence();
    }

    void shouldHaveTheMenusTheDeskUses()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, shortcut);
        auto *found = m_window->findChild<QAction *>(action);
        QVERIFY(found);
        QCOMPARE(found->shortcut(), shortcut);
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
