#pragma once

#include "followup.h"
#include "treatmentservice.h"

#include <QDialog>
#include <QHash>

class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace ClinicDesk::Ui {

class OptionalDateField;

// Where the drug for a Botox visit comes from: clinic stock (buy and bill), or a specialty
// pharmacy that ships it for this one patient, with the dates it was ordered, shipped and
// received. Until it is received the visit shows "Drug not received". Messages appear under
// their field ("error_pharmacy", "error_orderedOn", "error_shippedOn", "error_receivedOn").
class DrugSupplyDialog : public QDialog
{
    Q_OBJECT
public:
    // `visit` describes the appointment ("Lee, Ann at 10:00–10:15 with Vladimir Fiks").
    DrugSupplyDialog(Core::TreatmentService &service, qint64 appointmentId, const QString &visit,
                     QWidget *parent = nullptr);

    Core::DrugSupply supply() const;
    QString errorFor(const QString &field) const;
    QString bannerText() const;

public slots:
    void save();

signals:
    void supplySaved(const Core::DrugSupply &supply);

private:
    void load();
    void updateState();
    void clearErrors();
    QWidget *withError(QWidget *input, const QString &field);

    Core::TreatmentService &m_service;
    qint64 m_appointmentId = 0;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QWidget *> m_inputs;

    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QRadioButton *m_stock = nullptr;
    QRadioButton *m_pharmacyRadio = nullptr;
    QWidget *m_pharmacyFields = nullptr;
    QLineEdit *m_pharmacy = nullptr;
    OptionalDateField *m_ordered = nullptr;
    OptionalDateField *m_shipped = nullptr;
    OptionalDateField *m_received = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace ClinicDesk::Ui
