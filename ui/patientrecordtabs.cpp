#include "patientrecordtabs.h"

#include "authorizationspanel.h"
#include "documentpreview.h"
#include "outcomechart.h"
#include "outcomespanel.h"
#include "patientappointmentswidget.h"
#include "treatmenthistorywidget.h"
#include "treatmentsummary.h"
#include "treatmentsummarydocument.h"

#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPushButton>

namespace ClinicDesk::Ui {

PatientRecordTabs::PatientRecordTabs(const Services &services, QWidget *parent)
    : QTabWidget(parent)
    , m_services(services)
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
    if (m_treatments && services.outcomes && services.patients) {
        m_printSummary = new QPushButton(tr("&Print summary\u2026"), this);
        m_printSummary->setObjectName(QStringLiteral("printSummaryButton"));
        m_printSummary->setToolTip(tr("The patient's Botox cycles, units, lots and headache "
                                      "diary, to print or save as a PDF"));
        m_printSummary->setEnabled(false);
        connect(m_printSummary, &QPushButton::clicked, this, &PatientRecordTabs::printSummary);
        setCornerWidget(m_printSummary, Qt::TopRightCorner);
    }
}

void PatientRecordTabs::printSummary()
{
    if (!m_printSummary || m_patientId == 0)
        return;
    const qint64 patientId = m_patientId;
    const Core::TreatmentSummaryBuilder builder(*m_services.patients, *m_services.treatments,
                                                *m_services.retreatment, *m_services.setup,
                                                *m_services.outcomes);
    const auto first = builder.build(patientId, m_services.outcomes->user());
    if (!first) {
        QMessageBox::warning(this, tr("Print summary"), first.error().message);
        return;
    }
    const QString title = tr("Botox summary for %1").arg(first->patient.displayName());
    QPrintPreviewDialog *preview = openPrintPreview(this, title, [builder, patientId, this] {
        const auto summary = builder.build(patientId, m_services.outcomes->user());
        if (!summary)
            return Documents::PrintedDocument{};
        const Core::PatientOutcome outcome = summary->outcome;
        return Documents::TreatmentSummaryDocument::document(
            summary.value(), [outcome](QPainter &painter, const QRectF &target) {
                OutcomeChart::paint(outcome, &painter, target);
            });
    });
    preview->setObjectName(QStringLiteral("treatmentSummaryPreview"));
}

void PatientRecordTabs::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    if (m_printSummary)
        m_printSummary->setEnabled(patientId != 0);
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
