// Recording a Botox treatment as the desk does: the PREEMPT draft, typing into the fields,
// messages under the fields as they are typed, units that follow the vials and the areas,
// follow-the-pain rows, adverse events, and saving through the treatment service.
#include "adverseeventseditor.h"
#include "injectionareaseditor.h"
#include "optionaldatefield.h"
#include "testsupport.h"
#include "treatmentdialog.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <memory>

using namespace ClinicDesk;
using Core::Treatment;
using Test::fixedToday;
using Ui::TreatmentDialog;

class tst_TreatmentDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempClinic> m_clinic;
    Core::Provider m_fiks;
    Core::Patient m_ann;
    QList<Ui::Question> m_asked;
    bool m_answer = true;

    Core::TreatmentService &service() { return m_clinic->context().treatments(); }

    std::unique_ptr<TreatmentDialog> open(const Treatment &t)
    {
        auto dialog = std::make_unique<TreatmentDialog>(service(), m_clinic->setup(), t);
        const auto answer = [this](QWidget *, const Ui::Question &q) {
            m_asked << q;
            return m_answer;
        };
        dialog->setWarningConfirmer(answer);
        dialog->setDiscardConfirmer(answer);
        dialog->setPatientName(QStringLiteral("Lee, Ann"));
        dialog->show();
        dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(dialog.get()))
            qWarning("dialog not active");
        return dialog;
    }
    std::unique_ptr<TreatmentDialog> openDraft()
    {
        Treatment draft = service().draftFor(m_ann.id);
        draft.providerId = m_fiks.id;
        return open(draft);
    }
    template<typename T>
    static T *child(QWidget *dialog, const QString &name)
    {
        auto *found = dialog->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    static void typeNumber(QSpinBox *box, int value)
    {
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QString::number(value));
    }
    static QString text(QWidget *dialog, const QString &labelName)
    {
        auto *label = dialog->findChild<QLabel *>(labelName);
        return label && label->isVisible() ? label->text() : QString();
    }
    QList<Treatment> stored()
    {
        auto list = service().forPatient(m_ann.id);
        return list ? list.value() : QList<Treatment>{};
    }

