#pragma once

#include "clinicsetup.h"

#include <QAbstractTableModel>
#include <QList>

namespace ClinicDesk::Ui {

// The clinic's treatment and exam rooms, one a row: name and whether it can be booked. Inactive
// rooms stay listed, greyed and marked "Inactive" in words.
class RoomTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Status, ColumnCount };
    enum Role {
        RoomIdRole = Qt::UserRole + 1, // qint64
        ActiveRole, // bool
    };

    explicit RoomTableModel(QObject *parent = nullptr);

    void setRooms(QList<Core::Room> rooms);
    const QList<Core::Room> &rooms() const { return m_rooms; }
    const Core::Room *roomAt(int row) const;
    int rowOf(qint64 roomId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Core::Room> m_rooms;
};

} // namespace ClinicDesk::Ui
