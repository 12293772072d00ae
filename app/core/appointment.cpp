#include "appointment.h"

namespace ClinicDesk::Core {

namespace {
struct StatusInfo {
    AppointmentStatus status;
    const char *code;
    const char *label;
    const char16_t *mark;
};
const StatusInfo kStatuses[] = {
    {AppointmentStatus::Booked, "booked", "Booked", u"\u25CB"},        // ○
    {AppointmentStatus::Confirmed, "confirmed", "Confirmed", u"\u2713"}, // ✓
    {AppointmentStatus::Arrived, "arrived", "Arrived", u"\u25B6"},     // ▶
    {AppointmentStatus::InRoom, "in_room", "In room", u"\u25A3"},      // ▣
    {AppointmentStatus::Completed, "completed", "Completed", u"\u2714"}, // ✔
    {AppointmentStatus::NoShow, "no_show", "No-show", u"\u2298"},      // ⊘
    {AppointmentStatus::Cancelled, "cancelled", "Cancelled", u"\u2715"}, // ✕
};
const StatusInfo &info(AppointmentStatus status)
{
    for (const StatusInfo &i : kStatuses)
        if (i.status == status)
            return i;
    return kStatuses[0];
}
} // namespace

QString statusCode(AppointmentStatus status)
{
    return QString::fromLatin1(info(status).code);
}

std::optional<AppointmentStatus> statusFromCode(const QString &code)
{
    QString c = code.trimmed().toLower();
    c.replace(u' ', u'_');
    c.replace(u'-', u'_');
    if (c == u"noshow")
        c = QStringLiteral("no_show");
    if (c == u"inroom")
        c = QStringLiteral("in_room");
    if (c == u"canceled")
        c = QStringLiteral("cancelled");
    for (const StatusInfo &i : kStatuses)
        if (c == QLatin1String(i.code))
            return i.status;
    return std::nullopt;
}

QString statusLabel(AppointmentStatus status)
{
    return QString::fromLatin1(info(status).label);
}

QString statusMark(AppointmentStatus status)
{
    return QString::fromUtf16(info(status).mark);
}

QList<AppointmentStatus> allStatuses()
{
    QList<AppointmentStatus> list;
    for (const StatusInfo &i : kStatuses)
        list << i.status;
    return list;
}

QString ScheduleEntry::describe() const
{
    QString text = QStringLiteral("%1 at %2 with %3").arg(patientName, slot().timeRange(),
                                                          providerName);
    if (!roomName.isEmpty())
        text += QStringLiteral(" in ") + roomName;
    return text;
}

bool BlockedTime::appliesOn(QDate day) const
{
    if (!day.isValid() || day < firstDate)
        return false;
    if (weekly)
        return day.dayOfWeek() == firstDate.dayOfWeek() && (!lastDate.isValid() || day <= lastDate);
    return day <= (lastDate.isValid() ? lastDate : firstDate);
}

bool BlockedTime::appliesTo(qint64 provider, qint64 room) const
{
    if (providerId == 0 && roomId == 0)
        return true; // clinic closed
    return (providerId != 0 && providerId == provider) || (roomId != 0 && roomId == room);
}

} // namespace ClinicDesk::Core
