#include "waitlist.h"

#include <algorithm>

namespace ClinicDesk::Core {

namespace WaitlistRules {

QList<int> mondayToFriday()
{
    return {1, 2, 3, 4, 5};
}

bool fits(const WaitlistEntry &entry, const TimeSlot &slot, qint64 providerId, qint64 typeId)
{
    if (!slot.isValid() || !entry.weekdays.contains(slot.date.dayOfWeek()))
        return false;
    if (slot.startMinute < entry.earliestMinute || slot.endMinute > entry.latestMinute)
        return false;
    if (entry.providerId != 0 && entry.providerId != providerId)
        return false;
    return entry.typeId == 0 || entry.typeId == typeId;
}

QString weekdaysCode(const QList<int> &weekdays)
{
    QString code;
    for (int day = 1; day <= 7; ++day)
        if (weekdays.contains(day))
            code += QChar(u'0' + day);
    return code;
}

QList<int> weekdaysFromCode(const QString &code)
{
    QList<int> days;
    for (int day = 1; day <= 7; ++day)
        if (code.contains(QChar(u'0' + day)))
            days.append(day);
    return days;
}

QString weekdaysText(const QList<int> &weekdays)
{
    static const char *const names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    QList<int> days;
    for (int day = 1; day <= 7; ++day)
        if (weekdays.contains(day))
            days.append(day);
    if (days.isEmpty())
        return QStringLiteral("No days");
    if (days.size() == 7)
        return QStringLiteral("Any day");
    // Runs of three or more days read as a range: Mon–Wed/Fri.
    QStringList parts;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype j = i;
        while (j + 1 < days.size() && days[j + 1] == days[j] + 1)
            ++j;
        if (j - i >= 2) {
            parts << QStringLiteral("%1\u2013%2")
                         .arg(QLatin1String(names[days[i] - 1]), QLatin1String(names[days[j] - 1]));
        } else {
            for (qsizetype k = i; k <= j; ++k)
                parts << QLatin1String(names[days[k] - 1]);
        }
        i = j + 1;
    }
    return parts.join(u'/');
}

QString timesText(int earliestMinute, int latestMinute)
{
    constexpr int opening = 8 * 60;
    constexpr int noon = 12 * 60;
    constexpr int closing = 17 * 60;
    if (earliestMinute <= opening && latestMinute >= closing)
        return QStringLiteral("any time");
    if (earliestMinute <= opening && latestMinute == noon)
        return QStringLiteral("mornings");
    if (earliestMinute == noon && latestMinute >= closing)
        return QStringLiteral("afternoons");
    return WallClock::format(earliestMinute) + QStringLiteral("\u2013") +
           WallClock::format(latestMinute);
}

QString availabilityText(const WaitlistEntry &entry)
{
    return weekdaysText(entry.weekdays) + u' ' +
           timesText(entry.earliestMinute, entry.latestMinute);
}

QString wantsText(const WaitlistEntry &entry)
{
    QString text = entry.typeId != 0 && !entry.typeName.isEmpty() ? entry.typeName
                                                                  : QStringLiteral("Any visit");
    if (entry.providerId != 0 && !entry.providerName.isEmpty())
        text += QStringLiteral(" with ") + entry.providerName;
    return text;
}

} // namespace WaitlistRules

} // namespace ClinicDesk::Core
