#pragma once

#include "authorizationservice.h"
#include "setupformdialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ClinicDesk::Ui {

class DateField;

// Adds or edits one prior authorization: payer (the clinic's payers offered as you type),
// number, what it covers, valid from and to, approved units and visits (0: no limit) and notes.
// The service's rules show under the field they concern and the form stays open.
class AuthorizationDialog : public SetupFormDialog
{
    Q_OBJECT
public:
    // A new one when `authorization.id` is 0 (start from AuthorizationService::draftFor).
    AuthorizationDialog(Core::AuthorizationService &service,
                        const Core::Authorization &authorization, QWidget *parent = nullptr);

    // What was saved, once the dialog is accepted.
    const Core::Authorization &saved() const { return m_saved; }

private:
    Core::Status store();
    QString snapshot() const;
    Core::Authorization fromForm() const;

    Core::AuthorizationService &m_service;
    Core::Authorization m_authorization;
    Core::Authorization m_saved;
    QComboBox *m_payer = nullptr;
    QLineEdit *m_number = nullptr;
    QComboBox *m_covers = nullptr;
    DateField *m_validFrom = nullptr;
    DateField *m_validTo = nullptr;
    QSpinBox *m_units = nullptr;
    QSpinBox *m_visits = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace ClinicDesk::Ui
