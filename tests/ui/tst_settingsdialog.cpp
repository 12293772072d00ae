// The clinic's set-up as the office manager edits it: every page of the settings dialog driven
// with the keyboard and mouse against a real clinic database, and read back through the services.
// When CLINICDESK_SHOTS names a folder, each page and form is saved there as a PNG to be looked at.

#include "appointmenttypetablemodel.h"
#include "providertablemodel.h"
#include "settingstestsupport.h"
#include "theme.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

using namespace ClinicDesk;
using namespace ClinicDesk::Test;

class tst_SettingsDialog : public QObject, private Test::SettingsFixture
{
    Q_OBJECT

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

    void shouldListThePagesInOrder()
    {
        openOn(Page::Clinic);
        auto *list = child<QListWidget>(m_dialog.get(), QStringLiteral("pageList"));
        QVERIFY(list);
        QStringList titles;
        for (int i = 0; i < list->count(); ++i)
            titles << list->item(i)->text();
        QCOMPARE(titles,
                 (QStringList{"Clinic", "Opening hours", "Providers", "Rooms", "Appointment types",
                              "Retreatment", "Payers", "Blocked time"}));
        // The default appointment types are there on a new database.
        m_dialog->showPage(Page::AppointmentTypes);
        QCOMPARE(table("typesTable")->model()->rowCount(), 6);
        QCOMPARE(
            cellText(table("typesTable"), "Botox treatment", Ui::AppointmentTypeTableModel::Length),
            QStringLiteral("15 min"));
    }

    void shouldSaveClinicDetailsWithTheDeskPhoneFormat()
    {
        openOn(Page::Clinic);
        auto *phone = child<QLineEdit>(m_dialog.get(), QStringLiteral("clinicPhone"));
        QCOMPARE(phone->text(), QStringLiteral("(503) 405-8718")); // the default, formatted
        retype(child<QLineEdit>(m_dialog.get(), QStringLiteral("clinicName")),
               QStringLiteral("Rose City Headache Clinic"));
        retype(phone, QStringLiteral("503.555.0123"));
        auto *slot = child<QComboBox>(m_dialog.get(), QStringLiteral("slotMinutes"));
        QCOMPARE(slot->currentData().toInt(), 15);
        slot->setFocus();
        QTest::keyClick(slot, Qt::Key_Up); // 15 -> 10 minutes
        click(m_dialog.get(), QStringLiteral("saveClinicButton"));

        QCOMPARE(setup().setting(Core::SettingKey::clinicName),
                 QStringLiteral("Rose City Headache Clinic"));
        QCOMPARE(setup().setting(Core::SettingKey::clinicPhone), QStringLiteral("5035550123"));
        QCOMPARE(setup().setting(Core::SettingKey::slotMinutes), QStringLiteral("10"));
        QCOMPARE(phone->text(), QStringLiteral("(503) 555-0123"));
        QVERIFY(!m_dialog->hasUnsavedChanges());
    }

