#include "patientform.h"

#include "clinicdate.h"
#include "phonenumber.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

using Core::Patient;

namespace {

QGroupBox *section(const QString &title, QFormLayout *&form, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setVerticalSpacing(6);
    return box;
}

// Labels sit level with the text of their input, not with the top of its frame.
QLabel *caption(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    // QFormLayout makes a caption taller when its field grows (an error shown under it);
    // top alignment keeps the caption level with the input instead of drifting to the middle.
    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    label->setContentsMargins(0, 5, 0, 0);
    return label;
}

} // namespace

PatientForm::PatientForm(QDate today, QWidget *parent)
    : QWidget(parent)
    , m_today(today)
{
    setObjectName(QStringLiteral("patientForm"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(10);
    // Built column by column so that creation order, reading order and tab order agree.
    grid->addWidget(buildNameSection(), 0, 0);
    grid->addWidget(buildBirthSection(), 1, 0);
    grid->addWidget(buildContactSection(), 0, 1);
    grid->addWidget(buildEmergencySection(), 1, 1);
    grid->addWidget(buildAddressSection(), 0, 2);
    grid->addWidget(buildInsuranceSection(), 1, 2);

    QFormLayout *notesForm = nullptr;
    QGroupBox *notesBox = section(tr("Notes"), notesForm, this);
    m_notes = new QPlainTextEdit(notesBox);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true); // Tab moves on, as everywhere else in the form
    m_notes->setPlaceholderText(tr("Anything the desk should know: access needs, scheduling "
                                   "preferences, interpreter…"));
    m_notes->setMinimumHeight(70);
    notesForm->addRow(withError(m_notes, QStringLiteral("notes")));
    grid->addWidget(notesBox, 2, 0, 1, 3);

    m_active = new QCheckBox(tr("Active patient — untick to make inactive (the history is "
                                "kept; they no longer show in searches)"),
                             this);
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(true);
    watch(m_active, QStringLiteral("active"));
    grid->addWidget(m_active, 3, 0, 1, 3);

    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    grid->setRowStretch(2, 1);
    setTabOrderTopToBottom();
    setActiveEditable(false);
}

QLineEdit *PatientForm::lineEdit(const QString &objectName, int maxLength)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    return edit;
}

QLabel *PatientForm::addErrorLabel(const QString &field, QWidget *parent)
{
    auto *error = new QLabel(parent);
    error->setObjectName(QStringLiteral("error_") + field);
    Theme::styleAsError(error);
    error->setTextFormat(Qt::PlainText);
    error->hide();
    m_errorLabels.insert(field, error);
    m_fieldOrder << field;
    return error;
}

QWidget *PatientForm::withError(QWidget *input, const QString &field)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    input->setParent(box);
    layout->addWidget(input);
    layout->addWidget(addErrorLabel(field, box));
    m_inputs.insert(field, input);
    watch(input, field);
    return box;
}

void PatientForm::watch(QWidget *input, const QString &field)
{
    auto edited = [this, field] {
        clearError(field);
        emit fieldEdited(field);
    };
    if (auto *edit = qobject_cast<QLineEdit *>(input))
        connect(edit, &QLineEdit::textChanged, this, edited);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(input))
        connect(text, &QPlainTextEdit::textChanged, this, edited);
    else if (auto *box = qobject_cast<QCheckBox *>(input))
        connect(box, &QCheckBox::toggled, this, edited);
    else if (auto *combo = qobject_cast<QComboBox *>(input))
        connect(combo, &QComboBox::currentTextChanged, this, edited);
}

