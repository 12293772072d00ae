// The waitlist as the desk uses it: putting a patient on it through the form (patient search,
// weekday boxes, times, type), the inline errors, editing and taking someone off; and, when a
// Botox visit is cancelled, the offers of its time to waitlisted patients and booking the one
// chosen into it.
#include "appointmentdetailspanel.h"
#include "bookingdialog.h"
#include "dayview.h"
#include "patientpicker.h"
#include "reasondialog.h"
#include "schedulefixture.h"
#include "schedulescreen.h"
#include "uitestsupport.h"
#include "waitlistdialog.h"
#include "waitlistentrydialog.h"
#include "waitlistoffersdialog.h"
#include "waitlisttablemodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ClinicDesk;
using Core::AppointmentStatus;
using Core::WaitlistEntry;
using Ui::WaitlistTableModel;

class tst_WaitlistDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::ScheduleFixture> m_fixture;
    Core::Patient m_ann;
    Core::Patient m_ben;
    Core::Patient m_cy;

    Core::WaitlistService &waitlist() { return m_fixture->clinic.context().waitlist(); }
    std::unique_ptr<Ui::WaitlistDialog> openWaitlist()
    {
        auto dialog = std::make_unique<Ui::WaitlistDialog>(waitlist(), m_fixture->clinic.patients(),
                                                           m_fixture->clinic.setup());
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qWarning("the waitlist did not show");
        return dialog;
    }
    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        auto *found = parent->findChild<T *>(name);
        if (!found)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return found;
    }
    static QString shown(QWidget *parent, const QString &name)
    {
        auto *label = parent->findChild<QLabel *>(name);
        return label && label->isVisibleTo(parent) ? label->text() : QString();
    }
    // Ticks or unticks the weekday boxes with the mouse until exactly `days` are ticked.
    static void tickDays(QWidget *form, const QList<int> &days)
    {
        for (int day = 1; day <= 7; ++day) {
            auto *box = child<QCheckBox>(form, QStringLiteral("weekday%1").arg(day));
            if (box->isChecked() != days.contains(day))
                QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        }
    }
    static void chooseInCombo(QComboBox *combo, const QString &text)
    {
        combo->setFocus();
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        while (combo->currentIndex() != index)
            QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
    }
    qint64 recordTreatment(const Core::Patient &patient, QDate date)
    {
        Core::Treatment t = m_fixture->clinic.context().treatments().draftFor(patient.id);
        t.date = date;
        t.providerId = m_fixture->providers.value(0).id;
        auto recorded = m_fixture->clinic.context().treatments().record(t);
        if (!recorded)
            qWarning("record failed: %s", qPrintable(recorded.error().message));
        return recorded ? recorded->id : 0;
    }
    // The schedule with the details panel out of sight: under Qt 6.4.2 the panel's QFormLayout
    // writes past its row heights when rows it has hidden come and go (valgrind shows it in the
    // other schedule tests too), and the corruption can bring a later test down. The desk
    // cancels from the day view instead: select the visit, press Delete.
    static void showWithoutDetails(Ui::ScheduleScreen &screen)
    {
        screen.resize(1366, 768);
        screen.detailsPanel()->hide();
        screen.show();
        if (!QTest::qWaitForWindowExposed(&screen))
            qWarning("the schedule did not show");
        screen.dayView()->setFocus();
    }
    // Selects the visit and cancels it with Delete and a reason, as the desk does.
    static void cancelFromTheDayView(Ui::ScheduleScreen &screen, qint64 appointmentId)
    {
        screen.showAppointment(appointmentId);
        QCOMPARE(screen.selectedAppointmentId(), appointmentId);
        QTest::keyClick(screen.dayView(), Qt::Key_Delete);
        QTRY_VERIFY(screen.findChild<Ui::ReasonDialog *>());
        auto *reason = screen.findChild<Ui::ReasonDialog *>();
        QTest::keyClicks(child<QComboBox>(reason, QStringLiteral("reasonEdit"))->lineEdit(),
                         QStringLiteral("Flu"));
        QTest::mouseClick(child<QPushButton>(reason, QStringLiteral("reasonOk")), Qt::LeftButton);
    }
    WaitlistEntry wantsBotox(const Core::Patient &patient)
    {
        WaitlistEntry e = waitlist().draftFor(patient.id);
        e.typeId = m_fixture->type(QStringLiteral("Botox treatment")).id;
        return e;
    }

