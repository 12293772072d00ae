#pragma once

#include "clinicsetup.h"

#include <QAbstractTableModel>
#include <QList>

namespace ClinicDesk::Ui {

// The kinds of visit the clinic books, one a row: name, default length, colour (a swatch with its
// hex code), whether it is a Botox treatment (counted for the retreatment cycle) and whether it
// can be booked. Inactive types stay listed, greyed and marked "Inactive" in words.
class AppointmentTypeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Length, Colour, Botox, Status, ColumnCount };
    enum Role {
        TypeIdRole = Qt::UserRole + 1, // qint64
        ActiveRole, // bool
        MinutesRole, // int
    };

    explicit AppointmentTypeTableModel(QObject *parent = nullptr);

    void setTypes(QList<Core::AppointmentType> types);
    const QList<Core::AppointmentType> &types() const { return m_types; }
    const Core::AppointmentType *typeAt(int row) const;
    int rowOf(qint64 typeId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Core::AppointmentType> m_types;
};

} // namespace ClinicDesk::Ui
