#pragma once

#include "appointmentservice.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ClinicDesk::Ui {

class AppointmentListModel;

// A patient's appointments for the patient's record: upcoming ones (today on, soonest first)
// and past ones (most recent first), each with its status word, and a "Book…" button. Reads
// only this patient's visits (AppointmentService::forPatient).
class PatientAppointmentsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PatientAppointmentsWidget(Core::AppointmentService &service,
                                       QWidget *parent = nullptr);

    void setPatient(qint64 patientId);
    qint64 patientId() const { return m_patientId; }
    AppointmentListModel *upcomingModel() const { return m_upcoming; }
    AppointmentListModel *pastModel() const { return m_past; }

public slots:
    void refresh();

signals:
    // "Book…": the schedule should open the booking dialog for this patient.
    void bookRequested(qint64 patientId);
    // A visit was double-clicked (or Enter): show it in the schedule.
    void appointmentActivated(qint64 appointmentId);

private:
    QTableView *makeTable(AppointmentListModel *model, const QString &name);

    Core::AppointmentService &m_service;
    qint64 m_patientId = 0;
    AppointmentListModel *m_upcoming = nullptr;
    AppointmentListModel *m_past = nullptr;
    QLabel *m_upcomingTitle = nullptr;
    QLabel *m_pastTitle = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_book = nullptr;
};

} // namespace ClinicDesk::Ui
