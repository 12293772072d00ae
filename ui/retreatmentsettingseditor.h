#pragma once

#include "clinicsetupservice.h"
#include "settingspage.h"

#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ClinicDesk::Ui {

// The clinic-wide numbers of the Botox cycle: how soon payers pay for the next treatment (a
// payer's own number is on the Payers page), when a patient is due and overdue, how early the
// board says a window opens, the lead time for renewing authorizations, the response check, and
// what a new treatment record starts with. A worked example follows the numbers as they are typed.
// Edits are held until Save, which checks every value and stores them all in one transaction.
class RetreatmentSettingsEditor : public SettingsPage
{
    Q_OBJECT
public:
    explicit RetreatmentSettingsEditor(Core::ClinicSetupService &setup, QWidget *parent = nullptr);

    bool hasUnsavedChanges() const override;
    void discardChanges() override;
    void reload() override;

    // The retreatment numbers as typed (not yet saved).
    Core::RetreatmentSettings typedSettings() const;
    // "A patient treated on Nov 25 may be treated again from Feb 17 (self-pay: Feb 3); due
    // Feb 17; overdue after Mar 3." for a treatment on `treated`.
    static QString example(const Core::RetreatmentSettings &settings, QDate treated);

public slots:
    bool save();

private:
    QSpinBox *spinBox(const QString &field, int min, int max, const QString &suffix);
    QLineEdit *lineEdit(const QString &field, int maxLength);
    // One row of the form: its inputs and words side by side, and under them a place for the
    // error of each field in `fields` ("error_<field>").
    QWidget *fieldRow(const QList<QWidget *> &parts, const QStringList &fields);
    QLabel *words(const QString &text);
    void load();
    QString snapshot() const;
    QList<QPair<QString, QString>> typedValues() const;
    void onEdited();
    void updateExample();
    void hideErrors();

    Core::ClinicSetupService &m_setup;
    QSpinBox *m_defaultMinimum = nullptr;
    QSpinBox *m_selfPayMinimum = nullptr;
    QLineEdit *m_selfPayName = nullptr;
    QSpinBox *m_due = nullptr;
    QSpinBox *m_grace = nullptr;
    QSpinBox *m_soon = nullptr;
    QSpinBox *m_leadTime = nullptr;
    QSpinBox *m_threshold = nullptr;
    QSpinBox *m_judgedAfterCycle = nullptr;
    QLineEdit *m_diagnosis = nullptr;
    QLineEdit *m_product = nullptr;
    QLineEdit *m_ndc = nullptr;
    QComboBox *m_vialUnits = nullptr;
    QLabel *m_example = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QHash<QString, QLabel *> m_errors; // by the service's field name
    QHash<QString, QWidget *> m_fields;
    QString m_stored;
};

} // namespace ClinicDesk::Ui
