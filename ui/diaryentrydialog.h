#pragma once

#include "outcomeservice.h"
#include "setupformdialog.h"

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace ClinicDesk::Ui {

class DateField;

// Adds or edits one month of a patient's headache diary: the month (typed 03/2026), headache
// days, migraine days, hours a day (empty when the patient does not know) and whether it is the
// baseline. The service's rules show under the field they concern and the form stays open.
// Editing keeps the month: another month is added, not moved to.
class DiaryEntryDialog : public SetupFormDialog
{
    Q_OBJECT
public:
    // A new month (`entry.month` suggested) when `editing` is false, else the stored month.
    DiaryEntryDialog(Core::OutcomeService &outcomes, const Core::DiaryEntry &entry, bool editing,
                     QWidget *parent = nullptr);

    // What was saved, once the dialog is accepted.
    const Core::DiaryEntry &saved() const { return m_saved; }

private:
    Core::Status store();
    QString snapshot() const;

    Core::OutcomeService &m_outcomes;
    Core::DiaryEntry m_entry;
    bool m_editing = false;
    Core::DiaryEntry m_saved;
    DateField *m_month = nullptr;
    QSpinBox *m_headacheDays = nullptr;
    QSpinBox *m_migraineDays = nullptr;
    QLineEdit *m_hours = nullptr;
    QCheckBox *m_baseline = nullptr;
};

} // namespace ClinicDesk::Ui
