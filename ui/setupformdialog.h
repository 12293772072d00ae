#pragma once

#include "confirmation.h"
#include "result.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace ClinicDesk::Ui {

// A small form for one record of the clinic's set-up (a provider, a room, an appointment type, a
// blocked time). Save hands the form to a saver (a core service call). A refusal shows under the
// field it names, or in the form's message line, and the form stays open: nothing is half-saved
// and nothing typed is lost. Cancel with edits asks first.
class SetupFormDialog : public QDialog
{
    Q_OBJECT
public:
    using Saver = std::function<Core::Status()>;
    using Snapshot = std::function<QString()>;

    SetupFormDialog(const QString &title, const QString &objectName, QWidget *parent = nullptr);

    // A labelled row; an error for `fieldName` shows under the field ("error_<fieldName>").
    void addField(const QString &label, QWidget *field, const QString &fieldName);
    // A row across the form (a hint, a group of choices).
    void addWide(QWidget *widget);
    QFormLayout *form() const { return m_form; }
    // The label of a field's row, for forms whose wording follows a choice.
    QLabel *labelFor(const QString &fieldName) const { return m_labels.value(fieldName); }

    void setSaver(Saver saver) { m_saver = std::move(saver); }
    // What the form holds, as text, to tell edits from the starting values.
    void setSnapshot(Snapshot snapshot);
    bool hasUnsavedChanges() const;
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    QPushButton *saveButton() const { return m_saveButton; }

    // Shows the error beside its field (a duplicate name beside the name) or in the message line.
    void showError(const Core::Error &error);
    void clearErrors();

public slots:
    void save();
    void reject() override;

private:
    QFormLayout *m_form = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_saveButton = nullptr;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_labels;
    Saver m_saver;
    Snapshot m_snapshot;
    QString m_initial;
    Confirmer m_confirm;
};

} // namespace ClinicDesk::Ui
