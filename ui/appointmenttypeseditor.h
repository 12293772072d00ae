#pragma once

#include "clinicsetupservice.h"
#include "settingspage.h"

class QLabel;
class QPushButton;
class QTableView;

namespace ClinicDesk::Ui {

class AppointmentTypeTableModel;

// The kinds of visit the clinic books: name, the length a booking starts with, the colour of its
// blocks, and whether it is a Botox treatment (which counts for the retreatment cycle). Add, edit
// and deactivate are saved at once; a type is never deleted, because appointments name it.
class AppointmentTypesEditor : public SettingsPage
{
    Q_OBJECT
public:
    AppointmentTypesEditor(Core::ClinicSetupService &setup, QWidget *parent = nullptr);

    void reload() override;
    AppointmentTypeTableModel *model() const { return m_model; }

public slots:
    void addType();
    void editType();
    void toggleActive();

private:
    bool editInForm(const Core::AppointmentType &type);
    void updateButtons();
    const Core::AppointmentType *current() const;

    Core::ClinicSetupService &m_setup;
    AppointmentTypeTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ClinicDesk::Ui
