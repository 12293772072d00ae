#pragma once

#include "schedulecontext.h"
#include "slotfinder.h"

#include <QAbstractTableModel>

namespace ClinicDesk::Ui {

// Free places in the book as the slot finder lists them: day, time, provider and room.
class FreeSlotTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Time, Provider, Room, ColumnCount };
    enum Role {
        ProviderIdRole = Qt::UserRole + 1, // qint64
        RoomIdRole, // qint64 (0: no room)
        DateRole, // QDate
        StartMinuteRole, // int
        EndMinuteRole, // int
    };

    explicit FreeSlotTableModel(QObject *parent = nullptr);

    // The directory names the providers and rooms.
    void setOffers(const QList<Core::SlotOffer> &offers, const ScheduleDirectory &directory);
    const QList<Core::SlotOffer> &offers() const { return m_offers; }
    const Core::SlotOffer *offerAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Core::SlotOffer> m_offers;
    ScheduleDirectory m_directory;
};

} // namespace ClinicDesk::Ui
