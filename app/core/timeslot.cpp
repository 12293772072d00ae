#include "timeslot.h"

#include <QLocale>
#include <QRegularExpression>

namespace ClinicDesk::Core {

namespace WallClock {

int minuteOf(QTime time)
{
    return time.hour() * 60 + time.minute();
}

QTime timeOf(int minute)
{
    if (minute >= 1440)
        return QTime(23, 59, 59, 999);
    return QTime(minute / 60, minute % 60);
}

QString format(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QString format12(int minute)
{
    const int h = (minute / 60) % 24;
    const int h12 = h % 12 == 0 ? 12 : h % 12;
    return QStringLiteral("%1:%2 %3")
        .arg(h12)
        .arg(minute % 60, 2, 10, QLatin1Char('0'))
        .arg(h < 12 ? QStringLiteral("AM") : QStringLiteral("PM"));
}

int parse(const QString &hhmm)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto m = re.match(hhmm.trimmed());
    if (!m.hasMatch())
        return -1;
    const int h = m.captured(1).toInt(), min = m.captured(2).toInt();
    if (min > 59 || h > 24 || (h == 24 && min != 0))
        return -1;
    return h * 60 + min;
}

QString toStored(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace WallClock

QString TimeSlot::timeRange() const
{
    return WallClock::format(startMinute) + u'\u2013' + WallClock::format(endMinute);
}

QString TimeSlot::describe() const
{
    return QLocale(QLocale::English, QLocale::UnitedStates)
               .toString(date, QStringLiteral("ddd M/d"))
           + u' ' + timeRange();
}

TimeSlot TimeSlot::from(const QDateTime &start, int minutes)
{
    const int startMinute = WallClock::minuteOf(start.time());
    return {start.date(), startMinute, startMinute + minutes};
}

QString weekdayName(int weekday)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).dayName(weekday, QLocale::LongFormat);
}

} // namespace ClinicDesk::Core
