#pragma once

#include "patient.h"
#include "patientvalidator.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ClinicDesk::Ui {

// The inputs of a patient record, laid out in sections, with a place under each checked field for
// what is wrong with it. It reads and writes a Core::Patient and knows nothing of saving: the
// PatientDialog decides when to check and store. Each input's objectName is its Patient field
// name ("firstName", "dateOfBirth", "mobilePhone", ...), each message label is "error_<field>".
class PatientForm : public QWidget
{
    Q_OBJECT
public:
    explicit PatientForm(QDate today, QWidget *parent = nullptr);

    void setPatient(const Core::Patient &patient);
    // The record as typed, on top of the loaded one (id, record number and dates are kept).
    // A date of birth that does not parse gives an invalid date; see dateOfBirthText().
    Core::Patient patient() const;
    QString dateOfBirthText() const;
    void setActiveEditable(bool editable);
    // The payers the payer box suggests (the clinic's active payers); none until set. A payer not
    // listed can still be typed. What the box holds is kept.
    void setPayerSuggestions(const QStringList &payers);

    // Shows each message under its field and returns the fields it had no place for.
    QList<Core::FieldError> showErrors(const QList<Core::FieldError> &errors);
    void clearErrors();
    QString errorFor(const QString &field) const;
    // The first field with an error, in the order the form is read (top to bottom, left column
    // first), so focus lands where the eye starts.
    QString firstFieldWithError() const;
    void focusField(const QString &field);
    QWidget *firstInput() const;
    QWidget *lastInput() const;

    // Everything typed, as text, to tell whether the user changed anything.
    QStringList snapshot() const;

signals:
    void fieldEdited(const QString &field);

private:
    QWidget *withError(QWidget *input, const QString &field);
    QLabel *addErrorLabel(const QString &field, QWidget *parent);
    void watch(QWidget *input, const QString &field);
    void clearError(const QString &field);
    void updateDateOfBirthHint();
    void tidyPhone(QLineEdit *edit);
    QLineEdit *lineEdit(const QString &objectName, int maxLength = 100);
    QWidget *buildNameSection();
    QWidget *buildBirthSection();
    QWidget *buildContactSection();
    QWidget *buildEmergencySection();
    QWidget *buildAddressSection();
    QWidget *buildInsuranceSection();
    void setTabOrderTopToBottom();

    QDate m_today;
    Core::Patient m_loaded;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QWidget *> m_inputs; // field -> the input that takes focus for its error
    QStringList m_fieldOrder;

    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_middleName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_preferredName = nullptr;
    QLineEdit *m_dateOfBirth = nullptr;
    QLabel *m_dateOfBirthHint = nullptr;
    QComboBox *m_sex = nullptr;
    QLineEdit *m_mobilePhone = nullptr;
    QLineEdit *m_homePhone = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_preferredContact = nullptr;
    QCheckBox *m_voicemailConsent = nullptr;
    QCheckBox *m_textConsent = nullptr;
    QLineEdit *m_addressLine1 = nullptr;
    QLineEdit *m_addressLine2 = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_state = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_emergencyName = nullptr;
    QLineEdit *m_emergencyRelationship = nullptr;
    QLineEdit *m_emergencyPhone = nullptr;
    QComboBox *m_payer = nullptr;
    QLineEdit *m_memberId = nullptr;
    QLineEdit *m_groupNumber = nullptr;
    QLineEdit *m_referringPhysician = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_active = nullptr;
};

} // namespace ClinicDesk::Ui
