#pragma once

#include "appointment.h"
#include "clock.h"

#include <QHash>
#include <QMap>
#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace ClinicDesk::Ui {

// The selected visit in full, beside the book: patient (name, MRN, date of birth and age,
// phone), type, provider, room, time, status with its mark and reason, notes, who booked it and
// when, and who changed it last. Its buttons move the visit along its way (confirm, arrived,
// in room, completed) or take it off the book (no-show, cancel: both ask for a reason); only
// the steps that make sense for the visit's status and day are enabled.
class AppointmentDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AppointmentDetailsPanel(const Core::Clock &clock, QWidget *parent = nullptr);

    void setEntry(const std::optional<Core::ScheduleEntry> &entry);
    const std::optional<Core::ScheduleEntry> &entry() const { return m_entry; }
    // The action button for a status (Confirm, Arrived, ...), for tests and shortcuts.
    QPushButton *buttonFor(Core::AppointmentStatus status) const;

signals:
    // Confirm, Arrived, In room, Completed, or back to Booked (Restore).
    void statusRequested(qint64 appointmentId, Core::AppointmentStatus status);
    // No-show and Cancel: the screen asks for the reason.
    void reasonRequested(qint64 appointmentId, Core::AppointmentStatus status);
    void editNotesRequested(qint64 appointmentId);
    void openPatientRequested(qint64 patientId);

private:
    QLabel *addRow(const QString &label, const QString &objectName);
    void updateButtons();

    const Core::Clock &m_clock;
    std::optional<Core::ScheduleEntry> m_entry;
    QLabel *m_placeholder = nullptr;
    QWidget *m_content = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_status = nullptr;
    QHash<QString, QLabel *> m_fields;
    QMap<Core::AppointmentStatus, QPushButton *> m_statusButtons;
    QPushButton *m_notesButton = nullptr;
    QPushButton *m_patientButton = nullptr;
};

} // namespace ClinicDesk::Ui
