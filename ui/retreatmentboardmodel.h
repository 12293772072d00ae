#pragma once

#include "retreatmentboard.h"

#include <QAbstractTableModel>
#include <QList>

namespace ClinicDesk::Ui {

// The retreatment board, one Botox patient a row, as the front desk reads it: whom to call, the
// number, where they stand in their window and what was tried last. The status carries a shape
// and words beside its tint, so colour never says it alone. Sorting goes through SortRole (dates
// as dates, days as numbers, the status by urgency).
class RetreatmentBoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Patient,
        Phone,
        LastTreatment,
        Cycle,
        Earliest,
        Due,
        DaysToDue,
        Status,
        NextBooked,
        Authorization,
        LastContact,
        ColumnCount
    };
    enum Role {
        PatientIdRole = Qt::UserRole + 1, // qint64
        UrgencyRole, // int, 0 most urgent (BoardRow::urgency)
        SortRole, // what the column sorts by
    };

    explicit RetreatmentBoardModel(QObject *parent = nullptr);

    void setRows(QList<Core::BoardRow> rows);
    const QList<Core::BoardRow> &rows() const { return m_rows; }
    const Core::BoardRow *rowAt(int row) const;
    // The row showing the patient, or -1.
    int rowOf(qint64 patientId) const;

    // What a cell says, for the view, the printout and the CSV alike.
    static QString cellText(const Core::BoardRow &row, int column);
    static QString columnTitle(int column);
    // "12 days past due", "due in 5 days", "due today"
    static QString daysToDueText(int daysToDue);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant sortValue(const Core::BoardRow &row, int column) const;
    QString toolTip(const Core::BoardRow &row, int column) const;

    QList<Core::BoardRow> m_rows;
};

} // namespace ClinicDesk::Ui