QWidget *PatientForm::buildNameSection()
{
    QFormLayout *form = nullptr;
    QGroupBox *box = section(tr("Name"), form, this);
    m_firstName = lineEdit(QStringLiteral("firstName"));
    m_middleName = lineEdit(QStringLiteral("middleName"));
    m_lastName = lineEdit(QStringLiteral("lastName"));
    m_preferredName = lineEdit(QStringLiteral("preferredName"));
    m_preferredName->setPlaceholderText(tr("What they like to be called"));
    form->addRow(caption(tr("&First"), m_firstName, box),
                 withError(m_firstName, QStringLiteral("firstName")));
    form->addRow(caption(tr("&Middle"), m_middleName, box),
                 withError(m_middleName, QStringLiteral("middleName")));
    form->addRow(caption(tr("&Last"), m_lastName, box),
                 withError(m_lastName, QStringLiteral("lastName")));
    form->addRow(caption(tr("&Preferred"), m_preferredName, box),
                 withError(m_preferredName, QStringLiteral("preferredName")));
    return box;
}

QWidget *PatientForm::buildBirthSection()
{
    QFormLayout *form = nullptr;
    QGroupBox *box = section(tr("Birth && sex"), form, this);

    // The hint sits beside the input; the message goes under both so long text stays readable.
    auto *dobColumn = new QWidget(box);
    auto *dobColumnLayout = new QVBoxLayout(dobColumn);
    dobColumnLayout->setContentsMargins(0, 0, 0, 0);
    dobColumnLayout->setSpacing(2);
    auto *dobRow = new QHBoxLayout;
    m_dateOfBirth = lineEdit(QStringLiteral("dateOfBirth"), 20);
    m_dateOfBirth->setParent(dobColumn);
    m_dateOfBirth->setPlaceholderText(tr("MM/DD/YYYY"));
    m_dateOfBirth->setFixedWidth(
        m_dateOfBirth->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 24);
    m_dateOfBirthHint = new QLabel(dobColumn);
    m_dateOfBirthHint->setObjectName(QStringLiteral("dateOfBirthHint"));
    Theme::styleAsHint(m_dateOfBirthHint);
    dobRow->addWidget(m_dateOfBirth);
    dobRow->addWidget(m_dateOfBirthHint, 1);
    dobColumnLayout->addLayout(dobRow);
    dobColumnLayout->addWidget(addErrorLabel(QStringLiteral("dateOfBirth"), dobColumn));
    m_inputs.insert(QStringLiteral("dateOfBirth"), m_dateOfBirth);
    watch(m_dateOfBirth, QStringLiteral("dateOfBirth"));
    connect(m_dateOfBirth, &QLineEdit::textChanged, this, &PatientForm::updateDateOfBirthHint);
    form->addRow(caption(tr("&Date of birth"), m_dateOfBirth, box), dobColumn);

    m_sex = new QComboBox(box);
    m_sex->setObjectName(QStringLiteral("sex"));
    for (Core::Sex sex : {Core::Sex::Unknown, Core::Sex::Female, Core::Sex::Male, Core::Sex::Other})
        m_sex->addItem(Core::sexLabel(sex), int(sex));
    watch(m_sex, QStringLiteral("sex"));
    form->addRow(caption(tr("&Sex"), m_sex, box), m_sex);
    updateDateOfBirthHint();
    return box;
}

