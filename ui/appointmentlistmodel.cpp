#include "appointmentlistmodel.h"

#include "appointmenttext.h"
#include "theme.h"

#include <QLocale>

namespace ClinicDesk::Ui {

AppointmentListModel::AppointmentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AppointmentListModel::setEntries(const QList<Core::ScheduleEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const Core::ScheduleEntry *AppointmentListModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int AppointmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AppointmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppointmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::ScheduleEntry &e = m_entries[index.row()];
    const Core::Appointment &a = e.appointment;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return QLocale(QLocale::English, QLocale::UnitedStates)
                .toString(a.slot.date, QStringLiteral("ddd MM/dd/yy"));
        case Time:
            return a.slot.timeRange();
        case Type:
            return e.typeName;
        case Provider:
            return e.providerName;
        case Room:
            return e.roomName.isEmpty() ? QStringLiteral("No room") : e.roomName;
        case Status:
            return a.statusReason.isEmpty()
                       ? AppointmentText::status(a.status)
                       : AppointmentText::status(a.status) + QStringLiteral(": ") + a.statusReason;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return AppointmentText::tooltip(e);
    case Qt::ForegroundRole:
        // Lost visits are quieter; their status word says why.
        return Core::holdsTime(a.status) ? QVariant() : QVariant(Theme::mutedText);
    case AppointmentIdRole:
        return a.id;
    case DateRole:
        return a.slot.date;
    case StatusRole:
        return int(a.status);
    case HoldsTimeRole:
        return Core::holdsTime(a.status);
    default:
        return {};
    }
}

QVariant AppointmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return QStringLiteral("Day");
    case Time:
        return QStringLiteral("Time");
    case Type:
        return QStringLiteral("Type");
    case Provider:
        return QStringLiteral("Provider");
    case Room:
        return QStringLiteral("Room");
    case Status:
        return QStringLiteral("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> AppointmentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AppointmentIdRole, "appointmentId");
    names.insert(DateRole, "date");
    names.insert(StatusRole, "status");
    names.insert(HoldsTimeRole, "holdsTime");
    return names;
}

} // namespace ClinicDesk::Ui
