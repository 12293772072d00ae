// Registering and editing a patient through the dialog, as a receptionist does it: typing,
// Enter, Esc, and reading the messages under the fields.
#include "patientdialog.h"
#include "patientdialogdriver.h"
#include "patientform.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <memory>

using namespace ClinicDesk;
using Ui::PatientDialog;
using namespace ClinicDesk::Test::PatientDialogDriver;

class tst_PatientDialog : public QObject
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

    void shouldShowInlineErrorForMissingRequiredField_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("dob");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("first name") << ""
                                    << "Lee"
                                    << "03/14/1975"
                                    << "firstName"
                                    << "First name is required.";
        QTest::newRow("last name") << "Ann"
                                   << ""
                                   << "03/14/1975"
                                   << "lastName"
                                   << "Last name is required.";
        QTest::newRow("date of birth") << "Ann"
                                       << "Lee"
                                       << ""
                                       << "dateOfBirth"
                                       << "Date of birth is required.";
        QTest::newRow("only spaces") << "Ann"
                                     << "   "
                                     << "03/14/1975"
                                     << "lastName"
                                     << "Last name is required.";
    }

    void shouldShowInlineErrorForMissingRequiredField()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, dob);
        QFETCH(QString, field);
        QFETCH(QString, message);
        // given
        PatientDialog dialog(patients());
        show(dialog);
        fillMinimum(&dialog, first, last, dob);
        // when
        QTest::mouseClick(button(&dialog, "saveButton"), Qt::LeftButton);
        // then the message is under the field, with a sign, and nothing was stored
        QCOMPARE(errorShown(&dialog, field), QStringLiteral("⚠ ") + message);
        QCOMPARE(storedCount(), 0);
        QVERIFY(dialog.isVisible());
        QCOMPARE(QApplication::focusWidget(), dialog.findChild<QWidget *>(field));
    }

    void shouldShowEveryProblemAtOnceAndFocusTheFirst()
    {
        PatientDialog dialog(patients());
        show(dialog);
        type(&dialog, "email", QStringLiteral("ann@"));
        QTest::mouseClick(button(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(!errorShown(&dialog, QStringLiteral("firstName")).isEmpty());
        QVERIFY(!errorShown(&dialog, QStringLiteral("lastName")).isEmpty());
        QVERIFY(!errorShown(&dialog, QStringLiteral("dateOfBirth")).isEmpty());
        QVERIFY(!errorShown(&dialog, QStringLiteral("email")).isEmpty());
        QCOMPARE(QApplication::focusWidget(), input(&dialog, "firstName"));
        QCOMPARE(storedCount(), 0);
    }

    void shouldExplainWhatIsWrongWithTheInput_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorField");
        QTest::addColumn<QString>("expected");
        QTest::newRow("future birth date") << "dateOfBirth"
                                           << "3/14/2030"
                                           << "dateOfBirth"
                                           << "⚠ Date of birth 03/14/2030 is in the future.";
        QTest::newRow("birth date that is no date")
            << "dateOfBirth"
            << "14/3/1975"
            << "dateOfBirth"
            << "⚠ \u201C14/3/1975\u201D is not a date. Type it as MM/DD/YYYY, e.g. 03/14/1975.";
        QTest::newRow("birth date in words")
            << "dateOfBirth"
            << "March"
            << "dateOfBirth"
            << "⚠ \u201CMarch\u201D is not a date. Type it as MM/DD/YYYY, e.g. 03/14/1975.";
        QTest::newRow("short phone")
            << "mobilePhone"
            << "555-12"
            << "mobilePhone"
            << "⚠ Mobile phone \u201C555-12\u201D is not a 10-digit number; type it like "
               "(503) 405-8718.";
        QTest::newRow("letters in home phone")
            << "homePhone"
            << "call me"
            << "homePhone"
            << "⚠ Home phone \u201Ccall me\u201D is not a 10-digit number; type it like "
               "(503) 405-8718.";
        QTest::newRow("email without domain")
            << "email"
            << "ann@"
            << "email"
            << "⚠ \u201Cann@\u201D does not look like an email address (name@example.com).";
        QTest::newRow("email without at")
            << "email"
            << "ann.example.com"
            << "email"
            << "⚠ \u201Cann.example.com\u201D does not look like an email address "
               "(name@example.com).";
        QTest::newRow("ZIP") << "postalCode"
                             << "9720"
                             << "postalCode"
                             << "⚠ ZIP code should be 5 digits (97205) or ZIP+4 (97205-1234).";
        QTest::newRow("state") << "state"
                               << "O1"
                               << "state"
                               << "⚠ State is the two-letter code, e.g. OR.";
        QTest::newRow("emergency phone without a name")
            << "emergencyPhone"
            << "5034058718"
            << "emergencyName"
            << "⚠ Give the emergency contact's name with their phone.";
    }

    void shouldExplainWhatIsWrongWithTheInput()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, errorField);
        QFETCH(QString, expected);
        PatientDialog dialog(patients());
        show(dialog);
        type(&dialog, "firstName", QStringLiteral("Ann"));
        type(&dialog, "lastName", QStringLiteral("Lee"));
        if (field != u"dateOfBirth")
            type(&dialog, "dateOfBirth", QStringLiteral("03/14/1975"));
        type(&dialog, qPrintable(field), text);

        QTest::mouseClick(button(&dialog, "saveButton"), Qt::LeftButton);

        QCOMPARE(errorShown(&dialog, errorField), expected);
        QCOMPARE(storedCount(), 0);
        QCOMPARE(QApplication::focusWidget(), dialog.findChild<QWidget *>(errorField));
    }

    void shouldRefuseTextsWithoutAMobileNumber()
    {
        PatientDialog dialog(patients());
        show(dialog);
        fillMinimum(&dialog, QStringLiteral("Ann"), QStringLiteral("Lee"));
        QTest::mouseClick(dialog.findChild<QCheckBox *>(QStringLiteral("textConsent")),
                          Qt::LeftButton);
        QTest::mouseClick(button(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(errorShown(&dialog, QStringLiteral("textConsent")),
                 QStringLiteral("⚠ Texts need a mobile phone number."));
        QCOMPARE(storedCount(), 0);
    }

    void shouldClearAnErrorAsTheUserEditsThatField()
    {
        // given two errors on screen
        PatientDialog dialog(patients());
        show(dialog);
        type(&dialog, "dateOfBirth", QStringLiteral("03/14/1975"));
        QTest::mouseClick(button(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(!errorShown(&dialog, QStringLiteral("firstName")).isEmpty());
        QVERIFY(!errorShown(&dialog, QStringLiteral("lastName")).isEmpty());
        // when the user types a first name
        type(&dialog, "firstName", QStringLiteral("A"));
        // then only that message goes
        QCOMPARE(errorShown(&dialog, QStringLiteral("firstName")), QString());
        QVERIFY(!errorShown(&dialog, QStringLiteral("lastName")).isEmpty());
    }

    void shouldHintTheDateOfBirthAsItIsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("hint");
        QTest::newRow("US") << "3/14/1975"
                            << "Mar 14, 1975 · 51 years";
        QTest::newRow("two-digit year") << "03/14/75"
                                        << "Mar 14, 1975 · 51 years";
        QTest::newRow("ISO") << "1975-03-14"
                             << "Mar 14, 1975 · 51 years";
        QTest::newRow("birthday tomorrow") << "11/26/1975"
                                           << "Nov 26, 1975 · 50 years";
        QTest::newRow("baby") << "06/01/2026"
                              << "Jun 1, 2026 · under 1 year";
        QTest::newRow("future") << "01/01/2027"
                                << "Jan 1, 2027 · in the future";
        QTest::newRow("half typed") << "3/14/"
                                    << "e.g. 03/14/1975";
    }

    void shouldHintTheDateOfBirthAsItIsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(QString, hint);
        PatientDialog dialog(patients());
        show(dialog);
        type(&dialog, "dateOfBirth", typed);
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("dateOfBirthHint"));
        QVERIFY(label && label->isVisible());
        QCOMPARE(label->text(), hint);
    }

    void shouldSaveNamesWithApostrophesAccentsAndHyphens_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("apostrophe") << "Siobhan"
                                    << "O'Brien";
        QTest::newRow("accents") << "José"
                                 << "Núñez";
        QTest::newRow("diaeresis") << "Zoë"
                                   << "Lee";
        QTest::newRow("hyphen") << "Mary-Kate"
                                << "Smith-Jones";
    }

    void shouldSaveNamesWithApostrophesAccentsAndHyphens()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        PatientDialog dialog(patients());
        show(dialog);
        fillMinimum(&dialog, first, last);
        QTest::mouseClick(button(&dialog, "saveButton"), Qt::LeftButton);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto stored = patients().byId(dialog.savedPatient().id);
        QVERIFY2(stored.ok(), "the patient was not stored");
        QCOMPARE(stored->firstName, first);
        QCOMPARE(stored->lastName, last);
        QCOMPARE(stored->dateOfBirth, QDate(1975, 3, 14));
        QVERIFY(!stored->mrn.isEmpty());
    }

    void shouldSaveEveryFieldAsTyped()
    {
        PatientDialog dialog(patients());
        show(dialog);
        fillMinimum(&dialog, QStringLiteral("Ann"), QStringLiteral("Lee"));
        type(&dialog, "preferredName", QStringLiteral("Annie"));
        type(&dialog, "mobilePhone", QStringLiteral("503.405.8718"));
        type(&dialog, "email", QStringLiteral("Ann.Lee@Example.COM"));
        type(&dialog, "addressLine1", QStringLiteral("798 SE Belmont St"));
        type(&dialog, "city", QStringLiteral("Portland"));
        type(&dialog, "state", QStringLiteral("or"));
        type(&dialog, "postalCode", QStringLiteral("97214"));
        type(&dialog, "emergencyName", QStringLiteral("Sam Lee"));
        type(&dialog, "emergencyPhone", QStringLiteral("(971) 555-0123"));
        type(&dialog, "payerText", QStringLiteral("Moda Health"));
        type(&dialog, "memberId", QStringLiteral("M123"));
        QTest::mouseClick(dialog.findChild<QCheckBox *>(QStringLiteral("textConsent")),
                          Qt::LeftButton);

        QTest::mouseClick(button(&dialog, "saveButton"), Qt::LeftButton);

        const auto stored = patients().byId(dialog.savedPatient().id);
        QVERIFY2(stored.ok(), "the patient was not stored");
        QCOMPARE(stored->preferredName, QStringLiteral("Annie"));
        QCOMPARE(stored->mobilePhone, QStringLiteral("5034058718"));
        QCOMPARE(stored->email, QStringLiteral("Ann.Lee@example.com"));
        QCOMPARE(stored->address.state, QStringLiteral("OR"));
        QCOMPARE(stored->address.postalCode, QStringLiteral("97214"));
        QCOMPARE(stored->emergencyContact.phone, QStringLiteral("9715550123"));
        QCOMPARE(stored->insurance.payer, QStringLiteral("Moda Health"));
        QCOMPARE(stored->insurance.memberId, QStringLiteral("M123"));
        QVERIFY(stored->textConsent);
        QVERIFY(stored->active);
    }

    void shouldSaveAndReadBackATenThousandCharacterNote()
    {
        // given a long note, pasted as staff do, with line breaks and accents
        QString note;
        while (note.size() < 10000)
            note += QStringLiteral("Prefers mornings; Zoë interprets. Line %1\n").arg(note.size());
        note = note.left(10000);
        PatientDialog dialog(patients());
        show(dialog);
        fillMinimum(&dialog, QStringLiteral("Ann"), QStringLiteral("Lee"));
        auto *notes = dialog.findChild<QPlainTextEdit *>(QStringLiteral("notes"));
        QVERIFY(notes);
        notes->setFocus();
        QApplication::clipboard()->setText(note);
        QTest::keyClick(notes, Qt::Key_V, Qt::ControlModifier);
        if (notes->toPlainText().isEmpty()) // a platform without a clipboard
            notes->insertPlainText(note);
        QCOMPARE(notes->toPlainText().size(), 10000);
        // when
        QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);
        // then
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto stored = patients().byId(dialog.savedPatient().id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->notes, note);
    }

    void shouldWarnOfAPossibleDuplicateThenSaveAnyway()
    {
        // given Ann Lee is on file
        const Core::Patient existing =
            m_clinic->add(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1975, 3, 14),
                          QStringLiteral("5034058718"));
        QVERIFY(existing.id > 0);
        PatientDialog dialog(patients());
        show(dialog);
        fillMinimum(&dialog, QStringLiteral("ann"), QStringLiteral("LEE"));
        QPushButton *save = button(&dialog, "saveButton");
        auto *warning = dialog.findChild<QWidget *>(QStringLiteral("duplicateWarning"));
        QVERIFY(warning && !warning->isVisible());

        // when Save is pressed once
        QTest::mouseClick(save, Qt::LeftButton);

        // then the possible duplicate is listed and nothing is stored yet
        QVERIFY(warning->isVisible());
        const QString listed = warning->findChild<QLabel *>()->text();
        QVERIFY2(listed.contains(QStringLiteral("Lee, Ann — DOB 03/14/1975 — MRN ") + existing.mrn +
                                 QStringLiteral(" — (503) 405-8718")),
                 qPrintable(listed));
        QCOMPARE(save->text(), QStringLiteral("Save anyway"));
        QCOMPARE(storedCount(), 1);
        QVERIFY(dialog.isVisible());

        // when Save is pressed again
        QTest::mouseClick(save, Qt::LeftButton);

        // then the second patient is stored
        QCOMPARE(storedCount(), 2);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void shouldSaveOnEnter()
    {
        PatientDialog dialog(patients());
        show(dialog);
        fillMinimum(&dialog, QStringLiteral("Ann"), QStringLiteral("Lee"));
        QTest::keyClick(input(&dialog, "dateOfBirth"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(storedCount(), 1);
    }

    void shouldSaveOnEnterFromThePayerBox()
    {
        PatientDialog dialog(patients());
        show(dialog);
        fillMinimum(&dialog, QStringLiteral("Ann"), QStringLiteral("Lee"));
        type(&dialog, "payerText", QStringLiteral("Aetna"));
        QTest::keyClick(input(&dialog, "payerText"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(patients().byId(dialog.savedPatient().id)->insurance.payer,
                 QStringLiteral("Aetna"));
    }

    void shouldStartANewLineOnEnterInsideNotes()
    {
        PatientDialog dialog(patients());
        show(dialog);
        fillMinimum(&dialog, QStringLiteral("Ann"), QStringLiteral("Lee"));
        auto *notes = dialog.findChild<QPlainTextEdit *>(QStringLiteral("notes"));
        notes->setFocus();
        Test::typeText(notes, QStringLiteral("line one"));
        QTest::keyClick(notes, Qt::Key_Return);
        Test::typeText(notes, QStringLiteral("line two"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(storedCount(), 0);
        QCOMPARE(notes->toPlainText(), QStringLiteral("line one\nline two"));
    }

    void shouldAskBeforeDiscardingEditsOnEscape()
    {
        // given typed edits
        PatientDialog dialog(patients());
        show(dialog);
        type(&dialog, "lastName", QStringLiteral("Lee"));
        QString question;
        QString boxName;
        Test::answerNextMessageBox(QStringLiteral("acceptButton"), &question, &boxName);
        // when Esc is pressed and the user chooses Discard
        QTest::keyClick(input(&dialog, "lastName"), Qt::Key_Escape);
        // then the question was asked and the dialog closed without saving
        QCOMPARE(question, QStringLiteral("Discard changes to this patient?"));
        QCOMPARE(boxName, QStringLiteral("discardQuestion"));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(storedCount(), 0);
    }

    void shouldKeepEditingWhenTheUserSaysSo()
    {
        PatientDialog dialog(patients());
        show(dialog);
        type(&dialog, "lastName", QStringLiteral("Lee"));
        Test::answerNextMessageBox(QStringLiteral("rejectButton"));
        QTest::keyClick(input(&dialog, "lastName"), Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QCOMPARE(input(&dialog, "lastName")->text(), QStringLiteral("Lee"));
    }

    void shouldCloseWithoutAskingWhenNothingChanged()
    {
        const Core::Patient ann = m_clinic->add(QStringLiteral("Ann"), QStringLiteral("Lee"),
                                                QDate(1975, 3, 14), QStringLiteral("5034058718"));
        for (const Core::Patient &patient : {Core::Patient{}, ann}) {
            PatientDialog dialog(patients(), patient);
            int asked = 0;
            dialog.setDiscardConfirmer([&asked](QWidget *, const Ui::Question &) {
                ++asked;
                return false;
            });
            show(dialog);
            QTest::keyClick(input(&dialog, "firstName"), Qt::Key_Escape);
            QCOMPARE(asked, 0);
            QVERIFY(!dialog.isVisible());
        }
    }

    void shouldNotCountTypingThenErasingAsAnEdit()
    {
        PatientDialog dialog(patients());
        show(dialog);
        type(&dialog, "firstName", QStringLiteral("A"));
        QVERIFY(dialog.hasUnsavedChanges());
        QTest::keyClick(input(&dialog, "firstName"), Qt::Key_Backspace);
        QVERIFY(!dialog.hasUnsavedChanges());
    }

    void shouldAskOnCancelButtonToo()
    {
        PatientDialog dialog(patients());
        int asked = 0;
        dialog.setDiscardConfirmer([&asked](QWidget *, const Ui::Question &question) {
            ++asked;
            return question.acceptText == u"Discard";
        });
        show(dialog);
        type(&dialog, "firstName", QStringLiteral("Ann"));
        QTest::mouseClick(button(&dialog, "cancelButton"), Qt::LeftButton);
        QCOMPARE(asked, 1);
        QVERIFY(!dialog.isVisible());
    }

    void shouldLoadAPatientForEditingAndSaveTheChange()
    {
        const Core::Patient ann = m_clinic->add(QStringLiteral("Ann"), QStringLiteral("Lee"),
                                                QDate(1975, 3, 14), QStringLiteral("5034058718"));
        PatientDialog dialog(patients(), ann);
        show(dialog);
        QVERIFY(dialog.windowTitle().contains(ann.mrn));
        QCOMPARE(input(&dialog, "dateOfBirth")->text(), QStringLiteral("03/14/1975"));
        QCOMPARE(input(&dialog, "mobilePhone")->text(), QStringLiteral("(503) 405-8718"));
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("active"))->isVisible());

        type(&dialog, "preferredName", QStringLiteral("Annie"));
        QTest::keyClick(input(&dialog, "preferredName"), Qt::Key_Enter);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto stored = patients().byId(ann.id);
        QCOMPARE(stored->preferredName, QStringLiteral("Annie"));
        QCOMPARE(stored->mrn, ann.mrn);
        QCOMPARE(storedCount(), 1);
    }

    void shouldMakeInactiveFromTheEditDialog()
    {
        const Core::Patient ann = m_clinic->add(QStringLiteral("Ann"), QStringLiteral("Lee"));
        PatientDialog dialog(patients(), ann);
        show(dialog);
        QTest::mouseClick(dialog.findChild<QCheckBox *>(QStringLiteral("active")), Qt::LeftButton);
        QTest::mouseClick(button(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(patients().byId(ann.id)->active, false);
    }

    void shouldHideTheActiveBoxForANewPatient()
    {
        PatientDialog dialog(patients());
        show(dialog);
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("active"))->isVisible());
    }

    void shouldShowAStorageErrorInABannerAndStayOpen()
    {
        // given a record that another desk removed meanwhile (never stored here)
        Core::Patient ghost = Test::TempClinic::draft(QStringLiteral("Ann"), QStringLiteral("Lee"));
        ghost.id = 4242;
        ghost.mrn = QStringLiteral("104242");
        PatientDialog dialog(patients(), ghost);
        show(dialog);
        type(&dialog, "preferredName", QStringLiteral("Annie"));
        // when
        QTest::mouseClick(button(&dialog, "saveButton"), Qt::LeftButton);
        // then
        auto *banner = dialog.findChild<QWidget *>(QStringLiteral("errorBanner"));
        QVERIFY(banner && banner->isVisible());
        const QString text = banner->findChild<QLabel *>()->text();
        QVERIFY2(text.startsWith(QStringLiteral("⚠ Not saved:")), qPrintable(text));
        QVERIFY(dialog.isVisible());
        QCOMPARE(storedCount(), 0);
    }

    void shouldMoveTopToBottomOnTab()
    {
        PatientDialog dialog(patients());
        show(dialog);
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QStringList expected = {
            QStringLiteral("firstName"),   QStringLiteral("middleName"),
            QStringLiteral("lastName"),    QStringLiteral("preferredName"),
            QStringLiteral("dateOfBirth"), QStringLiteral("sex"),
            QStringLiteral("mobilePhone")};
        input(&dialog, "firstName")->setFocus();
        for (qsizetype i = 1; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), expected.at(i));
        }
    }
};

QTEST_MAIN(tst_PatientDialog)
#include "tst_patientdialog.moc"