QWidget *PatientForm::buildContactSection()
{
    QFormLayout *form = nullptr;
    QGroupBox *box = section(tr("Contact"), form, this);
    m_mobilePhone = lineEdit(QStringLiteral("mobilePhone"), 30);
    m_homePhone = lineEdit(QStringLiteral("homePhone"), 30);
    for (QLineEdit *phone : {m_mobilePhone, m_homePhone}) {
        connect(phone, &QLineEdit::editingFinished, this, [this, phone] { tidyPhone(phone); });
    }
    m_email = lineEdit(QStringLiteral("email"), 254);
    m_email->setPlaceholderText(tr("name@example.com"));
    form->addRow(caption(tr("M&obile"), m_mobilePhone, box),
                 withError(m_mobilePhone, QStringLiteral("mobilePhone")));
    form->addRow(caption(tr("&Home"), m_homePhone, box),
                 withError(m_homePhone, QStringLiteral("homePhone")));
    form->addRow(caption(tr("&Email"), m_email, box), withError(m_email, QStringLiteral("email")));

    m_preferredContact = new QComboBox(box);
    m_preferredContact->setObjectName(QStringLiteral("preferredContact"));
    for (auto method : {Core::ContactMethod::Phone, Core::ContactMethod::Text,
                        Core::ContactMethod::Email, Core::ContactMethod::Mail})
        m_preferredContact->addItem(Core::contactMethodLabel(method), int(method));
    watch(m_preferredContact, QStringLiteral("preferredContact"));
    form->addRow(caption(tr("Contact &by"), m_preferredContact, box), m_preferredContact);

    auto *consents = new QWidget(box);
    auto *consentLayout = new QHBoxLayout(consents);
    consentLayout->setContentsMargins(0, 0, 0, 0);
    m_voicemailConsent = new QCheckBox(tr("&Voicemail OK"), consents);
    m_voicemailConsent->setObjectName(QStringLiteral("voicemailConsent"));
    watch(m_voicemailConsent, QStringLiteral("voicemailConsent"));
    m_textConsent = new QCheckBox(tr("&Texts OK"), consents);
    m_textConsent->setObjectName(QStringLiteral("textConsent"));
    consentLayout->addWidget(m_voicemailConsent);
    consentLayout->addWidget(m_textConsent);
    consentLayout->addStretch(1);
    QWidget *consentBlock = withError(consents, QStringLiteral("textConsent"));
    // withError watched the container; the checkbox is what the user changes and focuses.
    m_inputs.insert(QStringLiteral("textConsent"), m_textConsent);
    watch(m_textConsent, QStringLiteral("textConsent"));
    // Giving a mobile number answers "texts need a mobile phone" too.
    connect(m_mobilePhone, &QLineEdit::textChanged, this,
            [this] { clearError(QStringLiteral("textConsent")); });
    form->addRow(new QLabel(box), consentBlock);
    return box;
}

QWidget *PatientForm::buildEmergencySection()
{
    QFormLayout *form = nullptr;
    QGroupBox *box = section(tr("Emergency contact"), form, this);
    m_emergencyName = lineEdit(QStringLiteral("emergencyName"));
    m_emergencyRelationship = lineEdit(QStringLiteral("emergencyRelationship"), 60);
    m_emergencyRelationship->setPlaceholderText(tr("Spouse, parent, friend…"));
    m_emergencyPhone = lineEdit(QStringLiteral("emergencyPhone"), 30);
    connect(m_emergencyPhone, &QLineEdit::editingFinished, this,
            [this] { tidyPhone(m_emergencyPhone); });
    form->addRow(caption(tr("Na&me"), m_emergencyName, box),
                 withError(m_emergencyName, QStringLiteral("emergencyName")));
    form->addRow(caption(tr("Relationshi&p"), m_emergencyRelationship, box),
                 m_emergencyRelationship);
    watch(m_emergencyRelationship, QStringLiteral("emergencyRelationship"));
    form->addRow(caption(tr("Pho&ne"), m_emergencyPhone, box),
                 withError(m_emergencyPhone, QStringLiteral("emergencyPhone")));
    // A phone without a name is the name's error; typing a phone may settle it either way.
    connect(m_emergencyPhone, &QLineEdit::textChanged, this,
            [this] { clearError(QStringLiteral("emergencyName")); });
    return box;
}

