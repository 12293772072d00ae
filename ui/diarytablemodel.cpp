#include "diarytablemodel.h"

#include "theme.h"

#include <QFont>
#include <QLocale>

namespace ClinicDesk::Ui {

using Core::DiaryEntry;

DiaryTableModel::DiaryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DiaryTableModel::setEntries(QList<DiaryEntry> entries, QDate baseline, bool marked)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_baseline = baseline;
    m_baselineMarked = marked && baseline.isValid();
    endResetModel();
}

const DiaryEntry *DiaryTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int DiaryTableModel::rowOf(QDate month) const
{
    const QDate first = DiaryEntry::monthOf(month);
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].month == first)
            return row;
    return -1;
}

int DiaryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DiaryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DiaryTableModel::baselineText(const DiaryEntry &entry) const
{
    if (entry.month != m_baseline)
        return {};
    return m_baselineMarked ? tr("Baseline") : tr("Baseline (assumed)");
}

QVariant DiaryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DiaryEntry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Month:
            return Core::monthLabel(e.month);
        case HeadacheDays:
            return e.headacheDays;
        case MigraineDays:
            return e.migraineDays;
        case HoursPerDay:
            return e.hasHours() ? QLocale(QLocale::English, QLocale::UnitedStates)
                                      .toString(e.hoursPerDay, 'g', 3)
                                : tr("—");
        case Baseline:
            return baselineText(e);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == HeadacheDays || index.column() == MigraineDays ||
            index.column() == HoursPerDay)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Baseline && e.month == m_baseline && !m_baselineMarked)
            return Theme::mutedText;
        if (index.column() == HoursPerDay && !e.hasHours())
            return Theme::mutedText;
        return {};
    case Qt::FontRole:
        if (index.column() == Baseline && e.month == m_baseline && m_baselineMarked) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Baseline && e.month == m_baseline)
            return m_baselineMarked
                       ? tr("The month the response is measured against.")
                       : tr("Not marked: the last month before cycle 1 is used as the baseline.");
        if (index.column() == HoursPerDay && !e.hasHours())
            return tr("Hours a day not recorded");
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == HoursPerDay && !e.hasHours())
            return tr("not recorded");
        return {};
    case MonthRole:
        return e.month;
    case IsMarkedBaselineRole:
        return e.isBaseline;
    case IsBaselineRole:
        return e.month == m_baseline;
    }
    return {};
}

QVariant DiaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == HoursPerDay)
        return tr("How long a headache lasted on a typical day");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Month:
        return tr("Month");
    case HeadacheDays:
        return tr("Headache days");
    case MigraineDays:
        return tr("Migraine days");
    case HoursPerDay:
        return tr("Hours a day");
    case Baseline:
        return tr("Baseline");
    }
    return {};
}

} // namespace ClinicDesk::Ui
