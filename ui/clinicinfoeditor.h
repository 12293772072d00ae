#pragma once

#include "clinicsetupservice.h"
#include "settingspage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ClinicDesk::Ui {

// The clinic's name and phone (printed on schedules and letters) and the slot size of the
// appointment book. Edits are held until Save; every field is checked before anything is stored.
class ClinicInfoEditor : public SettingsPage
{
    Q_OBJECT
public:
    explicit ClinicInfoEditor(Core::ClinicSetupService &setup, QWidget *parent = nullptr);

    bool hasUnsavedChanges() const override;
    void discardChanges() override;
    void reload() override;

    static QList<int> slotSizes() { return {5, 10, 15, 20, 30}; }

public slots:
    bool save();

private:
    void load();
    QString snapshot() const;
    void onEdited();
    void showFieldError(QLabel *label, const QString &message);

    Core::ClinicSetupService &m_setup;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_slot = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_phoneError = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QString m_stored;
};

} // namespace ClinicDesk::Ui
