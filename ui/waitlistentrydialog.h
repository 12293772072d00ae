#pragma once

#include "clinicsetupservice.h"
#include "patientservice.h"
#include "setupformdialog.h"
#include "waitlistservice.h"

class QCheckBox;
class QComboBox;
class QPlainTextEdit;

namespace ClinicDesk::Ui {

class PatientPicker;
class SlotTimeEdit;

// Puts a patient on the waitlist, or changes what suits them: the patient (found by search, or
// added inline; fixed once the entry exists), the weekdays that suit them (Mon..Sun), the
// earliest and latest time, the visit type and provider they want ("Any" for either) and notes.
// Every problem shows under its field and the form stays open.
class WaitlistEntryDialog : public SetupFormDialog
{
    Q_OBJECT
public:
    // A new entry when `entry.id` is 0 (start from WaitlistService::draftFor).
    WaitlistEntryDialog(Core::WaitlistService &service, Core::PatientService &patients,
                        const Core::ClinicSetupService &setup, const Core::WaitlistEntry &entry,
                        QWidget *parent = nullptr);

    // What was saved, once the dialog is accepted.
    const Core::WaitlistEntry &saved() const { return m_saved; }
    // What Save would store now.
    Core::WaitlistEntry fromForm() const;
    PatientPicker *patientPicker() const { return m_picker; }

private:
    Core::Status store();
    QString snapshot() const;
    void setTimes(int earliestMinute, int latestMinute);

    Core::WaitlistService &m_service;
    Core::WaitlistEntry m_entry;
    Core::WaitlistEntry m_saved;
    PatientPicker *m_picker = nullptr; // new entries only
    QList<QCheckBox *> m_weekdays; // Monday first
    SlotTimeEdit *m_earliest = nullptr;
    SlotTimeEdit *m_latest = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_provider = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace ClinicDesk::Ui
