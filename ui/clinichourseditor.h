#pragma once

#include "schedulesetupservice.h"
#include "settingspage.h"

class QLabel;
class QPushButton;

namespace ClinicDesk::Ui {

class WeeklyHoursEditor;

// When the clinic is open, day by day. Providers without hours of their own work these hours.
// Edits are held until Save; a day whose closing time is not after its opening time is refused
// beside that day and nothing is stored.
class ClinicHoursEditor : public SettingsPage
{
    Q_OBJECT
public:
    explicit ClinicHoursEditor(Core::ScheduleSetupService &schedule, QWidget *parent = nullptr);

    bool hasUnsavedChanges() const override;
    void discardChanges() override;
    void reload() override;
    WeeklyHoursEditor *hoursEditor() const { return m_hours; }

public slots:
    bool save();

private:
    void load();
    void onEdited();

    Core::ScheduleSetupService &m_schedule;
    WeeklyHoursEditor *m_hours = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QList<Core::WeeklyHours> m_stored;
};

} // namespace ClinicDesk::Ui
