#pragma once

#include "schedulecontext.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFrame;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ClinicDesk::Ui {

class AppointmentEditor;
class BookingRetreatmentPanel;
class PatientPicker;
class SlotTimeEdit;

// Books one visit. An explicit patient is always required (found by search or added inline);
// provider, room (or "No room" for a call), type (which fills the length), day, start and length
// are prefilled from where the booking started. As fields change the dialog checks the booking
// rules and shows each problem in the desk's words, with the nearest free times as buttons that
// move the start there; a one-line summary reads back what will be booked. Save books through
// the AppointmentEditor (so Ctrl+Z takes it back); a refusal or a storage error is shown here and
// nothing is written.
class BookingDialog : public QDialog
{
    Q_OBJECT
public:
    BookingDialog(const ScheduleServices &services, AppointmentEditor &editor,
                  QWidget *parent = nullptr);
    ~BookingDialog() override;

    // Prefills from a draft: its provider, room, type, day, start, length, notes and patient.
    // An unset provider or room is filled with the first one free at that time.
    void setDraft(const Core::Appointment &draft);
    void setPatient(qint64 patientId);
    // What Save would book now.
    Core::Appointment draft() const;
    PatientPicker *patientPicker() const { return m_picker; }
    QString summaryText() const;
    const QList<Core::Conflict> &conflicts() const { return m_conflicts; }
    const QList<Core::SlotOffer> &freeTimes() const { return m_offers; }
    BookingRetreatmentPanel *retreatmentPanel() const { return m_retreatment; }
    // The stored visit after a successful Save.
    const Core::Appointment &bookedAppointment() const { return m_booked; }

public slots:
    void save();

signals:
    void booked(const Core::Appointment &appointment);

private:
    void refresh();
    void onTypeChanged();
    void chooseFreeProvider(const Core::Appointment &draft);
    void chooseFreeRoom(const Core::Appointment &draft);
    void showError(const QString &message);
    static void selectData(QComboBox *combo, qint64 id);

    ScheduleServices m_services;
    AppointmentEditor &m_editor;
    ScheduleDirectory m_directory;
    QList<Core::Conflict> m_conflicts;
    QList<Core::SlotOffer> m_offers;
    Core::Appointment m_booked;
    bool m_filling = false;

    PatientPicker *m_picker = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_room = nullptr;
    QDateEdit *m_date = nullptr;
    SlotTimeEdit *m_start = nullptr;
    QSpinBox *m_minutes = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    BookingRetreatmentPanel *m_retreatment = nullptr;
    QFrame *m_conflictFrame = nullptr;
    QLabel *m_conflictLabel = nullptr;
    QHBoxLayout *m_freeTimes = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace ClinicDesk::Ui
