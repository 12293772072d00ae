// Patients ▸ Import patients… as the desk uses it: choose a file, see where each column goes and
// which rows are ready, invalid or duplicates, change a column's field, tick "Skip invalid rows"
// to import the rest, save the rows left out, and files that are not UTF-8 refused plainly.
#include "mainwindow.h"
#include "patientcsv.h"
#include "patientimportdialog.h"
#include "patientimportpreviewmodel.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ClinicDesk;
using Ui::PatientImportDialog;
using Ui::PatientImportPreviewModel;

namespace {

const QByteArray kMixed("\xEF\xBB\xBF"
                        "First Name,Last Name,DOB,Phone,Favourite colour\r\n"
                        "Ann,Lee,03/14/1975,(503) 405-8718,blue\r\n"
                        "Bob,Jones,1980-02-29,,green\r\n"
                        "Cara,Smith,13/45/1975,,red\r\n"
                        "Dan,O'Brien,7/4/1960,,\"teal, two\r\nlines\"\r\n");

} // namespace

class tst_PatientImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning("cannot write %s", qPrintable(name));
        return file.fileName();
    }
    // The dialog on the clinic, answering "which file?" with `path` and "save where?" with
    // `saveTo`, then Choose file… clicked as the user does.
    static std::unique_ptr<PatientImportDialog>
    openOn(Test::TempClinic &clinic, const QString &path, const QString &saveTo = {})
    {
        auto dialog = std::make_unique<PatientImportDialog>(clinic.patients());
        dialog->setOpenFileChooser([path](QWidget *, const QString &) { return path; });
        dialog->setSaveFileChooser([saveTo](QWidget *, const QString &) { return saveTo; });
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qWarning("the import dialog did not show");
        QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("chooseFileButton")),
                          Qt::LeftButton);
        return dialog;
    }
    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        auto *found = parent->findChild<T *>(name);
        if (!found)
            qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return found;
    }
    static QString shown(QWidget *parent, const QString &name)
    {
        auto *label = child<QLabel>(parent, name);
        return label->isVisibleTo(parent) ? label->text() : QString();
    }
    static void click(QWidget *parent, const QString &name)
    {
        auto *button = child<QAbstractButton>(parent, name);
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    }
    static void chooseInCombo(QComboBox *combo, const QString &text)
    {
        combo->setFocus();
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        while (combo->currentIndex() != index)
            QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
    }

private slots:
    void initTestCase() { Test::fixEnvironment(); }
    void shouldPreviewTheFileWithItsProblemsMarked();
    void shouldImportOnlyOnceInvalidRowsAreSkipped();
    void shouldFollowTheColumnMappingTheUserChooses();
    void shouldSaveTheRowsLeftOut();
    void shouldRefuseAFileThatIsNotUtf8();
    void shouldImportABigFile();
    void shouldOpenFromThePatientsMenu();
};