private slots:
    void initTestCase() { Test::fixEnvironment(); }

    void init()
    {
        m_clinic = std::make_unique<Test::TempClinic>();
        QVERIFY2(m_clinic->isValid(), qPrintable(m_clinic->errorMessage()));
        m_fiks =
            m_clinic->setup()
                .addProvider({0, QStringLiteral("Vladimir Fiks"), QStringLiteral("MD"), {}, true})
                .value();
        m_ann = m_clinic->add(QStringLiteral("Ann"), QStringLiteral("Lee"));
        QVERIFY(m_ann.id > 0);
        m_asked.clear();
        m_answer = true;
    }

    void cleanup() { m_clinic.reset(); }

    void shouldOpenOnThePreemptDraft()
    {
        auto dialog = openDraft();
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Record treatment \u2014 Lee, Ann"));
        QCOMPARE(child<Ui::DateField>(dialog.get(), QStringLiteral("date"))->date(), fixedToday());
        QCOMPARE(child<QComboBox>(dialog.get(), QStringLiteral("providerId"))->currentText(),
                 QStringLiteral("Vladimir Fiks, MD"));
        QCOMPARE(child<QLineEdit>(dialog.get(), QStringLiteral("diagnosisCode"))->text(),
                 QStringLiteral("G43.709"));
        QCOMPARE(child<QComboBox>(dialog.get(), QStringLiteral("vialUnits"))->currentText(),
                 QStringLiteral("200 U"));
        QCOMPARE(child<QSpinBox>(dialog.get(), QStringLiteral("unitsGiven"))->value(), 155);
        QCOMPARE(child<QSpinBox>(dialog.get(), QStringLiteral("unitsDiscarded"))->value(), 45);
        QCOMPARE(text(dialog.get(), QStringLiteral("areaTotals")),
                 QStringLiteral("155 U in 31 sites"));
        QCOMPARE(child<QSpinBox>(dialog.get(), QStringLiteral("units_temporalis"))->value(), 40);
        QCOMPARE(child<QSpinBox>(dialog.get(), QStringLiteral("sites_temporalis"))->value(), 8);
        QCOMPARE(text(dialog.get(), QStringLiteral("wasteModifier")),
                 QStringLiteral("Discarded units billed with JW (J0585-JW, 45 U)"));
        QCOMPARE(text(dialog.get(), QStringLiteral("noAdverseEvents")),
                 QStringLiteral("No adverse events recorded."));
        for (const QString &field : {QStringLiteral("date"), QStringLiteral("unitsGiven"),
                                     QStringLiteral("unitsDiscarded"), QStringLiteral("areas")}) {
            QCOMPARE(dialog->errorFor(field), QString());
            QCOMPARE(dialog->warningFor(field), QString());
        }
        QVERIFY(!dialog->hasUnsavedChanges());
        dialog->grab().save(QStringLiteral("/tmp/treatment-dialog.png"));
    }

    void shouldShowAnErrorUnderTheDateWhenItIsInTheFuture()
    {
        auto dialog = openDraft();
        auto *date = child<Ui::DateField>(dialog.get(), QStringLiteral("date"));
        date->setFocus();
        date->setSelectedSection(QDateTimeEdit::MonthSection);
        QTest::keyClicks(date, QStringLiteral("11/26/2026"));
        QCOMPARE(date->date(), QDate(2026, 11, 26));
        QCOMPARE(text(dialog.get(), QStringLiteral("error_date")),
                 QStringLiteral("A treatment can't be recorded for Nov 26, 2026, which is after "
                                "today."));

        // Save is refused and keeps the dialog open.
        QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(stored().isEmpty());

        // Back to today: the message goes.
        date->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(date, QStringLiteral("25"));
        QCOMPARE(date->date(), fixedToday());
        QCOMPARE(dialog->errorFor(QStringLiteral("date")), QString());
    }

    void shouldWarnAbove195UnitsAsTheyAreRaised()
    {
        auto dialog = openDraft();
        auto *given = child<QSpinBox>(dialog.get(), QStringLiteral("unitsGiven"));
        typeNumber(given, 195);
        QCOMPARE(given->value(), 195);
        QCOMPARE(dialog->warningFor(QStringLiteral("unitsGiven")), QString());

        typeNumber(given, 196);
        QCOMPARE(dialog->warningFor(QStringLiteral("unitsGiven")),
                 QStringLiteral("\u26A0 196 U is above the 195 U maximum of the PREEMPT pattern "
                                "with follow-the-pain."));
        // The areas still say 155 U: that is worth a look too.
        QCOMPARE(dialog->warningFor(QStringLiteral("areas")),
                 QStringLiteral("\u26A0 The injection areas add up to 155 U but 196 U were "
                                "given."));
        // Discarded follows the one 200 U vial.
        QCOMPARE(child<QSpinBox>(dialog.get(), QStringLiteral("unitsDiscarded"))->value(), 4);
        QCOMPARE(dialog->errorFor(QStringLiteral("unitsDiscarded")), QString());
        QVERIFY(Test::saveShot(dialog.get(), QStringLiteral("treatment-dialog-warning")));

        // Saving asks once; "Go back" stores nothing.
        m_answer = false;
        QTest::keyClick(dialog.get(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.constFirst().objectName, QStringLiteral("warningQuestion"));
        QVERIFY(m_asked.constFirst().text.contains(QStringLiteral("196 U is above the 195 U")));
        QVERIFY(dialog->isVisible());
        QVERIFY(stored().isEmpty());

        // "Save anyway" stores it as given.
        m_answer = true;
        QTest::keyClick(dialog.get(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_asked.size(), 2);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().constFirst().unitsGiven, 196);
        QCOMPARE(stored().constFirst().unitsDiscarded, 4);
    }

    void shouldWarnAboutAnExpiredLotAndSaveWhenTold()
    {
        auto dialog = openDraft();
        auto *expiry = child<Ui::OptionalDateField>(dialog.get(), QStringLiteral("lotExpiry"));
        QTest::keyClicks(child<QLineEdit>(dialog.get(), QStringLiteral("lotNumber")),
                         QStringLiteral("c1234ab5"));
        expiry->setOptionalDate(QDate(2026, 10, 31));
        QCOMPARE(dialog->warningFor(QStringLiteral("lotExpiry")),
                 QStringLiteral("\u26A0 Lot C1234AB5 expired on Oct 31, 2026, before this "
                                "treatment."));
        // One question, answered "Save anyway".
        QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().constFirst().lotNumber, QStringLiteral("C1234AB5"));
        QCOMPARE(stored().constFirst().lotExpiry, QDate(2026, 10, 31));
    }

    void shouldKeepDiscardedFollowingTheVialsUntilEdited()
    {
        auto dialog = openDraft();
        auto *vialUnits = child<QComboBox>(dialog.get(), QStringLiteral("vialUnits"));
        auto *vials = child<QSpinBox>(dialog.get(), QStringLiteral("vialCount"));
        auto *discarded = child<QSpinBox>(dialog.get(), QStringLiteral("unitsDiscarded"));

        typeNumber(vials, 2);
        QCOMPARE(discarded->value(), 245);
        vialUnits->setCurrentIndex(vialUnits->findData(100));
        QCOMPARE(discarded->value(), 45);
        QCOMPARE(text(dialog.get(), QStringLiteral("unitsOpened")),
                 QStringLiteral("2 vials of 100 U opened (200 U): 155 U given + 45 U discarded"));

        // One vial of 100 U cannot hold 155 U.
        typeNumber(vials, 1);
        QCOMPARE(discarded->value(), 0);
        QCOMPARE(dialog->errorFor(QStringLiteral("unitsGiven")),
                 QStringLiteral("155 U given is more than 1 vial of 100 U holds."));
        typeNumber(vials, 2);
        QCOMPARE(discarded->value(), 45);
        QCOMPARE(dialog->errorFor(QStringLiteral("unitsGiven")), QString());

        // Typed by hand, it stays as typed, and the sum is checked.
        typeNumber(discarded, 40);
        QCOMPARE(dialog->errorFor(QStringLiteral("unitsDiscarded")),
                 QStringLiteral("Given and discarded must add up to what 2 vials of 100 U holds "
                                "(200 U): discarded should be 45 U."));
        vialUnits->setCurrentIndex(vialUnits->findData(200));
        QCOMPARE(discarded->value(), 40);

        // Nothing discarded: JZ, in words.
        vialUnits->setCurrentIndex(vialUnits->findData(100));
        typeNumber(child<QSpinBox>(dialog.get(), QStringLiteral("unitsGiven")), 200);
        typeNumber(discarded, 0);
        QCOMPARE(text(dialog.get(), QStringLiteral("wasteModifier")),
                 QStringLiteral("Nothing discarded: billed with JZ"));
        QCOMPARE(dialog->errorFor(QStringLiteral("unitsDiscarded")), QString());
    }

    void shouldAddFollowThePainUnitsAndTotalThem()
    {
        auto dialog = openDraft();
        auto *area = child<QComboBox>(dialog.get(), QStringLiteral("followThePainArea"));
        QCOMPARE(area->count(), 3); // temporalis, occipitalis, trapezius only
        QVERIFY(area->findText(QStringLiteral("Frontalis")) < 0);
        area->setCurrentIndex(area->findText(QStringLiteral("Temporalis")));
        QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("addFollowThePain")),
                          Qt::LeftButton);

        auto *extra = child<QSpinBox>(dialog.get(), QStringLiteral("units_temporalis_extra"));
        QVERIFY(extra);
        QCOMPARE(extra->value(), 10);
        QCOMPARE(text(dialog.get(), QStringLiteral("areaTotals")),
                 QStringLiteral("165 U in 33 sites"));
        // Units given follow the areas; discarded follow the units given.
        QCOMPARE(child<QSpinBox>(dialog.get(), QStringLiteral("unitsGiven"))->value(), 165);
        QCOMPARE(child<QSpinBox>(dialog.get(), QStringLiteral("unitsDiscarded"))->value(), 35);
        QCOMPARE(area->count(), 2);

        // More sites: 5 U a site.
        typeNumber(child<QSpinBox>(dialog.get(), QStringLiteral("sites_temporalis_extra")), 4);
        QCOMPARE(extra->value(), 20);
        area->setCurrentIndex(area->findText(QStringLiteral("Trapezius")));
        QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("addFollowThePain")),
                          Qt::LeftButton);
        typeNumber(child<QSpinBox>(dialog.get(), QStringLiteral("units_trapezius_extra")), 25);
        QCOMPARE(text(dialog.get(), QStringLiteral("areaTotals")),
                 QStringLiteral("200 U in 37 sites"));
        QCOMPARE(child<QSpinBox>(dialog.get(), QStringLiteral("unitsGiven"))->value(), 200);
        QVERIFY(dialog->warningFor(QStringLiteral("unitsGiven"))
                    .startsWith(QStringLiteral("\u26A0 200 U is above the 195 U maximum")));

        // Removing an addition takes its units off again.
        QTest::mouseClick(
            child<QPushButton>(dialog.get(), QStringLiteral("remove_trapezius_extra")),
            Qt::LeftButton);
        QVERIFY(!dialog->findChild<QSpinBox *>(QStringLiteral("units_trapezius_extra")));
        QCOMPARE(text(dialog.get(), QStringLiteral("areaTotals")),
                 QStringLiteral("175 U in 35 sites"));
        QCOMPARE(child<QSpinBox>(dialog.get(), QStringLiteral("unitsGiven"))->value(), 175);
        QCOMPARE(dialog->warningFor(QStringLiteral("unitsGiven")), QString());
    }

    void shouldSaveTheRecordWithAreasAndEvents()
    {
        auto dialog = openDraft();
        QSignalSpy saved(dialog.get(), &TreatmentDialog::treatmentSaved);
        QTest::keyClicks(child<QLineEdit>(dialog.get(), QStringLiteral("lotNumber")),
                         QStringLiteral("c5678xy"));
        child<Ui::OptionalDateField>(dialog.get(), QStringLiteral("lotExpiry"))
            ->setOptionalDate(QDate(2027, 8, 31));
        auto *area = child<QComboBox>(dialog.get(), QStringLiteral("followThePainArea"));
        area->setCurrentIndex(area->findText(QStringLiteral("Occipitalis")));
        QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("addFollowThePain")),
                          Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(dialog.get(), QStringLiteral("consentSigned")),
                          Qt::LeftButton, {}, QPoint(8, 8));

        // Two adverse events; the onset starts at today.
        QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("addAdverseEvent")),
                          Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("addAdverseEvent")),
                          Qt::LeftButton);
        auto codes = dialog->findChildren<QComboBox *>(QStringLiteral("eventCode"));
        auto notes = dialog->findChildren<QLineEdit *>(QStringLiteral("eventNote"));
        QCOMPARE(codes.size(), 2);
        codes[0]->setCurrentIndex(codes[0]->findText(QStringLiteral("Neck pain or stiffness")));
        QTest::keyClicks(notes[0], QStringLiteral("Stiff after the trapezius sites"));
        codes[1]->setCurrentIndex(codes[1]->findText(QStringLiteral("Headache flare")));
        // The second one was a mistake.
        QTest::mouseClick(dialog->findChildren<QPushButton *>(QStringLiteral("eventRemove"))[1],
                          Qt::LeftButton);
        QCOMPARE(dialog->findChildren<QComboBox *>(QStringLiteral("eventCode")).size(), 1);

        auto *notesEdit = child<QPlainTextEdit>(dialog.get(), QStringLiteral("notes"));
        notesEdit->setPlainText(QString(10000, u'.'));
        QTest::keyClicks(notesEdit, QStringLiteral(" Tolerated well."));
        QVERIFY(dialog->hasUnsavedChanges());

        QTest::keyClick(dialog.get(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->bannerText()));
        QCOMPARE(saved.size(), 1);
        QVERIFY(m_asked.isEmpty()); // 165 U in the areas and given: nothing to warn about

        const QList<Treatment> list = stored();
        QCOMPARE(list.size(), 1);
        const Treatment &t = list.constFirst();
        QCOMPARE(t.id, dialog->savedTreatment().id);
        QCOMPARE(t.date, fixedToday());
        QCOMPARE(t.providerId, m_fiks.id);
        QCOMPARE(t.lotNumber, QStringLiteral("C5678XY"));
        QCOMPARE(t.lotExpiry, QDate(2027, 8, 31));
        QCOMPARE(t.unitsGiven, 165);
        QCOMPARE(t.unitsDiscarded, 35);
        QCOMPARE(t.areas.size(), 8);
        QCOMPARE(t.areas.constLast(),
                 (Core::AreaDose{Core::InjectionArea::Occipitalis, 2, 10, true}));
        QCOMPARE(t.areaUnits(), 165);
        QVERIFY(t.consentSigned);
        QCOMPARE(t.adverseEvents.size(), 1);
        QCOMPARE(t.adverseEvents.constFirst().code, Core::AdverseEventCode::NeckPain);
        QCOMPARE(t.adverseEvents.constFirst().onset, fixedToday());
        QCOMPARE(t.adverseEvents.constFirst().notes,
                 QStringLiteral("Stiff after the trapezius sites"));
        QCOMPARE(t.notes.size(), 10000 + 16);
        QCOMPARE(t.recordedBy, m_clinic->patients().user());
    }

    void shouldCorrectAStoredTreatment()
    {
        Treatment draft = service().draftFor(m_ann.id);
        draft.date = fixedToday().addDays(-3);
        draft.providerId = m_fiks.id;
        auto recorded = service().record(draft);
        QVERIFY(recorded);

        auto dialog = open(recorded.value());
        QCOMPARE(dialog->windowTitle(),
                 QStringLiteral("Edit treatment \u2014 Lee, Ann (Nov 22, 2026)"));
        QCOMPARE(child<QPushButton>(dialog.get(), QStringLiteral("saveButton"))->text(),
                 QStringLiteral("Save changes"));
        // An onset before the treatment is an error under the events.
        QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("addAdverseEvent")),
                          Qt::LeftButton);
        auto *onset = dialog->findChildren<Ui::OptionalDateField *>(QStringLiteral("eventOnset"))
                          .constFirst();
        onset->setOptionalDate(fixedToday().addDays(-4));
        QCOMPARE(dialog->errorFor(QStringLiteral("adverseEvents")),
                 QStringLiteral("Injection-site pain can't start before the treatment (Nov 22, "
                                "2026)."));
        onset->setOptionalDate(fixedToday().addDays(-2));
        QCOMPARE(dialog->errorFor(QStringLiteral("adverseEvents")), QString());

        QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        const QList<Treatment> list = stored();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.constFirst().id, recorded->id);
        QCOMPARE(list.constFirst().adverseEvents.size(), 1);
        QCOMPARE(list.constFirst().adverseEvents.constFirst().onset, fixedToday().addDays(-2));
    }

    void shouldHoldBackATypingErrorUntilTheFieldIsLeft()
    {
        auto dialog = openDraft();
        auto *code = child<QLineEdit>(dialog.get(), QStringLiteral("diagnosisCode"));
        code->setFocus();
        code->selectAll();
        QTest::keyClicks(code, QStringLiteral("G4"));
        QCOMPARE(dialog->errorFor(QStringLiteral("diagnosisCode")), QString());
        QTest::keyClick(code, Qt::Key_Tab);
        QCOMPARE(dialog->errorFor(QStringLiteral("diagnosisCode")),
                 QStringLiteral("\u201CG4\u201D is not an ICD-10 code; chronic migraine is "
                                "written like G43.709."));
        code->setFocus();
        QTest::keyClicks(code, QStringLiteral("3.709"));
        QTest::keyClick(code, Qt::Key_Tab);
        QCOMPARE(dialog->errorFor(QStringLiteral("diagnosisCode")), QString());
    }

    void shouldAskBeforeDiscardingEdits()
    {
        auto dialog = openDraft();
        // Untouched: Esc just closes.
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QVERIFY(m_asked.isEmpty());

        dialog = openDraft();
        typeNumber(child<QSpinBox>(dialog.get(), QStringLiteral("units_frontalis")), 25);
        m_answer = false;
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.constFirst().objectName, QStringLiteral("discardQuestion"));
        QVERIFY(dialog->isVisible());
        m_answer = true;
        QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("cancelButton")),
                          Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        QVERIFY(stored().isEmpty());
    }

    void shouldShowAStorageRefusalAndStoreNothingMore()
    {
        // A Botox visit today, arrived; another desk records its treatment first.
        const Core::Room room =
            m_clinic->setup().addRoom({0, QStringLiteral("Procedure 1"), true}).value();
        Core::AppointmentType botox;
        for (const Core::AppointmentType &t : m_clinic->setup().appointmentTypes().value())
            if (t.isBotox)
                botox = t;
        Core::Appointment visit;
        visit.patientId = m_ann.id;
        visit.providerId = m_fiks.id;
        visit.roomId = room.id;
        visit.typeId = botox.id;
        visit.slot = {fixedToday(), 10 * 60, 10 * 60 + 15};
        auto booked = m_clinic->context().appointments().book(visit);
        QVERIFY2(booked, qPrintable(booked.ok() ? QString() : booked.error().message));
        auto draft = service().draftForAppointment(booked->id);
        QVERIFY(draft);
        QCOMPARE(draft->providerId, m_fiks.id);
        auto dialog = open(draft.value());
        QVERIFY(service().record(draft.value()));

        QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->bannerText(),
                 QStringLiteral("\u26A0 Not saved: A treatment is already recorded for this "
                                "appointment."));
        QCOMPARE(stored().size(), 1);
    }
};

QTEST_MAIN(tst_TreatmentDialog)
#include "tst_treatmentdialog.moc"
