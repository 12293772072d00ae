// The booking dialog as the desk uses it with a caller on the line: find the patient as you
// type (or add them), pick the type, see a clash at once with the nearest free times, read the
// summary back, book exactly one visit.

#include "appointmenteditor.h"
#include "bookingdialog.h"
#include "patientpicker.h"
#include "schedulefixture.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimeEdit>
#include <QUndoStack>

using namespace ClinicDesk;

class tst_BookingDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldRequireAPatient();
    void shouldFindThePatientAsYouType();
    void shouldFillTheLengthFromTheType();
    void shouldStepTheStartBySlotSize();
    void shouldShowAClashNamingTheOtherPatientAndOfferFreeTimes();
    void shouldReadTheBookingBackInOneLine();
    void shouldBookExactlyOneVisitOnSave();
    void shouldShowARefusalFromSaveAndWriteNothing();
    void shouldRefuseBotoxBeforeTheWindowUntilAReasonIsGiven();
    void shouldWarnWhenNoAuthorizationCoversTheTreatment();
    void shouldAddANewPatientInline();
    void shouldShowNewPatientProblemsUnderTheirFields();
    void shouldOfferAPatientAlreadyOnFileBeforeAddingAnother();

private:
    Ui::BookingDialog *open(const Core::Appointment &draft);
    template<typename T>
    T *child(const char *name)
    {
        T *found = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    int visitsToday();

    std::unique_ptr<Test::ScheduleFixture> m_fixture;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Ui::AppointmentEditor> m_editor;
    std::unique_ptr<Ui::BookingDialog> m_dialog;
    Core::Patient m_ann;
    Core::Patient m_bob;
};

void tst_BookingDialog::init()
{
    m_fixture = std::make_unique<Test::ScheduleFixture>(2, 2);
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->clinic.errorMessage()));
    m_ann = m_fixture->clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1975, 3, 14),
                                  QStringLiteral("5034058718"));
    m_bob = m_fixture->clinic.add(QStringLiteral("Bob"), QStringLiteral("Smith"));
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<Ui::AppointmentEditor>(m_fixture->appointments(), m_stack.get());
}

void tst_BookingDialog::cleanup()
{
    m_dialog.reset();
    m_stack.reset();
    m_editor.reset();
    m_fixture.reset();
}

Ui::BookingDialog *tst_BookingDialog::open(const Core::Appointment &draft)
{
    m_dialog = std::make_unique<Ui::BookingDialog>(m_fixture->services(), *m_editor);
    m_dialog->setDraft(draft);
    m_dialog->show();
    return m_dialog.get();
}

int tst_BookingDialog::visitsToday()
{
    auto day = m_fixture->appointments().between(Test::fixedToday(), Test::fixedToday());
    return day ? int(day->size()) : -1;
}

static Core::Appointment slotAt(qint64 providerId, qint64 roomId, QTime start, int minutes = 15)
{
    Core::Appointment draft;
    draft.providerId = providerId;
    draft.roomId = roomId;
    draft.slot = Core::TimeSlot::from(QDateTime(Test::fixedToday(), start), minutes);
    return draft;
}

void tst_BookingDialog::shouldRequireAPatient()
{
    open(slotAt(m_fixture->providers[0].id, m_fixture->rooms[0].id, QTime(10, 0)));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(visitsToday(), 0);
    QVERIFY(m_dialog->isVisible());
    auto *error = child<QLabel>("errorLabel");
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("Choose the patient")),
             qPrintable(error->text()));
    QVERIFY(m_dialog->summaryText().contains(QStringLiteral("(choose the patient)")));
}