private slots:
    void initTestCase() { Test::fixEnvironment(); }

    void init()
    {
        m_fixture = std::make_unique<Test::ScheduleFixture>(2, 2);
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->clinic.errorMessage()));
        m_ann = m_fixture->clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"),
                                      QDate(1975, 3, 14), QStringLiteral("5034058718"));
        m_ben = m_fixture->clinic.add(QStringLiteral("Ben"), QStringLiteral("Okafor"),
                                      QDate(1981, 6, 2), QStringLiteral("5035550101"));
        m_cy = m_fixture->clinic.add(QStringLiteral("Cy"), QStringLiteral("Park"),
                                     QDate(1990, 1, 20), QStringLiteral("5035550102"));
        QVERIFY(m_ann.id && m_ben.id && m_cy.id);
    }

    void cleanup() { m_fixture.reset(); }

    void shouldAddAPatientThroughTheForm()
    {
        // given
        auto dialog = openWaitlist();
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog->model()->rowCount(), 0);
        QVERIFY(shown(dialog.get(), QStringLiteral("waitlistSummary"))
                    .startsWith(QStringLiteral("Nobody is waiting")));

        // when: Add…, find Ann, Tue/Thu mornings, Botox with Dr Fiks, a note, Save
        QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("addWaitlistButton")),
                          Qt::LeftButton);
        Ui::WaitlistEntryDialog *form = dialog->entryForm();
        QVERIFY(form);
        QTRY_VERIFY(form->isVisible());
        auto *search = child<QLineEdit>(form, QStringLiteral("patientSearch"));
        QCOMPARE(form->focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("lee"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(form->patientPicker()->patientId(), m_ann.id);
        tickDays(form, {2, 4});
        QTest::mouseClick(child<QPushButton>(form, QStringLiteral("morningsButton")),
                          Qt::LeftButton);
        chooseInCombo(child<QComboBox>(form, QStringLiteral("type")),
                      QStringLiteral("Botox treatment"));
        chooseInCombo(child<QComboBox>(form, QStringLiteral("provider")),
                      m_fixture->providers[0].displayName());
        QTest::keyClicks(child<QPlainTextEdit>(form, QStringLiteral("notes")),
                         QStringLiteral("Can come at an hour's notice"));
        form->grab().save(QStringLiteral("/tmp/waitlist-form.png"));
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);

        // then
        QTRY_VERIFY(!dialog->entryForm());
        const auto open = waitlist().open();
        QCOMPARE(open->size(), 1);
        const WaitlistEntry &stored = open->constFirst();
        QCOMPARE(stored.patientId, m_ann.id);
        QCOMPARE(stored.weekdays, (QList<int>{2, 4}));
        QCOMPARE(stored.earliestMinute, 8 * 60);
        QCOMPARE(stored.latestMinute, 12 * 60);
        QCOMPARE(stored.providerId, m_fixture->providers[0].id);
        WaitlistTableModel *model = dialog->model();
        QCOMPARE(model->rowCount(), 1);
        const auto cell = [&](int column) {
            return model->index(0, column).data().toString();
        };
        QCOMPARE(cell(WaitlistTableModel::Patient), QStringLiteral("Lee, Ann"));
        QCOMPARE(cell(WaitlistTableModel::Phone), QStringLiteral("(503) 405-8718"));
        QCOMPARE(cell(WaitlistTableModel::Wants),
                 QStringLiteral("Botox treatment with %1").arg(m_fixture->providers[0].name));
        QCOMPARE(cell(WaitlistTableModel::Days), QStringLiteral("Tue/Thu"));
        QCOMPARE(cell(WaitlistTableModel::Times), QStringLiteral("8:00\u201312:00"));
        QCOMPARE(cell(WaitlistTableModel::Since), QStringLiteral("Today"));
        QCOMPARE(cell(WaitlistTableModel::Notes), QStringLiteral("Can come at an hour's notice"));
        QCOMPARE(model->index(0, 0).data(WaitlistTableModel::EntryIdRole).toLongLong(), stored.id);
        QCOMPARE(model->index(0, 0).data(WaitlistTableModel::PatientIdRole).toLongLong(), m_ann.id);
        QCOMPARE(shown(dialog.get(), QStringLiteral("waitlistMessage")),
                 QStringLiteral("\u2713 Lee, Ann is on the waitlist (Tue/Thu mornings)."));
        QCOMPARE(dialog->table()->selectionModel()->selectedRows().size(), 1);
        dialog->grab().save(QStringLiteral("/tmp/waitlist-dialog.png"));
    }

    void shouldShowErrorsBesideTheirFieldsWithoutSaving()
    {
        auto dialog = openWaitlist();
        QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("addWaitlistButton")),
                          Qt::LeftButton);
        Ui::WaitlistEntryDialog *form = dialog->entryForm();
        QVERIFY(form);

        // No patient, no weekday, and the latest time before the earliest.
        tickDays(form, {});
        auto *latest = child<QTimeEdit>(form, QStringLiteral("latestTime"));
        latest->setFocus();
        latest->setSelectedSection(QDateTimeEdit::HourSection);
        QTest::keyClicks(latest, QStringLiteral("07"));
        QCOMPARE(latest->time(), QTime(7, 0));
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);

        QVERIFY(form->isVisible());
        QCOMPARE(shown(form, QStringLiteral("error_patient")),
                 QStringLiteral("Choose the patient who wants an earlier visit."));
        QCOMPARE(shown(form, QStringLiteral("error_weekdays")),
                 QStringLiteral("Tick at least one day of the week that suits the patient."));
        QCOMPARE(shown(form, QStringLiteral("error_latestTime")),
                 QStringLiteral("The latest time (7:00) must come after the earliest (8:00)."));
        QVERIFY(waitlist().open()->isEmpty());
        form->grab().save(QStringLiteral("/tmp/waitlist-form-errors.png"));

        // Ticking a day takes its message away; the others stay until the next Save.
        tickDays(form, {3});
        QCOMPARE(shown(form, QStringLiteral("error_weekdays")), QString());
        QVERIFY(!shown(form, QStringLiteral("error_patient")).isEmpty());
        form->setConfirmer([](QWidget *, const Ui::Question &) { return true; });
        form->reject();
    }

    void shouldRefuseASecondEntryForTheSameVisitType()
    {
        QVERIFY(waitlist().add(wantsBotox(m_ann)));
        auto dialog = openWaitlist();
        dialog->addEntry(m_ann.id);
        Ui::WaitlistEntryDialog *form = dialog->entryForm();
        QVERIFY(form);
        QCOMPARE(form->patientPicker()->patientId(), m_ann.id);
        chooseInCombo(child<QComboBox>(form, QStringLiteral("type")),
                      QStringLiteral("Botox treatment"));

        QTest::mouseClick(form->saveButton(), Qt::LeftButton);

        QVERIFY(form->isVisible());
        QVERIFY2(shown(form, QStringLiteral("error_type"))
                     .startsWith(QStringLiteral("Ann Lee is already on the waitlist for Botox "
                                                "treatment")),
                 qPrintable(shown(form, QStringLiteral("error_type"))));
        QCOMPARE(waitlist().open()->size(), 1);
    }

    void shouldEditAndTakeAPatientOffTheList()
    {
        const auto ben = waitlist().add(wantsBotox(m_ben));
        const auto cy = waitlist().add(wantsBotox(m_cy));
        QVERIFY(ben && cy);
        auto dialog = openWaitlist();
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog->model()->rowCount(), 2);
        auto *edit = child<QPushButton>(dialog.get(), QStringLiteral("editWaitlistButton"));
        auto *remove = child<QPushButton>(dialog.get(), QStringLiteral("removeWaitlistButton"));
        QVERIFY(!edit->isEnabled() && !remove->isEnabled());

        // Edit Cy: weekends only.
        dialog->table()->selectRow(dialog->model()->rowOf(cy->id));
        QVERIFY(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        Ui::WaitlistEntryDialog *form = dialog->entryForm();
        QVERIFY(form);
        QVERIFY(!form->patientPicker()); // the patient of an entry stays
        QCOMPARE(shown(form, QStringLiteral("patient")), QStringLiteral("<b>Park, Cy</b>"));
        tickDays(form, {6, 7});
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->entryForm());
        const int cyRow = dialog->model()->rowOf(cy->id);
        QCOMPARE(dialog->model()->index(cyRow, WaitlistTableModel::Days).data().toString(),
                 QStringLiteral("Sat/Sun"));

        // Take Ben off, after saying yes.
        QString asked;
        dialog->setConfirmer([&asked](QWidget *, const Ui::Question &question) {
            asked = question.text;
            return true;
        });
        dialog->table()->selectRow(dialog->model()->rowOf(ben->id));
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY2(asked.startsWith(QStringLiteral("Okafor, Ben is waiting for Botox treatment, "
                                                 "Mon\u2013Fri any time")),
                 qPrintable(asked));
        QCOMPARE(dialog->model()->rowCount(), 1);
        QCOMPARE(dialog->model()->entryAt(0)->patientId, m_cy.id);
        QCOMPARE(waitlist().open()->size(), 1);
        QCOMPARE(shown(dialog.get(), QStringLiteral("waitlistMessage")),
                 QStringLiteral("Okafor, Ben is off the waitlist."));
    }

    void shouldListCandidatesAndReturnTheChosenOne()
    {
        // given: Ben overdue, Cy waiting for a first treatment; Ann's Botox visit on Thu Dec 3
        // at 10:00 is cancelled.
        QVERIFY(recordTreatment(m_ben, Test::fixedToday().addDays(-110)));
        QVERIFY(waitlist().add(wantsBotox(m_cy)));
        QVERIFY(waitlist().add(wantsBotox(m_ben)));
        const Core::Appointment visit = m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"),
                                                        QTime(10, 0), 0, 0, QDate(2026, 12, 3));
        QVERIFY(visit.id);
        QVERIFY(m_fixture->appointments().cancel(visit.id, QStringLiteral("Flu")));
        const Core::ScheduleEntry freed = m_fixture->stored(visit.id);
        const auto candidates = waitlist().candidatesFor(freed);
        QVERIFY(candidates);

        // when
        Ui::WaitlistOffersDialog offers(freed, candidates.value());
        offers.show();
        QVERIFY(QTest::qWaitForWindowExposed(&offers));
        QSignalSpy chosen(&offers, &Ui::WaitlistOffersDialog::patientChosen);

        // then: the slot in words, the most overdue first with why
        QCOMPARE(shown(&offers, QStringLiteral("freedSlot")),
                 QStringLiteral("Thu Dec 3 10:00\u201310:15 with %1 is free.")
                     .arg(m_fixture->providers[0].name));
        auto *list = offers.list();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(Ui::WaitlistOffersDialog::PatientColumn),
                 QStringLiteral("Okafor, Ben"));
        QCOMPARE(list->topLevelItem(0)->text(Ui::WaitlistOffersDialog::PhoneColumn),
                 QStringLiteral("(503) 555-0101"));
        QCOMPARE(list->topLevelItem(0)->text(Ui::WaitlistOffersDialog::WhyColumn),
                 QStringLiteral("Overdue by 26 days \u00b7 Mon\u2013Fri any time"));
        QCOMPARE(list->topLevelItem(1)->text(Ui::WaitlistOffersDialog::PatientColumn),
                 QStringLiteral("Park, Cy"));
        offers.grab().save(QStringLiteral("/tmp/waitlist-offers.png"));

        // Choose the second and book.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->topLevelItem(1)).center());
        QTest::mouseClick(child<QPushButton>(&offers, QStringLiteral("bookForSelectedButton")),
                          Qt::LeftButton);
        QCOMPARE(offers.result(), int(QDialog::Accepted));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toLongLong(), m_cy.id);
        QCOMPARE(offers.chosen()->entry.patientId, m_cy.id);
    }

    void shouldOfferACancelledBotoxVisitAndBookTheChosenPatient()
    {
        // given: Ann's Botox visit today at 10:00 (it is 9:00); Ben waits for any Botox visit.
        QVERIFY(recordTreatment(m_ben, Test::fixedToday().addDays(-100)));
        const auto entry = waitlist().add(wantsBotox(m_ben));
        QVERIFY(entry);
        const Core::Appointment visit =
            m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0), 0, 0);
        QVERIFY(visit.id);
        Ui::ScheduleServices services = m_fixture->services();
        services.waitlist = &waitlist();
        QUndoStack stack;
        Ui::ScheduleScreen screen(services, &stack);
        showWithoutDetails(screen);

        // when: the desk cancels it, with a reason
        cancelFromTheDayView(screen, visit.id);

        // then: the time is offered to Ben
        QCOMPARE(m_fixture->stored(visit.id).appointment.status, AppointmentStatus::Cancelled);
        QTRY_VERIFY(screen.findChild<Ui::WaitlistOffersDialog *>());
        auto *offers = screen.findChild<Ui::WaitlistOffersDialog *>();
        QVERIFY(offers->isVisible());
        QCOMPARE(offers->list()->topLevelItemCount(), 1);
        QCOMPARE(offers->list()->topLevelItem(0)->text(0), QStringLiteral("Okafor, Ben"));

        // Book for selected opens the booking filled in with Ben and the freed time.
        QTest::mouseClick(child<QPushButton>(offers, QStringLiteral("bookForSelectedButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(screen.findChild<Ui::BookingDialog *>());
        auto *booking = screen.findChild<Ui::BookingDialog *>();
        const Core::Appointment draft = booking->draft();
        QCOMPARE(draft.patientId, m_ben.id);
        QCOMPARE(draft.slot, visit.slot);
        QCOMPARE(draft.providerId, visit.providerId);
        QCOMPARE(draft.typeId, visit.typeId);
        QTest::mouseClick(child<QPushButton>(booking, QStringLiteral("saveButton")),
                          Qt::LeftButton);

        // Ben is booked and off the waitlist.
        QVERIFY2(booking->bookedAppointment().id > 0,
                 qPrintable(shown(booking, QStringLiteral("errorLabel"))));
        QCOMPARE(booking->bookedAppointment().patientId, m_ben.id);
        QVERIFY(waitlist().open()->isEmpty());
        QVERIFY2(screen.bannerText().contains(QStringLiteral("off the waitlist")),
                 qPrintable(screen.bannerText()));
    }

    void shouldNotOfferWhenNobodyFitsOrTheVisitIsNotBotox()
    {
        WaitlistEntry mondays = wantsBotox(m_ben);
        mondays.weekdays = {1}; // today is a Wednesday
        QVERIFY(waitlist().add(mondays));
        WaitlistEntry anyVisit = waitlist().draftFor(m_cy.id);
        anyVisit.providerId = m_fixture->providers[1].id; // the follow-up's, not the Botox's
        QVERIFY(waitlist().add(anyVisit));
        const Core::Appointment botox =
            m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0), 0, 0);
        const Core::Appointment followUp =
            m_fixture->book(m_ann, 1, QStringLiteral("Follow-up"), QTime(11, 0), 0, 1);
        QVERIFY(botox.id && followUp.id);
        Ui::ScheduleServices services = m_fixture->services();
        services.waitlist = &waitlist();
        QUndoStack stack;
        Ui::ScheduleScreen screen(services, &stack);
        showWithoutDetails(screen);

        for (const Core::Appointment &visit : {followUp, botox}) {
            cancelFromTheDayView(screen, visit.id);
            QCOMPARE(m_fixture->stored(visit.id).appointment.status, AppointmentStatus::Cancelled);
            QTRY_VERIFY(!screen.findChild<Ui::ReasonDialog *>());
        }

        // The follow-up suits Cy (any visit with its provider) but only a Botox visit is
        // offered; the Botox visit suits nobody (Ben wants Mondays, Cy the other provider).
        QTest::qWait(50);
        QVERIFY(!screen.findChild<Ui::WaitlistOffersDialog *>());
    }
};

QTEST_MAIN(tst_WaitlistDialog)
#include "tst_waitlistdialog.moc"
