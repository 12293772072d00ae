// Botox everywhere the desk meets the patient: the retreatment badge in the patient search and
// details, the Botox lines of a visit's details (cycle, window, override, drug, treatment), the
// drug supply dialog, and check-out of a completed Botox visit: record the treatment, then book
// the next cycle.
#include "appointmentdetailspanel.h"
#include "bookingdialog.h"
#include "drugsupplydialog.h"
#include "nextcycledialog.h"
#include "optionaldatefield.h"
#include "patientdetailspanel.h"
#include "patientsscreen.h"
#include "patienttablemodel.h"
#include "schedulefixture.h"
#include "schedulescreen.h"
#include "treatmentdialog.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ClinicDesk;
using Core::AppointmentStatus;
using Test::fixedToday;

class tst_TreatmentCheckout : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::ScheduleFixture> m_fixture;
    Core::Patient m_ann; // Botox, last treated Aug 31 (86 days ago)
    Core::Patient m_bob; // never had Botox

    Core::TreatmentService &treatments() { return m_fixture->clinic.context().treatments(); }
    Core::RetreatmentService &retreatment() { return m_fixture->clinic.context().retreatment(); }
    Ui::ScheduleServices services()
    {
        Ui::ScheduleServices s = m_fixture->services();
        s.treatments = &treatments();
        s.retreatment = &retreatment();
        return s;
    }
    qint64 recordTreatment(const Core::Patient &patient, QDate date)
    {
        Core::Treatment t = treatments().draftFor(patient.id);
        t.date = date;
        t.providerId = m_fixture->providers.value(0).id;
        auto recorded = treatments().record(t);
        if (!recorded)
            qWarning("record failed: %s", qPrintable(recorded.error().message));
        return recorded ? recorded->id : 0;
    }
    static QString shown(QWidget *parent, const QString &name)
    {
        auto *label = parent->findChild<QLabel *>(name);
        return label && label->isVisibleTo(parent) ? label->text() : QString();
    }

