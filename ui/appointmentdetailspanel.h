#pragma once

#include "appointment.h"
#include "clock.h"
#include "retreatmentservice.h"
#include "treatmentservice.h"

#include <QHash>
#include <QMap>
#include <QWidget>
#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;

namespace ClinicDesk::Ui {

// The selected visit in full, beside the book: patient (name, MRN, date of birth and age,
// phone), type, provider, room, time, status with its mark and reason, notes, who booked it and
// when, and who changed it last. Its buttons move the visit along its way (confirm, arrived,
// in room, completed) or take it off the book (no-show, cancel: both ask for a reason); only
// the steps that make sense for the visit's status and day are enabled.
//
// A Botox visit also shows its cycle, whether it falls inside the patient's retreatment window
// (and the override reason when it was booked early), where the drug comes from, and whether its
// treatment has been recorded, with "Drug supply…" and "Record treatment…" (when the treatment
// services are given).
class AppointmentDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AppointmentDetailsPanel(const Core::Clock &clock, QWidget *parent = nullptr);

    void setEntry(const std::optional<Core::ScheduleEntry> &entry);
    const std::optional<Core::ScheduleEntry> &entry() const { return m_entry; }
    // Optional: without them the Botox lines and buttons stay hidden.
    void setTreatmentServices(Core::TreatmentService *treatments,
                              Core::RetreatmentService *retreatment);
    // The action button for a status (Confirm, Arrived, ...), for tests and shortcuts.
    QPushButton *buttonFor(Core::AppointmentStatus status) const;

signals:
    // Confirm, Arrived, In room, Completed, or back to Booked (Restore).
    void statusRequested(qint64 appointmentId, Core::AppointmentStatus status);
    // No-show and Cancel: the screen asks for the reason.
    void reasonRequested(qint64 appointmentId, Core::AppointmentStatus status);
    void editNotesRequested(qint64 appointmentId);
    void openPatientRequested(qint64 patientId);
    // Botox visits: where the drug comes from; the treatment record (new or to correct).
    void drugSupplyRequested(qint64 appointmentId);
    void treatmentRequested(qint64 appointmentId);

private:
    void addLine(QGridLayout *grid, QWidget *parent, const QString &label,
                 const QString &objectName);
    void setLine(const QString &field, const QString &text);
    void updateButtons();
    void updateBotox();

    const Core::Clock &m_clock;
    std::optional<Core::ScheduleEntry> m_entry;
    QLabel *m_placeholder = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_status = nullptr;
    QHash<QString, QPair<QLabel *, QLabel *>> m_lines; // caption, value
    QMap<Core::AppointmentStatus, QPushButton *> m_statusButtons;
    QPushButton *m_notesButton = nullptr;
    QPushButton *m_patientButton = nullptr;
    Core::TreatmentService *m_treatments = nullptr;
    Core::RetreatmentService *m_retreatment = nullptr;
    QWidget *m_botoxInfo = nullptr;
    QWidget *m_botoxActions = nullptr;
    QPushButton *m_drugButton = nullptr;
    QPushButton *m_treatmentButton = nullptr;
};

} // namespace ClinicDesk::Ui
