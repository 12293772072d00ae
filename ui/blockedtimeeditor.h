#pragma once

#include "clinicsetupservice.h"
#include "schedulesetupservice.h"
#include "settingspage.h"
#include "setuptext.h"

class QLabel;
class QPushButton;
class QTableView;

namespace ClinicDesk::Ui {

class BlockedTimeTableModel;

// Time nobody can be booked into: lunch, meetings, leave, holidays, for a provider, a room or the
// whole clinic, on one day, a run of days, or every week. Lists the blocks from today for the
// next twelve months and the weekly ones still running. Adding and removing are saved at once;
// removing asks first.
class BlockedTimeEditor : public SettingsPage
{
    Q_OBJECT
public:
    BlockedTimeEditor(Core::ClinicSetupService &setup, Core::ScheduleSetupService &schedule,
                      QWidget *parent = nullptr);

    void reload() override;
    BlockedTimeTableModel *model() const { return m_model; }
    static QStringList commonReasons();

public slots:
    void addBlock();
    void removeBlock();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    SetupText::Names names(QList<Core::Provider> *providers, QList<Core::Room> *rooms) const;

    Core::ClinicSetupService &m_setup;
    Core::ScheduleSetupService &m_schedule;
    BlockedTimeTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_range = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ClinicDesk::Ui
