#pragma once

#include "appointment.h"
#include "setuptext.h"

#include <QAbstractTableModel>
#include <QList>

namespace ClinicDesk::Ui {

// Blocked time (lunch, meetings, leave, holidays), one block a row: who it holds (a provider, a
// room or the whole clinic), when (a day, a run of days, or every week), the time of day and the
// reason.
class BlockedTimeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Who, When, Time, Reason, ColumnCount };
    enum Role {
        BlockIdRole = Qt::UserRole + 1, // qint64
        WeeklyRole, // bool
    };

    explicit BlockedTimeTableModel(QObject *parent = nullptr);

    // Names say who a block is for; a block for someone not named shows their id.
    void setBlocks(QList<Core::BlockedTime> blocks, SetupText::Names names);
    const QList<Core::BlockedTime> &blocks() const { return m_blocks; }
    const Core::BlockedTime *blockAt(int row) const;
    int rowOf(qint64 blockId) const; // -1 when not listed
    // "Lunch — Every Wednesday from Nov 25, 2026, no end, 12:00–13:00 — Vladimir Fiks, MD"
    QString describe(const Core::BlockedTime &block) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Core::BlockedTime> m_blocks;
    SetupText::Names m_names;
};

} // namespace ClinicDesk::Ui
