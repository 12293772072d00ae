#include "appointmenttypetablemodel.h"

#include "setuptext.h"

namespace ClinicDesk::Ui {

AppointmentTypeTableModel::AppointmentTypeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AppointmentTypeTableModel::setTypes(QList<Core::AppointmentType> types)
{
    beginResetModel();
    m_types = std::move(types);
    endResetModel();
}

const Core::AppointmentType *AppointmentTypeTableModel::typeAt(int row) const
{
    return row >= 0 && row < m_types.size() ? &m_types[row] : nullptr;
}

int AppointmentTypeTableModel::rowOf(qint64 typeId) const
{
    for (int row = 0; row < m_types.size(); ++row)
        if (m_types[row].id == typeId)
            return row;
    return -1;
}

int AppointmentTypeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_types.size());
}

int AppointmentTypeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppointmentTypeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::AppointmentType &t = m_types[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return t.name;
        case Length:
            return tr("%1 min").arg(t.defaultMinutes);
        case Colour:
            return t.colour;
        case Botox:
            return t.isBotox ? tr("Yes") : tr("No");
        case Status:
            return SetupText::activeWord(t.active);
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == Colour ? SetupText::swatch(t.colour) : QVariant();
    case Qt::ForegroundRole:
        return SetupText::inactiveForeground(t.active);
    case Qt::TextAlignmentRole:
        return index.column() == Length ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case TypeIdRole:
        return t.id;
    case ActiveRole:
        return t.active;
    case MinutesRole:
        return t.defaultMinutes;
    }
    return {};
}

QVariant AppointmentTypeTableModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Appointment type");
    case Length:
        return tr("Length");
    case Colour:
        return tr("Colour");
    case Botox:
        return tr("Botox treatment");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace ClinicDesk::Ui
