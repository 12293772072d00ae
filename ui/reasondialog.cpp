#include "reasondialog.h"

#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

ReasonDialog::ReasonDialog(const QString &title, const QString &visit, const QString &action,
                           const QStringList &suggestions, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(visit, this);
    what->setObjectName(QStringLiteral("reasonVisit"));
    what->setWordWrap(true);
    layout->addWidget(what);

    auto *label = new QLabel(QStringLiteral("&Reason:"), this);
    layout->addWidget(label);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems(suggestions);
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(QStringLiteral("Why? Choose or type a reason"));
    m_reason->setMinimumWidth(320);
    label->setBuddy(m_reason);
    layout->addWidget(m_reason);

    m_hint =
        new QLabel(QStringLiteral("A reason is required; it stays in the visit's history."), this);
    m_hint->setObjectName(QStringLiteral("reasonHint"));
    Theme::styleAsHint(m_hint);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("reasonOk"));
    m_back = buttons->addButton(QStringLiteral("Keep visit"), QDialogButtonBox::RejectRole);
    m_back->setObjectName(QStringLiteral("reasonBack"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_reason, &QComboBox::currentTextChanged, this, &ReasonDialog::updateState);
    updateState();
    m_reason->setFocus();
}

QString ReasonDialog::reason() const
{
    return m_reason->currentText().simplified();
}

void ReasonDialog::setKeepText(const QString &text)
{
    m_back->setText(text);
}

void ReasonDialog::setHint(const QString &text)
{
    m_hint->setText(text);
}

void ReasonDialog::updateState()
{
    m_ok->setEnabled(!reason().isEmpty());
}

QStringList ReasonDialog::cancelReasons()
{
    return {QStringLiteral("Patient called to cancel"),
            QStringLiteral("Patient is ill"),
            QStringLiteral("Rescheduled"),
            QStringLiteral("Insurance or authorization issue"),
            QStringLiteral("Provider unavailable"),
            QStringLiteral("Booked in error")};
}

QStringList ReasonDialog::noShowReasons()
{
    return {QStringLiteral("Did not arrive, no call"),
            QStringLiteral("Arrived too late to be seen"), QStringLiteral("Could not be reached")};
}

} // namespace ClinicDesk::Ui
