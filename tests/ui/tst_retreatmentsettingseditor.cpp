// The retreatment numbers as the office manager edits them in the settings: typed with the
// keyboard, saved in one go, read back through the clinic set-up service; a bad value is shown
// beside its field and nothing is stored; the worked example follows the numbers as they are typed.
// When CLINICDESK_SHOTS names a folder, the page is saved there as a PNG to be looked at.

#include "retreatmentsettingseditor.h"
#include "settingstestsupport.h"
#include "theme.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

using namespace ClinicDesk;
using namespace ClinicDesk::Test;
namespace Key = Core::SettingKey;

class tst_RetreatmentSettingsEditor : public QObject, private Test::SettingsFixture
{
    Q_OBJECT

private:
    QSpinBox *spin(const char *name)
    {
        return child<QSpinBox>(m_dialog.get(), QString::fromLatin1(name));
    }
    QLineEdit *edit(const char *name)
    {
        return child<QLineEdit>(m_dialog.get(), QString::fromLatin1(name));
    }
    QString example() { return shown(m_dialog.get(), QStringLiteral("retreatmentExample")); }

private slots:
    void initTestCase()
    {
        Test::fixEnvironment();
        Ui::Theme::apply(*qApp);
    }

    void init()
    {
        const QString problem = startClinic();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup() { finish(); }

    void shouldShowTheClinicsNumbersAfterAppointmentTypes()
    {
        openOn(Page::Retreatment);
        auto *list = child<QListWidget>(m_dialog.get(), QStringLiteral("pageList"));
        QCOMPARE(list->item(int(Page::Retreatment))->text(), QStringLiteral("Retreatment"));
        QCOMPARE(list->item(int(Page::Retreatment) - 1)->text(),
                 QStringLiteral("Appointment types"));

        QCOMPARE(spin("defaultMinimumDays")->value(), 84);
        QCOMPARE(spin("defaultMinimumDays")->suffix(), QStringLiteral(" days"));
        QCOMPARE(spin("selfPayMinimumDays")->value(), 70);
        QCOMPARE(edit("selfPayName")->text(), QStringLiteral("Self-pay"));
        QCOMPARE(spin("dueDays")->value(), 84);
        QCOMPARE(spin("graceDays")->value(), 14);
        QCOMPARE(spin("soonDays")->value(), 14);
        QCOMPARE(spin("authorizationLeadDays")->value(), 28);
        QCOMPARE(spin("responseThresholdPercent")->value(), 30);
        QCOMPARE(spin("responseJudgedAfterCycle")->value(), 2);
        QCOMPARE(edit("treatmentDiagnosis")->text(), QStringLiteral("G43.709"));
        QCOMPARE(edit("treatmentNdc")->text(), QStringLiteral("0023-3921-02"));
        QCOMPARE(
            child<QComboBox>(m_dialog.get(), QStringLiteral("treatmentVialUnits"))->currentText(),
            QStringLiteral("200 U"));
        QVERIFY(shown(m_dialog.get(), QStringLiteral("retreatmentExplanation"))
                    .startsWith("Payers usually refuse a Botox treatment sooner than 84 days"));
        // Today is Nov 25, 2026: +84 is Feb 17, +70 is Feb 3, Feb 17 + 14 is Mar 3.
        QCOMPARE(example(), QStringLiteral("A patient treated on Nov 25 may be treated again from "
                                           "Feb 17 (self-pay: Feb 3); due Feb 17; overdue after "
                                           "Mar 3."));
        QVERIFY(!m_dialog->hasUnsavedChanges());
    }

    void shouldFollowTheTypedNumbersInTheExample_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("payers allow 10 weeks")
            << "defaultMinimumDays"
            << "70"
            << "A patient treated on Nov 25 may be treated again from Feb 3; due Feb 17; "
               "overdue after Mar 3.";
        QTest::newRow("self-pay 83 days")
            << "selfPayMinimumDays"
            << "83"
            << "A patient treated on Nov 25 may be treated again from Feb 17 (self-pay: Feb 16); "
               "due Feb 17; overdue after Mar 3.";
        QTest::newRow("due after 90 days")
            << "dueDays"
            << "90"
            << "A patient treated on Nov 25 may be treated again from Feb 17 (self-pay: Feb 3); "
               "due Feb 23; overdue after Mar 9.";
        QTest::newRow("no grace")
            << "graceDays"
            << "0"
            << "A patient treated on Nov 25 may be treated again from Feb 17 (self-pay: Feb 3); "
               "due Feb 17; overdue after Feb 17.";
    }

