#include "icalendarwriter.h"

#include <QTimeZone>

namespace ClinicDesk::Core {

namespace {

constexpr qsizetype kMaxOctets = 75; // RFC 5545 3.1, without the CRLF

const QString kLocalFormat = QStringLiteral("yyyyMMdd'T'HHmmss");
const QString kUtcFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

QString utcStamp(const QDateTime &at)
{
    return at.toUTC().toString(kUtcFormat);
}

// The wall-clock time `minute` (0..1440) of `date`, as a local DATE-TIME.
QString localStamp(QDate date, int minute)
{
    const QDate day = date.addDays(minute / 1440);
    const int rest = minute % 1440;
    return QDateTime(day, QTime(rest / 60, rest % 60), Qt::UTC).toString(kLocalFormat);
}

// "-0500", "+0530", "+013045" (seconds only when there are any, as in old local mean times).
QString utcOffset(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    const int magnitude = std::abs(seconds);
    QString text = QStringLiteral("%1%2%3")
                       .arg(sign)
                       .arg(magnitude / 3600, 2, 10, QLatin1Char('0'))
                       .arg(magnitude % 3600 / 60, 2, 10, QLatin1Char('0'));
    if (magnitude % 60 != 0)
        text += QStringLiteral("%1").arg(magnitude % 60, 2, 10, QLatin1Char('0'));
    return text;
}

} // namespace

QString ICalendarWriter::uidFor(qint64 appointmentId, const QString &clinicName)
{
    return QStringLiteral("appointment-%1@%2.clinicdesk")
        .arg(QString::number(appointmentId), slug(clinicName));
}

QString ICalendarWriter::slug(const QString &clinicName)
{
    // Accents go ("Clínica" -> "clinica"); what is left that is not a letter or digit joins words.
    const QString decomposed = clinicName.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    bool dash = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (dash && !slug.isEmpty())
                slug += u'-';
            slug += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    return slug.isEmpty() ? QStringLiteral("clinic") : slug.left(60);
}

QString ICalendarWriter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' || c == u';' || c == u',') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\r') {
            escaped += QStringLiteral("\\n");
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i; // CRLF is one line break
        } else if (c == u'\n' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            escaped += QStringLiteral("\\n");
        } else if (c.category() == QChar::Other_Control) {
            escaped += u' '; // TEXT may hold no control characters but HTAB; a tab reads as space
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray ICalendarWriter::fold(const QByteArray &line)
{
    QByteArray folded;
    folded.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype at = 0;
    bool first = true;
    do {
        // A continuation's leading space counts towards its 75 octets.
        const qsizetype room = first ? kMaxOctets : kMaxOctets - 1;
        qsizetype end = std::min(at + room, line.size());
        // Back off to the start of a UTF-8 character (continuation bytes are 10xxxxxx).
        while (end < line.size() && end > at && (uchar(line[end]) & 0xC0) == 0x80)
            --end;
        if (!first)
            folded += ' ';
        folded += line.mid(at, end - at);
        folded += "\r\n";
        at = end;
        first = false;
    } while (at < line.size());
    return folded;
}

QStringList ICalendarWriter::timeZoneLines(const QString &timeZoneId, QDate from, QDate to)
{
    const QTimeZone zone(timeZoneId.toUtf8());
    QStringList lines{QStringLiteral("BEGIN:VTIMEZONE"), QStringLiteral("TZID:") + timeZoneId};

    // Whole calendar years, so that a zone with daylight saving always shows both observances
    // (some programs want both) and the output does not depend on where in the year the range is.
    const QDateTime start(QDate(from.year(), 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime end(QDate(to.year() + 1, 1, 1), QTime(0, 0), Qt::UTC);
    QTimeZone::OffsetDataList observances;
    if (zone.isValid() && zone.hasTransitions()) {
        const QTimeZone::OffsetData before = zone.previousTransition(start);
        if (before.atUtc.isValid())
            observances << before;
        observances << zone.transitions(start, end);
    }

    if (observances.isEmpty()) {
        // A zone that never changed its offset (or one Qt does not know: read as UTC).
        const int offset = zone.isValid() ? zone.offsetFromUtc(start) : 0;
        const QString name = zone.isValid() ? zone.abbreviation(start) : QStringLiteral("UTC");
        lines << QStringLiteral("BEGIN:STANDARD") << QStringLiteral("DTSTART:19700101T000000")
              << QStringLiteral("TZOFFSETFROM:") + utcOffset(offset)
              << QStringLiteral("TZOFFSETTO:") + utcOffset(offset)
              << QStringLiteral("TZNAME:") + escapeText(name) << QStringLiteral("END:STANDARD");
    }
    for (const QTimeZone::OffsetData &observance : std::as_const(observances)) {
        const int before = zone.offsetFromUtc(observance.atUtc.addSecs(-1));
        const QString kind = observance.daylightTimeOffset != 0 ? QStringLiteral("DAYLIGHT")
                                                                : QStringLiteral("STANDARD");
        // DTSTART is the wall-clock time the change happens at, read with the offset before it.
        const QString starts = observance.atUtc.toUTC().addSecs(before).toString(kLocalFormat);
        lines << QStringLiteral("BEGIN:") + kind << QStringLiteral("DTSTART:") + starts
              << QStringLiteral("TZOFFSETFROM:") + utcOffset(before)
              << QStringLiteral("TZOFFSETTO:") + utcOffset(observance.offsetFromUtc);
        if (!observance.abbreviation.isEmpty())
            lines << QStringLiteral("TZNAME:") + escapeText(observance.abbreviation);
        lines << QStringLiteral("END:") + kind;
    }
    lines << QStringLiteral("END:VTIMEZONE");
    return lines;
}

QString ICalendarWriter::statusFor(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return QStringLiteral("TENTATIVE"); // not confirmed yet
    case AppointmentStatus::Confirmed:
    case AppointmentStatus::Arrived:
    case AppointmentStatus::InRoom:
    case AppointmentStatus::Completed:
        return QStringLiteral("CONFIRMED");
    case AppointmentStatus::NoShow:
    case AppointmentStatus::Cancelled:
        break;
    }
    return QStringLiteral("CANCELLED");
}

QString ICalendarWriter::summaryFor(const ScheduleEntry &entry, bool withPatientNames)
{
    QString summary =
        entry.typeName.trimmed().isEmpty() ? QStringLiteral("Appointment") : entry.typeName;
    if (withPatientNames && !entry.patientName.trimmed().isEmpty())
        summary += QStringLiteral(" \u2014 ") + entry.patientName;
    switch (entry.appointment.status) {
    case AppointmentStatus::Cancelled:
        return QStringLiteral("Cancelled: ") + summary;
    case AppointmentStatus::NoShow:
        return QStringLiteral("No-show: ") + summary;
    default:
        return summary;
    }
}

QStringList ICalendarWriter::eventLines(const CalendarExportSettings &settings,
                                        const ScheduleEntry &entry, const QString &stamp) const
{
    const Appointment &a = entry.appointment;
    const QString tzid = QStringLiteral(";TZID=") + settings.timeZoneId + u':';
    QStringList lines{QStringLiteral("BEGIN:VEVENT"),
                      QStringLiteral("UID:") + uidFor(a.id, settings.clinicName),
                      QStringLiteral("DTSTAMP:") + stamp};
    if (a.bookedAt.isValid())
        lines << QStringLiteral("CREATED:") + utcStamp(a.bookedAt);
    // A newer LAST-MODIFIED tells a program that imported the event before that this copy wins.
    const QDateTime modified = a.updatedAt.isValid() ? a.updatedAt : a.bookedAt;
    if (modified.isValid())
        lines << QStringLiteral("LAST-MODIFIED:") + utcStamp(modified);
    lines << QStringLiteral("DTSTART") + tzid + localStamp(a.slot.date, a.slot.startMinute)
          << QStringLiteral("DTEND") + tzid + localStamp(a.slot.date, a.slot.endMinute)
          << QStringLiteral("SUMMARY:") + escapeText(summaryFor(entry, settings.withPatientNames));
    if (!entry.roomName.trimmed().isEmpty())
        lines << QStringLiteral("LOCATION:") + escapeText(entry.roomName);

    QStringList description{QStringLiteral("Status: ") + statusLabel(a.status)};
    if (!settings.provider.name.isEmpty())
        description << QStringLiteral("Provider: ") + settings.provider.displayName();
    if (settings.withPatientNames) {
        // The reason and the notes often name the patient or their health: only with names.
        if (!entry.patientName.isEmpty())
            description << QStringLiteral("Patient: ") + entry.patientName +
                               (entry.patientMrn.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" (record ") + entry.patientMrn + u')');
        if (!holdsTime(a.status) && !a.statusReason.trimmed().isEmpty())
            description << QStringLiteral("Reason: ") + a.statusReason.trimmed();
        if (!a.notes.trimmed().isEmpty())
            description << QStringLiteral("Notes: ") + a.notes.trimmed();
    }
    lines << QStringLiteral("DESCRIPTION:") + escapeText(description.join(u'\n'))
          << QStringLiteral("STATUS:") + statusFor(a.status)
          // A cancelled visit or a no-show no longer makes the provider busy.
          << QStringLiteral("TRANSP:") +
                 (holdsTime(a.status) ? QStringLiteral("OPAQUE") : QStringLiteral("TRANSPARENT"))
          << QStringLiteral("END:VEVENT");
    return lines;
}

QByteArray ICalendarWriter::write(const CalendarExportSettings &settings,
                                  const QList<ScheduleEntry> &entries) const
{
    QString name = settings.provider.displayName();
    if (!settings.clinicName.trimmed().isEmpty())
        name = settings.clinicName.trimmed() + QStringLiteral(" \u2014 ") + name;
    QStringList lines{
        QStringLiteral("BEGIN:VCALENDAR"),
        QStringLiteral("PRODID:-//ClinicDesk//Schedule export//EN"),
        QStringLiteral("VERSION:2.0"),
        QStringLiteral("CALSCALE:GREGORIAN"),
        QStringLiteral("METHOD:PUBLISH"),
        QStringLiteral("X-WR-CALNAME:") + escapeText(name),
        // Google and Apple read the calendar's zone from here as well as from the TZIDs.
        QStringLiteral("X-WR-TIMEZONE:") + settings.timeZoneId,
    };
    const QDate from = settings.from.isValid() ? settings.from : m_clock.today();
    const QDate to = settings.to.isValid() ? settings.to : from;
    lines += timeZoneLines(settings.timeZoneId, from, to);

    // Cancelled visits and no-shows are written too, as STATUS:CANCELLED: a program that
    // imported the visit from an earlier export then takes it off the provider's calendar
    // (same UID), which leaving it out would never do.
    const QString stamp = utcStamp(m_clock.now());
    for (const ScheduleEntry &entry : entries)
        lines += eventLines(settings, entry, stamp);
    lines << QStringLiteral("END:VCALENDAR");

    QByteArray out;
    for (const QString &line : std::as_const(lines))
        out += fold(line.toUtf8());
    return out;
}

} // namespace ClinicDesk::Core