QWidget *PatientForm::buildAddressSection()
{
    QFormLayout *form = nullptr;
    QGroupBox *box = section(tr("Address"), form, this);
    m_addressLine1 = lineEdit(QStringLiteral("addressLine1"), 120);
    m_addressLine1->setPlaceholderText(tr("Street and number"));
    m_addressLine2 = lineEdit(QStringLiteral("addressLine2"), 120);
    m_addressLine2->setPlaceholderText(tr("Apartment, suite (optional)"));
    m_city = lineEdit(QStringLiteral("city"), 80);
    for (auto [edit, field] :
         {std::pair{m_addressLine1, "addressLine1"}, std::pair{m_addressLine2, "addressLine2"},
          std::pair{m_city, "city"}})
        watch(edit, QString::fromLatin1(field));
    form->addRow(caption(tr("St&reet"), m_addressLine1, box), m_addressLine1);
    form->addRow(new QLabel(box), m_addressLine2);
    form->addRow(caption(tr("&City"), m_city, box), m_city);

    // State and ZIP share a row; each message gets the whole row's width below them.
    auto *row = new QWidget(box);
    auto *grid = new QGridLayout(row);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    m_state = lineEdit(QStringLiteral("state"), 2);
    m_state->setFixedWidth(m_state->fontMetrics().horizontalAdvance(QStringLiteral("WWW")) + 16);
    connect(m_state, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int cursor = m_state->cursorPosition();
        m_state->setText(text.toUpper());
        m_state->setCursorPosition(cursor);
    });
    m_postalCode = lineEdit(QStringLiteral("postalCode"), 10);
    auto *zipCaption = caption(tr("&ZIP"), m_postalCode, row);
    grid->addWidget(m_state, 0, 0);
    grid->addWidget(zipCaption, 0, 1, Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(m_postalCode, 0, 2);
    grid->setColumnStretch(2, 1);
    m_inputs.insert(QStringLiteral("state"), m_state);
    m_inputs.insert(QStringLiteral("postalCode"), m_postalCode);
    grid->addWidget(addErrorLabel(QStringLiteral("state"), row), 1, 0, 1, 3);
    grid->addWidget(addErrorLabel(QStringLiteral("postalCode"), row), 2, 0, 1, 3);
    watch(m_state, QStringLiteral("state"));
    watch(m_postalCode, QStringLiteral("postalCode"));
    form->addRow(caption(tr("&State"), m_state, box), row);
    return box;
}

QWidget *PatientForm::buildInsuranceSection()
{
    QFormLayout *form = nullptr;
    QGroupBox *box = section(tr("Insurance && referral"), form, this);
    m_payer = new QComboBox(box);
    m_payer->setObjectName(QStringLiteral("payer"));
    m_payer->setEditable(true);
    // Suggestions only: a payer not on the list is typed in and kept as typed.
    m_payer->setInsertPolicy(QComboBox::NoInsert);
    m_payer->addItem(QString());
    m_payer->lineEdit()->setPlaceholderText(tr("Payer, or Self-pay"));
    m_payer->lineEdit()->setObjectName(QStringLiteral("payerText"));
    watch(m_payer, QStringLiteral("payer"));
    m_memberId = lineEdit(QStringLiteral("memberId"), 40);
    m_groupNumber = lineEdit(QStringLiteral("groupNumber"), 40);
    m_referringPhysician = lineEdit(QStringLiteral("referringPhysician"), 120);
    m_referringPhysician->setPlaceholderText(tr("Dr …"));
    for (auto [edit, field] :
         {std::pair{m_memberId, "memberId"}, std::pair{m_groupNumber, "groupNumber"},
          std::pair{m_referringPhysician, "referringPhysician"}})
        watch(edit, QString::fromLatin1(field));
    form->addRow(caption(tr("P&ayer"), m_payer, box), m_payer);
    form->addRow(caption(tr("Member &ID"), m_memberId, box), m_memberId);
    form->addRow(caption(tr("&Group"), m_groupNumber, box), m_groupNumber);
    form->addRow(caption(tr("Re&ferred by"), m_referringPhysician, box), m_referringPhysician);
    return box;
}