    void shouldSaveTheClinicPageWithEnter()
    {
        openOn(Page::Clinic);
        auto *name = child<QLineEdit>(m_dialog.get(), QStringLiteral("clinicName"));
        retype(name, QStringLiteral("Rose City Headache Clinic"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(setup().setting(Core::SettingKey::clinicName),
                 QStringLiteral("Rose City Headache Clinic"));
        QVERIFY(shown(m_dialog.get(), QStringLiteral("clinicMessage")).contains("Saved"));
    }

    void shouldRefuseABadPhoneAndStoreNothing()
    {
        openOn(Page::Clinic);
        retype(child<QLineEdit>(m_dialog.get(), QStringLiteral("clinicName")),
               QStringLiteral("New name"));
        retype(child<QLineEdit>(m_dialog.get(), QStringLiteral("clinicPhone")),
               QStringLiteral("555-01"));
        click(m_dialog.get(), QStringLiteral("saveClinicButton"));
        QVERIFY(shown(m_dialog.get(), QStringLiteral("error_clinicPhone")).contains("10-digit"));
        QCOMPARE(setup().setting(Core::SettingKey::clinicName),
                 QStringLiteral("Advanced Pain Management Center"));
    }

    void shouldAddAProvider()
    {
        openOn(Page::Providers);
        auto found = onNextDialog(QStringLiteral("providerForm"), [](QDialog *form) {
            retype(child<QLineEdit>(form, QStringLiteral("providerName")),
                   QStringLiteral("Ann Ortiz"));
            retype(child<QLineEdit>(form, QStringLiteral("providerCredentials")),
                   QStringLiteral("NP"));
            retype(child<QLineEdit>(form, QStringLiteral("providerColour")),
                   QStringLiteral("#1f7a8c"));
            click(form, QStringLiteral("saveButton"));
        });
        click(m_dialog.get(), QStringLiteral("addProviderButton"));
        QVERIFY(*found);

        const Core::Provider added = storedProvider(QStringLiteral("Ann Ortiz"));
        QVERIFY(added.id > 0);
        QCOMPARE(added.credentials, QStringLiteral("NP"));
        QCOMPARE(added.colour, QStringLiteral("#1f7a8c"));
        QVERIFY(added.active);
        QCOMPARE(cellText(table("providersTable"), "Ann Ortiz", Ui::ProviderTableModel::Status),
                 QStringLiteral("Active"));
        // The new provider is selected, with their (clinic) hours below.
        QCOMPARE(Ui::selectedId(table("providersTable"), Ui::ProviderTableModel::ProviderIdRole),
                 added.id);
    }

    void shouldShowAnInvalidColourBesideTheFieldAndAddNothing()
    {
        openOn(Page::Providers);
        const int before = int(setup().providers()->size());
        QString error;
        onNextDialog(QStringLiteral("providerForm"), [&](QDialog *form) {
            retype(child<QLineEdit>(form, QStringLiteral("providerName")),
                   QStringLiteral("Ann Ortiz"));
            retype(child<QLineEdit>(form, QStringLiteral("providerColour")),
                   QStringLiteral("blue"));
            click(form, QStringLiteral("saveButton"));
            error = shown(form, QStringLiteral("error_colour"));
        });
        click(m_dialog.get(), QStringLiteral("addProviderButton"));
        QCOMPARE(error, QStringLiteral("Colour must look like #3b6ea5."));
        QCOMPARE(int(setup().providers()->size()), before);
    }

    void shouldKeepADeactivatedProviderListedAsInactive()
    {
        openOn(Page::Providers);
        QTableView *providers = table("providersTable");
        QVERIFY(clickRow(providers, QStringLiteral("Maria Alvarez")));
        auto *toggle = child<QPushButton>(m_dialog.get(), QStringLiteral("toggleProviderButton"));
        QCOMPARE(toggle->text().remove(u'&'), QStringLiteral("Deactivate"));
        click(m_dialog.get(), QStringLiteral("toggleProviderButton"));

        QCOMPARE(m_questions, QStringList{QStringLiteral("deactivateQuestion")});
        QVERIFY(!storedProvider(QStringLiteral("Maria Alvarez")).active);
        QCOMPARE(providers->model()->rowCount(), 5); // still listed
        QCOMPARE(cellText(providers, "Maria Alvarez", Ui::ProviderTableModel::Status),
                 QStringLiteral("Inactive"));
        QCOMPARE(toggle->text().remove(u'&'), QStringLiteral("Reactivate"));
    }

    void shouldNotDeactivateWhenTheUserSaysCancel()
    {
        openOn(Page::Providers);
        m_answer = false;
        QVERIFY(clickRow(table("providersTable"), QStringLiteral("Maria Alvarez")));
        click(m_dialog.get(), QStringLiteral("toggleProviderButton"));
        QVERIFY(storedProvider(QStringLiteral("Maria Alvarez")).active);
    }

    void shouldRefuseADuplicateRoomNameInline()
    {
        openOn(Page::Rooms);
        const int before = int(setup().rooms()->size());
        QString error;
        bool stayedOpen = false;
        auto found = onNextDialog(QStringLiteral("roomForm"), [&](QDialog *form) {
            retype(child<QLineEdit>(form, QStringLiteral("roomName")),
                   QStringLiteral("Procedure 1"));
            click(form, QStringLiteral("saveButton"));
            stayedOpen = form->isVisible();
            error = shown(form, QStringLiteral("error_name"));
        });
        click(m_dialog.get(), QStringLiteral("addRoomButton"));
        QVERIFY(*found);
        QVERIFY(stayedOpen);
        QCOMPARE(error, QStringLiteral("There is already a room named \u201CProcedure 1\u201D."));
        QCOMPARE(int(setup().rooms()->size()), before);
        QCOMPARE(table("roomsTable")->model()->rowCount(), before);
    }

    void shouldRenameARoom()
    {
        openOn(Page::Rooms);
        QVERIFY(clickRow(table("roomsTable"), QStringLiteral("Exam 4")));
        onNextDialog(QStringLiteral("roomForm"), [](QDialog *form) {
            retype(child<QLineEdit>(form, QStringLiteral("roomName")),
                   QStringLiteral("Exam 4 (quiet)"));
            QTest::keyClick(form, Qt::Key_Return);
        });
        click(m_dialog.get(), QStringLiteral("renameRoomButton"));
        QStringList names;
        for (const Core::Room &r : setup().rooms().value())
            names << r.name;
        QVERIFY2(names.contains(QStringLiteral("Exam 4 (quiet)")), qPrintable(names.join(", ")));
        QVERIFY(!names.contains(QStringLiteral("Exam 4")));
    }

    void shouldSaveATypeLengthOfTwentyMinutes()
    {
        openOn(Page::AppointmentTypes);
        QVERIFY(clickRow(table("typesTable"), QStringLiteral("Botox treatment")));
        onNextDialog(QStringLiteral("typeForm"), [](QDialog *form) {
            auto *minutes = child<QSpinBox>(form, QStringLiteral("typeMinutes"));
            QCOMPARE(minutes->value(), 15);
            retype(minutes, QStringLiteral("20"));
            click(form, QStringLiteral("saveButton"));
        });
        click(m_dialog.get(), QStringLiteral("editTypeButton"));

        int minutes = 0;
        for (const Core::AppointmentType &t : setup().appointmentTypes().value())
            if (t.name == u"Botox treatment")
                minutes = t.defaultMinutes;
        QCOMPARE(minutes, 20);
        QCOMPARE(
            cellText(table("typesTable"), "Botox treatment", Ui::AppointmentTypeTableModel::Length),
            QStringLiteral("20 min"));
    }

    void shouldSaveSaturdayOpeningHours()
    {
        openOn(Page::OpeningHours);
        setDay(QStringLiteral("hours"), QStringLiteral("saturday"), true, QStringLiteral("9:00"),
               QStringLiteral("13:00"));
        QVERIFY(m_dialog->hasUnsavedChanges());
        click(m_dialog.get(), QStringLiteral("saveOpeningHoursButton"));

        QList<Core::WeeklyHours> expected = Core::ScheduleSetupService::defaultClinicHours();
        expected.append({6, 9 * 60, 13 * 60});
        QCOMPARE(schedule().clinicHours().value(), expected);
        QVERIFY(!m_dialog->hasUnsavedChanges());
    }

    void shouldRefuseClosingBeforeOpeningInline()
    {
        openOn(Page::OpeningHours);
        setDay(QStringLiteral("hours"), QStringLiteral("saturday"), true, QStringLiteral("13:00"),
               QStringLiteral("9:00"));
        QCOMPARE(shown(m_dialog.get(), QStringLiteral("hours_saturday_error")),
                 QStringLiteral("\u26A0 On Saturday the start must be before the end."));
        click(m_dialog.get(), QStringLiteral("saveOpeningHoursButton"));
        QVERIFY(shown(m_dialog.get(), QStringLiteral("openingHoursMessage")).contains("Not saved"));
        QCOMPARE(schedule().clinicHours().value(),
                 Core::ScheduleSetupService::defaultClinicHours());
    }

    void shouldSaveAProvidersHoursMondayToThursday()
    {
        openOn(Page::Providers);
        const Core::Provider fiks = storedProvider(QStringLiteral("Vladimir Fiks"));
        QVERIFY(clickRow(table("providersTable"), fiks.name));
        // No hours of their own: works the clinic's hours, and the page says so.
        QVERIFY(
            child<QRadioButton>(m_dialog.get(), QStringLiteral("sameAsClinicHours"))->isChecked());
        QVERIFY(shown(m_dialog.get(), QStringLiteral("providerHoursHint"))
                    .contains("works the clinic's opening hours"));

        click(m_dialog.get(), QStringLiteral("ownWorkingHours"));
        setDay(QStringLiteral("workHours"), QStringLiteral("monday"), true, QStringLiteral("9:00"));
        setDay(QStringLiteral("workHours"), QStringLiteral("friday"), false);
        click(m_dialog.get(), QStringLiteral("saveProviderHoursButton"));

        const QList<Core::WeeklyHours> expected{
            {1, 9 * 60, 17 * 60}, {2, 8 * 60, 17 * 60}, {3, 8 * 60, 17 * 60}, {4, 8 * 60, 17 * 60}};
        QCOMPARE(schedule().providerHours(fiks.id).value(), expected);

        // "Same as clinic hours" clears them again.
        click(m_dialog.get(), QStringLiteral("sameAsClinicHours"));
        click(m_dialog.get(), QStringLiteral("saveProviderHoursButton"));
        QVERIFY(schedule().providerHours(fiks.id)->isEmpty());
    }

    void shouldAskBeforeLeavingAProvidersUnsavedHours()
    {
        openOn(Page::Providers);
        const Core::Provider fiks = storedProvider(QStringLiteral("Vladimir Fiks"));
        QVERIFY(clickRow(table("providersTable"), fiks.name));
        click(m_dialog.get(), QStringLiteral("ownWorkingHours"));
        setDay(QStringLiteral("workHours"), QStringLiteral("friday"), false);
        m_answer = false; // keep editing
        QVERIFY(clickRow(table("providersTable"), QStringLiteral("Sarah Kim")));
        QCOMPARE(m_questions, QStringList{QStringLiteral("discardHoursQuestion")});
        QTRY_COMPARE(
            Ui::selectedId(table("providersTable"), Ui::ProviderTableModel::ProviderIdRole),
            fiks.id);
        QVERIFY(m_dialog->hasUnsavedChanges());
    }

    void shouldAskBeforeClosingWithUnsavedEdits()
    {
        openOn(Page::Clinic);
        retype(child<QLineEdit>(m_dialog.get(), QStringLiteral("clinicName")),
               QStringLiteral("Half-typed"));
        auto *list = child<QListWidget>(m_dialog.get(), QStringLiteral("pageList"));
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Clinic ")));
        m_dialog->showPage(Page::Rooms);

        m_answer = false;
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QCOMPARE(m_questions, QStringList{QStringLiteral("discardQuestion")});
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_dialog->currentPage(), Page::Clinic); // back where the edit is

        m_answer = true;
        click(m_dialog.get(), QStringLiteral("closeButton"));
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(setup().setting(Core::SettingKey::clinicName),
                 QStringLiteral("Advanced Pain Management Center"));
    }

    void shouldCloseWithoutAskingWhenAllIsSaved()
    {
        openOn(Page::Providers);
        click(m_dialog.get(), QStringLiteral("closeButton"));
        QVERIFY(m_questions.isEmpty());
        QVERIFY(!m_dialog->isVisible());
    }

    void shouldShowEveryPage()
    {
        // A lunch, a holiday and a provider with own hours, so that no page is empty.
        Core::BlockedTime lunch;
        lunch.providerId = storedProvider(QStringLiteral("Vladimir Fiks")).id;
        lunch.firstDate = Test::fixedToday();
        lunch.weekly = true;
        lunch.reason = QStringLiteral("Lunch");
        QVERIFY(schedule().addBlock(lunch));
        Core::BlockedTime holiday;
        holiday.firstDate = QDate(2026, 12, 24);
        holiday.lastDate = QDate(2026, 12, 25);
        holiday.startMinute = 0;
        holiday.endMinute = 24 * 60;
        holiday.reason = QStringLiteral("Holiday");
        QVERIFY(schedule().addBlock(holiday));
        Core::BlockedTime leave = holiday;
        leave.providerId = storedProvider(QStringLiteral("Priya Natarajan")).id;
        leave.firstDate = QDate(2027, 2, 8);
        leave.lastDate = QDate(2027, 2, 12);
        leave.reason = QStringLiteral("Leave");
        QVERIFY(schedule().addBlock(leave));
        Core::BlockedTime room = lunch;
        room.providerId = 0;
        room.roomId = setup().rooms()->constFirst().id;
        room.firstDate = Test::fixedToday().addDays(1);
        room.lastDate = QDate(2027, 3, 31);
        room.startMinute = 7 * 60;
        room.endMinute = 8 * 60;
        room.reason = QStringLiteral("Cleaning");
        QVERIFY(schedule().addBlock(room));
        Core::Provider kim = storedProvider(QStringLiteral("Sarah Kim"));
        kim.active = false;
        QVERIFY(setup().updateProvider(kim));

        openOn(Page::Clinic);
        const QStringList names{"1-clinic", "2-opening-hours",     "3-providers",
                                "4-rooms",  "5-appointment-types", "6-retreatment",
                                "7-payers", "8-blocked-time"};
        for (int i = 0; i < names.size(); ++i) {
            m_dialog->showPage(Page(i));
            QCOMPARE(m_dialog->currentPage(), Page(i));
            QVERIFY(m_dialog->page(Page(i))->isVisible());
            saveShot(m_dialog.get(), QStringLiteral("settings-") + names[i]);
        }

        // The providers page with a provider who has their own hours selected.
        m_dialog->showPage(Page::Providers);
        QVERIFY(clickRow(table("providersTable"), QStringLiteral("Maria Alvarez")));
        click(m_dialog.get(), QStringLiteral("ownWorkingHours"));
        setDay(QStringLiteral("workHours"), QStringLiteral("friday"), false);
        setDay(QStringLiteral("workHours"), QStringLiteral("monday"), true, QStringLiteral("13:00"),
               QStringLiteral("9:00"));
        saveShot(m_dialog.get(), QStringLiteral("settings-3b-provider-own-hours-unsaved"));
        m_dialog->page(Page::Providers)->discardChanges();

        // The forms.
        for (const auto &[page, button, form] : QList<std::tuple<Page, QString, QString>>{
                 {Page::Providers, "editProviderButton", "providerForm"},
                 {Page::Rooms, "addRoomButton", "roomForm"},
                 {Page::AppointmentTypes, "editTypeButton", "typeForm"},
                 {Page::BlockedTime, "addBlockButton", "blockForm"}}) {
            m_dialog->showPage(page);
            auto found = onNextDialog(form, [this, name = form](QDialog *dialog) {
                if (name == u"roomForm") {
                    retype(child<QLineEdit>(dialog, QStringLiteral("roomName")),
                           QStringLiteral("Procedure 1"));
                    click(dialog, QStringLiteral("saveButton")); // shows the duplicate message
                }
                if (name == u"blockForm")
                    click(dialog, QStringLiteral("blockWeekly"));
                saveShot(dialog, QStringLiteral("settings-form-") + name);
            });
            click(m_dialog.get(), button);
            QVERIFY2(*found, qPrintable(form));
        }
    }
};

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