    void shouldFollowTheTypedNumbersInTheExample()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        openOn(Page::Retreatment);
        retype(child<QSpinBox>(m_dialog.get(), field), typed);
        QCOMPARE(example(), expected);
        QVERIFY(m_dialog->hasUnsavedChanges());
        // Nothing is stored until Save.
        QCOMPARE(setup().retreatmentSettings().minimumDaysFor(QString()), 84);
        QCOMPARE(setup().retreatmentSettings().dueDays, 84);
    }

    void shouldSaveEveryTypedValueAndReadItBack()
    {
        openOn(Page::Retreatment);
        retype(spin("defaultMinimumDays"), QStringLiteral("77"));
        retype(spin("selfPayMinimumDays"), QStringLiteral("63"));
        retype(edit("selfPayName"), QStringLiteral("Cash  pay"));
        retype(spin("dueDays"), QStringLiteral("91"));
        retype(spin("graceDays"), QStringLiteral("10"));
        retype(spin("soonDays"), QStringLiteral("21"));
        retype(spin("authorizationLeadDays"), QStringLiteral("35"));
        retype(spin("responseThresholdPercent"), QStringLiteral("50"));
        retype(spin("responseJudgedAfterCycle"), QStringLiteral("3"));
        retype(edit("treatmentDiagnosis"), QStringLiteral("g43.719"));
        retype(edit("treatmentProduct"), QStringLiteral("Botox 100 U"));
        retype(edit("treatmentNdc"), QStringLiteral("0023-1145-01"));
        auto *vial = child<QComboBox>(m_dialog.get(), QStringLiteral("treatmentVialUnits"));
        vial->setFocus();
        QTest::keyClick(vial, Qt::Key_Up); // 200 U -> 100 U
        click(m_dialog.get(), QStringLiteral("saveRetreatmentButton"));

        QCOMPARE(shown(m_dialog.get(), QStringLiteral("retreatmentMessage")),
                 QStringLiteral("\u2713 Saved."));
        const Core::RetreatmentSettings stored = setup().retreatmentSettings();
        QCOMPARE(stored.defaultMinimumDays, 77);
        QCOMPARE(stored.selfPayMinimumDays, 63);
        QCOMPARE(stored.selfPayName, QStringLiteral("Cash pay"));
        QCOMPARE(stored.dueDays, 91);
        QCOMPARE(stored.graceDays, 10);
        QCOMPARE(stored.soonDays, 21);
        QCOMPARE(stored.minimumDaysFor(QStringLiteral("cash pay")), 63);
        QCOMPARE(setup().setting(Key::authorizationLeadDays), QStringLiteral("35"));
        QCOMPARE(setup().setting(Key::responseThresholdPercent), QStringLiteral("50"));
        QCOMPARE(setup().setting(Key::responseJudgedAfterCycle), QStringLiteral("3"));
        QCOMPARE(setup().setting(Key::treatmentDiagnosis), QStringLiteral("G43.719"));
        QCOMPARE(setup().setting(Key::treatmentProduct), QStringLiteral("Botox 100 U"));
        QCOMPARE(setup().setting(Key::treatmentNdc), QStringLiteral("0023-1145-01"));
        QCOMPARE(setup().setting(Key::treatmentVialUnits), QStringLiteral("100"));
        // The page shows what is stored, tidied, and has nothing left to save.
        QCOMPARE(edit("treatmentDiagnosis")->text(), QStringLiteral("G43.719"));
        QVERIFY(!m_dialog->hasUnsavedChanges());
    }

    void shouldRefuseABadValueBesideItsFieldAndStoreNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("error");
        QTest::newRow("not a diagnosis code")
            << "treatmentDiagnosis"
            << "migraine"
            << "\u201CMIGRAINE\u201D is not an ICD-10 code; chronic migraine is written like "
               "G43.709.";
        QTest::newRow("no diagnosis code")
            << "treatmentDiagnosis"
            << ""
            << "Enter the diagnosis code new treatments start with, e.g. G43.709.";
        QTest::newRow("no self-pay name") << "selfPayName"
                                          << ""
                                          << "Name the self-pay payer.";
        QTest::newRow("no product") << "treatmentProduct"
                                    << "  "
                                    << "Name the product new treatments start with.";
    }

    void shouldRefuseABadValueBesideItsFieldAndStoreNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QString, error);
        openOn(Page::Retreatment);
        retype(spin("defaultMinimumDays"), QStringLiteral("70")); // valid, typed first
        retype(spin("authorizationLeadDays"), QStringLiteral("14"));
        retype(child<QLineEdit>(m_dialog.get(), field), typed);
        click(m_dialog.get(), QStringLiteral("saveRetreatmentButton"));

        QCOMPARE(shown(m_dialog.get(), QStringLiteral("error_") + field), error);
        QCOMPARE(shown(m_dialog.get(), QStringLiteral("retreatmentMessage")),
                 QStringLiteral("Not saved: check the field marked."));
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(m_dialog.get(), field));
        // Nothing half-saved: the valid numbers typed with it are not stored either.
        QCOMPARE(setup().retreatmentSettings().defaultMinimumDays, 84);
        QCOMPARE(setup().setting(Key::authorizationLeadDays), QStringLiteral("28"));
        QCOMPARE(setup().setting(Key::treatmentDiagnosis), QStringLiteral("G43.709"));
        QVERIFY(m_dialog->hasUnsavedChanges()); // and nothing typed is lost
        QCOMPARE(spin("defaultMinimumDays")->value(), 70);

        // Typing in the field takes the message away.
        typeText(child<QLineEdit>(m_dialog.get(), field), QStringLiteral("G"));
        QVERIFY(shown(m_dialog.get(), QStringLiteral("error_") + field).isEmpty());
    }

    void shouldSaveWithEnterAndRevertUnsavedEdits()
    {
        openOn(Page::Retreatment);
        QSpinBox *grace = spin("graceDays");
        retype(grace, QStringLiteral("21"));
        QTest::keyClick(grace, Qt::Key_Return);
        QCOMPARE(setup().retreatmentSettings().graceDays, 21);

        retype(spin("dueDays"), QStringLiteral("100"));
        QVERIFY(m_dialog->hasUnsavedChanges());
        click(m_dialog.get(), QStringLiteral("revertRetreatmentButton"));
        QCOMPARE(spin("dueDays")->value(), 84);
        QCOMPARE(grace->value(), 21);
        QVERIFY(!m_dialog->hasUnsavedChanges());
        QCOMPARE(setup().retreatmentSettings().dueDays, 84);
    }

    void shouldShowWhatAnotherDeskStoredWhenShownAgain()
    {
        openOn(Page::Retreatment);
        Core::RetreatmentSettings changed = setup().retreatmentSettings();
        changed.defaultMinimumDays = 70;
        QVERIFY(setup().setRetreatmentSettings(changed));
        m_dialog->showPage(Page::Rooms);
        m_dialog->showPage(Page::Retreatment);
        QCOMPARE(spin("defaultMinimumDays")->value(), 70);
        QCOMPARE(example(), QStringLiteral("A patient treated on Nov 25 may be treated again from "
                                           "Feb 3; due Feb 17; overdue after Mar 3."));
    }

    void shouldShowThePage()
    {
        openOn(Page::Retreatment);
        QVERIFY(m_dialog->page(Page::Retreatment)->isVisible());
        saveShot(m_dialog.get(), QStringLiteral("settings-retreatment"));
        retype(edit("treatmentDiagnosis"), QStringLiteral("migraine"));
        retype(edit("selfPayName"), QStringLiteral("Cash"));
        click(m_dialog.get(), QStringLiteral("saveRetreatmentButton"));
        saveShot(m_dialog.get(), QStringLiteral("settings-retreatment-refused"));
    }
};

QTEST_MAIN(tst_RetreatmentSettingsEditor)
#include "tst_retreatmentsettingseditor.moc"
