#pragma once

#include "clinicsetupservice.h"
#include "settingspage.h"

class QLabel;
class QPushButton;
class QTableView;

namespace ClinicDesk::Ui {

class RoomTableModel;

// The clinic's treatment and exam rooms. Add, rename and deactivate are saved at once; a room is
// never deleted, because appointments name it.
class RoomsEditor : public SettingsPage
{
    Q_OBJECT
public:
    RoomsEditor(Core::ClinicSetupService &setup, QWidget *parent = nullptr);

    void reload() override;
    RoomTableModel *model() const { return m_model; }

public slots:
    void addRoom();
    void renameRoom();
    void toggleActive();

private:
    bool editInForm(const Core::Room &room);
    void updateButtons();
    const Core::Room *current() const;

    Core::ClinicSetupService &m_setup;
    RoomTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_toggle = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ClinicDesk::Ui
