#pragma once

#include "clinicsetup.h"
#include "retreatmentpolicy.h"

#include <QAbstractTableModel>
#include <QList>

namespace ClinicDesk::Ui {

// The clinic's payers, one a row: name, how soon the payer pays for the next Botox treatment
// ("70 days", or "84 days (clinic default)" for a payer without a number of its own) and whether
// it is offered for new patients. Inactive payers stay listed, greyed and marked "Inactive" in
// words.
class PayerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, MinimumInterval, Status, ColumnCount };
    enum Role {
        PayerIdRole = Qt::UserRole + 1, // qint64
        ActiveRole, // bool
        MinimumDaysRole, // int: the payer's own minimum, 0 for the clinic default
        EffectiveMinimumDaysRole, // int: the days the retreatment rule uses for this payer
    };

    explicit PayerTableModel(QObject *parent = nullptr);

    // `settings` gives the clinic default and the self-pay minimum the rows without a number of
    // their own stand for.
    void setPayers(QList<Core::Payer> payers, Core::RetreatmentSettings settings);
    const QList<Core::Payer> &payers() const { return m_payers; }
    const Core::Payer *payerAt(int row) const;
    int rowOf(qint64 payerId) const; // -1 when not listed
    // "70 days", "84 days (clinic default)" or "70 days (self-pay default)".
    QString minimumText(const Core::Payer &payer) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int effectiveMinimum(const Core::Payer &payer) const;

    QList<Core::Payer> m_payers;
    Core::RetreatmentSettings m_settings;
};

} // namespace ClinicDesk::Ui
