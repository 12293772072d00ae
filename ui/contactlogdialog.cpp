#include "contactlogdialog.h"

#include "phonenumber.h"
#include "theme.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

using Core::ContactOutcome;

namespace {
// The outcomes with a mnemonic each, so a call is logged from the keyboard.
QString buttonText(ContactOutcome outcome)
{
    switch (outcome) {
    case ContactOutcome::Voicemail:
        return QStringLiteral("Left &voicemail");
    case ContactOutcome::Spoke:
        return QStringLiteral("&Spoke with patient");
    case ContactOutcome::Booked:
        return QStringLiteral("&Booked");
    case ContactOutcome::Declined:
        return QStringLiteral("&Declined");
    case ContactOutcome::WrongNumber:
        return QStringLiteral("&Wrong number");
    case ContactOutcome::NoAnswer:
        return QStringLiteral("No &answer");
    }
    return Core::contactOutcomeLabel(outcome);
}
} // namespace

ContactLogDialog::ContactLogDialog(Core::RetreatmentService &retreatment, qint64 patientId,
                                   const QString &patientName, QWidget *parent)
    : QDialog(parent)
    , m_retreatment(retreatment)
    , m_patientId(patientId)
{
    setObjectName(QStringLiteral("contactLogDialog"));
    setWindowTitle(tr("Log a call \u2014 %1").arg(patientName));
    auto *layout = new QVBoxLayout(this);

    auto *name = new QLabel(patientName, this);
    name->setObjectName(QStringLiteral("contactPatient"));
    QFont bold = name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    name->setFont(bold);
    layout->addWidget(name);
    m_phone = new QLabel(this);
    m_phone->setObjectName(QStringLiteral("contactPhone"));
    m_phone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_phone->hide();
    layout->addWidget(m_phone);

    auto *outcomeBox = new QGroupBox(tr("What came of the call?"), this);
    auto *grid = new QGridLayout(outcomeBox);
    m_outcomes = new QButtonGroup(this);
    const QList<ContactOutcome> outcomes = Core::allContactOutcomes();
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        auto *button = new QRadioButton(buttonText(outcomes[i]), outcomeBox);
        button->setObjectName(QStringLiteral("outcome_") + Core::contactOutcomeCode(outcomes[i]));
        m_outcomes->addButton(button, static_cast<int>(outcomes[i]));
        grid->addWidget(button, int(i % 3), int(i / 3));
    }
    layout->addWidget(outcomeBox);

    auto *noteLabel = new QLabel(tr("&Note:"), this);
    layout->addWidget(noteLabel);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("contactNote"));
    m_note->setPlaceholderText(tr("What was said, when to call back\u2026"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    noteLabel->setBuddy(m_note);
    layout->addWidget(m_note);
    m_noteError = new QLabel(this);
    m_noteError->setObjectName(QStringLiteral("contactNoteError"));
    Theme::styleAsError(m_noteError);
    m_noteError->hide();
    layout->addWidget(m_noteError);

    auto *historyLabel = new QLabel(tr("Earlier calls"), this);
    QFont sectionFont = historyLabel->font();
    sectionFont.setBold(true);
    historyLabel->setFont(sectionFont);
    layout->addWidget(historyLabel);
    m_historyEmpty = new QLabel(tr("No calls logged yet."), this);
    m_historyEmpty->setObjectName(QStringLiteral("contactHistoryEmpty"));
    Theme::styleAsHint(m_historyEmpty);
    layout->addWidget(m_historyEmpty);
    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("contactHistory"));
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setWordWrap(true);
    m_history->setHeaderLabels({tr("When"), tr("Outcome"), tr("Note"), tr("By")});
    m_history->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_history->setMinimumHeight(150);
    layout->addWidget(m_history, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("contactError"));
    Theme::styleAsError(m_error);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Log call"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("contactSave"));
    m_save->setToolTip(tr("Log the call (Ctrl+Enter)"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("contactCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactLogDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &ContactLogDialog::save);

    connect(m_outcomes, &QButtonGroup::idToggled, this, [this] { updateState(); });
    connect(m_note, &QPlainTextEdit::textChanged, this, &ContactLogDialog::updateState);

    loadHistory();
    updateState();
    resize(qMax(560, sizeHint().width()), sizeHint().height());
    if (QAbstractButton *first = m_outcomes->buttons().value(0))
        first->setFocus();
}

void ContactLogDialog::setPhone(const QString &digits)
{
    m_phone->setText(digits.isEmpty() ? tr("No phone number on file")
                                      : tr("Call %1").arg(Core::PhoneNumber::format(digits)));
    m_phone->show();
}

void ContactLogDialog::setOutcome(ContactOutcome outcome)
{
    if (QAbstractButton *button = m_outcomes->button(static_cast<int>(outcome)))
        button->setChecked(true);
}

std::optional<ContactOutcome> ContactLogDialog::outcome() const
{
    const int id = m_outcomes->checkedId();
    if (id < 0)
        return std::nullopt;
    return static_cast<ContactOutcome>(id);
}

QString ContactLogDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

int ContactLogDialog::historyCount() const
{
    return m_history->topLevelItemCount();
}

void ContactLogDialog::loadHistory()
{
    m_history->clear();
    auto attempts = m_retreatment.contactsFor(m_patientId);
    if (!attempts) {
        m_historyEmpty->setText(
            tr("\u26A0 Earlier calls could not be read: %1").arg(attempts.error().message));
        m_history->hide();
        return;
    }
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    for (const Core::ContactAttempt &attempt : attempts.value()) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, us.toString(attempt.at, QStringLiteral("MMM d, yyyy h:mm AP")));
        item->setText(1, Core::contactOutcomeLabel(attempt.outcome));
        item->setText(2, attempt.note);
        item->setToolTip(2, attempt.note);
        item->setText(3, attempt.by);
    }
    for (int column : {0, 1, 3})
        m_history->resizeColumnToContents(column);
    m_history->header()->moveSection(3, 2); // the note last: it takes the room that is left
    m_history->header()->setStretchLastSection(true);
    const bool none = m_history->topLevelItemCount() == 0;
    m_historyEmpty->setVisible(none);
    m_history->setVisible(!none);
}

void ContactLogDialog::updateState()
{
    m_save->setEnabled(outcome().has_value());
    const qsizetype length = note().size();
    if (length > kMaxNote) {
        m_noteError->setText(tr("The note is longer than 2,000 characters (%1); shorten it.")
                                 .arg(QLocale(QLocale::English).toString(length)));
        m_noteError->show();
    } else if (m_noteError->isVisibleTo(this)) {
        m_noteError->hide();
    }
}

void ContactLogDialog::save()
{
    const std::optional<ContactOutcome> chosen = outcome();
    if (!chosen)
        return;
    m_error->hide();
    auto logged = m_retreatment.logContact(m_patientId, *chosen, note());
    if (!logged) {
        const Core::Error &error = logged.error();
        QLabel *where = error.field == u"note" ? m_noteError : m_error;
        where->setText(error.message);
        where->show();
        if (where == m_noteError)
            m_note->setFocus();
        return;
    }
    emit contactLogged(logged.value());
    accept();
}

} // namespace ClinicDesk::Ui
