#pragma once

#include "appointment.h"
#include "clinicsetup.h"
#include "clock.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace ClinicDesk::Core {

// What goes into one exported calendar besides the appointments.
struct CalendarExportSettings {
    QString clinicName;
    QString timeZoneId; // IANA, e.g. "America/New_York": the zone of the clinic's wall clock
    Provider provider;
    QDate from; // the days exported; the VTIMEZONE covers the calendar years they fall in
    QDate to;
    // Patient names (and notes and reasons, which may name a patient) only when asked: the file
    // may end up in a calendar others can see.
    bool withPatientNames = false;
};

// Writes a provider's appointments as an iCalendar (RFC 5545) file that calendar programs import:
// CRLF line ends, lines folded at 75 octets without splitting a UTF-8 character, TEXT escaped,
// one VTIMEZONE for the clinic's zone and one VEVENT per appointment. The same appointment always
// gets the same UID, so that importing a newer export updates events instead of doubling them.
// Pure: no database, the DTSTAMP comes from the clock.
class ICalendarWriter
{
public:
    explicit ICalendarWriter(const Clock &clock)
        : m_clock(clock)
    {}

    // The whole calendar as UTF-8 bytes.
    QByteArray write(const CalendarExportSettings &settings,
                     const QList<ScheduleEntry> &entries) const;

    // "appointment-42@pain-clinic-of-portland.clinicdesk"
    static QString uidFor(qint64 appointmentId, const QString &clinicName);
    // "Pain Clinic of Portland" -> "pain-clinic-of-portland"; "clinic" when nothing is left.
    static QString slug(const QString &clinicName);
    // A TEXT value with \ ; , and line breaks escaped (RFC 5545 3.3.11); other control
    // characters, which TEXT may not hold, become spaces.
    static QString escapeText(const QString &text);
    // One content line (without its line end) folded into lines of at most 75 octets, each
    // ending in CRLF; a continuation starts with a space. A UTF-8 character is never split.
    static QByteArray fold(const QByteArray &line);
    // The VTIMEZONE lines (unfolded, without line ends) for the zone over the years from..to.
    static QStringList timeZoneLines(const QString &timeZoneId, QDate from, QDate to);

    // What the event is called: the type, "— Lee, Ann" with names, "Cancelled: " in front of a
    // visit that no longer holds its time (for programs that ignore STATUS).
    static QString summaryFor(const ScheduleEntry &entry, bool withPatientNames);
    // RFC 5545 STATUS for the desk's status.
    static QString statusFor(AppointmentStatus status);

private:
    QStringList eventLines(const CalendarExportSettings &settings, const ScheduleEntry &entry,
                           const QString &stamp) const;

    const Clock &m_clock;
};

} // namespace ClinicDesk::Core
