#include "appointmentformat.h"

#include "console.h"
#include "phonenumber.h"

#include <QJsonValue>

namespace ClinicDesk::Cli::AppointmentFormat {

using Core::ScheduleEntry;

namespace {

// Text typed into a form can hold line breaks and tabs; on a one-line-per-record listing they
// would split the record, and control characters could drive the terminal.
QString oneLine(const QString &text)
{
    QString line;
    line.reserve(text.size());
    for (const QChar c : text)
        line += (c.category() == QChar::Other_Control || c == u'\u2028' || c == u'\u2029')
                    ? QChar(u' ')
                    : c;
    return line.simplified();
}

// ISO 8601 local wall-clock time; an end at midnight is the next day's 00:00.
QString isoAt(QDate day, int minute)
{
    return day.startOfDay().addSecs(qint64(minute) * 60).toString(Qt::ISODate);
}

QString isoStamp(const QDateTime &at)
{
    return at.isValid() ? at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : QString();
}

QString status(const Core::Appointment &a)
{
    QString text = Core::statusLabel(a.status);
    if (!a.statusReason.isEmpty())
        text += QStringLiteral(": ") + oneLine(a.statusReason);
    return text;
}

QString inactiveMark(bool active)
{
    return active ? QString() : QStringLiteral("inactive");
}

} // namespace

QString describe(const ScheduleEntry &e)
{
    QString text =
        QStringLiteral("%1 at %2 with %3").arg(e.patientName, e.slot().describe(), e.providerName);
    if (!e.roomName.isEmpty())
        text += QStringLiteral(" in ") + e.roomName;
    return text + QStringLiteral(" (%1)").arg(e.typeName);
}

QStringList table(const QList<ScheduleEntry> &entries)
{
    QList<QStringList> rows;
    rows.reserve(entries.size());
    for (const ScheduleEntry &e : entries)
        rows << QStringList{e.slot().timeRange(),
                            e.providerName,
                            e.roomName.isEmpty() ? QStringLiteral("-") : e.roomName,
                            e.patientName,
                            e.patientMrn,
                            Core::PhoneNumber::format(e.patientPhone),
                            e.typeName,
                            status(e.appointment),
                            oneLine(e.appointment.notes)};
    return alignColumns(rows);
}

QJsonObject json(const ScheduleEntry &e)
{
    const Core::Appointment &a = e.appointment;
    return {
        {QStringLiteral("id"), a.id},
        {QStringLiteral("date"), a.slot.date.toString(Qt::ISODate)},
        {QStringLiteral("start"), isoAt(a.slot.date, a.slot.startMinute)},
        {QStringLiteral("end"), isoAt(a.slot.date, a.slot.endMinute)},
        {QStringLiteral("minutes"), a.slot.minutes()},
        {QStringLiteral("providerId"), a.providerId},
        {QStringLiteral("provider"), e.providerName},
        {QStringLiteral("roomId"), a.roomId ? QJsonValue(a.roomId) : QJsonValue()},
        {QStringLiteral("room"), a.roomId ? QJsonValue(e.roomName) : QJsonValue()},
        {QStringLiteral("patientName"), e.patientName},
        {QStringLiteral("mrn"), e.patientMrn},
        {QStringLiteral("phone"), e.patientPhone},
        {QStringLiteral("dateOfBirth"), e.patientDateOfBirth.toString(Qt::ISODate)},
        {QStringLiteral("typeId"), a.typeId},
        {QStringLiteral("type"), e.typeName},
        {QStringLiteral("botox"), e.isBotox},
        {QStringLiteral("status"), Core::statusCode(a.status)},
        {QStringLiteral("statusReason"), a.statusReason},
        {QStringLiteral("notes"), a.notes},
        {QStringLiteral("bookedBy"), a.bookedBy},
        {QStringLiteral("bookedAt"), isoStamp(a.bookedAt)},
    };
}

QJsonArray json(const QList<ScheduleEntry> &entries)
{
    QJsonArray array;
    for (const ScheduleEntry &e : entries)
        array.append(json(e));
    return array;
}

QString csvCell(const QString &text)
{
    QString cell = text;
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && kFormulaStarts.contains(cell.front()))
        cell.prepend(u'\'');
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r'))
        cell = u'"' + cell.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return cell;
}

