#include "patientrecordtabs.h"

#include "authorizationspanel.h"
#include "outcomespanel.h"
#include "patientappointmentswidget.h"
#include "treatmenthistorywidget.h"

namespace ClinicDesk::Ui {

PatientRecordTabs::PatientRecordTabs(const Services &services, QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("patientRecordTabs"));
    setDocumentMode(true);
    if (services.appointments) {
        m_visits = new PatientAppointmentsWidget(*services.appointments, this);
        m_visits->setObjectName(QStringLiteral("patientVisits"));
        addTab(m_visits, QStringLiteral("&Visits"));
    }
    if (services.treatments && services.retreatment && services.setup) {
        m_treatments = new TreatmentHistoryWidget(*services.treatments, *services.retreatment,
                                                  *services.setup, this);
        m_treatments->setObjectName(QStringLiteral("treatmentHistory"));
        addTab(m_treatments, QStringLiteral("&Botox"));
        connect(m_treatments, &TreatmentHistoryWidget::changed, this, [this] {
            if (m_outcomes)
                m_outcomes->reload();
            if (m_authorizations)
                m_authorizations->reload();
            emit recordChanged();
        });
    }
    if (services.authorizations) {
        m_authorizations = new AuthorizationsPanel(*services.authorizations, this);
        addTab(m_authorizations, QStringLiteral("&Authorizations"));
        connect(m_authorizations, &AuthorizationsPanel::authorizationsChanged, this,
                &PatientRecordTabs::recordChanged);
    }
    if (services.outcomes) {
        m_outcomes = new OutcomesPanel(*services.outcomes, this);
        addTab(m_outcomes, QStringLiteral("&Outcomes"));
        connect(m_outcomes, &OutcomesPanel::diaryChanged, this, &PatientRecordTabs::recordChanged);
    }
}

void PatientRecordTabs::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    if (m_visits)
        m_visits->setPatient(patientId);
    if (m_treatments)
        m_treatments->setPatient(patientId);
    if (m_authorizations)
        m_authorizations->setPatient(patientId);
    if (m_outcomes)
        m_outcomes->setPatient(patientId);
}

void PatientRecordTabs::refresh()
{
    if (m_visits)
        m_visits->refresh();
    if (m_treatments)
        m_treatments->refresh();
}

} // namespace ClinicDesk::Ui
