// The duplicate check of the patient dialog beyond the first warning: shared phones, a name
// changed after the warning, and edits that do or do not touch name, birth date and phone.
#include "patientdialog.h"
#include "patientdialogdriver.h"
#include "testsupport.h"

#include <QLabel>
#include <QTest>
#include <memory>

using namespace ClinicDesk;
using Ui::PatientDialog;
using namespace ClinicDesk::Test::PatientDialogDriver;

class tst_DuplicateWarning : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempClinic> m_clinic;

    Core::PatientService &patients() { return m_clinic->patients(); }
    int storedCount() { return patients().count().value(); }

private slots:
    void initTestCase() { Test::fixEnvironment(); }

    void init()
    {
        m_clinic = std::make_unique<Test::TempClinic>();
        QVERIFY2(m_clinic->isValid(), qPrintable(m_clinic->errorMessage()));
    }

    void cleanup() { m_clinic.reset(); }

    void shouldWarnOfASharedPhoneNumber()
    {
        m_clinic->add(QStringLiteral("Sam"), QStringLiteral("Fiks"), QDate(1980, 1, 2),
                      QStringLiteral("5034058718"));
        PatientDialog dialog(patients());
        show(dialog);
        fillMinimum(&dialog, QStringLiteral("Ann"), QStringLiteral("Lee"));
        type(&dialog, "mobilePhone", QStringLiteral("503 405 8718"));
        QTest::mouseClick(button(&dialog, "saveButton"), Qt::LeftButton);
        auto *warning = dialog.findChild<QWidget *>(QStringLiteral("duplicateWarning"));
        QVERIFY(warning->isVisible());
        QVERIFY(warning->findChild<QLabel *>()->text().contains(QStringLiteral("Fiks, Sam")));
        QCOMPARE(storedCount(), 1);
    }

    void shouldLookAgainWhenTheNameChangesAfterAWarning()
    {
        m_clinic->add(QStringLiteral("Ann"), QStringLiteral("Lee"));
        PatientDialog dialog(patients());
        show(dialog);
        fillMinimum(&dialog, QStringLiteral("Ann"), QStringLiteral("Lee"));
        QPushButton *save = button(&dialog, "saveButton");
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(save->text(), QStringLiteral("Save anyway"));

        // the caller spells it differently: a different person, no longer a match
        type(&dialog, "firstName", QStringLiteral("a"));

        QCOMPARE(save->text(), QStringLiteral("Save"));
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("duplicateWarning"))->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.savedPatient().firstName, QStringLiteral("Anna"));
    }

    void shouldNotWarnWhenAnEditLeavesNameBirthDateAndPhoneAlone()
    {
        // given two Ann Lees born the same day (already accepted as different people)
        m_clinic->add(QStringLiteral("Ann"), QStringLiteral("Lee"));
        const Core::Patient second = m_clinic->add(QStringLiteral("Ann"), QStringLiteral("Lee"));
        PatientDialog dialog(patients(), second);
        show(dialog);
        // when only the email changes
        type(&dialog, "email", QStringLiteral("ann@example.com"));
        QTest::mouseClick(button(&dialog, "saveButton"), Qt::LeftButton);
        // then it saves at once
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(patients().byId(second.id)->email, QStringLiteral("ann@example.com"));
    }

    void shouldWarnWhenAnEditMakesTheRecordMatchAnother()
    {
        m_clinic->add(QStringLiteral("Ann"), QStringLiteral("Lee"));
        const Core::Patient other = m_clinic->add(QStringLiteral("Anne"), QStringLiteral("Lee"));
        PatientDialog dialog(patients(), other);
        show(dialog);
        QLineEdit *first = input(&dialog, "firstName");
        first->setFocus();
        QTest::keyClick(first, Qt::Key_End);
        QTest::keyClick(first, Qt::Key_Backspace);
        QCOMPARE(first->text(), QStringLiteral("Ann"));
        QTest::mouseClick(button(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("duplicateWarning"))->isVisible());
        QCOMPARE(patients().byId(other.id)->firstName, QStringLiteral("Anne"));
    }
};

QTEST_MAIN(tst_DuplicateWarning)
#include "tst_duplicatewarning.moc"
