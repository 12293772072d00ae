#pragma once

#include "schedulecontext.h"

#include <QHash>
#include <QWidget>
#include <optional>

namespace ClinicDesk::Ui {

// A month at a glance: for each day the number of visits and how full the day is (booked
// minutes against the clinic's hours times the providers shown), as a bar with its percentage
// written beside it. Reads only the six weeks on screen (AppointmentService::loadBetween).
// Clicking a day (or Enter on it) opens that day.
class MonthView : public QWidget
{
    Q_OBJECT
public:
    explicit MonthView(const ScheduleServices &services, QWidget *parent = nullptr);

    // Any day of the month to show; it becomes the current day.
    void setDate(QDate date);
    QDate date() const { return m_date; }
    void setVisibleProviders(const std::optional<QList<qint64>> &providerIds);
    void reload();

    QDate firstShown() const { return m_first; }
    QDate lastShown() const { return m_first.addDays(41); }
    Core::DayLoad loadOn(QDate day) const;
    // Clinic minutes that day times the providers shown; 0 when closed.
    int availableMinutes(QDate day) const;
    // 0..100+, or -1 when the clinic is closed.
    int percentFull(QDate day) const;
    // What the cell says, e.g. "12 visits, 65% full" (also its accessible text).
    QString describe(QDate day) const;
    QRect cellRect(QDate day) const;
    QDate dateAt(QPoint pos) const;

    QSize sizeHint() const override { return {760, 560}; }
    QSize minimumSizeHint() const override { return {420, 320}; }

signals:
    void dayActivated(QDate day);
    // The current day moved with the arrow keys.
    void currentDateChanged(QDate day);
    void message(const QString &text, bool isError);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int headerHeight() const;
    void paintCell(QPainter &painter, QDate day) const;

    ScheduleServices m_services;
    QDate m_date;
    QDate m_first; // the Monday on or before the 1st
    std::optional<QList<qint64>> m_visibleProviders;
    QHash<QDate, Core::DayLoad> m_loads;
    QHash<int, int> m_openMinutes; // weekday -> clinic minutes
    int m_providerCount = 0;
};

} // namespace ClinicDesk::Ui