void tst_BookingDialog::shouldFindThePatientAsYouType()
{
    open(slotAt(m_fixture->providers[0].id, 0, QTime(10, 0)));
    QTest::keyClicks(child<QLineEdit>("patientSearch"), QStringLiteral("lee"));
    auto *results = child<QListWidget>("patientResults");
    QVERIFY(!results->isHidden());
    QCOMPARE(results->count(), 1);
    QCOMPARE(results->item(0)->text(),
             QStringLiteral("Lee, Ann \u2014 03/14/1975 \u2014 (503) 405-8718 \u2014 MRN ") +
                 m_ann.mrn);
    // Enter takes the highlighted match.
    QTest::keyClick(child<QLineEdit>("patientSearch"), Qt::Key_Return);
    QCOMPARE(m_dialog->patientPicker()->patientId(), m_ann.id);
    QVERIFY(child<QLabel>("patientChosen")->text().contains(QStringLiteral("Lee, Ann")));
    QVERIFY(!child<QLineEdit>("patientSearch")->isVisible());
    // Change starts over.
    QTest::mouseClick(child<QPushButton>("changePatientButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->patientPicker()->patientId(), qint64(0));
    // A phone number finds too, and a click chooses.
    QTest::keyClicks(child<QLineEdit>("patientSearch"), QStringLiteral("503405"));
    QCOMPARE(results->count(), 1);
    const QRect row = results->visualItemRect(results->item(0));
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(m_dialog->patientPicker()->patientId(), m_ann.id);
}

void tst_BookingDialog::shouldFillTheLengthFromTheType()
{
    open(slotAt(m_fixture->providers[0].id, 0, QTime(10, 0)));
    auto *type = child<QComboBox>("typeCombo");
    auto *minutes = child<QSpinBox>("minutesSpin");
    type->setCurrentIndex(
        type->findData(m_fixture->type(QStringLiteral("New-patient consult")).id));
    QCOMPARE(minutes->value(), 45);
    type->setCurrentIndex(type->findData(m_fixture->type(QStringLiteral("Phone call")).id));
    QCOMPARE(minutes->value(), 10);
    QCOMPARE(m_dialog->draft().slot.minutes(), 10);
}

void tst_BookingDialog::shouldStepTheStartBySlotSize()
{
    open(slotAt(m_fixture->providers[0].id, 0, QTime(10, 5)));
    auto *start = child<QTimeEdit>("startEdit");
    start->setFocus();
    QTest::keyClick(start, Qt::Key_Up);
    QCOMPARE(start->time(), QTime(10, 15)); // onto the grid
    QTest::keyClick(start, Qt::Key_Up);
    QCOMPARE(start->time(), QTime(10, 30));
    QTest::keyClick(start, Qt::Key_Down);
    QCOMPARE(start->time(), QTime(10, 15));
}

void tst_BookingDialog::shouldShowAClashNamingTheOtherPatientAndOfferFreeTimes()
{
    // given Bob with the first provider at 10:00
    QVERIFY(m_fixture->book(m_bob, 0, QStringLiteral("Botox treatment"), QTime(10, 0), 0, 0).id);
    open(slotAt(m_fixture->providers[0].id, m_fixture->rooms[1].id, QTime(9, 30)));
    m_dialog->setPatient(m_ann.id);
    auto *frame = child<QFrame>("conflictFrame");
    QVERIFY(frame->isHidden());
    // when the start is moved onto Bob's visit
    child<QTimeEdit>("startEdit")->setTime(QTime(10, 0));
    // then the clash is named and the nearest free times are offered
    QVERIFY(!frame->isHidden());
    const QString text = child<QLabel>("conflictLabel")->text();
    QVERIFY2(text.contains(QStringLiteral("Smith, Bob")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("10:00\u201310:15")), qPrintable(text));
    QList<QPushButton *> buttons;
    for (QPushButton *button :
         m_dialog->findChildren<QPushButton *>(QStringLiteral("freeTimeButton")))
        if (!button->isHidden()) // replaced ones wait for deleteLater()
            buttons << button;
    QCOMPARE(buttons.size(), 3);
    QStringList times;
    for (const QPushButton *button : buttons)
        times << button->text();
    // The two nearest either side of the clash, in time order.
    QVERIFY2(times.contains(QStringLiteral("9:45")) && times.contains(QStringLiteral("10:15")),
             qPrintable(times.join(u' ')));
    QVERIFY(times.indexOf(QStringLiteral("9:45")) < times.indexOf(QStringLiteral("10:15")));
    QPushButton *quarterPast = buttons.at(times.indexOf(QStringLiteral("10:15")));
    // when one is clicked, the start moves there and the clash is gone
    QTest::mouseClick(quarterPast, Qt::LeftButton);
    QCOMPARE(child<QTimeEdit>("startEdit")->time(), QTime(10, 15));
    QVERIFY(frame->isHidden());
    QVERIFY(m_dialog->conflicts().isEmpty());
}

void tst_BookingDialog::shouldReadTheBookingBackInOneLine()
{
    open(slotAt(m_fixture->providers[0].id, m_fixture->rooms[0].id, QTime(10, 0)));
    m_dialog->setPatient(m_ann.id);
    QCOMPARE(m_dialog->summaryText(),
             QStringLiteral("Botox treatment for Lee, Ann with Vladimir Fiks in Procedure 1 on "
                            "Wed Nov 25, 10:00\u201310:15"));
    auto *room = child<QComboBox>("roomCombo");
    room->setCurrentIndex(room->findData(qint64(0)));
    QCOMPARE(m_dialog->summaryText(),
             QStringLiteral("Botox treatment for Lee, Ann with Vladimir Fiks on Wed Nov 25, "
                            "10:00\u201310:15"));
}

void tst_BookingDialog::shouldBookExactlyOneVisitOnSave()
{
    open(slotAt(m_fixture->providers[1].id, m_fixture->rooms[0].id, QTime(11, 0)));
    m_dialog->setPatient(m_ann.id);
    QTest::keyClicks(child<QPlainTextEdit>("notesEdit"), QStringLiteral("Bring MRI"));
    QSignalSpy booked(m_dialog.get(), &Ui::BookingDialog::booked);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(booked.count(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(visitsToday(), 1);
    QCOMPARE(m_stack->count(), 1);
    const Core::ScheduleEntry stored = m_fixture->stored(m_dialog->bookedAppointment().id);
    QCOMPARE(stored.appointment.patientId, m_ann.id);
    QCOMPARE(stored.appointment.providerId, m_fixture->providers[1].id);
    QCOMPARE(stored.appointment.roomId, m_fixture->rooms[0].id);
    QCOMPARE(stored.appointment.typeId, m_fixture->type(QStringLiteral("Botox treatment")).id);
    QCOMPARE(stored.slot().startMinute, 11 * 60);
    QCOMPARE(stored.appointment.notes, QStringLiteral("Bring MRI"));
}

void tst_BookingDialog::shouldRefuseBotoxBeforeTheWindowUntilAReasonIsGiven()
{
    // given: Ann's last Botox was 60 days ago; her payer pays again from day 84 (Dec 19)
    Core::TreatmentService &treatments = m_fixture->clinic.context().treatments();
    Core::Treatment last = treatments.draftFor(m_ann.id);
    last.providerId = m_fixture->providers[0].id;
    last.date = Test::fixedToday().addDays(-60);
    QVERIFY(treatments.record(last));
    Ui::ScheduleServices services = m_fixture->services();
    services.treatments = &treatments;
    services.retreatment = &m_fixture->clinic.context().retreatment();

    // when: the desk books her Botox today
    m_dialog = std::make_unique<Ui::BookingDialog>(services, *m_editor);
    m_dialog->setDraft(slotAt(m_fixture->providers[0].id, m_fixture->rooms[0].id, QTime(10, 0)));
    m_dialog->show();
    m_dialog->setPatient(m_ann.id);

    // then: the dialog says it is too early, and when the window opens
    QVERIFY(child<QWidget>("retreatmentPanel")->isVisible());
    QVERIFY(child<QFrame>("tooEarlyFrame")->isVisible());
    const QString early = child<QLabel>("tooEarlyLabel")->text();
    QVERIFY2(early.contains(QStringLiteral("Dec 19, 2026")), qPrintable(early));
    QVERIFY(Test::saveShot(m_dialog.get(), QStringLiteral("booking-too-early")));

    // and: Save books nothing while the reason is empty
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(visitsToday(), 0);

    // when: the reason is given, the booking goes through and keeps it
    const QString reason = QStringLiteral("Travelling on the due date; Dr Fiks agreed");
    auto *edit = child<QLineEdit>("overrideReasonEdit");
    edit->setFocus();
    QTest::keyClicks(edit, reason);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(visitsToday(), 1);
    QVERIFY(!m_dialog->isVisible());
    const Core::ScheduleEntry stored = m_fixture->stored(m_dialog->bookedAppointment().id);
    QCOMPARE(stored.appointment.overrideReason, reason);
}

void tst_BookingDialog::shouldWarnWhenNoAuthorizationCoversTheTreatment()
{
    // given: Ann's insurer wants a prior authorization, and none is on file
    Core::Patient ann = m_ann;
    ann.insurance.payer = QStringLiteral("Aetna");
    QVERIFY(m_fixture->clinic.patients().update(ann));
    Ui::ScheduleServices services = m_fixture->services();
    services.treatments = &m_fixture->clinic.context().treatments();
    services.retreatment = &m_fixture->clinic.context().retreatment();
    Core::AuthorizationService &authorizations = m_fixture->clinic.context().authorizations();
    services.authorizations = &authorizations;
    const auto openFor = [&] {
        m_dialog = std::make_unique<Ui::BookingDialog>(services, *m_editor);
        m_dialog->setDraft(
            slotAt(m_fixture->providers[0].id, m_fixture->rooms[0].id, QTime(10, 0)));
        m_dialog->show();
        m_dialog->setPatient(m_ann.id);
        return child<QLabel>("authorizationStatus");
    };

    // when: the desk books her Botox, the dialog warns and says why
    QLabel *status = openFor();
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().startsWith(QStringLiteral("\u26A0 Authorization")),
             qPrintable(status->text()));

    // and: with an authorization covering today it says it is covered
    Core::Authorization auth = authorizations.draftFor(m_ann.id);
    auth.number = QStringLiteral("PA-1001");
    auth.validFrom = Test::fixedToday().addDays(-10);
    auth.validTo = Test::fixedToday().addMonths(6);
    auth.approvedVisits = 2;
    auth.approvedUnits = 400;
    auto added = authorizations.add(auth);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    status = openFor();
    QVERIFY2(status->text().startsWith(QStringLiteral("\u2713 Authorization")),
             qPrintable(status->text()));
    QVERIFY(Test::saveShot(m_dialog.get(), QStringLiteral("booking-authorized")));
}

void tst_BookingDialog::shouldShowARefusalFromSaveAndWriteNothing()
{
    open(slotAt(m_fixture->providers[0].id, m_fixture->rooms[0].id, QTime(10, 0)));
    m_dialog->setPatient(m_ann.id);
    QVERIFY(m_dialog->conflicts().isEmpty());
    // Another workstation books the provider at that time while the dialog is open.
    QVERIFY(m_fixture->book(m_bob, 0, QStringLiteral("Botox treatment"), QTime(10, 0)).id);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    const QString error = child<QLabel>("errorLabel")->text();
    QVERIFY2(error.contains(QStringLiteral("Smith, Bob")), qPrintable(error));
    QCOMPARE(visitsToday(), 1);
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(!m_dialog->conflicts().isEmpty()); // and the clash now shows in the form
}

void tst_BookingDialog::shouldAddANewPatientInline()
{
    open(slotAt(m_fixture->providers[0].id, 0, QTime(10, 0)));
    QTest::keyClicks(child<QLineEdit>("patientSearch"), QStringLiteral("nunez, maria"));
    QTest::mouseClick(child<QPushButton>("newPatientButton"), Qt::LeftButton);
    QVERIFY(!child<QFrame>("newPatientForm")->isHidden());
    // What was typed is taken as the name.
    QCOMPARE(child<QLineEdit>("new_lastName")->text(), QStringLiteral("nunez"));
    QCOMPARE(child<QLineEdit>("new_firstName")->text(), QStringLiteral("maria"));
    QTest::keyClicks(child<QLineEdit>("new_dateOfBirth"), QStringLiteral("6/2/1980"));
    QTest::keyClicks(child<QLineEdit>("new_mobilePhone"), QStringLiteral("503-555-0199"));
    QTest::mouseClick(child<QPushButton>("createPatientButton"), Qt::LeftButton);
    const qint64 id = m_dialog->patientPicker()->patientId();
    QVERIFY(id != 0);
    auto stored = m_fixture->clinic.patients().byId(id);
    QVERIFY(stored);
    QCOMPARE(stored->dateOfBirth, QDate(1980, 6, 2));
    QCOMPARE(stored->mobilePhone, QStringLiteral("5035550199"));
    QVERIFY(child<QFrame>("newPatientForm")->isHidden());
    QVERIFY(m_dialog->summaryText().contains(stored->displayName()));
}

void tst_BookingDialog::shouldShowNewPatientProblemsUnderTheirFields()
{
    open(slotAt(m_fixture->providers[0].id, 0, QTime(10, 0)));
    auto count = m_fixture->clinic.patients().count();
    QTest::mouseClick(child<QPushButton>("newPatientButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>("new_firstName"), QStringLiteral("Zoe"));
    QTest::keyClicks(child<QLineEdit>("new_dateOfBirth"), QStringLiteral("31/31/1990"));
    QTest::keyClicks(child<QLineEdit>("new_mobilePhone"), QStringLiteral("123"));
    QTest::mouseClick(child<QPushButton>("createPatientButton"), Qt::LeftButton);
    QVERIFY(!child<QLabel>("new_lastName_error")->isHidden());
    QVERIFY(!child<QLabel>("new_dateOfBirth_error")->isHidden());
    QVERIFY(child<QLabel>("new_dateOfBirth_error")->text().contains(QStringLiteral("MM/DD/YYYY")));
    QVERIFY(!child<QLabel>("new_mobilePhone_error")->isHidden());
    QVERIFY(child<QLabel>("new_firstName_error")->isHidden());
    QCOMPARE(m_fixture->clinic.patients().count().value(), count.value());
    QCOMPARE(m_dialog->patientPicker()->patientId(), qint64(0));
}

void tst_BookingDialog::shouldOfferAPatientAlreadyOnFileBeforeAddingAnother()
{
    open(slotAt(m_fixture->providers[0].id, 0, QTime(10, 0)));
    const int before = m_fixture->clinic.patients().count().value();
    QTest::mouseClick(child<QPushButton>("newPatientButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>("new_firstName"), QStringLiteral("Ann"));
    QTest::keyClicks(child<QLineEdit>("new_lastName"), QStringLiteral("Lee"));
    QTest::keyClicks(child<QLineEdit>("new_dateOfBirth"), QStringLiteral("03/14/1975"));
    auto *create = child<QPushButton>("createPatientButton");
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(m_fixture->clinic.patients().count().value(), before);
    QCOMPARE(create->text(), QStringLiteral("Add anyway"));
    auto *results = child<QListWidget>("patientResults");
    QCOMPARE(results->count(), 1);
    QVERIFY(results->item(0)->text().startsWith(QStringLiteral("Lee, Ann")));
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                      results->visualItemRect(results->item(0)).center());
    QCOMPARE(m_dialog->patientPicker()->patientId(), m_ann.id);
    QCOMPARE(m_fixture->clinic.patients().count().value(), before);
}

QTEST_MAIN(tst_BookingDialog)
#include "tst_bookingdialog.moc"
