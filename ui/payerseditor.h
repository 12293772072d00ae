#pragma once

#include "clinicsetupservice.h"
#include "settingspage.h"

class QLabel;
class QPushButton;
class QTableView;

namespace ClinicDesk::Ui {

class PayerTableModel;

// The insurers (and self-pay) the clinic's patients have, each with the one number of the
// retreatment rule that differs between payers: how many days after a Botox treatment the payer
// pays for the next one, or the clinic default. Add, edit and deactivate are saved at once; a
// payer is never deleted, because patients' records name it.
class PayersEditor : public SettingsPage
{
    Q_OBJECT
public:
    PayersEditor(Core::ClinicSetupService &setup, QWidget *parent = nullptr);

    void reload() override;
    PayerTableModel *model() const { return m_model; }

public slots:
    void addPayer();
    void editPayer();
    void toggleActive();

private:
    bool editInForm(const Core::Payer &payer);
    void updateButtons();
    const Core::Payer *current() const;

    Core::ClinicSetupService &m_setup;
    PayerTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ClinicDesk::Ui
