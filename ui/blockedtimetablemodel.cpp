#include "blockedtimetablemodel.h"

namespace ClinicDesk::Ui {

BlockedTimeTableModel::BlockedTimeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BlockedTimeTableModel::setBlocks(QList<Core::BlockedTime> blocks, SetupText::Names names)
{
    beginResetModel();
    m_blocks = std::move(blocks);
    m_names = std::move(names);
    endResetModel();
}

const Core::BlockedTime *BlockedTimeTableModel::blockAt(int row) const
{
    return row >= 0 && row < m_blocks.size() ? &m_blocks[row] : nullptr;
}

int BlockedTimeTableModel::rowOf(qint64 blockId) const
{
    for (int row = 0; row < m_blocks.size(); ++row)
        if (m_blocks[row].id == blockId)
            return row;
    return -1;
}

QString BlockedTimeTableModel::describe(const Core::BlockedTime &block) const
{
    const QString reason = block.reason.isEmpty() ? tr("Blocked time") : block.reason;
    return QStringLiteral("%1 \u2014 %2, %3 \u2014 %4")
        .arg(reason, SetupText::blockWhen(block), SetupText::blockTime(block),
             SetupText::blockWho(block, m_names));
}

int BlockedTimeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_blocks.size());
}

int BlockedTimeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BlockedTimeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::BlockedTime &b = m_blocks[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Who:
            return SetupText::blockWho(b, m_names);
        case When:
            return SetupText::blockWhen(b);
        case Time:
            return SetupText::blockTime(b);
        case Reason:
            return b.reason.isEmpty() ? tr("(no reason given)") : b.reason;
        }
        return {};
    case Qt::ToolTipRole:
        return describe(b);
    case BlockIdRole:
        return b.id;
    case WeeklyRole:
        return b.weekly;
    }
    return {};
}

QVariant BlockedTimeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Who:
        return tr("Who");
    case When:
        return tr("When");
    case Time:
        return tr("Time");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace ClinicDesk::Ui
