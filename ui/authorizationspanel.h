#pragma once

#include "authorizationservice.h"
#include "confirmation.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ClinicDesk::Ui {

class AuthorizationTableModel;

// A patient's prior authorizations in the patient record: where today's treatment stands (a
// badge with words, and why when it is not covered), the list with Add…, Edit… and Remove.
// Every change goes through the authorization service.
class AuthorizationsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AuthorizationsPanel(Core::AuthorizationService &service, QWidget *parent = nullptr);

    // 0 shows no patient.
    void setPatient(qint64 patientId);
    qint64 patientId() const { return m_patientId; }
    // Reads the patient's authorizations and the lead time again (after a treatment is recorded).
    void reload();
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    AuthorizationTableModel *model() const { return m_model; }
    const Core::AuthorizationStanding &standing() const { return m_standing; }

public slots:
    void addAuthorization();
    void editSelected();
    void removeSelected();

signals:
    void authorizationsChanged(qint64 patientId);

private:
    const Core::Authorization *selectedAuthorization() const;
    void select(qint64 authorizationId);
    void updateButtons();
    void showStanding();
    void changed(qint64 select, const QString &message);

    Core::AuthorizationService &m_service;
    qint64 m_patientId = 0;
    Core::AuthorizationStanding m_standing;
    Confirmer m_confirm;

    QLabel *m_badge = nullptr;
    QLabel *m_reason = nullptr;
    AuthorizationTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ClinicDesk::Ui
