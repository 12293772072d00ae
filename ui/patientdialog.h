#pragma once

#include "confirmation.h"
#include "patient.h"
#include "patientservice.h"

#include <QDialog>

class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;

namespace ClinicDesk::Ui {

class PatientForm;

// Registers a new patient or edits one. Save checks the record with the clinic's rules and shows
// each problem under its field; before a new record (or a changed name, birth date or phone) is
// stored it looks for patients already on file and asks for a second, deliberate "Save anyway".
// Nothing is stored until every check passes; a storage failure leaves the dialog open with the
// reason in a banner.
class PatientDialog : public QDialog
{
    Q_OBJECT
public:
    // A patient with id 0 (the default) opens the dialog for a new patient.
    PatientDialog(Core::PatientService &service, const Core::Patient &patient = {},
                  QWidget *parent = nullptr);

    bool isNewPatient() const { return m_original.id == 0; }
    bool hasUnsavedChanges() const;
    // The stored record after a successful Save.
    const Core::Patient &savedPatient() const { return m_saved; }
    PatientForm *form() const { return m_form; }
    // Who answers "Discard changes to this patient?"; by default a message box.
    void setDiscardConfirmer(Confirmer confirmer) { m_confirmDiscard = std::move(confirmer); }

public slots:
    void save();
    void reject() override;

signals:
    void patientSaved(const Core::Patient &patient);

private:
    QList<Core::FieldError> checkDraft(const Core::Patient &draft) const;
    bool needsDuplicateCheck(const Core::Patient &tidied) const;
    void showDuplicates(const QList<Core::Patient> &duplicates);
    void hideDuplicates();
    void showBanner(const QString &message);
    void hideBanner();
    void onFieldEdited(const QString &field);
    static QString identityKey(const Core::Patient &tidied);
    Core::Patient tidied(const Core::Patient &draft) const;

    Core::PatientService &m_service;
    Core::Patient m_original;
    Core::Patient m_saved;
    QStringList m_initialSnapshot;
    QString m_originalIdentity;
    QString m_warnedIdentity; // the record the duplicate warning was shown for
    Confirmer m_confirmDiscard;

    QScrollArea *m_scroll = nullptr;
    PatientForm *m_form = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QFrame *m_duplicateWarning = nullptr;
    QLabel *m_duplicateList = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace ClinicDesk::Ui
