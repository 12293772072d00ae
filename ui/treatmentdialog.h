#pragma once

#include "clinicsetupservice.h"
#include "confirmation.h"
#include "treatmentservice.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace ClinicDesk::Ui {

class AdverseEventsEditor;
class DateField;
class InjectionAreasEditor;
class OptionalDateField;

// Records a Botox treatment, or corrects one: date, provider, diagnosis, product and NDC, vials,
// lot and expiry, units given and discarded (with the JW/JZ billing modifier in words), the
// injection areas (PREEMPT prefilled, follow-the-pain additions), consent, adverse events and
// notes.
//
// The record is checked with the clinic's rules as it is typed. Errors appear under their field
// (labels "error_<field>", the TreatmentValidator field names) and stop Save; warnings (above
// 195 U or 39 sites, an expired lot, areas that do not add up to the units given) appear in amber
// with a ⚠ ("warning_<field>") and Save asks once whether to save anyway. Units discarded follow
// what the vials hold minus the units given, and units given follow the areas' total, each until
// the user gives a different number. A storage failure is shown in a banner; nothing is stored
// in part. Ctrl+Enter saves, Esc closes (asking first when something was changed).
class TreatmentDialog : public QDialog
{
    Q_OBJECT
public:
    // A treatment with id 0 is recorded as new; otherwise it is corrected.
    TreatmentDialog(Core::TreatmentService &service, const Core::ClinicSetupService &setup,
                    const Core::Treatment &treatment, QWidget *parent = nullptr);

    bool isNewTreatment() const { return m_original.id == 0; }
    // "Lee, Ann": shown in the title.
    void setPatientName(const QString &name);
    // The record as the form has it now (not yet checked or tidied).
    Core::Treatment treatment() const;
    const Core::Treatment &savedTreatment() const { return m_saved; }
    bool hasUnsavedChanges() const;
    // The message shown under a field ("" when none is shown).
    QString errorFor(const QString &field) const;
    QString warningFor(const QString &field) const;
    QString bannerText() const;

    // Who answers "Discard this treatment record?" and "Save anyway?"; by default message boxes.
    void setDiscardConfirmer(Confirmer confirmer) { m_confirmDiscard = std::move(confirmer); }
    void setWarningConfirmer(Confirmer confirmer) { m_confirmWarnings = std::move(confirmer); }

public slots:
    void save();
    void reject() override;

signals:
    void treatmentSaved(const Core::Treatment &treatment);

private:
    QWidget *buildVisitSection();
    QWidget *buildDrugSection();
    QWidget *buildUnitsSection();
    QWidget *buildAreasSection();
    QWidget *buildEventsSection();
    QWidget *buildNotesSection();
    // The input with an error line and a warning line under it.
    QWidget *withMessages(QWidget *input, const QString &field, QWidget *focusTarget = nullptr);
    void load(const Core::Treatment &treatment);
    void fillProviders(qint64 current);
    void onEdited();
    void onTextEdited(const QString &field);
    void onUnitsEdited();
    void followAreas();
    void followVials();
    void updateModifier();
    void refreshMessages();
    void showMessages(const Core::TreatmentValidator::Outcome &outcome, bool showErrors);
    void showBanner(const QString &message);
    void focusField(const QString &field);

    Core::TreatmentService &m_service;
    const Core::ClinicSetupService &m_setup;
    Core::Treatment m_original;
    Core::Treatment m_initial; // what the form showed when it opened
    Core::Treatment m_saved;
    QString m_patientName;
    Confirmer m_confirmDiscard;
    Confirmer m_confirmWarnings;
    QStringList m_acceptedWarnings; // "Save anyway" was answered for exactly these
    QString m_typing; // a text field being typed in: its error waits till it is left
    bool m_loading = false;
    bool m_triedSave = false;
    bool m_givenFollowsAreas = true;
    bool m_discardedFollowsVials = true;

    QHash<QString, QLabel *> m_errors;
    QHash<QString, QLabel *> m_warnings;
    QHash<QString, QWidget *> m_inputs;
    QStringList m_fieldOrder;

    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QScrollArea *m_scroll = nullptr;
    DateField *m_date = nullptr;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_diagnosis = nullptr;
    QLineEdit *m_product = nullptr;
    QLineEdit *m_ndc = nullptr;
    QComboBox *m_vialUnits = nullptr;
    QSpinBox *m_vialCount = nullptr;
    QLineEdit *m_lot = nullptr;
    OptionalDateField *m_lotExpiry = nullptr;
    QSpinBox *m_given = nullptr;
    QSpinBox *m_discarded = nullptr;
    QLabel *m_opened = nullptr;
    QLabel *m_modifier = nullptr;
    InjectionAreasEditor *m_areas = nullptr;
    QCheckBox *m_consent = nullptr;
    AdverseEventsEditor *m_events = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace ClinicDesk::Ui
