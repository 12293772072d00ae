#include "weekview.h"

#include <QLocale>

namespace ClinicDesk::Ui {

WeekView::WeekView(const ScheduleServices &services, AppointmentEditor *editor, QWidget *parent)
    : TimeGridView(services, editor, parent)
{
    setObjectName(QStringLiteral("weekView"));
    setAccessibleName(QStringLiteral("Week view"));
}

void WeekView::setDate(QDate date)
{
    m_monday = date.addDays(1 - date.dayOfWeek());
    reload();
}

void WeekView::setResource(ColumnsBy kind, qint64 id)
{
    m_kind = kind;
    m_resourceId = id;
    if (m_monday.isValid())
        reload();
}

QList<GridColumn> WeekView::buildColumns()
{
    if (m_resourceId == 0) {
        // Nothing chosen yet: the first active provider (or room).
        if (m_kind == ColumnsBy::Providers && !directory().activeProviders().isEmpty())
            m_resourceId = directory().activeProviders().first().id;
        else if (m_kind == ColumnsBy::Rooms && !directory().activeRooms().isEmpty())
            m_resourceId = directory().activeRooms().first().id;
    }
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    const QDate today = m_services.clock->today();
    QList<GridColumn> columns;
    for (int offset = 0; offset < 7; ++offset) {
        const QDate day = m_monday.addDays(offset);
        if (day.dayOfWeek() >= 6 && !hours().clinicOpen(day))
            continue;
        GridColumn column;
        column.date = day;
        column.providerId = m_kind == ColumnsBy::Providers ? m_resourceId : 0;
        column.roomId = m_kind == ColumnsBy::Rooms ? m_resourceId : 0;
        column.title = locale.toString(day, QStringLiteral("ddd MMM d"));
        column.isToday = day == today;
        columns.append(column);
    }
    return columns;
}

Core::ScheduleFilter WeekView::filter() const
{
    Core::ScheduleFilter filter;
    if (m_kind == ColumnsBy::Providers)
        filter.providerIds = {m_resourceId};
    else
        filter.roomIds = {m_resourceId};
    return filter;
}

QList<qint64> WeekView::providersForHours() const
{
    if (m_kind == ColumnsBy::Rooms)
        return {};
    // Until the first provider is chosen (in buildColumns), read everybody's hours.
    return m_resourceId != 0 ? QList<qint64>{m_resourceId} : TimeGridView::providersForHours();
}

int WeekView::columnOf(QDate date) const
{
    for (int i = 0; i < columns().size(); ++i)
        if (columns()[i].date == date)
            return i;
    return -1;
}

} // namespace ClinicDesk::Ui
