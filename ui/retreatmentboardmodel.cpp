#include "retreatmentboardmodel.h"

#include "clinicdate.h"
#include "phonenumber.h"
#include "retreatmentmark.h"
#include "theme.h"

#include <QBrush>
#include <QFont>

namespace ClinicDesk::Ui {

using Core::BoardRow;

namespace {
QString longDate(QDate date)
{
    return Core::ClinicDate::formatLong(date);
}

const Core::RetreatmentWindow *windowOf(const BoardRow &row)
{
    return row.status.window ? &*row.status.window : nullptr;
}
} // namespace

RetreatmentBoardModel::RetreatmentBoardModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RetreatmentBoardModel::setRows(QList<BoardRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const BoardRow *RetreatmentBoardModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

int RetreatmentBoardModel::rowOf(qint64 patientId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).candidate.patientId == patientId)
            return int(row);
    return -1;
}

int RetreatmentBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RetreatmentBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RetreatmentBoardModel::daysToDueText(int daysToDue)
{
    if (daysToDue == 0)
        return tr("due today");
    if (daysToDue < 0)
        return daysToDue == -1 ? tr("1 day past due") : tr("%1 days past due").arg(-daysToDue);
    return daysToDue == 1 ? tr("due in 1 day") : tr("due in %1 days").arg(daysToDue);
}

QString RetreatmentBoardModel::cellText(const BoardRow &row, int column)
{
    const Core::BoardCandidate &c = row.candidate;
    const Core::RetreatmentWindow *window = windowOf(row);
    switch (column) {
    case Patient:
        return c.patientName;
    case Phone:
        return c.patientPhone.isEmpty() ? tr("No phone")
                                        : Core::PhoneNumber::format(c.patientPhone);
    case LastTreatment:
        return longDate(c.course.lastTreated);
    case Cycle:
        return QString::number(c.course.cycles);
    case Earliest:
        return window ? longDate(window->earliestAllowed) : QString();
    case Due:
        return window ? longDate(window->due) : QString();
    case DaysToDue:
        return window ? daysToDueText(row.daysToDue) : QString();
    case Status:
        return RetreatmentMark::text(row.status);
    case NextBooked:
        return c.nextBookedOn.isValid() ? longDate(c.nextBookedOn) : tr("Not booked");
    case Authorization:
        return row.authorizationWarns ? tr("\u26A0 %1").arg(row.authorizationLabel)
                                      : row.authorizationLabel;
    case LastContact:
        return c.lastContact ? c.lastContact->summary() : tr("\u2014");
    }
    return {};
}

QString RetreatmentBoardModel::columnTitle(int column)
{
    switch (column) {
    case Patient:
        return tr("Patient");
    case Phone:
        return tr("Phone");
    case LastTreatment:
        return tr("Last treatment");
    case Cycle:
        return tr("Cycles");
    case Earliest:
        return tr("Earliest");
    case Due:
        return tr("Due");
    case DaysToDue:
        return tr("Days to due");
    case Status:
        return tr("Status");
    case NextBooked:
        return tr("Next booked");
    case Authorization:
        return tr("Authorization");
    case LastContact:
        return tr("Last contact");
    }
    return {};
}

QVariant RetreatmentBoardModel::sortValue(const BoardRow &row, int column) const
{
    const Core::BoardCandidate &c = row.candidate;
    const Core::RetreatmentWindow *window = windowOf(row);
    switch (column) {
    case Patient:
        return c.patientName.toCaseFolded();
    case Phone:
        return c.patientPhone;
    case LastTreatment:
        return c.course.lastTreated;
    case Cycle:
        return c.course.cycles;
    case Earliest:
        return window ? window->earliestAllowed : QDate();
    case Due:
        return window ? window->due : QDate();
    case DaysToDue:
        return row.daysToDue;
    case Status:
        // Urgency first, then the nearest due date: the board's own order.
        return qint64(row.urgency()) * 1'000'000 + row.daysToDue;
    case NextBooked:
        return c.nextBookedOn;
    case Authorization:
        return QString::number(row.authorizationWarns ? 0 : 1) + row.authorizationLabel;
    case LastContact:
        return c.lastContact ? c.lastContact->at : QDateTime();
    }
    return {};
}

QString RetreatmentBoardModel::toolTip(const BoardRow &row, int column) const
{
    const Core::BoardCandidate &c = row.candidate;
    switch (column) {
    case Patient: {
        QStringList lines{c.patientName, tr("MRN %1").arg(c.patientMrn)};
        lines << (c.payer.isEmpty() ? tr("No payer on file") : tr("Payer: %1").arg(c.payer));
        if (!c.lastProviderName.isEmpty())
            lines << tr("Last treated by %1").arg(c.lastProviderName);
        return lines.join(u'\n');
    }
    case Cycle:
        return tr("%1 treatments given; the next is cycle %2.")
            .arg(c.course.cycles)
            .arg(c.course.cycles + 1);
    case Status:
    case Earliest:
    case Due:
    case DaysToDue:
        if (const Core::RetreatmentWindow *w = windowOf(row))
            return tr("%1\nEarliest %2 · Due %3 · Overdue after %4")
                .arg(cellText(row, Status), longDate(w->earliestAllowed), longDate(w->due),
                     longDate(w->overdueAfter));
        return cellText(row, Status);
    case LastContact:
        if (!c.lastContact)
            return tr("No call logged yet.");
        return c.lastContact->note.isEmpty()
                   ? tr("%1 (by %2)").arg(c.lastContact->summary(), c.lastContact->by)
                   : tr("%1 (by %2)\n%3")
                         .arg(c.lastContact->summary(), c.lastContact->by, c.lastContact->note);
    default:
        return cellText(row, column);
    }
}

QVariant RetreatmentBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoardRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cellText(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::BackgroundRole: {
        const QColor tint = RetreatmentMark::tint(row.status.state);
        return tint.isValid() ? QVariant(QBrush(tint)) : QVariant();
    }
    case Qt::ForegroundRole: {
        const bool quiet = (column == NextBooked && !row.candidate.nextBookedOn.isValid()) ||
                           (column == LastContact && !row.candidate.lastContact) ||
                           (column == Phone && row.candidate.patientPhone.isEmpty());
        // Dark text on every tint; the quiet placeholders stay readable (5.7:1 or better).
        return QBrush(quiet ? Theme::mutedText : Theme::text);
    }
    case Qt::FontRole:
        if (column == Status && row.urgency() <= 1) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Cycle)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case PatientIdRole:
        return row.candidate.patientId;
    case UrgencyRole:
        return row.urgency();
    case SortRole:
        return sortValue(row, column);
    }
    return {};
}

QVariant RetreatmentBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Patient:
        return tr("Last, First; hover for the record number and payer");
    case Phone:
        return tr("The number to call (mobile, else home)");
    case LastTreatment:
        return tr("The date of the last Botox treatment");
    case Cycle:
        return tr("Treatments given so far; the next treatment is this number plus one");
    case Earliest:
        return tr("The payer pays for the next treatment from this day");
    case Due:
        return tr("The due date: 12 weeks (the label interval) after the last treatment");
    case DaysToDue:
        return tr("Days until the due date, or past it");
    case Status:
        return tr("Where the patient stands in the window");
    case NextBooked:
        return tr("The next Botox visit on the book");
    case Authorization:
        return tr("Prior authorization for the next treatment");
    case LastContact:
        return tr("The last call logged; hover for the note");
    }
    return {};
}

QHash<int, QByteArray> RetreatmentBoardModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(PatientIdRole, "patientId");
    names.insert(UrgencyRole, "urgency");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace ClinicDesk::Ui
