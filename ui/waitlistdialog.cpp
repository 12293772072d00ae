#include "waitlistdialog.h"

#include "clinicdate.h"
#include "settingspage.h"
#include "theme.h"
#include "waitlistentrydialog.h"
#include "waitlisttablemodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

using Core::WaitlistEntry;

WaitlistDialog::WaitlistDialog(Core::WaitlistService &service, Core::PatientService &patients,
                               const Core::ClinicSetupService &setup, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_patients(patients)
    , m_setup(setup)
    , m_confirm(askWithMessageBox)
{
    setObjectName(QStringLiteral("waitlistDialog"));
    setWindowTitle(tr("Waitlist"));
    resize(960, 460);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(8);
    auto *heading = new QLabel(tr("Patients who would take an earlier visit"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("waitlistSummary"));
    m_summary->setWordWrap(true);
    Theme::styleAsHint(m_summary);
    layout->addWidget(m_summary);

    m_model = new WaitlistTableModel(this);
    ListWithButtons list(m_model, QStringLiteral("waitlistTable"), this);
    m_table = list.table();
    m_table->setWordWrap(false);
    m_add = list.addButton(tr("&Add\u2026"), QStringLiteral("addWaitlistButton"));
    m_edit = list.addButton(tr("&Edit\u2026"), QStringLiteral("editWaitlistButton"));
    m_remove = list.addButton(tr("&Remove"), QStringLiteral("removeWaitlistButton"));
    m_remove->setToolTip(tr("Take the patient off the waitlist"));
    layout->addLayout(list.layout(), 1);

    m_message = createMessageLine(QStringLiteral("waitlistMessage"), this);
    layout->addWidget(m_message);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    box->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    box->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);

    connect(m_add, &QPushButton::clicked, this, [this] { addEntry(); });
    connect(m_edit, &QPushButton::clicked, this, &WaitlistDialog::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &WaitlistDialog::removeSelected);
    connect(m_table, &QTableView::doubleClicked, this, &WaitlistDialog::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WaitlistDialog::updateButtons);

    reload();
    m_table->setFocus();
}

void WaitlistDialog::reload()
{
    const qint64 keep = selectedEntry() ? selectedEntry()->id : 0;
    auto entries = m_service.open();
    if (!entries) {
        m_model->setEntries({}, m_service.clock().today());
        m_summary->setText(tr("The waitlist could not be read: %1").arg(entries.error().message));
        Theme::styleAsError(m_summary);
        updateButtons();
        return;
    }
    const qsizetype count = entries->size();
    m_model->setEntries(std::move(entries).value(), m_service.clock().today());
    Theme::styleAsHint(m_summary);
    m_summary->setText(count == 0 ? tr("Nobody is waiting. Add… puts a patient on the list.")
                       : count == 1
                           ? tr("1 patient waiting, longest first. When a visit that fits is "
                                "cancelled, the desk is offered the patients it suits.")
                           : tr("%1 patients waiting, longest first. When a visit that fits is "
                                "cancelled, the desk is offered the patients it suits.")
                                 .arg(count));
    select(keep);
    updateButtons();
}

const WaitlistEntry *WaitlistDialog::selectedEntry() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->entryAt(rows.constFirst().row());
}

void WaitlistDialog::select(qint64 entryId)
{
    selectRow(m_table, entryId > 0 ? m_model->rowOf(entryId) : -1);
}

void WaitlistDialog::updateButtons()
{
    const bool selected = selectedEntry() != nullptr;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void WaitlistDialog::openForm(const WaitlistEntry &entry, bool adding)
{
    if (m_form)
        return;
    m_form = new WaitlistEntryDialog(m_service, m_patients, m_setup, entry, this);
    m_form->setAttribute(Qt::WA_DeleteOnClose);
    m_form->setConfirmer(m_confirm);
    connect(m_form, &QDialog::accepted, this, [this, adding] {
        const WaitlistEntry saved = m_form->saved();
        reload();
        select(saved.id);
        showMessage(
            m_message, QStringLiteral("ok"),
            adding ? tr("\u2713 %1 is on the waitlist (%2).")
                         .arg(saved.patientName, Core::WaitlistRules::availabilityText(saved))
                   : tr("\u2713 Saved %1's wishes (%2).")
                         .arg(saved.patientName, Core::WaitlistRules::availabilityText(saved)));
        emit waitlistChanged();
    });
    connect(m_form, &QObject::destroyed, this, [this] { m_form = nullptr; });
    m_form->open();
}

void WaitlistDialog::addEntry(qint64 patientId)
{
    showMessage(m_message, {}, {});
    openForm(m_service.draftFor(patientId), true);
}

void WaitlistDialog::editSelected()
{
    const WaitlistEntry *selected = selectedEntry();
    if (!selected)
        return;
    showMessage(m_message, {}, {});
    openForm(*selected, false);
}

void WaitlistDialog::removeSelected()
{
    const WaitlistEntry *selected = selectedEntry();
    if (!selected)
        return;
    const WaitlistEntry removed = *selected;
    const Question question{
        tr("Take %1 off the waitlist?").arg(removed.patientName),
        tr("%1 is waiting for %2, %3 (on the list since %4).\n\nTake them off the list? "
           "They will no longer be offered cancelled visits.")
            .arg(removed.patientName, Core::WaitlistRules::wantsText(removed),
                 Core::WaitlistRules::availabilityText(removed),
                 Core::ClinicDate::formatLong(removed.addedAt.date())),
        tr("Take off the list"),
        tr("Keep"),
        QStringLiteral("removeWaitlistQuestion"),
        true};
    if (!m_confirm || !m_confirm(this, question))
        return;
    if (Core::Status s = m_service.close(removed.id, tr("Taken off the list at the desk")); !s) {
        showMessage(m_message, QStringLiteral("error"),
                    tr("Not removed: %1").arg(s.error().message));
        reload();
        return;
    }
    reload();
    showMessage(m_message, QStringLiteral("ok"),
                tr("%1 is off the waitlist.").arg(removed.patientName));
    emit waitlistChanged();
}

} // namespace ClinicDesk::Ui
