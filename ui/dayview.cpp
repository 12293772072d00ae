#include "dayview.h"

namespace ClinicDesk::Ui {

DayView::DayView(const ScheduleServices &services, AppointmentEditor *editor, QWidget *parent)
    : TimeGridView(services, editor, parent)
{
    setObjectName(QStringLiteral("dayView"));
    setAccessibleName(QStringLiteral("Day view"));
}

void DayView::setDate(QDate date)
{
    m_date = date;
    reload();
}

void DayView::setColumnsBy(ColumnsBy columnsBy)
{
    m_columnsBy = columnsBy;
    selectSlot(-1, 0);
    if (m_date.isValid())
        reload();
}

void DayView::setVisibleProviders(const std::optional<QList<qint64>> &providerIds)
{
    m_visibleProviders = providerIds;
    if (m_date.isValid())
        reload();
}

QList<GridColumn> DayView::buildColumns()
{
    QList<GridColumn> columns;
    const bool isToday = m_date == m_services.clock->today();
    if (m_columnsBy == ColumnsBy::Rooms) {
        for (const Core::Room &room : directory().activeRooms())
            columns.append({m_date, 0, room.id, room.name, {}, isToday});
        columns.append(
            {m_date, 0, GridColumn::kNoRoom, QStringLiteral("No room (calls)"), {}, isToday});
        return columns;
    }
    for (const Core::Provider &provider : directory().activeProviders()) {
        if (m_visibleProviders && !m_visibleProviders->contains(provider.id))
            continue;
        columns.append({m_date, provider.id, 0, provider.name, colourOf(provider.colour), isToday});
    }
    return columns;
}

Core::ScheduleFilter DayView::filter() const
{
    Core::ScheduleFilter filter;
    if (m_visibleProviders) {
        filter.providerIds = *m_visibleProviders;
        if (filter.providerIds.isEmpty())
            filter.providerIds = {-1}; // nobody ticked: show nobody's visits, not everybody's
    }
    return filter;
}

int DayView::columnOfProvider(qint64 providerId) const
{
    for (int i = 0; i < columns().size(); ++i)
        if (columns()[i].providerId == providerId && columns()[i].roomId == 0)
            return i;
    return -1;
}

int DayView::columnOfRoom(qint64 roomId) const
{
    for (int i = 0; i < columns().size(); ++i)
        if (columns()[i].roomId == roomId)
            return i;
    return -1;
}

} // namespace ClinicDesk::Ui
