#pragma once

#include "clock.h"
#include "patient.h"
#include "retreatmentpolicy.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;

namespace ClinicDesk::Ui {

// Everything the desk needs to know about one patient at a glance, read-only: who they are, how
// to reach them and whether they may be texted, who pays, who referred them. Long notes are cut
// short here; the full text is in the patient's record.
class PatientDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kNotesPreviewLength = 280;

    explicit PatientDetailsPanel(const Core::Clock &clock, QWidget *parent = nullptr);

    // Hides the retreatment badge until setRetreatmentStatus() gives this patient's.
    void showPatient(const Core::Patient &patient);
    // A one-line badge under the name ("▲ Overdue by 12 days"); nothing for patients without
    // Botox (std::nullopt).
    void setRetreatmentStatus(const std::optional<Core::RetreatmentStatus> &status);
    // Shows the message instead of a patient (nothing selected, no results).
    void showNothing(const QString &message);
    std::optional<Core::Patient> patient() const { return m_patient; }

private:
    QLabel *addRow(const QString &label, const QString &objectName);
    void setRow(QLabel *value, const QString &text);

    const Core::Clock &m_clock;
    std::optional<Core::Patient> m_patient;
    QWidget *m_content = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_retreatment = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_mrn = nullptr;
    QLabel *m_preferredName = nullptr;
    QLabel *m_dateOfBirth = nullptr;
    QLabel *m_sex = nullptr;
    QLabel *m_mobilePhone = nullptr;
    QLabel *m_homePhone = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_contactPreference = nullptr;
    QLabel *m_emergencyContact = nullptr;
    QLabel *m_insurance = nullptr;
    QLabel *m_referringPhysician = nullptr;
    QLabel *m_notes = nullptr;
};

} // namespace ClinicDesk::Ui