void tst_PatientImportDialog::shouldPreviewTheFileWithItsProblemsMarked()
{
    // given Ann Lee already on file
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    QVERIFY(clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee")).id > 0);
    // when the file is chosen
    auto dialog = openOn(clinic, write(QStringLiteral("mixed.csv"), kMixed));
    PatientImportPreviewModel *model = dialog->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // then the counts, the mapping and the rows say what will happen
    QCOMPARE(shown(dialog.get(), QStringLiteral("importCounts")),
             QStringLiteral("4 rows: 2 ready, 1 invalid, 1 duplicate"));
    QCOMPARE(child<QComboBox>(dialog.get(), QStringLiteral("mapping_2"))->currentText(),
             QStringLiteral("Date of birth"));
    QCOMPARE(child<QComboBox>(dialog.get(), QStringLiteral("mapping_4"))->currentText(),
             QStringLiteral("(not imported)"));
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->columnCount(), PatientImportPreviewModel::FirstFileColumn + 5);
    auto status = [&](int row) {
        return model->index(row, PatientImportPreviewModel::Status).data().toString();
    };
    QVERIFY2(status(0).startsWith(QStringLiteral("Duplicate: already on file as MRN")),
             qPrintable(status(0)));
    QCOMPARE(status(1), QStringLiteral("Ready"));
    QCOMPARE(status(2), QStringLiteral("Invalid: date of birth: '13/45/1975' is not a date (use "
                                       "MM/DD/YYYY or YYYY-MM-DD)"));
    QCOMPARE(model->index(2, PatientImportPreviewModel::Line).data().toInt(), 4);
    QCOMPARE(model->index(3, PatientImportPreviewModel::FirstFileColumn + 4).data().toString(),
             QStringLiteral("teal, two lines"));
    QCOMPARE(model->index(3, PatientImportPreviewModel::FirstFileColumn + 4)
                 .data(Qt::ToolTipRole)
                 .toString(),
             QStringLiteral("teal, two\nlines"));
    QVERIFY(model->headerData(PatientImportPreviewModel::FirstFileColumn + 2, Qt::Horizontal)
                .toString()
                .contains(QStringLiteral("Date of birth")));
    // and Import waits until the invalid row is dealt with
    QVERIFY(!child<QPushButton>(dialog.get(), QStringLiteral("importButton"))->isEnabled());
    QVERIFY2(shown(dialog.get(), QStringLiteral("importMessage"))
                 .contains(QStringLiteral("Skip "
                                          "invalid rows")),
             qPrintable(shown(dialog.get(), QStringLiteral("importMessage"))));
    // and "only problems" narrows the preview
    click(dialog.get(), QStringLiteral("onlyProblemsCheck"));
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(Test::saveShot(dialog.get(), QStringLiteral("patient-import-preview")));
}

void tst_PatientImportDialog::shouldImportOnlyOnceInvalidRowsAreSkipped()
{
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    QVERIFY(clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee")).id > 0);
    auto dialog = openOn(clinic, write(QStringLiteral("mixed.csv"), kMixed));
    QSignalSpy imported(dialog.get(), &PatientImportDialog::patientsImported);
    auto *importButton = child<QPushButton>(dialog.get(), QStringLiteral("importButton"));

    // when the user ticks "Skip invalid rows" and imports
    click(dialog.get(), QStringLiteral("skipInvalidCheck"));
    QVERIFY(importButton->isEnabled());
    QCOMPARE(importButton->text(), QStringLiteral("&Import 2 patients"));
    QTest::mouseClick(importButton, Qt::LeftButton);

    // then the valid new patients are on file and the dialog says what happened
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().first().toInt(), 2);
    QCOMPARE(clinic.patients().count().value(), 3);
    QCOMPARE(shown(dialog.get(), QStringLiteral("importMessage")),
             QStringLiteral("Imported 2 patients; 1 row rejected; 1 duplicate skipped."));
    QVERIFY(!importButton->isEnabled()); // not twice
    QVERIFY(Test::saveShot(dialog.get(), QStringLiteral("patient-import-done")));
}

void tst_PatientImportDialog::shouldFollowTheColumnMappingTheUserChooses()
{
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    auto dialog = openOn(
        clinic, write(QStringLiteral("named.csv"), "Name,Surname,Born\r\nAnn,Lee,3/14/1975\r\n"));
    auto *importButton = child<QPushButton>(dialog.get(), QStringLiteral("importButton"));
    QVERIFY2(shown(dialog.get(), QStringLiteral("importMessage"))
                 .contains(QStringLiteral("No column is set to \u201CFirst name\u201D")),
             qPrintable(shown(dialog.get(), QStringLiteral("importMessage"))));
    QVERIFY(!importButton->isEnabled());

    chooseInCombo(child<QComboBox>(dialog.get(), QStringLiteral("mapping_0")),
                  QStringLiteral("First name"));

    QCOMPARE(shown(dialog.get(), QStringLiteral("importCounts")),
             QStringLiteral("1 row: 1 ready, 0 invalid, 0 duplicates"));
    QVERIFY(importButton->isEnabled());
    QTest::mouseClick(importButton, Qt::LeftButton);
    const auto ann = clinic.patients().search(QStringLiteral("lee, ann"));
    QCOMPARE(ann->size(), 1);
    QCOMPARE(ann->first().dateOfBirth, QDate(1975, 3, 14));
}

