#pragma once

#include "treatment.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ClinicDesk::Ui {

// A patient's Botox history as cycles, newest first: cycle number, date, the days since the
// cycle before ("84 days"; "⚠ 70 days" when sooner than the payer allows), provider, units given
// and discarded (with the billing modifier), lot, and adverse events.
class TreatmentCycleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Cycle,
        Date,
        Interval,
        Provider,
        Units,
        Discarded,
        Lot,
        AdverseEvents,
        ColumnCount
    };
    enum Role {
        TreatmentIdRole = Qt::UserRole + 1, // qint64
        CycleRole, // int
        TooSoonRole, // bool: sooner than the minimum interval
    };

    explicit TreatmentCycleModel(QObject *parent = nullptr);

    // `minimumDays`: the patient's payer's minimum interval (0: don't mark intervals).
    void setCycles(QList<Core::TreatmentCycle> cycles, int minimumDays,
                   QHash<qint64, QString> providerNames);
    const Core::TreatmentCycle *cycleAt(int row) const;
    // The row showing the treatment, or -1.
    int rowOf(qint64 treatmentId) const;
    int minimumDays() const { return m_minimumDays; }
    bool isTooSoon(const Core::TreatmentCycle &cycle) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString displayText(const Core::TreatmentCycle &cycle, int column) const;
    QString toolTip(const Core::TreatmentCycle &cycle, int column) const;

    QList<Core::TreatmentCycle> m_cycles; // newest first
    int m_minimumDays = 0;
    QHash<qint64, QString> m_providerNames;
};

} // namespace ClinicDesk::Ui
