#include "freeslottablemodel.h"

#include "appointmenttext.h"

namespace ClinicDesk::Ui {

FreeSlotTableModel::FreeSlotTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FreeSlotTableModel::setOffers(const QList<Core::SlotOffer> &offers,
                                   const ScheduleDirectory &directory)
{
    beginResetModel();
    m_offers = offers;
    m_directory = directory;
    endResetModel();
}

const Core::SlotOffer *FreeSlotTableModel::offerAt(int row) const
{
    return row >= 0 && row < m_offers.size() ? &m_offers[row] : nullptr;
}

int FreeSlotTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_offers.size());
}

int FreeSlotTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FreeSlotTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::SlotOffer &offer = m_offers[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Date:
            return AppointmentText::shortDate(offer.slot.date);
        case Time:
            return offer.slot.timeRange();
        case Provider: {
            const Core::Provider *p = m_directory.provider(offer.providerId);
            return p ? p->name : QString();
        }
        case Room: {
            const Core::Room *r = m_directory.room(offer.roomId);
            return r ? r->name : QStringLiteral("No room");
        }
        default:
            return {};
        }
    case ProviderIdRole:
        return offer.providerId;
    case RoomIdRole:
        return offer.roomId;
    case DateRole:
        return offer.slot.date;
    case StartMinuteRole:
        return offer.slot.startMinute;
    case EndMinuteRole:
        return offer.slot.endMinute;
    default:
        return {};
    }
}

QVariant FreeSlotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return QStringLiteral("Day");
    case Time:
        return QStringLiteral("Time");
    case Provider:
        return QStringLiteral("Provider");
    case Room:
        return QStringLiteral("Room");
    default:
        return {};
    }
}

QHash<int, QByteArray> FreeSlotTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ProviderIdRole, "providerId");
    names.insert(RoomIdRole, "roomId");
    names.insert(DateRole, "date");
    names.insert(StartMinuteRole, "startMinute");
    names.insert(EndMinuteRole, "endMinute");
    return names;
}

} // namespace ClinicDesk::Ui
