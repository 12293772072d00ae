#include "reporttablemodel.h"

namespace ClinicDesk::Ui {

using Kind = Core::ReportColumn::Kind;

namespace {

bool isNumber(Kind kind)
{
    return kind == Kind::Count || kind == Kind::Percent;
}

} // namespace

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setTable(const Core::ReportTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

void ReportTableModel::clear()
{
    setTable({});
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.rowCount();
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.columnCount();
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Kind kind = m_table.columns[index.column()].kind;
    switch (role) {
    case Qt::DisplayRole:
        return m_table.displayText(index.row(), index.column());
    case Qt::ToolTipRole:
        // A long cell (an authorization's reason) may be cut off by its column.
        return kind == Kind::Text ? m_table.displayText(index.row(), index.column()) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (isNumber(kind) ? Qt::AlignRight : Qt::AlignLeft));
    case SortRole: {
        const QVariant value = m_table.value(index.row(), index.column());
        // An empty rate sorts below every real one.
        if (kind == Kind::Percent && value.isNull())
            return -1.0;
        if (kind == Kind::Text)
            return value.toString().toCaseFolded();
        return value;
    }
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_table.columns[section].header;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::AlignVCenter |
            (isNumber(m_table.columns[section].kind) ? Qt::AlignRight : Qt::AlignLeft));
    return {};
}

} // namespace ClinicDesk::Ui
