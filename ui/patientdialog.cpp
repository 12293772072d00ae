#include "patientdialog.h"

#include "clinicdate.h"
#include "patientform.h"
#include "phonenumber.h"
#include "searchkey.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

using Core::FieldError;
using Core::Patient;

namespace {

const QString kDateOfBirth = QStringLiteral("dateOfBirth");

QString duplicateLine(const Patient &p)
{
    QStringList parts{p.displayName(),
                      QObject::tr("DOB %1").arg(Core::ClinicDate::format(p.dateOfBirth)),
                      QObject::tr("MRN %1").arg(p.mrn)};
    if (!p.primaryPhone().isEmpty())
        parts << Core::PhoneNumber::format(p.primaryPhone());
    if (!p.active)
        parts << QObject::tr("inactive");
    return parts.join(QStringLiteral(" — "));
}

QFrame *messagePanel(const QString &objectName, const QString &kind, QLabel *&text, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(objectName);
    frame->setStyleSheet(Theme::bannerStyleSheet(objectName, kind));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 8, 10, 8);
    text = new QLabel(frame);
    text->setObjectName(objectName + QStringLiteral("Text"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    frame->hide();
    return frame;
}

} // namespace

PatientDialog::PatientDialog(Core::PatientService &service, const Patient &patient, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_original(patient)
    , m_confirmDiscard(askWithMessageBox)
{
    setObjectName(QStringLiteral("patientDialog"));
    setWindowTitle(isNewPatient()
                       ? tr("New patient")
                       : tr("Edit patient — %1 (MRN %2)").arg(patient.displayName(), patient.mrn));
    setSizeGripEnabled(true);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    m_banner =
        messagePanel(QStringLiteral("errorBanner"), QStringLiteral("error"), m_bannerText, this);
    layout->addWidget(m_banner);

    m_form = new PatientForm(service.clock().today());
    m_form->setPatient(patient);
    m_form->setActiveEditable(!isNewPatient());
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_form);
    layout->addWidget(m_scroll, 1);

    m_duplicateWarning = messagePanel(QStringLiteral("duplicateWarning"), QStringLiteral("warning"),
                                      m_duplicateList, this);
    layout->addWidget(m_duplicateWarning);

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_saveButton->setToolTip(tr("Save (Enter or Ctrl+Enter)"));
    m_cancelButton = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false);
    m_cancelButton->setToolTip(tr("Close without saving (Esc)"));
    // The box's own accepted() would close the dialog before the checks run.
    connect(m_saveButton, &QPushButton::clicked, this, &PatientDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &PatientDialog::reject);
    layout->addWidget(buttons);

    // Enter saves through the default button, but not inside the notes, where it starts a new
    // line; Ctrl+Enter saves from anywhere.
    for (int key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        connect(shortcut, &QShortcut::activated, this, &PatientDialog::save);
    }

    setTabOrder(m_form->lastInput(), m_saveButton);
    setTabOrder(m_saveButton, m_cancelButton);
    connect(m_form, &PatientForm::fieldEdited, this, &PatientDialog::onFieldEdited);

    m_initialSnapshot = m_form->snapshot();
    m_originalIdentity = isNewPatient() ? QString() : identityKey(tidied(patient));
    m_form->firstInput()->setFocus();

    // Three columns fit a 1366×768 desk without scrolling; smaller screens scroll.
    const QSize wanted = m_form->sizeHint() + QSize(48, 150);
    resize(qMax(1040, wanted.width()), qMin(qMax(600, wanted.height()), 680));
}

bool PatientDialog::hasUnsavedChanges() const
{
    return m_form->snapshot() != m_initialSnapshot;
}

Patient PatientDialog::tidied(const Patient &draft) const
{
    return m_service.validate(draft).patient;
}

QString PatientDialog::identityKey(const Patient &p)
{
    // What the duplicate look-up compares: folded names, date of birth and phone numbers.
    return QStringList{Core::SearchKey::fold(p.firstName), Core::SearchKey::fold(p.lastName),
                       p.dateOfBirth.toString(Qt::ISODate), p.mobilePhone, p.homePhone}
        .join(u'|');
}

