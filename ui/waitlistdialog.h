#pragma once

#include "clinicsetupservice.h"
#include "confirmation.h"
#include "patientservice.h"
#include "waitlistservice.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace ClinicDesk::Ui {

class WaitlistEntryDialog;
class WaitlistTableModel;

// The waitlist: patients who would take an earlier visit, longest waiting first, with the days
// and times that suit them. Add… puts a patient on it, Edit… (or a double-click) changes what
// suits them, Remove takes them off (after asking; the audit trail keeps why). The entry form
// opens window-modal without blocking; entryForm() reaches it while it is open.
class WaitlistDialog : public QDialog
{
    Q_OBJECT
public:
    WaitlistDialog(Core::WaitlistService &service, Core::PatientService &patients,
                   const Core::ClinicSetupService &setup, QWidget *parent = nullptr);

    WaitlistTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The add/edit form while it is open, else nullptr.
    WaitlistEntryDialog *entryForm() const { return m_form; }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

public slots:
    void reload();
    // Opens the form for a new entry (for `patientId` when given).
    void addEntry(qint64 patientId = 0);
    void editSelected();
    void removeSelected();

signals:
    void waitlistChanged();

private:
    const Core::WaitlistEntry *selectedEntry() const;
    void select(qint64 entryId);
    void updateButtons();
    void openForm(const Core::WaitlistEntry &entry, bool adding);

    Core::WaitlistService &m_service;
    Core::PatientService &m_patients;
    const Core::ClinicSetupService &m_setup;
    Confirmer m_confirm;
    WaitlistEntryDialog *m_form = nullptr;

    QLabel *m_summary = nullptr;
    WaitlistTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ClinicDesk::Ui
