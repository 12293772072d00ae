#include "authorizationspanel.h"

#include "authorizationdialog.h"
#include "authorizationtablemodel.h"
#include "clinicdate.h"
#include "settingspage.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

using Core::Authorization;
using State = Core::AuthorizationStanding::State;

AuthorizationsPanel::AuthorizationsPanel(Core::AuthorizationService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_confirm(askWithMessageBox)
{
    setObjectName(QStringLiteral("authorizationsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);

    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    auto *heading = new QLabel(tr("Prior authorizations"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    top->addWidget(heading);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("authorizationStanding"));
    m_badge->setTextFormat(Qt::PlainText);
    top->addWidget(m_badge);
    top->addStretch(1);
    layout->addLayout(top);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("authorizationReason"));
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    m_reason->hide();
    layout->addWidget(m_reason);

    m_model = new AuthorizationTableModel(this);
    ListWithButtons list(m_model, QStringLiteral("authorizationTable"), this);
    m_table = list.table();
    m_add = list.addButton(tr("Add\u2026"), QStringLiteral("addAuthorizationButton"));
    m_edit = list.addButton(tr("Edit\u2026"), QStringLiteral("editAuthorizationButton"));
    m_remove = list.addButton(tr("Remove"), QStringLiteral("removeAuthorizationButton"));
    layout->addLayout(list.layout(), 1);
    m_message = createMessageLine(QStringLiteral("authorizationMessage"), this);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &AuthorizationsPanel::addAuthorization);
    connect(m_edit, &QPushButton::clicked, this, &AuthorizationsPanel::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &AuthorizationsPanel::removeSelected);
    connect(m_table, &QTableView::doubleClicked, this, &AuthorizationsPanel::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuthorizationsPanel::updateButtons);

    setPatient(0);
}

void AuthorizationsPanel::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    showMessage(m_message, {}, {});
    reload();
}

void AuthorizationsPanel::reload()
{
    const qint64 keep = selectedAuthorization() ? selectedAuthorization()->id : 0;
    m_standing = {};
    const QDate today = m_service.clock().today();
    if (m_patientId <= 0) {
        m_model->setAuthorizations({}, today, 0);
        m_badge->hide();
        m_reason->hide();
        updateButtons();
        return;
    }
    auto list = m_service.forPatient(m_patientId);
    auto standing = m_service.standingFor(m_patientId, today);
    if (!list || !standing) {
        m_model->setAuthorizations({}, today, 0);
        m_badge->hide();
        m_reason->setText(tr("Authorizations could not be read: %1")
                              .arg((!list ? list.error() : standing.error()).message));
        Theme::styleAsError(m_reason);
        m_reason->show();
        updateButtons();
        return;
    }
    m_model->setAuthorizations(std::move(list).value(), today, m_service.leadDays());
    m_standing = standing.value();
    showStanding();
    select(keep);
    updateButtons();
}

void AuthorizationsPanel::showStanding()
{
    // A badge in words (colour is only its frame) and, when the desk has to act, why.
    QString kind = QStringLiteral("ok");
    QString sign = QStringLiteral("\u2713 ");
    if (m_standing.warns()) {
        kind = QStringLiteral("error");
        sign = QStringLiteral("\u26a0 ");
    } else if (m_standing.state == State::ExpiringSoon) {
        kind = QStringLiteral("warning");
        sign = QStringLiteral("\u26a0 ");
    } else if (m_standing.state == State::NotNeeded) {
        kind = QStringLiteral("muted");
        sign.clear();
    }
    m_badge->setText(sign + m_standing.label);
    m_badge->setToolTip(m_standing.reason);
    Theme::styleAsBadge(m_badge, kind);
    m_badge->show();

    if (m_standing.reason.isEmpty()) {
        m_reason->hide();
        m_reason->clear();
        return;
    }
    QString text = m_standing.reason + u'.';
    if (m_standing.warns())
        text = tr("A treatment today is not covered: %1").arg(text);
    else if (m_standing.state == State::ExpiringSoon)
        text += tr(" Ask the payer for a renewal.");
    m_reason->setText(text);
    if (m_standing.warns())
        Theme::styleAsError(m_reason);
    else
        m_reason->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::warningText.name()));
    m_reason->show();
}

const Authorization *AuthorizationsPanel::selectedAuthorization() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->authorizationAt(rows.constFirst().row());
}

void AuthorizationsPanel::select(qint64 authorizationId)
{
    selectRow(m_table, authorizationId > 0 ? m_model->rowOf(authorizationId) : -1);
}

void AuthorizationsPanel::updateButtons()
{
    const bool selected = selectedAuthorization() != nullptr;
    m_add->setEnabled(m_patientId > 0);
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void AuthorizationsPanel::changed(qint64 id, const QString &message)
{
    reload();
    select(id);
    showMessage(m_message, QStringLiteral("ok"), message);
    emit authorizationsChanged(m_patientId);
}

void AuthorizationsPanel::addAuthorization()
{
    if (m_patientId <= 0)
        return;
    AuthorizationDialog dialog(m_service, m_service.draftFor(m_patientId), this);
    dialog.setConfirmer(m_confirm);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed(dialog.saved().id,
            tr("\u2713 %1 added.").arg(Core::AuthorizationRules::displayName(dialog.saved())));
}

void AuthorizationsPanel::editSelected()
{
    const Authorization *selected = selectedAuthorization();
    if (!selected)
        return;
    AuthorizationDialog dialog(m_service, *selected, this);
    dialog.setConfirmer(m_confirm);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed(dialog.saved().id,
            tr("\u2713 %1 saved.").arg(Core::AuthorizationRules::displayName(dialog.saved())));
}

void AuthorizationsPanel::removeSelected()
{
    const Authorization *selected = selectedAuthorization();
    if (!selected)
        return;
    const Authorization removed = *selected;
    const QString name = Core::AuthorizationRules::displayName(removed);
    const Question question{
        tr("Remove %1?").arg(name),
        tr("Remove authorization %1 (%2 to %3) from this patient's record?\n\nTake it out only "
           "when it was entered by mistake; an expired one can stay.")
            .arg(name, Core::ClinicDate::formatLong(removed.validFrom),
                 Core::ClinicDate::formatLong(removed.validTo)),
        tr("Remove"),
        tr("Keep"),
        QStringLiteral("removeAuthorizationQuestion"),
        true};
    if (!m_confirm || !m_confirm(this, question))
        return;
    if (Core::Status s = m_service.remove(removed.id); !s) {
        showMessage(m_message, QStringLiteral("error"),
                    tr("Not removed: %1").arg(s.error().message));
        return;
    }
    changed(0, tr("%1 removed.").arg(name));
}

} // namespace ClinicDesk::Ui
