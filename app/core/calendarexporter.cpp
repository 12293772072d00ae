#include "calendarexporter.h"

#include <QTimeZone>

namespace ClinicDesk::Core {

CalendarExporter::CalendarExporter(const AppointmentService &appointments,
                                   const ClinicSetupService &setup, const Clock &clock)
    : m_appointments(appointments)
    , m_setup(setup)
    , m_clock(clock)
{}

QString CalendarExporter::timeZoneId() const
{
    const QString setting = m_setup.setting(SettingKey::timeZone).trimmed();
    if (!setting.isEmpty() && QTimeZone::isTimeZoneIdAvailable(setting.toUtf8()))
        return setting;
    const QByteArray system = QTimeZone::systemTimeZoneId();
    if (!system.isEmpty() && QTimeZone::isTimeZoneIdAvailable(system))
        return QString::fromUtf8(system);
    return QStringLiteral("UTC");
}

QString CalendarExporter::suggestedFileName(const Provider &provider, QDate from, QDate to)
{
    return QStringLiteral("%1-%2-to-%3.ics")
        .arg(ICalendarWriter::slug(provider.name), from.toString(Qt::ISODate),
             to.toString(Qt::ISODate));
}

Result<CalendarExport> CalendarExporter::exportCalendar(const CalendarExportRequest &request) const
{
    if (request.provider.id <= 0)
        return Error::invalid(QStringLiteral("Choose whose appointments to export."),
                              QStringLiteral("provider"));
    if (!request.from.isValid())
        return Error::invalid(QStringLiteral("Give the first day to export."),
                              QStringLiteral("from"));
    if (!request.to.isValid())
        return Error::invalid(QStringLiteral("Give the last day to export."), QStringLiteral("to"));
    if (request.to < request.from)
        return Error::invalid(QStringLiteral("The last day (%1) comes before the first (%2).")
                                  .arg(request.to.toString(QStringLiteral("MM/dd/yyyy")),
                                       request.from.toString(QStringLiteral("MM/dd/yyyy"))),
                              QStringLiteral("to"));
    if (request.from.daysTo(request.to) >= kMaxDays)
        return Error::invalid(
            QStringLiteral("Export at most two years at a time; choose a "
                           "last day before %1.")
                .arg(request.from.addDays(kMaxDays).toString(QStringLiteral("MM/dd/yyyy"))),
            QStringLiteral("to"));

    ScheduleFilter filter;
    filter.providerIds << request.provider.id;
    // Cancelled visits go out as STATUS:CANCELLED (see ICalendarWriter::write).
    filter.includeCancelled = true;
    const auto entries = m_appointments.between(request.from, request.to, filter);
    if (!entries)
        return entries.error();

    CalendarExportSettings settings;
    settings.clinicName = m_setup.clinicName();
    settings.timeZoneId = timeZoneId();
    settings.provider = request.provider;
    settings.from = request.from;
    settings.to = request.to;
    settings.withPatientNames = request.withPatientNames;
    CalendarExport result;
    result.text = ICalendarWriter(m_clock).write(settings, entries.value());
    result.events = int(entries->size());
    return result;
}

} // namespace ClinicDesk::Core
