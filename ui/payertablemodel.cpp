#include "payertablemodel.h"

#include "setuptext.h"

namespace ClinicDesk::Ui {

namespace {
QString daysText(int days)
{
    return days == 1 ? QObject::tr("1 day") : QObject::tr("%1 days").arg(days);
}
} // namespace

PayerTableModel::PayerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PayerTableModel::setPayers(QList<Core::Payer> payers, Core::RetreatmentSettings settings)
{
    beginResetModel();
    m_payers = std::move(payers);
    m_settings = std::move(settings);
    endResetModel();
}

const Core::Payer *PayerTableModel::payerAt(int row) const
{
    return row >= 0 && row < m_payers.size() ? &m_payers[row] : nullptr;
}

int PayerTableModel::rowOf(qint64 payerId) const
{
    for (int row = 0; row < m_payers.size(); ++row)
        if (m_payers[row].id == payerId)
            return row;
    return -1;
}

int PayerTableModel::effectiveMinimum(const Core::Payer &payer) const
{
    if (payer.minimumDays > 0)
        return payer.minimumDays;
    return payer.name.compare(m_settings.selfPayName, Qt::CaseInsensitive) == 0
               ? m_settings.selfPayMinimumDays
               : m_settings.defaultMinimumDays;
}

QString PayerTableModel::minimumText(const Core::Payer &payer) const
{
    const QString days = daysText(effectiveMinimum(payer));
    if (payer.minimumDays > 0)
        return days;
    return payer.name.compare(m_settings.selfPayName, Qt::CaseInsensitive) == 0
               ? tr("%1 (self-pay default)").arg(days)
               : tr("%1 (clinic default)").arg(days);
}

int PayerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_payers.size());
}

int PayerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::Payer &p = m_payers[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return p.name;
        case MinimumInterval:
            return minimumText(p);
        case Status:
            return SetupText::activeWord(p.active);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MinimumInterval)
            return tr("%1 pays for the next Botox treatment from %2 after the last one.")
                .arg(p.name, daysText(effectiveMinimum(p)));
        return {};
    case Qt::ForegroundRole:
        return SetupText::inactiveForeground(p.active);
    case PayerIdRole:
        return p.id;
    case ActiveRole:
        return p.active;
    case MinimumDaysRole:
        return p.minimumDays;
    case EffectiveMinimumDaysRole:
        return effectiveMinimum(p);
    }
    return {};
}

QVariant PayerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Payer");
    case MinimumInterval:
        return tr("Minimum interval");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace ClinicDesk::Ui
