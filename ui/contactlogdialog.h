#pragma once

#include "followup.h"
#include "retreatmentservice.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace ClinicDesk::Ui {

// "Log a call": what came of a call to a patient about their next treatment (an outcome and a
// note), with the earlier attempts below so that the receptionist sees what was tried. Saving
// goes through RetreatmentService::logContact; a note that is too long is refused under the note.
class ContactLogDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxNote = 2000;

    ContactLogDialog(Core::RetreatmentService &retreatment, qint64 patientId,
                     const QString &patientName, QWidget *parent = nullptr);

    // Shows the number to call under the name (ten digits, shown as (503) 405-8718).
    void setPhone(const QString &digits);
    void setOutcome(Core::ContactOutcome outcome);
    std::optional<Core::ContactOutcome> outcome() const;
    QString note() const;
    // The earlier attempts shown, newest first.
    int historyCount() const;

public slots:
    // Logs the call; closes the dialog when it was stored.
    void save();

signals:
    void contactLogged(const Core::ContactAttempt &attempt);

private:
    void loadHistory();
    void updateState();

    Core::RetreatmentService &m_retreatment;
    qint64 m_patientId = 0;

    QLabel *m_phone = nullptr;
    QButtonGroup *m_outcomes = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_noteError = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_historyEmpty = nullptr;
    QTreeWidget *m_history = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace ClinicDesk::Ui
