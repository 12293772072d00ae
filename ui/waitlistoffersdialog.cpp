#include "waitlistoffersdialog.h"

#include "appointmenttext.h"
#include "phonenumber.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

WaitlistOffersDialog::WaitlistOffersDialog(const Core::ScheduleEntry &freed,
                                           QList<Core::WaitlistCandidate> candidates,
                                           QWidget *parent)
    : QDialog(parent)
    , m_candidates(std::move(candidates))
{
    setObjectName(QStringLiteral("waitlistOffersDialog"));
    setWindowTitle(tr("Offer the freed time"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(8);

    auto *heading = new QLabel(freedText(freed), this);
    heading->setObjectName(QStringLiteral("freedSlot"));
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    auto *intro = new QLabel(m_candidates.size() == 1
                                 ? tr("This waitlisted patient can take it:")
                                 : tr("These waitlisted patients can take it, most overdue "
                                      "first:"),
                             this);
    intro->setObjectName(QStringLiteral("offersIntro"));
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("waitlistCandidates"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Patient"), tr("Phone"), tr("Why it suits them"), tr("Notes")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_list->setAccessibleName(tr("Waitlisted patients who can take the freed time"));
    for (const Core::WaitlistCandidate &c : std::as_const(m_candidates)) {
        auto *item = new QTreeWidgetItem(m_list, {c.entry.patientName,
                                                  Core::PhoneNumber::format(c.entry.patientPhone),
                                                  c.reason, c.entry.notes.simplified()});
        item->setToolTip(NotesColumn, c.entry.notes);
        item->setToolTip(WhyColumn, c.reason);
        if (c.status.state == Core::RetreatmentStatus::State::Overdue)
            item->setForeground(WhyColumn, Theme::warningText); // the words say "Overdue"
    }
    for (int column : {PatientColumn, PhoneColumn, WhyColumn})
        m_list->resizeColumnToContents(column);
    m_list->setMinimumSize(640, 200);
    layout->addWidget(m_list, 1);

    auto *hint = new QLabel(tr("Book for selected opens the booking with this time filled in; "
                               "once booked, the patient comes off the waitlist."),
                            this);
    hint->setObjectName(QStringLiteral("offersHint"));
    hint->setWordWrap(true);
    Theme::styleAsHint(hint);
    layout->addWidget(hint);

    auto *buttons = new QDialogButtonBox(this);
    m_book = buttons->addButton(tr("&Book for selected\u2026"), QDialogButtonBox::AcceptRole);
    m_book->setObjectName(QStringLiteral("bookForSelectedButton"));
    m_book->setDefault(true);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &WaitlistOffersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { accept(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &WaitlistOffersDialog::updateButtons);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
    m_list->setFocus();
}

QString WaitlistOffersDialog::freedText(const Core::ScheduleEntry &freed)
{
    QString text = AppointmentText::shortDate(freed.slot().date) + u' ' + freed.slot().timeRange();
    if (!freed.providerName.isEmpty())
        text += tr(" with %1").arg(freed.providerName);
    return tr("%1 is free.").arg(text);
}

std::optional<Core::WaitlistCandidate> WaitlistOffersDialog::chosen() const
{
    if (m_chosen)
        return m_chosen;
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_candidates.size())
        return std::nullopt;
    return m_candidates[row];
}

void WaitlistOffersDialog::updateButtons()
{
    m_book->setEnabled(m_list->currentItem() != nullptr);
}

void WaitlistOffersDialog::accept()
{
    m_chosen = chosen();
    if (!m_chosen)
        return;
    QDialog::accept();
    emit patientChosen(m_chosen->entry.patientId);
}

} // namespace ClinicDesk::Ui
