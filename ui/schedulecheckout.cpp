// ScheduleScreen's Botox work: where the drug comes from, the treatment record of a visit, and
// check-out of a completed treatment visit (record the treatment, then book the next cycle).
#include "appointmentdetailspanel.h"
#include "appointmenttext.h"
#include "drugsupplydialog.h"
#include "nextcycledialog.h"
#include "schedulescreen.h"
#include "treatmentdialog.h"
#include "treatmenthistorywidget.h"

#include <QLocale>

namespace ClinicDesk::Ui {

void ScheduleScreen::openDrugSupply(qint64 appointmentId)
{
    if (!m_services.treatments)
        return;
    auto entry = m_services.appointments->byId(appointmentId);
    if (!entry) {
        showBanner(entry.error().message, true);
        return;
    }
    const QString visit =
        QStringLiteral("%1 on %2")
            .arg(entry->describe(), AppointmentText::shortDate(entry->slot().date));
    auto *dialog = new DrugSupplyDialog(*m_services.treatments, appointmentId, visit, this);
    connect(dialog, &DrugSupplyDialog::supplySaved, this, [this](const Core::DrugSupply &supply) {
        showBanner(QStringLiteral("Drug supply saved: %1.").arg(supply.label()), false);
        // The blocks mark visits whose drug has not arrived.
        reload();
    });
    presentDialog(dialog);
}

void ScheduleScreen::openTreatment(qint64 appointmentId, bool checkOut)
{
    if (!m_services.treatments)
        return;
    auto entry = m_services.appointments->byId(appointmentId);
    if (!entry) {
        showBanner(entry.error().message, true);
        return;
    }
    // The visit's own record when there is one (to correct it), else a draft from the visit.
    auto draft = m_services.treatments->draftForAppointment(appointmentId);
    if (!draft) {
        showBanner(draft.error().message, true);
        return;
    }
    auto *dialog =
        new TreatmentDialog(*m_services.treatments, *m_services.setup, draft.value(), this);
    dialog->setPatientName(entry->patientName);
    const qint64 patientId = entry->appointment.patientId;
    const QString patientName = entry->patientName;
    connect(dialog, &TreatmentDialog::treatmentSaved, this,
            [this, patientName](const Core::Treatment &saved) {
                showBanner(QStringLiteral("Treatment recorded for %1: %2 U given, %3 U discarded.")
                               .arg(patientName)
                               .arg(saved.unitsGiven)
                               .arg(saved.unitsDiscarded),
                           false);
                reload();
            });
    if (checkOut) {
        // Asked once the record is closed, so the two windows never stand on each other.
        connect(
            dialog, &QDialog::accepted, this,
            [this, patientId, patientName] { offerNextCycle(patientId, patientName); },
            Qt::QueuedConnection);
    }
    presentDialog(dialog);
}

void ScheduleScreen::checkOut(qint64 appointmentId)
{
    if (!m_services.treatments)
        return;
    auto entry = m_services.appointments->byId(appointmentId);
    if (!entry || !entry->isBotox)
        return;
    auto recorded = m_services.treatments->forAppointment(appointmentId);
    if (recorded && recorded->has_value()) {
        offerNextCycle(entry->appointment.patientId, entry->patientName);
        return;
    }
    openTreatment(appointmentId, true);
}

void ScheduleScreen::offerNextCycle(qint64 patientId, const QString &patientName)
{
    if (!m_services.retreatment)
        return;
    auto status = m_services.retreatment->statusFor(patientId);
    if (!status) {
        showBanner(status.error().message, true);
        return;
    }
    using State = Core::RetreatmentStatus::State;
    if (status->state == State::Booked || status->state == State::BookedTooEarly) {
        showBanner(QStringLiteral("%1's next treatment is already booked (%2).")
                       .arg(patientName, status->label()),
                   false);
        return;
    }
    if (status->state == State::Discontinued)
        return;
    QString when;
    if (status->window)
        when = QStringLiteral("\n\n%1").arg(
            TreatmentHistoryWidget::windowText(*status->window, m_services.clock->today()));
    const Question question{QStringLiteral("Book the next cycle?"),
                            QStringLiteral("Book %1's next Botox treatment now, about 12 weeks "
                                           "out?%2")
                                .arg(patientName, when),
                            QStringLiteral("Choose a time\u2026"),
                            QStringLiteral("Not now"),
                            QStringLiteral("nextCycleQuestion"),
                            false};
    if (!m_confirm || !m_confirm(this, question))
        return;
    auto *dialog = new NextCycleDialog(*m_services.retreatment, *m_services.setup, patientId, this);
    dialog->setPatientName(patientName);
    connect(dialog, &QDialog::accepted, this, [this, dialog, patientId] {
        if (const auto offer = dialog->chosenSlot())
            bookSlot(patientId, dialog->typeId(), *offer);
    });
    presentDialog(dialog);
}

void ScheduleScreen::bookSlot(qint64 patientId, qint64 typeId, const Core::SlotOffer &offer)
{
    Core::Appointment draft;
    draft.patientId = patientId;
    draft.typeId = typeId;
    draft.providerId = offer.providerId;
    draft.roomId = offer.roomId;
    draft.slot = offer.slot;
    openBooking(draft);
}

} // namespace ClinicDesk::Ui