QString csv(const QList<ScheduleEntry> &entries)
{
    const QStringList header{
        QStringLiteral("Date"),     QStringLiteral("Start"),      QStringLiteral("End"),
        QStringLiteral("Provider"), QStringLiteral("Room"),       QStringLiteral("Patient"),
        QStringLiteral("MRN"),      QStringLiteral("Phone"),      QStringLiteral("Date of birth"),
        QStringLiteral("Type"),     QStringLiteral("Status"),     QStringLiteral("Reason"),
        QStringLiteral("Notes"),    QStringLiteral("Appointment")};
    QString text = header.join(u',') + QStringLiteral("\r\n");
    for (const ScheduleEntry &e : entries) {
        const Core::Appointment &a = e.appointment;
        const QStringList row{a.slot.date.toString(Qt::ISODate),
                              Core::WallClock::toStored(a.slot.startMinute),
                              Core::WallClock::toStored(a.slot.endMinute % 1440),
                              e.providerName,
                              e.roomName,
                              e.patientName,
                              e.patientMrn,
                              Core::PhoneNumber::format(e.patientPhone),
                              e.patientDateOfBirth.toString(Qt::ISODate),
                              e.typeName,
                              Core::statusLabel(a.status),
                              a.statusReason,
                              a.notes,
                              QString::number(a.id)};
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &value : row)
            cells << csvCell(value);
        text += cells.join(u',') + QStringLiteral("\r\n");
    }
    return text;
}

QStringList table(const QList<Core::Provider> &providers)
{
    QList<QStringList> rows;
    for (const Core::Provider &p : providers)
        rows << QStringList{QString::number(p.id), p.displayName(), p.colour,
                            inactiveMark(p.active)};
    return alignColumns(rows);
}

QStringList table(const QList<Core::Room> &rooms)
{
    QList<QStringList> rows;
    for (const Core::Room &r : rooms)
        rows << QStringList{QString::number(r.id), r.name, inactiveMark(r.active)};
    return alignColumns(rows);
}

QStringList table(const QList<Core::AppointmentType> &types)
{
    QList<QStringList> rows;
    for (const Core::AppointmentType &t : types)
        rows << QStringList{QString::number(t.id),
                            t.name,
                            QStringLiteral("%1 min").arg(t.defaultMinutes),
                            t.colour,
                            t.isBotox ? QStringLiteral("Botox") : QString(),
                            inactiveMark(t.active)};
    return alignColumns(rows);
}

QJsonArray json(const QList<Core::Provider> &providers)
{
    QJsonArray array;
    for (const Core::Provider &p : providers)
        array.append(QJsonObject{{QStringLiteral("id"), p.id},
                                 {QStringLiteral("name"), p.name},
                                 {QStringLiteral("credentials"), p.credentials},
                                 {QStringLiteral("displayName"), p.displayName()},
                                 {QStringLiteral("colour"), p.colour},
                                 {QStringLiteral("active"), p.active}});
    return array;
}

QJsonArray json(const QList<Core::Room> &rooms)
{
    QJsonArray array;
    for (const Core::Room &r : rooms)
        array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("name"), r.name},
                                 {QStringLiteral("active"), r.active}});
    return array;
}

QJsonArray json(const QList<Core::AppointmentType> &types)
{
    QJsonArray array;
    for (const Core::AppointmentType &t : types)
        array.append(QJsonObject{{QStringLiteral("id"), t.id},
                                 {QStringLiteral("name"), t.name},
                                 {QStringLiteral("minutes"), t.defaultMinutes},
                                 {QStringLiteral("colour"), t.colour},
                                 {QStringLiteral("botox"), t.isBotox},
                                 {QStringLiteral("active"), t.active}});
    return array;
}

} // namespace ClinicDesk::Cli::AppointmentFormat
