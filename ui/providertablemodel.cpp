#include "providertablemodel.h"

#include "setuptext.h"

namespace ClinicDesk::Ui {

ProviderTableModel::ProviderTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProviderTableModel::setProviders(QList<Core::Provider> providers)
{
    beginResetModel();
    m_providers = std::move(providers);
    endResetModel();
}

const Core::Provider *ProviderTableModel::providerAt(int row) const
{
    return row >= 0 && row < m_providers.size() ? &m_providers[row] : nullptr;
}

int ProviderTableModel::rowOf(qint64 providerId) const
{
    for (int row = 0; row < m_providers.size(); ++row)
        if (m_providers[row].id == providerId)
            return row;
    return -1;
}

int ProviderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_providers.size());
}

int ProviderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProviderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::Provider &p = m_providers[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return p.name;
        case Credentials:
            return p.credentials;
        case Colour:
            return p.colour;
        case Status:
            return SetupText::activeWord(p.active);
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == Colour ? SetupText::swatch(p.colour) : QVariant();
    case Qt::ForegroundRole:
        return SetupText::inactiveForeground(p.active);
    case Qt::ToolTipRole:
        return p.active ? p.displayName()
                        : tr("%1 — inactive: kept on past appointments, not offered for new ones")
                              .arg(p.displayName());
    case ProviderIdRole:
        return p.id;
    case ActiveRole:
        return p.active;
    }
    return {};
}

QVariant ProviderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Credentials:
        return tr("Credentials");
    case Colour:
        return tr("Colour");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace ClinicDesk::Ui
