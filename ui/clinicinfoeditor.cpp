#include "clinicinfoeditor.h"

#include "phonenumber.h"
#include "theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

using Core::SettingKey::clinicName;
using Core::SettingKey::clinicPhone;
using Core::SettingKey::slotMinutes;

namespace {

constexpr int kDefaultSlot = 15;

QWidget *withError(QWidget *field, QLabel *&error, const QString &name, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    error = new QLabel(cell);
    error->setObjectName(QStringLiteral("error_") + name);
    error->setTextFormat(Qt::PlainText);
    Theme::styleAsError(error);
    error->hide();
    layout->addWidget(error);
    return cell;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    Theme::styleAsHint(label);
    return label;
}

} // namespace

ClinicInfoEditor::ClinicInfoEditor(Core::ClinicSetupService &setup, QWidget *parent)
    : SettingsPage(tr("Clinic"),
                   tr("The clinic's name and phone, printed on schedules and letters, and the "
                      "size of the appointment book's time slots."),
                   parent)
    , m_setup(setup)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("clinicName"));
    m_name->setMaxLength(120);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("clinicPhone"));
    m_phone->setPlaceholderText(tr("e.g. (503) 405-8718"));
    m_phone->setMaxLength(20);
    m_phone->setMaximumWidth(220);
    m_slot = new QComboBox(this);
    m_slot->setObjectName(QStringLiteral("slotMinutes"));
    for (int minutes : slotSizes())
        m_slot->addItem(tr("%1 minutes").arg(minutes), minutes);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("Clinic &name:"), m_name),
                 withError(m_name, m_nameError, QStringLiteral("clinicName"), this));
    form->addRow(label(tr("&Phone:"), m_phone),
                 withError(m_phone, m_phoneError, QStringLiteral("clinicPhone"), this));
    auto *slotRow = new QHBoxLayout;
    slotRow->setSpacing(12);
    slotRow->addWidget(m_slot);
    slotRow->addWidget(hint(tr("Grid lines of the day view and the start times offered when "
                               "booking."),
                            this),
                       1);
    form->addRow(label(tr("&Slot size:"), m_slot), slotRow);

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveClinicButton"));
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertClinicButton"));
    m_revert->setToolTip(tr("Put back what is saved"));
    m_message = createMessageLine(QStringLiteral("clinicMessage"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addStretch(0); // keeps the buttons their natural size while the line is empty
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameError->hide();
        onEdited();
    });
    connect(m_phone, &QLineEdit::textEdited, this, [this] {
        m_phoneError->hide();
        onEdited();
    });
    connect(m_phone, &QLineEdit::editingFinished, this, [this] {
        // Shown as the desk writes it as soon as it is a whole number.
        if (const auto digits = Core::PhoneNumber::normalize(m_phone->text());
            digits && !digits->isEmpty())
            m_phone->setText(Core::PhoneNumber::format(*digits));
        onEdited();
    });
    // Enter in a field saves the page, as it would in a form of its own.
    for (QLineEdit *field : {m_name, m_phone})
        connect(field, &QLineEdit::returnPressed, this, [this] {
            if (hasUnsavedChanges())
                save();
        });
    connect(m_slot, &QComboBox::currentIndexChanged, this, &ClinicInfoEditor::onEdited);
    connect(m_save, &QPushButton::clicked, this, &ClinicInfoEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &ClinicInfoEditor::discardChanges);
    load();
}

void ClinicInfoEditor::reload()
{
    if (!hasUnsavedChanges())
        load();
}

void ClinicInfoEditor::discardChanges()
{
    load();
    showMessage(m_message, {}, {});
}

void ClinicInfoEditor::load()
{
    const QSignalBlocker a(m_name), b(m_phone), c(m_slot);
    m_name->setText(m_setup.setting(clinicName));
    m_phone->setText(Core::PhoneNumber::format(m_setup.setting(clinicPhone)));
    const int minutes = m_setup.setting(slotMinutes, QString::number(kDefaultSlot)).toInt();
    int index = m_slot->findData(minutes);
    if (index < 0 && minutes > 0) {
        // A size set elsewhere stays as it is rather than being changed behind the user's back.
        m_slot->addItem(tr("%1 minutes").arg(minutes), minutes);
        index = m_slot->count() - 1;
    }
    m_slot->setCurrentIndex(index >= 0 ? index : m_slot->findData(kDefaultSlot));
    m_nameError->hide();
    m_phoneError->hide();
    m_stored = snapshot();
    onEdited();
}

QString ClinicInfoEditor::snapshot() const
{
    const auto digits = Core::PhoneNumber::normalize(m_phone->text());
    return QStringList{m_name->text().simplified(), digits ? *digits : m_phone->text(),
                       m_slot->currentData().toString()}
        .join(u'\n');
}

bool ClinicInfoEditor::hasUnsavedChanges() const
{
    return snapshot() != m_stored;
}

void ClinicInfoEditor::onEdited()
{
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    if (dirty)
        showMessage(m_message, {}, {});
    emit unsavedChangesChanged();
}

void ClinicInfoEditor::showFieldError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->show();
}

bool ClinicInfoEditor::save()
{
    // Every field is checked first, so that a refusal stores nothing.
    const QString name = m_name->text().simplified();
    const auto phone = Core::PhoneNumber::normalize(m_phone->text());
    bool ok = true;
    if (name.isEmpty()) {
        showFieldError(m_nameError, tr("The clinic needs a name."));
        m_name->setFocus();
        ok = false;
    }
    if (!phone) {
        showFieldError(m_phoneError, tr("Enter a 10-digit phone number, e.g. (503) 405-8718."));
        if (ok)
            m_phone->setFocus();
        ok = false;
    }
    if (!ok) {
        showMessage(m_message, QStringLiteral("error"), tr("Not saved: check the fields marked."));
        return false;
    }

    const QList<QPair<QString, QString>> values{
        {clinicName, name}, {clinicPhone, *phone}, {slotMinutes, m_slot->currentData().toString()}};
    for (const auto &[key, value] : values) {
        if (m_setup.setting(key) == value)
            continue;
        if (Core::Status s = m_setup.setSetting(key, value); !s) {
            showMessage(m_message, QStringLiteral("error"),
                        tr("Not saved: %1").arg(s.error().message));
            return false;
        }
    }
    load();
    showMessage(m_message, QStringLiteral("ok"), tr("\u2713 Saved."));
    emit setupChanged();
    return true;
}

} // namespace ClinicDesk::Ui
