#include "waitlisttablemodel.h"

#include "clinicdate.h"
#include "phonenumber.h"

#include <QLocale>

namespace ClinicDesk::Ui {

using Core::WaitlistEntry;

WaitlistTableModel::WaitlistTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void WaitlistTableModel::setEntries(QList<WaitlistEntry> entries, QDate today)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_today = today;
    endResetModel();
}

const WaitlistEntry *WaitlistTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int WaitlistTableModel::rowOf(qint64 entryId) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].id == entryId)
            return row;
    return -1;
}

int WaitlistTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int WaitlistTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WaitlistTableModel::timesText(const WaitlistEntry &entry)
{
    return Core::WallClock::format(entry.earliestMinute) + QStringLiteral("\u2013") +
           Core::WallClock::format(entry.latestMinute);
}

QString WaitlistTableModel::sinceText(const WaitlistEntry &entry, QDate today)
{
    const QDate joined = entry.addedAt.date();
    const qint64 days = joined.daysTo(today);
    if (days <= 0)
        return tr("Today");
    const QString day =
        QLocale(QLocale::English, QLocale::UnitedStates).toString(joined, QStringLiteral("MMM d"));
    return days == 1 ? tr("%1 (1 day)").arg(day) : tr("%1 (%2 days)").arg(day).arg(days);
}

QString WaitlistTableModel::displayText(const WaitlistEntry &e, int column) const
{
    switch (column) {
    case Patient:
        return e.patientName;
    case Phone:
        return Core::PhoneNumber::format(e.patientPhone);
    case Wants:
        return Core::WaitlistRules::wantsText(e);
    case Days:
        return Core::WaitlistRules::weekdaysText(e.weekdays);
    case Times:
        return timesText(e);
    case Since:
        return sinceText(e, m_today);
    case Notes:
        // One line in the table; the tooltip has all of it.
        return e.notes.simplified();
    }
    return {};
}

QVariant WaitlistTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WaitlistEntry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(e, index.column());
    case Qt::ToolTipRole: {
        QStringList lines{
            e.patientName +
                (e.patientMrn.isEmpty() ? QString() : tr(" \u2014 MRN %1").arg(e.patientMrn)),
            tr("Wants: %1, %2")
                .arg(Core::WaitlistRules::wantsText(e), Core::WaitlistRules::availabilityText(e)),
            tr("On the list since %1 (added by %2)")
                .arg(Core::ClinicDate::formatLong(e.addedAt.date()), e.addedBy)};
        if (!e.notes.isEmpty())
            lines << e.notes;
        return lines.join(u'\n');
    }
    case EntryIdRole:
        return e.id;
    case PatientIdRole:
        return e.patientId;
    case DaysWaitingRole:
        return int(std::max<qint64>(0, e.addedAt.date().daysTo(m_today)));
    }
    return {};
}

QVariant WaitlistTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Patient:
        return tr("Patient");
    case Phone:
        return tr("Phone");
    case Wants:
        return tr("Wants");
    case Days:
        return tr("Days");
    case Times:
        return tr("Times");
    case Since:
        return tr("Waiting since");
    case Notes:
        return tr("Notes");
    }
    return {};
}

} // namespace ClinicDesk::Ui
