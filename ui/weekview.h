#pragma once

#include "timegridview.h"

namespace ClinicDesk::Ui {

// One provider's (or one room's) week, Monday to Sunday, a column a day; Saturday and Sunday
// are left out while the clinic is closed on them. Blocks move between days by dragging.
class WeekView : public TimeGridView
{
    Q_OBJECT
public:
    WeekView(const ScheduleServices &services, AppointmentEditor *editor,
             QWidget *parent = nullptr);

    // Any day of the week to show.
    void setDate(QDate date);
    QDate weekStart() const { return m_monday; }
    // Whose week: a provider or a room (0: the first active one).
    void setResource(ColumnsBy kind, qint64 id);
    ColumnsBy resourceKind() const { return m_kind; }
    qint64 resourceId() const { return m_resourceId; }
    // The column showing the day, or -1 (a closed weekend day is not shown).
    int columnOf(QDate date) const;

protected:
    QDate rangeStart() const override { return m_monday; }
    QDate rangeEnd() const override { return m_monday.addDays(6); }
    QList<GridColumn> buildColumns() override;
    Core::ScheduleFilter filter() const override;
    QList<qint64> providersForHours() const override;

private:
    QDate m_monday;
    ColumnsBy m_kind = ColumnsBy::Providers;
    qint64 m_resourceId = 0;
};

} // namespace ClinicDesk::Ui