private slots:
    void initTestCase() { Test::fixEnvironment(); }

    void init()
    {
        m_fixture = std::make_unique<Test::ScheduleFixture>(2, 2);
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->clinic.errorMessage()));
        Core::Patient ann = Test::TempClinic::draft(QStringLiteral("Ann"), QStringLiteral("Lee"));
        ann.insurance.payer = QStringLiteral("Acme Health");
        auto created = m_fixture->clinic.patients().create(ann);
        QVERIFY(created);
        m_ann = created.value();
        m_bob = m_fixture->clinic.add(QStringLiteral("Bob"), QStringLiteral("Leeds"));
        QVERIFY(recordTreatment(m_ann, QDate(2026, 8, 31)));
    }

    void cleanup() { m_fixture.reset(); }

    void shouldShowTheBadgeInTheSearchResultsAndDetails()
    {
        Ui::PatientsScreen screen(m_fixture->clinic.patients());
        auto *table = screen.findChild<QTableView *>(QStringLiteral("patientTable"));
        QVERIFY(table->isColumnHidden(Ui::PatientTableModel::Retreatment));
        screen.setRetreatmentService(&retreatment());
        QVERIFY(!table->isColumnHidden(Ui::PatientTableModel::Retreatment));
        screen.resize(1300, 600);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        screen.setSearchText(QStringLiteral("lee"));
        screen.searchNow();

        Ui::PatientTableModel *model = screen.model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->headerData(Ui::PatientTableModel::Retreatment, Qt::Horizontal).toString(),
                 QStringLiteral("Botox"));
        const int annRow = model->rowOf(m_ann.id);
        const int bobRow = model->rowOf(m_bob.id);
        // Due Nov 23 (84 days), within the 14-day grace: due now.
        QCOMPARE(model->index(annRow, Ui::PatientTableModel::Retreatment).data().toString(),
                 QStringLiteral("\u25CF Due now"));
        QVERIFY(model->index(annRow, Ui::PatientTableModel::Retreatment)
                    .data(Qt::BackgroundRole)
                    .isValid());
        QCOMPARE(model->index(bobRow, Ui::PatientTableModel::Retreatment).data().toString(),
                 QString());

        table->selectRow(annRow);
        auto *details = screen.findChild<Ui::PatientDetailsPanel *>();
        QCOMPARE(shown(details, QStringLiteral("detail_retreatment")),
                 QStringLiteral("\u25CF Due now"));
        table->selectRow(bobRow);
        QCOMPARE(shown(details, QStringLiteral("detail_retreatment")), QString());
        screen.grab().save(QStringLiteral("/tmp/patients-botox.png"));
    }

    void shouldShowABotoxVisitsCycleWindowAndDrug()
    {
        const Core::Appointment visit =
            m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0), 0, 0);
        QVERIFY(visit.id);
        Ui::AppointmentDetailsPanel panel(m_fixture->clock());
        panel.resize(300, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setEntry(m_fixture->stored(visit.id));
        // Without the treatment services, no Botox lines.
        QCOMPARE(shown(&panel, QStringLiteral("detail_cycle")), QString());
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("drugSupplyButton"))
                     ->isVisibleTo(&panel));

        panel.setTreatmentServices(&treatments(), &retreatment());
        QCOMPARE(shown(&panel, QStringLiteral("detail_cycle")),
                 QStringLiteral("Cycle 2 \u00B7 86 days after Aug 31, 2026"));
        QCOMPARE(shown(&panel, QStringLiteral("detail_window")),
                 QStringLiteral("\u2713 In window (from Nov 23, 2026)"));
        QCOMPARE(shown(&panel, QStringLiteral("detail_override")), QString());
        QCOMPARE(shown(&panel, QStringLiteral("detail_drug")),
                 QStringLiteral("Clinic stock (default)"));
        auto *record = panel.findChild<QPushButton *>(QStringLiteral("recordTreatmentButton"));
        QVERIFY(record->isVisibleTo(&panel));
        QVERIFY(record->isEnabled());
        QCOMPARE(record->text(), QStringLiteral("Record &treatment\u2026"));
        panel.grab().save(QStringLiteral("/tmp/visit-details-botox.png"));

        QSignalSpy drug(&panel, &Ui::AppointmentDetailsPanel::drugSupplyRequested);
        QSignalSpy treatment(&panel, &Ui::AppointmentDetailsPanel::treatmentRequested);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("drugSupplyButton")),
                          Qt::LeftButton);
        QTest::mouseClick(record, Qt::LeftButton);
        QCOMPARE(drug.size(), 1);
        QCOMPARE(drug.first().first().toLongLong(), visit.id);
        QCOMPARE(treatment.size(), 1);

        // A non-Botox visit shows none of it.
        const Core::Appointment followUp =
            m_fixture->book(m_bob, 1, QStringLiteral("Follow-up"), QTime(11, 0), 0, 1);
        panel.setEntry(m_fixture->stored(followUp.id));
        QCOMPARE(shown(&panel, QStringLiteral("detail_cycle")), QString());
        QCOMPARE(shown(&panel, QStringLiteral("detail_drug")), QString());
    }

    void shouldFlagAVisitBookedTooEarlyWithItsReason()
    {
        // Bob was treated on Nov 2: his payer allows the next from Jan 25.
        QVERIFY(recordTreatment(m_bob, QDate(2026, 11, 2)));
        Core::Appointment early = m_fixture->draft(m_bob, 0, QStringLiteral("Botox treatment"),
                                                   QTime(10, 0), 0, 0, QDate(2026, 12, 28));
        early.overrideReason = QStringLiteral("Travelling for 3 months");
        auto booked = m_fixture->appointments().book(early);
        QVERIFY2(booked, qPrintable(booked.ok() ? QString() : booked.error().message));
        Ui::AppointmentDetailsPanel panel(m_fixture->clock());
        panel.setTreatmentServices(&treatments(), &retreatment());
        panel.setEntry(m_fixture->stored(booked->id));
        QCOMPARE(shown(&panel, QStringLiteral("detail_cycle")),
                 QStringLiteral("Cycle 2 \u00B7 56 days after Nov 2, 2026"));
        QCOMPARE(shown(&panel, QStringLiteral("detail_window")),
                 QStringLiteral("\u2717 Too early: the earliest allowed is Jan 25, 2027"));
        QCOMPARE(shown(&panel, QStringLiteral("detail_override")),
                 QStringLiteral("\u26A0 Booked early: Travelling for 3 months"));
        // Not yet given: nothing to record before the day.
        QVERIFY(
            !panel.findChild<QPushButton *>(QStringLiteral("recordTreatmentButton"))->isEnabled());
    }

    void shouldRecordWhereTheDrugComesFrom()
    {
        const Core::Appointment visit = m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"),
                                                        QTime(10, 0), 0, 0, QDate(2026, 12, 2));
        QVERIFY(visit.id);
        QUndoStack stack;
        Ui::ScheduleScreen screen(services(), &stack);
        screen.resize(1366, 768);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        QSignalSpy opened(&screen, &Ui::ScheduleScreen::dialogOpened);
        screen.showAppointment(visit.id);
        QTest::mouseClick(
            screen.detailsPanel()->findChild<QPushButton *>(QStringLiteral("drugSupplyButton")),
            Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        auto *dialog =
            qobject_cast<Ui::DrugSupplyDialog *>(opened.first().first().value<QDialog *>());
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("clinicStock"))->isChecked());

        QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("specialtyPharmacy")),
                          Qt::LeftButton, {}, QPoint(6, 6));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("pharmacy")),
                         QStringLiteral("Accredo"));
        auto *ordered = dialog->findChild<Ui::OptionalDateField *>(QStringLiteral("orderedOn"));
        auto *shipped = dialog->findChild<Ui::OptionalDateField *>(QStringLiteral("shippedOn"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        ordered->setOptionalDate(fixedToday().addDays(1));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog->errorFor(QStringLiteral("orderedOn")),
                 QStringLiteral("That date is after today."));
        ordered->setOptionalDate(QDate(2026, 11, 20));
        shipped->setOptionalDate(QDate(2026, 11, 19));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog->errorFor(QStringLiteral("shippedOn")),
                 QStringLiteral("Shipped can't be before ordered."));
        QVERIFY(!treatments().drugSupply(visit.id)->has_value());
        shipped->setOptionalDate(QDate(2026, 11, 23));
        QCOMPARE(shown(dialog, QStringLiteral("supplySummary")),
                 QStringLiteral("\u26A0 Drug not received (shipped Nov 23)"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!dialog->isVisible());

        auto stored = treatments().drugSupply(visit.id);
        QVERIFY(stored && stored->has_value());
        QCOMPARE(stored->value().pharmacy, QStringLiteral("Accredo"));
        QCOMPARE(stored->value().shippedOn, QDate(2026, 11, 23));
        QVERIFY(stored->value().awaitingDrug());
        QCOMPARE(shown(screen.detailsPanel(), QStringLiteral("detail_drug")),
                 QStringLiteral("\u26A0 Drug not received (shipped Nov 23)"));
    }

    void shouldRecordTheTreatmentAndOfferTheNextCycleAtCheckOut()
    {
        const Core::Appointment visit =
            m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0), 0, 0);
        QVERIFY(visit.id);
        QVERIFY(m_fixture->appointments().setStatus(visit.id, AppointmentStatus::Arrived));
        QUndoStack stack;
        Ui::ScheduleScreen screen(services(), &stack);
        QList<Ui::Question> asked;
        screen.setConfirmer([&asked](QWidget *, const Ui::Question &q) {
            asked << q;
            return true;
        });
        screen.resize(1366, 768);
        screen.show();
        QVERIFY(QTest::qWaitForWindowActive(&screen));
        QSignalSpy opened(&screen, &Ui::ScheduleScreen::dialogOpened);
        screen.showAppointment(visit.id);

        // Completed: the treatment record opens, drafted from the visit.
        QTest::mouseClick(screen.detailsPanel()->buttonFor(AppointmentStatus::Completed),
                          Qt::LeftButton);
        QCOMPARE(m_fixture->stored(visit.id).appointment.status, AppointmentStatus::Completed);
        QCOMPARE(opened.size(), 1);
        auto *record = qobject_cast<Ui::TreatmentDialog *>(opened.at(0).first().value<QDialog *>());
        QVERIFY(record);
        QCOMPARE(record->treatment().appointmentId, visit.id);
        QCOMPARE(record->treatment().providerId, m_fixture->providers.value(0).id);
        QCOMPARE(record->windowTitle(), QStringLiteral("Record treatment \u2014 Lee, Ann"));
        QVERIFY(asked.isEmpty());
        QTest::mouseClick(record->findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);

        // Then, once it is closed: book the next cycle?
        QTRY_COMPARE(asked.size(), 1);
        QCOMPARE(asked.constFirst().objectName, QStringLiteral("nextCycleQuestion"));
        QVERIFY2(asked.constFirst().text.contains(
                     QStringLiteral("Earliest Feb 17, 2027 \u00B7 Due Feb 17, 2027")),
                 qPrintable(asked.constFirst().text));
        auto stored = treatments().forAppointment(visit.id);
        QVERIFY(stored && stored->has_value());
        QCOMPARE(stored->value().unitsGiven, 155);
        QCOMPARE(opened.size(), 2);
        auto *next = qobject_cast<Ui::NextCycleDialog *>(opened.at(1).first().value<QDialog *>());
        QVERIFY(next);
        QVERIFY(!next->offers().isEmpty());
        const Core::SlotOffer offer = next->offers().constFirst();
        QVERIFY(offer.slot.date >= QDate(2027, 2, 17).addDays(-14));
        QTest::mouseClick(next->findChild<QPushButton *>(QStringLiteral("nextCycleChoose")),
                          Qt::LeftButton);

        // The booking dialog, filled in with the chosen time.
        QTRY_COMPARE(opened.size(), 3);
        auto *booking = qobject_cast<Ui::BookingDialog *>(opened.at(2).first().value<QDialog *>());
        QVERIFY(booking);
        const Core::Appointment draft = booking->draft();
        QCOMPARE(draft.patientId, m_ann.id);
        QCOMPARE(draft.slot, offer.slot);
        QCOMPARE(draft.providerId, offer.providerId);
        QVERIFY(m_fixture->type(QStringLiteral("Botox treatment")).id == draft.typeId);
        booking->close();
    }

    void shouldNotAskForTheNextCycleWhenOneIsBooked()
    {
        const Core::Appointment visit =
            m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0), 0, 0);
        const Core::Appointment later = m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"),
                                                        QTime(10, 0), 0, 0, QDate(2027, 2, 17));
        QVERIFY(visit.id && later.id);
        QVERIFY(m_fixture->appointments().setStatus(visit.id, AppointmentStatus::Arrived));
        Core::Treatment draft = treatments().draftForAppointment(visit.id).value();
        QVERIFY(treatments().record(draft));
        QUndoStack stack;
        Ui::ScheduleScreen screen(services(), &stack);
        QList<Ui::Question> asked;
        screen.setConfirmer([&asked](QWidget *, const Ui::Question &q) {
            asked << q;
            return true;
        });
        screen.resize(1366, 768);
        screen.show();
        QVERIFY(QTest::qWaitForWindowActive(&screen));
        QSignalSpy opened(&screen, &Ui::ScheduleScreen::dialogOpened);
        screen.showAppointment(visit.id);
        QCOMPARE(screen.detailsPanel()
                     ->findChild<QPushButton *>(QStringLiteral("recordTreatmentButton"))
                     ->text(),
                 QStringLiteral("Edit &treatment\u2026"));
        QTest::mouseClick(screen.detailsPanel()->buttonFor(AppointmentStatus::Completed),
                          Qt::LeftButton);
        // Already recorded and already booked: nothing to ask, the banner says why.
        QCOMPARE(opened.size(), 0);
        QVERIFY(asked.isEmpty());
        QCOMPARE(screen.bannerText(),
                 QStringLiteral("Lee, Ann's next treatment is already booked (Booked Feb 17)."));
    }
};

QTEST_MAIN(tst_TreatmentCheckout)
#include "tst_treatmentcheckout.moc"
