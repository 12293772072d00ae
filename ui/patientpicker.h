#pragma once

#include "patient.h"
#include "patientservice.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ClinicDesk::Ui {

// The explicit patient a booking needs. The receptionist types a name, phone digits, a date of
// birth or a record number and picks from "Last, First — DOB — phone — MRN" lines as they type;
// or adds the caller inline with the few fields a booking needs (first and last name, date of
// birth, mobile), checked by the clinic's rules with each problem shown under its field. A
// patient already on file with the same name and birth date, or the same phone, is offered first
// and "Add anyway" is a second, deliberate click.
class PatientPicker : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kResults = 12;

    explicit PatientPicker(Core::PatientService &service, QWidget *parent = nullptr);

    qint64 patientId() const { return m_patient ? m_patient->id : 0; }
    const std::optional<Core::Patient> &patient() const { return m_patient; }
    void setPatient(qint64 patientId);
    void clear();
    void focusSearch();

signals:
    void patientChanged(qint64 patientId); // 0: none chosen

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void choose(const Core::Patient &patient);
    void chooseRow(int row);
    void showNewPatientForm();
    void hideNewPatientForm();
    void createPatient();
    void clearFieldErrors();
    void updateMode();

    Core::PatientService &m_service;
    std::optional<Core::Patient> m_patient;
    QList<Core::Patient> m_found;
    QString m_warnedIdentity; // the new patient the duplicate warning was shown for

    QWidget *m_searchRow = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_newButton = nullptr;
    QListWidget *m_results = nullptr;
    QFrame *m_chosenFrame = nullptr;
    QLabel *m_chosen = nullptr;
    QPushButton *m_change = nullptr;
    QFrame *m_newForm = nullptr;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_last = nullptr;
    QLineEdit *m_dob = nullptr;
    QLineEdit *m_mobile = nullptr;
    QHash<QString, QLabel *> m_fieldErrors;
    QLabel *m_newMessage = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace ClinicDesk::Ui
