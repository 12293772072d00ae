#include "treatmentcyclemodel.h"

#include "theme.h"

#include <QBrush>
#include <QLocale>
#include <algorithm>

namespace ClinicDesk::Ui {

using Core::TreatmentCycle;

namespace {

QString dateText(QDate date)
{
    return QLocale(QLocale::English, QLocale::UnitedStates)
        .toString(date, QStringLiteral("MMM d, yyyy"));
}

QString daysText(int days)
{
    return days == 1 ? QObject::tr("1 day") : QObject::tr("%1 days").arg(days);
}

bool lotExpired(const Core::Treatment &t)
{
    return t.lotExpiry.isValid() && t.date.isValid() && t.lotExpiry < t.date;
}

} // namespace

TreatmentCycleModel::TreatmentCycleModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TreatmentCycleModel::setCycles(QList<TreatmentCycle> cycles, int minimumDays,
                                    QHash<qint64, QString> providerNames)
{
    beginResetModel();
    std::stable_sort(
        cycles.begin(), cycles.end(),
        [](const TreatmentCycle &a, const TreatmentCycle &b) { return a.number > b.number; });
    m_cycles = std::move(cycles);
    m_minimumDays = minimumDays;
    m_providerNames = std::move(providerNames);
    endResetModel();
}

const TreatmentCycle *TreatmentCycleModel::cycleAt(int row) const
{
    if (row < 0 || row >= m_cycles.size())
        return nullptr;
    return &m_cycles.at(row);
}

int TreatmentCycleModel::rowOf(qint64 treatmentId) const
{
    for (qsizetype row = 0; row < m_cycles.size(); ++row)
        if (m_cycles.at(row).treatment.id == treatmentId)
            return int(row);
    return -1;
}

bool TreatmentCycleModel::isTooSoon(const TreatmentCycle &cycle) const
{
    return m_minimumDays > 0 && cycle.daysSincePrevious >= 0 &&
           cycle.daysSincePrevious < m_minimumDays;
}

int TreatmentCycleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cycles.size());
}

int TreatmentCycleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TreatmentCycleModel::displayText(const TreatmentCycle &cycle, int column) const
{
    const Core::Treatment &t = cycle.treatment;
    switch (column) {
    case Cycle:
        return QString::number(cycle.number);
    case Date:
        return dateText(t.date);
    case Interval:
        if (cycle.daysSincePrevious < 0)
            return tr("\u2014");
        return isTooSoon(cycle) ? tr("\u26A0 %1").arg(daysText(cycle.daysSincePrevious))
                                : daysText(cycle.daysSincePrevious);
    case Provider:
        return t.providerId == 0
                   ? tr("\u2014")
                   : m_providerNames.value(t.providerId, tr("Provider %1").arg(t.providerId));
    case Units:
        return tr("%1 U").arg(t.unitsGiven);
    case Discarded:
        return tr("%1 U \u00B7 %2").arg(t.unitsDiscarded).arg(t.wasteModifier());
    case Lot:
        if (t.lotNumber.isEmpty())
            return tr("\u2014");
        return lotExpired(t) ? tr("\u26A0 %1 (expired)").arg(t.lotNumber) : t.lotNumber;
    case AdverseEvents: {
        if (t.adverseEvents.isEmpty())
            return tr("None");
        QStringList labels;
        for (const Core::AdverseEvent &e : t.adverseEvents)
            labels << Core::adverseEventLabel(e.code);
        return labels.join(QStringLiteral(", "));
    }
    }
    return {};
}

QString TreatmentCycleModel::toolTip(const TreatmentCycle &cycle, int column) const
{
    const Core::Treatment &t = cycle.treatment;
    switch (column) {
    case Interval:
        if (isTooSoon(cycle))
            return tr("%1 after the treatment before: sooner than the %2 the payer allows.")
                .arg(daysText(cycle.daysSincePrevious), daysText(m_minimumDays));
        return {};
    case Units: {
        int extra = 0;
        for (const Core::AreaDose &d : t.areas)
            if (d.additional)
                extra += d.units;
        const QString areas = tr("%1 U in %2 sites").arg(t.areaUnits()).arg(t.totalSites());
        return extra > 0 ? tr("%1, %2 U of them follow-the-pain").arg(areas).arg(extra) : areas;
    }
    case Discarded:
        return t.unitsDiscarded > 0 ? tr("%1 U discarded, billed with JW").arg(t.unitsDiscarded)
                                    : tr("Nothing discarded, billed with JZ");
    case Lot:
        if (!t.lotExpiry.isValid())
            return {};
        return lotExpired(t)
                   ? tr("Expired on %1, before this treatment.").arg(dateText(t.lotExpiry))
                   : tr("Expires %1").arg(dateText(t.lotExpiry));
    case AdverseEvents: {
        QStringList lines;
        for (const Core::AdverseEvent &e : t.adverseEvents) {
            QString line = Core::adverseEventLabel(e.code);
            if (e.onset.isValid())
                line += tr(", from %1").arg(dateText(e.onset));
            if (!e.notes.isEmpty())
                line += QStringLiteral(": ") + e.notes;
            lines << line;
        }
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant TreatmentCycleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TreatmentCycle &cycle = m_cycles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(cycle, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(cycle, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::ForegroundRole:
        if ((index.column() == Interval && isTooSoon(cycle)) ||
            (index.column() == Lot && lotExpired(cycle.treatment)))
            return QBrush(Theme::warningText);
        return {};
    case Qt::BackgroundRole:
        if ((index.column() == Interval && isTooSoon(cycle)) ||
            (index.column() == Lot && lotExpired(cycle.treatment)))
            return QBrush(Theme::warningBackground);
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Cycle:
        case Interval:
        case Units:
        case Discarded:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case TreatmentIdRole:
        return cycle.treatment.id;
    case CycleRole:
        return cycle.number;
    case TooSoonRole:
        return isTooSoon(cycle);
    }
    return {};
}

QVariant TreatmentCycleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == Interval)
        return tr("Days since the treatment before; \u26A0 marks one sooner than the payer "
                  "allows.");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Cycle:
        return tr("Cycle");
    case Date:
        return tr("Date");
    case Interval:
        return tr("Interval");
    case Provider:
        return tr("Provider");
    case Units:
        return tr("Given");
    case Discarded:
        return tr("Discarded");
    case Lot:
        return tr("Lot");
    case AdverseEvents:
        return tr("Adverse events");
    }
    return {};
}

QHash<int, QByteArray> TreatmentCycleModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TreatmentIdRole, "treatmentId");
    names.insert(CycleRole, "cycle");
    names.insert(TooSoonRole, "tooSoon");
    return names;
}

} // namespace ClinicDesk::Ui
