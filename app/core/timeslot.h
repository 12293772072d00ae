#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ClinicDesk::Core {

// Minutes since midnight on the clinic's wall clock. The appointment book is kept in wall-clock
// time, so a day is always 0..1440 minutes, whatever daylight saving does to the real clock.
namespace WallClock {
int minuteOf(QTime time);
QTime timeOf(int minute);         // 1440 gives 23:59:59.999 (end of day)
QString format(int minute);       // "9:05", "14:30" (24-hour, as the desk reads it)
QString format12(int minute);     // "9:05 AM"
int parse(const QString &hhmm);   // "09:05" or "9:05" -> 545; -1 when not a time
QString toStored(int minute);     // "09:05"
} // namespace WallClock

// A span of wall-clock time on one day: [start, end) in minutes. Touching spans do not overlap.
struct TimeSlot {
    QDate date;
    int startMinute = 0;
    int endMinute = 0;

    bool isValid() const
    {
        return date.isValid() && startMinute >= 0 && endMinute <= 1440 && startMinute < endMinute;
    }
    int minutes() const { return endMinute - startMinute; }
    bool overlaps(const TimeSlot &other) const
    {
        return date == other.date && startMinute < other.endMinute
               && other.startMinute < endMinute;
    }
    bool contains(const TimeSlot &other) const
    {
        return date == other.date && startMinute <= other.startMinute
               && other.endMinute <= endMinute;
    }
    QDateTime start() const { return QDateTime(date, WallClock::timeOf(startMinute)); }
    // "10:00–10:15"
    QString timeRange() const;
    // "Wed 11/25 10:00–10:15"
    QString describe() const;

    static TimeSlot from(const QDateTime &start, int minutes);
    friend bool operator==(const TimeSlot &, const TimeSlot &) = default;
};

// Opening or working hours for one weekday (1 = Monday .. 7 = Sunday).
struct WeeklyHours {
    int weekday = 1;
    int startMinute = 8 * 60;
    int endMinute = 17 * 60;
    friend bool operator==(const WeeklyHours &, const WeeklyHours &) = default;
};

QString weekdayName(int weekday); // "Monday"

} // namespace ClinicDesk::Core
