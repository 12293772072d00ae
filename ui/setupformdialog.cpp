#include "setupformdialog.h"

#include "settingspage.h"
#include "theme.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

SetupFormDialog::SetupFormDialog(const QString &title, const QString &objectName, QWidget *parent)
    : QDialog(parent)
    , m_confirm(askWithMessageBox)
{
    setObjectName(objectName);
    setWindowTitle(title);
    setMinimumWidth(460);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(10);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(8);
    layout->addLayout(m_form);
    m_message = createMessageLine(QStringLiteral("formMessage"), this);
    layout->addWidget(m_message);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);
    // The box's own accepted() would close the form before the service has said yes.
    connect(m_saveButton, &QPushButton::clicked, this, &SetupFormDialog::save);
    connect(cancel, &QPushButton::clicked, this, &SetupFormDialog::reject);
    layout->addWidget(buttons);
}

void SetupFormDialog::addField(const QString &label, QWidget *field, const QString &fieldName)
{
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(field);
    auto *error = new QLabel(cell);
    error->setObjectName(QStringLiteral("error_") + fieldName);
    error->setTextFormat(Qt::PlainText);
    Theme::styleAsError(error);
    error->hide();
    cellLayout->addWidget(error);
    auto *rowLabel = new QLabel(label, this);
    rowLabel->setBuddy(field);
    m_form->addRow(rowLabel, cell);
    m_labels.insert(fieldName, rowLabel);
    m_errors.insert(fieldName, error);
    m_fields.insert(fieldName, field);

    // An error goes away as soon as the field it names is changed.
    const auto hide = [error] {
        error->hide();
    };
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        connect(edit, &QLineEdit::textEdited, error, hide);
    else if (auto *combo = qobject_cast<QComboBox *>(field))
        connect(combo, &QComboBox::currentTextChanged, error, hide);
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
        connect(spin, &QAbstractSpinBox::editingFinished, error, hide);
}

void SetupFormDialog::addWide(QWidget *widget)
{
    m_form->addRow(widget);
}

void SetupFormDialog::setSnapshot(Snapshot snapshot)
{
    m_snapshot = std::move(snapshot);
    m_initial = m_snapshot ? m_snapshot() : QString();
}

bool SetupFormDialog::hasUnsavedChanges() const
{
    return m_snapshot && m_snapshot() != m_initial;
}

void SetupFormDialog::showError(const Core::Error &error)
{
    // The storage layer reports a duplicate name as a conflict without naming the field.
    QString field = error.field;
    if (field.isEmpty() && error.kind == Core::Error::Kind::Conflict)
        field = QStringLiteral("name");
    if (QLabel *label = m_errors.value(field)) {
        label->setText(error.message);
        label->show();
        if (QWidget *input = m_fields.value(field))
            input->setFocus();
        return;
    }
    showMessage(m_message, QStringLiteral("error"), tr("Not saved: %1").arg(error.message));
}

void SetupFormDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    showMessage(m_message, {}, {});
}

void SetupFormDialog::save()
{
    clearErrors();
    if (!m_saver) {
        accept();
        return;
    }
    if (Core::Status saved = m_saver(); !saved) {
        showError(saved.error());
        return;
    }
    m_initial = m_snapshot ? m_snapshot() : QString();
    accept();
}

void SetupFormDialog::reject()
{
    if (hasUnsavedChanges()) {
        const Question question{
            tr("Discard changes?"), tr("Close this form without saving?"), tr("Discard"),
            tr("Keep editing"),     QStringLiteral("discardQuestion"),     true};
        if (!m_confirm || !m_confirm(this, question))
            return;
    }
    QDialog::reject();
}

} // namespace ClinicDesk::Ui