QList<FieldError> PatientDialog::checkDraft(const Patient &draft) const
{
    QList<FieldError> errors = m_service.validate(draft).errors;
    // A date that does not parse reaches the validator as "no date" ("Date of birth is
    // required."); say instead what was typed and how to type it.
    const QString dobText = m_form->dateOfBirthText();
    if (!dobText.trimmed().isEmpty() && !draft.dateOfBirth.isValid()) {
        const auto parsed = Core::ClinicDate::parseDateOfBirth(dobText, m_service.clock().today());
        for (FieldError &error : errors)
            if (error.field == kDateOfBirth && !parsed)
                error.message = parsed.error().message;
    }
    return errors;
}

bool PatientDialog::needsDuplicateCheck(const Patient &tidiedDraft) const
{
    const QString identity = identityKey(tidiedDraft);
    if (!m_warnedIdentity.isEmpty() && identity == m_warnedIdentity)
        return false; // the user has seen the warning for exactly this record: "Save anyway"
    return isNewPatient() || identity != m_originalIdentity;
}

void PatientDialog::save()
{
    hideBanner();
    const Patient draft = m_form->patient();

    const QList<FieldError> errors = checkDraft(draft);
    if (!errors.isEmpty()) {
        m_form->clearErrors();
        const QList<FieldError> unplaced = m_form->showErrors(errors);
        if (!unplaced.isEmpty())
            showBanner(unplaced.constFirst().message);
        const QString first = m_form->firstFieldWithError();
        m_form->focusField(first);
        if (QWidget *focused = focusWidget())
            m_scroll->ensureWidgetVisible(focused, 20, 40);
        return;
    }

    const Patient tidiedDraft = tidied(draft);
    if (needsDuplicateCheck(tidiedDraft)) {
        const auto duplicates = m_service.possibleDuplicates(draft);
        if (!duplicates) {
            showBanner(duplicates.error().message);
            return;
        }
        if (!duplicates->isEmpty()) {
            m_warnedIdentity = identityKey(tidiedDraft);
            showDuplicates(duplicates.value());
            return;
        }
    }

    const auto saved = isNewPatient() ? m_service.create(draft) : m_service.update(draft);
    if (!saved) {
        const Core::Error &error = saved.error();
        if (!error.field.isEmpty() &&
            m_form->showErrors({{error.field, error.message}}).isEmpty()) {
            m_form->focusField(error.field);
            return;
        }
        showBanner(error.message);
        return;
    }
    m_saved = saved.value();
    // What is stored now is the baseline: closing after this asks nothing.
    m_initialSnapshot = m_form->snapshot();
    emit patientSaved(m_saved);
    accept();
}

void PatientDialog::reject()
{
    if (hasUnsavedChanges()) {
        const Question question{
            tr("Discard changes?"), tr("Discard changes to this patient?"), tr("Discard"),
            tr("Keep editing"),     QStringLiteral("discardQuestion"),      true};
        if (!m_confirmDiscard || !m_confirmDiscard(this, question))
            return;
    }
    QDialog::reject();
}

void PatientDialog::onFieldEdited(const QString &)
{
    hideBanner();
    // A changed name, birth date or phone may match other patients, or none: look again.
    if (!m_warnedIdentity.isEmpty() && identityKey(tidied(m_form->patient())) != m_warnedIdentity)
        hideDuplicates();
}

void PatientDialog::showDuplicates(const QList<Patient> &duplicates)
{
    QStringList lines;
    lines << (duplicates.size() == 1 ? tr("⚠ This may be a patient already on file:")
                                     : tr("⚠ These may be patients already on file:"));
    for (const Patient &p : duplicates)
        lines << QStringLiteral("    ") + duplicateLine(p);
    lines << tr("Check with the caller. If this is a different person, press Save anyway.");
    m_duplicateList->setText(lines.join(u'\n'));
    m_duplicateWarning->show();
    m_saveButton->setText(tr("Save anyway"));
}

void PatientDialog::hideDuplicates()
{
    m_warnedIdentity.clear();
    m_duplicateWarning->hide();
    m_saveButton->setText(tr("Save"));
}

void PatientDialog::showBanner(const QString &message)
{
    m_bannerText->setText(tr("⚠ Not saved: %1").arg(message));
    m_banner->show();
}

void PatientDialog::hideBanner()
{
    m_banner->hide();
}

} // namespace ClinicDesk::Ui
