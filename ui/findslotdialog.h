#pragma once

#include "schedulecontext.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimeEdit;

namespace ClinicDesk::Ui {

class FreeSlotTableModel;

// "When is the next free …?": for a type (which sets the length), a provider or any, a room or
// any (or none, for a phone call), a range of days and a time of day, lists the first free
// places, earliest first. The list follows the fields as they change. Choosing one hands a
// booking draft to whoever opened the dialog (the schedule opens the booking dialog with it, or
// books it at once when the patient is already known).
class FindSlotDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxResults = 20;
    enum TimeOfDay { AnyTime, Morning, Afternoon, Custom };
    // Room choice data: any room, or no room at all.
    static constexpr qint64 kAnyRoom = 0;
    static constexpr qint64 kNoRoom = -1;

    explicit FindSlotDialog(const ScheduleServices &services, QWidget *parent = nullptr);

    // The patient must be free too; choosing a slot then books for them.
    void setPatient(qint64 patientId);
    qint64 patientId() const { return m_patientId; }
    void setType(qint64 typeId);
    void setProvider(qint64 providerId);
    FreeSlotTableModel *model() const { return m_model; }
    Core::SlotRequest request() const;
    // The draft for a row of the list: type, provider, room, slot and patient.
    Core::Appointment draftForRow(int row) const;

public slots:
    void search();
    // Chooses the selected row (the button, Enter or a double-click).
    void chooseSelected();

signals:
    void slotChosen(const Core::Appointment &draft);

private:
    void onTypeChanged();
    void onTimeOfDayChanged();

    ScheduleServices m_services;
    ScheduleDirectory m_directory;
    qint64 m_patientId = 0;
    bool m_filling = false;

    QLabel *m_patient = nullptr;
    QComboBox *m_type = nullptr;
    QSpinBox *m_minutes = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_room = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_timeOfDay = nullptr;
    QTimeEdit *m_earliest = nullptr;
    QTimeEdit *m_latest = nullptr;
    QWidget *m_customTimes = nullptr;
    QLabel *m_result = nullptr;
    QTableView *m_table = nullptr;
    FreeSlotTableModel *m_model = nullptr;
    QPushButton *m_choose = nullptr;
};

} // namespace ClinicDesk::Ui
