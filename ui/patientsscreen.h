#pragma once

#include "clinicsetupservice.h"
#include "confirmation.h"
#include "patient.h"
#include "patientservice.h"
#include "retreatmentservice.h"

#include <QTimer>
#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace ClinicDesk::Ui {

class PatientDetailsPanel;
class PatientDialog;
class PatientTableModel;

// Finding a patient while the caller waits: one box takes a name, phone digits, a date of birth
// or a record number and shows matches as the receptionist types. The arrows move through the
// results without leaving the box, Enter opens the selected patient. The details of the selected
// patient are shown beside the list.
class PatientsScreen : public QWidget
{
    Q_OBJECT
public:
    // What the screen shows; one more is asked for to know there are more.
    static constexpr int kVisibleResults = 200;
    // Typing is coalesced: a search runs once the keys pause this long. Searches take a few
    // milliseconds, so this only saves work; it never makes the desk wait.
    static constexpr int kSearchDelayMs = 40;

    explicit PatientsScreen(Core::PatientService &service, QWidget *parent = nullptr);

    // Puts a panel under the selected patient's details (the patient's visits).
    void addSidePanel(QWidget *panel);
    void setSearchText(const QString &text);
    QString searchText() const;
    void focusSearch();
    std::optional<Core::Patient> selectedPatient() const;
    PatientTableModel *model() const { return m_model; }
    // Shows each Botox patient's retreatment status in the results and the details (optional:
    // without it the Botox column stays hidden). Takes effect from the next search.
    void setRetreatmentService(Core::RetreatmentService *retreatment);
    // The patient form suggests the clinic's active payers (optional: without it, none).
    void setClinicSetupService(Core::ClinicSetupService *setup) { m_setup = setup; }
    // Who answers "Make this patient inactive?"; by default a message box.
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

public slots:
    void newPatient();
    void editSelected();
    void toggleSelectedActive();
    // Runs the pending search now (Enter does this so that it never acts on stale results).
    void searchNow();

signals:
    // A patient was added or changed (the patient count may differ).
    void patientsChanged();
    // The selected patient's id, or 0 when none is selected.
    void selectedPatientChanged(qint64 patientId);
    // The new-patient or edit dialog has been opened (tests and the shell may use it).
    void dialogOpened(PatientDialog *dialog);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openDialog(const Core::Patient &patient);
    void onPatientSaved(const Core::Patient &patient, bool wasNew);
    void onSelectionChanged();
    void moveSelection(int delta);
    void selectRow(int row);
    void showMessage(const QString &message);
    void loadRetreatmentStatuses();

    Core::PatientService &m_service;
    Core::RetreatmentService *m_retreatment = nullptr;
    Core::ClinicSetupService *m_setup = nullptr;
    Confirmer m_confirm;
    QTimer m_searchTimer;
    qint64 m_selectAfterSearch = 0; // keeps (or puts) this patient under the cursor

    QLineEdit *m_search = nullptr;
    QCheckBox *m_showInactive = nullptr;
    QPushButton *m_newButton = nullptr;
    QLabel *m_resultCount = nullptr;
    QLabel *m_moreMatches = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    PatientTableModel *m_model = nullptr;
    PatientDetailsPanel *m_details = nullptr;
    QVBoxLayout *m_sideLayout = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_activeButton = nullptr;
};

} // namespace ClinicDesk::Ui
