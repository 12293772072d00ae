#pragma once

#include <QTabWidget>

class QPushButton;

namespace ClinicDesk::Core {
class AppointmentService;
class AuthorizationService;
class ClinicSetupService;
class OutcomeService;
class PatientService;
class RetreatmentService;
class TreatmentService;
} // namespace ClinicDesk::Core

namespace ClinicDesk::Ui {

class AuthorizationsPanel;
class OutcomesPanel;
class PatientAppointmentsWidget;
class TreatmentHistoryWidget;

// The selected patient's record beside the patient list, one tab per concern: their visits,
// their Botox treatments and retreatment window, their prior authorizations and their headache
// diary with the response chart. A tab appears only when its service is there.
class PatientRecordTabs : public QTabWidget
{
    Q_OBJECT
public:
    struct Services {
        Core::AppointmentService *appointments = nullptr;
        Core::TreatmentService *treatments = nullptr;
        Core::RetreatmentService *retreatment = nullptr;
        Core::ClinicSetupService *setup = nullptr;
        Core::AuthorizationService *authorizations = nullptr;
        Core::OutcomeService *outcomes = nullptr;
        // With the Botox and outcome services: "Print summary…" for the patient's course.
        Core::PatientService *patients = nullptr;
    };

    explicit PatientRecordTabs(const Services &services, QWidget *parent = nullptr);

    PatientAppointmentsWidget *visits() const { return m_visits; }
    TreatmentHistoryWidget *treatments() const { return m_treatments; }
    AuthorizationsPanel *authorizations() const { return m_authorizations; }
    OutcomesPanel *outcomes() const { return m_outcomes; }
    // Null when the summary cannot be printed (a service missing).
    QPushButton *printSummaryButton() const { return m_printSummary; }

public slots:
    void setPatient(qint64 patientId);
    // After the schedule changed: visits, bookings and windows may have moved.
    void refresh();
    // The patient's Botox treatment summary in the print preview (print it or save a PDF).
    void printSummary();

signals:
    // A treatment, stop/resume, authorization or diary change: the board may need refreshing.
    void recordChanged();

private:
    Services m_services;
    qint64 m_patientId = 0;
    QPushButton *m_printSummary = nullptr;
    PatientAppointmentsWidget *m_visits = nullptr;
    TreatmentHistoryWidget *m_treatments = nullptr;
    AuthorizationsPanel *m_authorizations = nullptr;
    OutcomesPanel *m_outcomes = nullptr;
};

} // namespace ClinicDesk::Ui
