#include "roomtablemodel.h"

#include "setuptext.h"

namespace ClinicDesk::Ui {

RoomTableModel::RoomTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RoomTableModel::setRooms(QList<Core::Room> rooms)
{
    beginResetModel();
    m_rooms = std::move(rooms);
    endResetModel();
}

const Core::Room *RoomTableModel::roomAt(int row) const
{
    return row >= 0 && row < m_rooms.size() ? &m_rooms[row] : nullptr;
}

int RoomTableModel::rowOf(qint64 roomId) const
{
    for (int row = 0; row < m_rooms.size(); ++row)
        if (m_rooms[row].id == roomId)
            return row;
    return -1;
}

int RoomTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rooms.size());
}

int RoomTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoomTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::Room &r = m_rooms[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Name ? r.name : SetupText::activeWord(r.active);
    case Qt::ForegroundRole:
        return SetupText::inactiveForeground(r.active);
    case RoomIdRole:
        return r.id;
    case ActiveRole:
        return r.active;
    }
    return {};
}

QVariant RoomTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Room");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace ClinicDesk::Ui