void tst_PatientImportDialog::shouldSaveTheRowsLeftOut()
{
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const QString saveTo = m_dir.filePath(QStringLiteral("left-out.csv"));
    auto dialog = openOn(clinic, write(QStringLiteral("mixed.csv"), kMixed), saveTo);

    click(dialog.get(), QStringLiteral("saveRejectsButton"));

    QFile saved(saveTo);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(saved.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0],
             QStringLiteral("First Name,Last Name,DOB,Phone,Favourite colour,Line,Reason"));
    QVERIFY2(lines[1].startsWith(QStringLiteral("Cara,Smith,13/45/1975,,red,4,date of birth:")),
             qPrintable(lines[1]));
    QCOMPARE(shown(dialog.get(), QStringLiteral("importMessage")),
             QStringLiteral("Saved 1 row left out to %1.").arg(QDir::toNativeSeparators(saveTo)));
}

void tst_PatientImportDialog::shouldRefuseAFileThatIsNotUtf8()
{
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));

    auto dialog = openOn(
        clinic, write(QStringLiteral("latin1.csv"), "First,Last,DOB\nZo\xEB,Lee,1/1/1970\n"));

    const QString message = shown(dialog.get(), QStringLiteral("importMessage"));
    QVERIFY2(message.contains(QStringLiteral("Line 2 is not UTF-8 text")), qPrintable(message));
    QVERIFY(!child<QPushButton>(dialog.get(), QStringLiteral("importButton"))->isEnabled());
    QCOMPARE(dialog->model()->rowCount(), 0);
    QVERIFY(Test::saveShot(dialog.get(), QStringLiteral("patient-import-latin1")));
}

void tst_PatientImportDialog::shouldImportABigFile()
{
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    auto dialog = openOn(clinic, write(QStringLiteral("big.csv"), Test::generatedPatientCsv(5000)));

    QCOMPARE(dialog->model()->rowCount(), PatientImportPreviewModel::kMaxRows);
    QCOMPARE(shown(dialog.get(), QStringLiteral("importCounts")),
             QStringLiteral("5,000 rows: 5,000 ready, 0 invalid, 0 duplicates"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("importButton")),
                      Qt::LeftButton);

    QCOMPARE(clinic.patients().count().value(), 5000);
    QCOMPARE(shown(dialog.get(), QStringLiteral("importMessage")),
             QStringLiteral("Imported 5,000 patients; 0 rows rejected; 0 duplicates skipped."));
}

void tst_PatientImportDialog::shouldOpenFromThePatientsMenu()
{
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    Ui::MainWindow::Services services;
    services.patients = &clinic.patients();
    services.setup = &clinic.setup();
    services.clock = &clinic.context().clock();
    services.maintenance = &clinic.database();
    services.databasePath = clinic.path();
    Ui::MainWindow window(services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QMenu *patientsMenu = nullptr;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->text() == QStringLiteral("&Patients"))
            patientsMenu = menu->menu();
    QVERIFY(patientsMenu);
    auto *action = window.findChild<QAction *>(QStringLiteral("importPatientsAction"));
    QVERIFY(action);
    QVERIFY(patientsMenu->actions().contains(action));
    QCOMPARE(action->text(), QStringLiteral("&Import patients\u2026"));

    QString opened;
    QTimer::singleShot(50, this, [&opened] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            opened = dialog->objectName();
            dialog->reject();
        }
    });
    action->trigger();
    QCOMPARE(opened, QStringLiteral("patientImportDialog"));
}

QTEST_MAIN(tst_PatientImportDialog)
#include "tst_patientimportdialog.moc"
