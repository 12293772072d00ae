#pragma once

#include "appointmentservice.h"
#include "clinicsetupservice.h"
#include "icalendarwriter.h"

namespace ClinicDesk::Core {

struct CalendarExportRequest {
    Provider provider;
    QDate from;
    QDate to;
    bool withPatientNames = false;
};

struct CalendarExport {
    QByteArray text; // the .ics file's bytes
    int events = 0;
};

// A provider's appointments over a range of days as an iCalendar file, for the command line's
// export-ics and the Schedule ▸ Export calendar… dialog: reads them through the appointment
// service (cancelled visits too, so that calendars drop them), and the clinic's name and time
// zone from its settings. Writes nothing: where the bytes go is the caller's business.
class CalendarExporter
{
public:
    // At most this many days in one export: the read stays bounded, and a typo in a year
    // (2062 for 2026) is caught rather than read as decades of bookings.
    static constexpr int kMaxDays = 731;

    CalendarExporter(const AppointmentService &appointments, const ClinicSetupService &setup,
                     const Clock &clock);

    // The refusals name their field: "provider", "from" or "to".
    Result<CalendarExport> exportCalendar(const CalendarExportRequest &request) const;

    // The clinic's time zone (setting clinic.timeZone) when it is an IANA zone this machine
    // knows; else the system's zone; else UTC.
    QString timeZoneId() const;
    // "vladimir-fiks-2026-11-25-to-2027-01-20.ics"
    static QString suggestedFileName(const Provider &provider, QDate from, QDate to);

private:
    const AppointmentService &m_appointments;
    const ClinicSetupService &m_setup;
    const Clock &m_clock;
};

} // namespace ClinicDesk::Core