void PatientForm::setTabOrderTopToBottom()
{
    const QList<QWidget *> order = {
        m_firstName,
        m_middleName,
        m_lastName,
        m_preferredName,
        m_dateOfBirth,
        m_sex,
        m_mobilePhone,
        m_homePhone,
        m_email,
        m_preferredContact,
        m_voicemailConsent,
        m_textConsent,
        m_emergencyName,
        m_emergencyRelationship,
        m_emergencyPhone,
        m_addressLine1,
        m_addressLine2,
        m_city,
        m_state,
        m_postalCode,
        m_payer,
        m_memberId,
        m_groupNumber,
        m_referringPhysician,
        m_notes,
        m_active,
    };
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

QWidget *PatientForm::firstInput() const
{
    return m_firstName;
}

QWidget *PatientForm::lastInput() const
{
    return m_active;
}

void PatientForm::setActiveEditable(bool editable)
{
    m_active->setVisible(editable);
}

void PatientForm::setPayerSuggestions(const QStringList &payers)
{
    const QSignalBlocker blocker(m_payer); // the record is unchanged: nothing was edited
    const QString typed = m_payer->currentText();
    m_payer->clear();
    m_payer->addItem(QString());
    m_payer->addItems(payers);
    m_payer->setEditText(typed);
}

void PatientForm::updateDateOfBirthHint()
{
    const QString text = m_dateOfBirth->text().trimmed();
    const QDate dob = Core::ClinicDate::parse(text, m_today);
    if (!dob.isValid()) {
        m_dateOfBirthHint->setText(tr("e.g. 03/14/1975"));
        return;
    }
    const QString day = Core::ClinicDate::formatLong(dob);
    if (dob > m_today) {
        m_dateOfBirthHint->setText(tr("%1 · in the future").arg(day));
        return;
    }
    Patient probe;
    probe.dateOfBirth = dob;
    const int age = probe.ageOn(m_today);
    const QString years = age == 0   ? tr("under 1 year")
                          : age == 1 ? tr("1 year")
                                     : tr("%1 years").arg(age);
    m_dateOfBirthHint->setText(QStringLiteral("%1 · %2").arg(day, years));
}

void PatientForm::tidyPhone(QLineEdit *edit)
{
    // Shows what will be stored once the user moves on; a number that is not valid is left as
    // typed so the message on Save can quote it.
    const auto digits = Core::PhoneNumber::normalize(edit->text());
    if (digits && !digits->isEmpty())
        edit->setText(Core::PhoneNumber::format(*digits));
}

void PatientForm::setPatient(const Patient &p)
{
    m_loaded = p;
    const QSignalBlocker blocker(this); // loading is not editing
    m_firstName->setText(p.firstName);
    m_middleName->setText(p.middleName);
    m_lastName->setText(p.lastName);
    m_preferredName->setText(p.preferredName);
    m_dateOfBirth->setText(Core::ClinicDate::format(p.dateOfBirth));
    m_sex->setCurrentIndex(qMax(0, m_sex->findData(int(p.sex))));
    m_mobilePhone->setText(Core::PhoneNumber::format(p.mobilePhone));
    m_homePhone->setText(Core::PhoneNumber::format(p.homePhone));
    m_email->setText(p.email);
    m_preferredContact->setCurrentIndex(
        qMax(0, m_preferredContact->findData(int(p.preferredContact))));
    m_voicemailConsent->setChecked(p.voicemailConsent);
    m_textConsent->setChecked(p.textConsent);
    m_addressLine1->setText(p.address.line1);
    m_addressLine2->setText(p.address.line2);
    m_city->setText(p.address.city);
    m_state->setText(p.address.state);
    m_postalCode->setText(p.address.postalCode);
    m_emergencyName->setText(p.emergencyContact.name);
    m_emergencyRelationship->setText(p.emergencyContact.relationship);
    m_emergencyPhone->setText(Core::PhoneNumber::format(p.emergencyContact.phone));
    m_payer->setEditText(p.insurance.payer);
    m_memberId->setText(p.insurance.memberId);
    m_groupNumber->setText(p.insurance.groupNumber);
    m_referringPhysician->setText(p.referringPhysician);
    m_notes->setPlainText(p.notes);
    m_active->setChecked(p.active);
    clearErrors();
}

Patient PatientForm::patient() const
{
    Patient p = m_loaded;
    p.firstName = m_firstName->text();
    p.middleName = m_middleName->text();
    p.lastName = m_lastName->text();
    p.preferredName = m_preferredName->text();
    p.dateOfBirth = Core::ClinicDate::parse(m_dateOfBirth->text(), m_today);
    p.sex = Core::Sex(m_sex->currentData().toInt());
    p.mobilePhone = m_mobilePhone->text();
    p.homePhone = m_homePhone->text();
    p.email = m_email->text();
    p.preferredContact = Core::ContactMethod(m_preferredContact->currentData().toInt());
    p.voicemailConsent = m_voicemailConsent->isChecked();
    p.textConsent = m_textConsent->isChecked();
    p.address.line1 = m_addressLine1->text();
    p.address.line2 = m_addressLine2->text();
    p.address.city = m_city->text();
    p.address.state = m_state->text();
    p.address.postalCode = m_postalCode->text();
    p.emergencyContact.name = m_emergencyName->text();
    p.emergencyContact.relationship = m_emergencyRelationship->text();
    p.emergencyContact.phone = m_emergencyPhone->text();
    p.insurance.payer = m_payer->currentText();
    p.insurance.memberId = m_memberId->text();
    p.insurance.groupNumber = m_groupNumber->text();
    p.referringPhysician = m_referringPhysician->text();
    p.notes = m_notes->toPlainText();
    p.active = m_active->isChecked();
    return p;
}

QString PatientForm::dateOfBirthText() const
{
    return m_dateOfBirth->text();
}

QList<Core::FieldError> PatientForm::showErrors(const QList<Core::FieldError> &errors)
{
    QList<Core::FieldError> unplaced;
    for (const Core::FieldError &error : errors) {
        QLabel *label = m_errorLabels.value(error.field);
        if (!label) {
            unplaced << error;
            continue;
        }
        // The sign says "problem" to those who cannot tell the red apart.
        label->setText(QStringLiteral("⚠ ") + error.message);
        label->show();
        if (QWidget *input = m_inputs.value(error.field))
            input->setAccessibleDescription(error.message);
    }
    return unplaced;
}

void PatientForm::clearError(const QString &field)
{
    QLabel *label = m_errorLabels.value(field);
    if (!label || label->isHidden())
        return;
    label->clear();
    label->hide();
    if (QWidget *input = m_inputs.value(field))
        input->setAccessibleDescription({});
}

void PatientForm::clearErrors()
{
    for (const QString &field : std::as_const(m_fieldOrder))
        clearError(field);
}

QString PatientForm::errorFor(const QString &field) const
{
    const QLabel *label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString PatientForm::firstFieldWithError() const
{
    for (const QString &field : m_fieldOrder)
        if (!errorFor(field).isEmpty())
            return field;
    return {};
}

void PatientForm::focusField(const QString &field)
{
    QWidget *input = m_inputs.value(field);
    if (!input)
        return;
    input->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(input))
        edit->selectAll();
}

QStringList PatientForm::snapshot() const
{
    QStringList values;
    for (const QLineEdit *edit : findChildren<QLineEdit *>())
        values << edit->objectName() + u'=' + edit->text();
    for (const QComboBox *combo : findChildren<QComboBox *>())
        values << combo->objectName() + u'=' + combo->currentText();
    for (const QCheckBox *box : findChildren<QCheckBox *>())
        values << box->objectName() + u'=' + (box->isChecked() ? u'1' : u'0');
    values << m_notes->toPlainText();
    return values;
}

} // namespace ClinicDesk::Ui
