#pragma once

#include "clinicsetupservice.h"
#include "schedulesetupservice.h"
#include "settingspage.h"

class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableView;

namespace ClinicDesk::Ui {

class ProviderTableModel;
class WeeklyHoursEditor;

// The clinic's providers and each one's working hours. Adding, editing and deactivating a
// provider is saved at once (a provider is never deleted: appointments name them). The selected
// provider's working hours are held until "Save working hours"; a provider without hours of their
// own works the clinic's opening hours.
class ProvidersEditor : public SettingsPage
{
    Q_OBJECT
public:
    ProvidersEditor(Core::ClinicSetupService &setup, Core::ScheduleSetupService &schedule,
                    QWidget *parent = nullptr);

    bool hasUnsavedChanges() const override;
    void discardChanges() override;
    void reload() override;

    ProviderTableModel *model() const { return m_model; }
    qint64 currentProviderId() const { return m_hoursProviderId; }

public slots:
    void addProvider();
    void editProvider();
    void toggleActive();
    bool saveHours();

private:
    bool editInForm(const Core::Provider &provider);
    void onSelectionChanged();
    void loadHours(qint64 providerId);
    void updateHoursView();
    void updateButtons();
    QList<Core::WeeklyHours> clinicHours() const;
    QString suggestedColour() const;
    const Core::Provider *current() const;

    Core::ClinicSetupService &m_setup;
    Core::ScheduleSetupService &m_schedule;
    ProviderTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
    QLabel *m_message = nullptr;

    QGroupBox *m_hoursBox = nullptr;
    QRadioButton *m_same = nullptr;
    QRadioButton *m_own = nullptr;
    QLabel *m_hoursHint = nullptr;
    WeeklyHoursEditor *m_hours = nullptr;
    QPushButton *m_saveHours = nullptr;
    QPushButton *m_revertHours = nullptr;
    QLabel *m_hoursMessage = nullptr;

    qint64 m_hoursProviderId = 0;
    QList<Core::WeeklyHours> m_storedHours; // empty: works the clinic's hours
    QList<Core::WeeklyHours> m_clinicHours;
};

} // namespace ClinicDesk::Ui
