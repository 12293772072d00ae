#pragma once

#include "timegridview.h"

#include <optional>

namespace ClinicDesk::Ui {

// One day of the book: a column per provider (or per room, with a last column for visits that
// need no room, such as phone calls). Which providers show is the receptionist's choice; in the
// rooms layout the same choice filters whose visits show.
class DayView : public TimeGridView
{
    Q_OBJECT
public:
    DayView(const ScheduleServices &services, AppointmentEditor *editor, QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(QDate date);
    ColumnsBy columnsBy() const { return m_columnsBy; }
    void setColumnsBy(ColumnsBy columnsBy);
    // The providers to show; nothing set shows every active provider.
    void setVisibleProviders(const std::optional<QList<qint64>> &providerIds);
    // The column of a provider or room on screen, or -1.
    int columnOfProvider(qint64 providerId) const;
    int columnOfRoom(qint64 roomId) const;

protected:
    QDate rangeStart() const override { return m_date; }
    QDate rangeEnd() const override { return m_date; }
    QList<GridColumn> buildColumns() override;
    Core::ScheduleFilter filter() const override;

private:
    QDate m_date;
    ColumnsBy m_columnsBy = ColumnsBy::Providers;
    std::optional<QList<qint64>> m_visibleProviders;
};

} // namespace ClinicDesk::Ui
