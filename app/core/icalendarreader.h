#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ClinicDesk::Core {

// One content line: NAME;PARAM=value:VALUE. The value is kept as written (still escaped).
struct ICalendarProperty {
    QString name; // upper case
    QList<QPair<QString, QString>> parameters; // names upper case, quotes removed
    QString value;

    QString parameter(const QString &name) const;
};

// BEGIN:NAME … END:NAME with its properties and the components inside it.
struct ICalendarComponent {
    QString name; // upper case: "VCALENDAR", "VEVENT"
    QList<ICalendarProperty> properties;
    QList<ICalendarComponent> components;

    // The first property of that name; nullptr when there is none.
    const ICalendarProperty *property(const QString &name) const;
    QList<ICalendarComponent> children(const QString &name) const;
};

// Reads iCalendar (RFC 5545) text back, strictly: what the export writes must pass it, so a
// bare LF or CR, a line that is not NAME:VALUE or a BEGIN without its END is an error. Enough
// to check an export and to read events back; not a full parser (no recurrence, no VALUE types).
namespace ICalendarReader {

// The content lines with folding undone (CRLF followed by a space or tab joins lines).
Result<QStringList> unfold(const QByteArray &data);
Result<ICalendarProperty> parseLine(const QString &line);
// The one top-level component (a VCALENDAR).
Result<ICalendarComponent> parse(const QByteArray &data);
// A TEXT value with \\ \; \, \n and \N undone.
QString unescapeText(const QString &value);
// DATE-TIME "20261125T100000" (local: in `timeZoneId` when given) or "20261125T170000Z" (UTC).
// Invalid when the text is not one.
QDateTime dateTime(const QString &value, const QString &timeZoneId = {});

} // namespace ICalendarReader
} // namespace ClinicDesk::Core
