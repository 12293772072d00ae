#pragma once

#include "appointment.h"

#include <QAbstractTableModel>

namespace ClinicDesk::Ui {

// A patient's visits, one a row: day, time, type, provider, room and status (its mark and word,
// with the reason for a cancellation or no-show).
class AppointmentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Time, Type, Provider, Room, Status, ColumnCount };
    enum Role {
        AppointmentIdRole = Qt::UserRole + 1, // qint64
        DateRole, // QDate
        StatusRole, // int (Core::AppointmentStatus)
        HoldsTimeRole, // bool: false for cancelled and no-show
    };

    explicit AppointmentListModel(QObject *parent = nullptr);

    void setEntries(const QList<Core::ScheduleEntry> &entries);
    const QList<Core::ScheduleEntry> &entries() const { return m_entries; }
    const Core::ScheduleEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Core::ScheduleEntry> m_entries;
};

} // namespace ClinicDesk::Ui
