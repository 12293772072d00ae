// ScheduleScreen and the waitlist: when a Botox visit is cancelled, its time is offered to the
// waitlisted patients it suits; the one chosen is booked into it through the booking dialog,
// and comes off the waitlist once booked.
#include "appointmenttext.h"
#include "bookingdialog.h"
#include "schedulescreen.h"
#include "waitlistoffersdialog.h"

namespace ClinicDesk::Ui {

void ScheduleScreen::offerToWaitlist(qint64 cancelledAppointmentId)
{
    if (!m_services.waitlist)
        return;
    auto entry = m_services.appointments->byId(cancelledAppointmentId);
    if (!entry || !entry->isBotox)
        return;
    auto candidates = m_services.waitlist->candidatesFor(entry.value());
    if (!candidates) {
        showBanner(
            QStringLiteral("The waitlist could not be read: %1").arg(candidates.error().message),
            true);
        return;
    }
    if (candidates->isEmpty())
        return;
    const Core::ScheduleEntry freed = entry.value();
    auto *dialog = new WaitlistOffersDialog(freed, std::move(candidates).value(), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, freed] {
        const auto chosen = dialog->chosen();
        if (!chosen)
            return;
        Core::Appointment draft;
        draft.patientId = chosen->entry.patientId;
        draft.providerId = freed.appointment.providerId;
        draft.roomId = freed.appointment.roomId;
        draft.typeId = freed.appointment.typeId;
        draft.slot = freed.slot();
        const qint64 entryId = chosen->entry.id;
        const QString name = chosen->entry.patientName;
        // Opened once the offers have closed, so the two windows never stand on each other.
        QMetaObject::invokeMethod(
            this,
            [this, draft, entryId, name] {
                BookingDialog *booking = openBooking(draft);
                connect(booking, &BookingDialog::booked, this,
                        [this, entryId, name](const Core::Appointment &booked) {
                            const QString when = AppointmentText::shortDate(booked.slot.date) +
                                                 u' ' + booked.slot.timeRange();
                            if (Core::Status s = m_services.waitlist->close(
                                    entryId, QStringLiteral("Booked %1").arg(when));
                                !s) {
                                showBanner(QStringLiteral("Booked %1 on %2, but %1 is still on "
                                                          "the waitlist: %3")
                                               .arg(name, when, s.error().message),
                                           true);
                                return;
                            }
                            showBanner(QStringLiteral("Booked %1 on %2; off the waitlist. "
                                                      "Ctrl+Z takes the booking back.")
                                           .arg(name, when),
                                       false);
                        });
            },
            Qt::QueuedConnection);
    });
    presentDialog(dialog);
}

} // namespace ClinicDesk::Ui
