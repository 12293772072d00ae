#include "appointmenttext.h"

#include "clinicdate.h"
#include "phonenumber.h"

#include <QLocale>

namespace ClinicDesk::Ui::AppointmentText {

namespace {
QLocale usLocale()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral(
               "<tr><td style='color:#525f6d; padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}
} // namespace

QString longDate(QDate date)
{
    return usLocale().toString(date, QStringLiteral("dddd, MMM d, yyyy"));
}

QString shortDate(QDate date)
{
    return usLocale().toString(date, QStringLiteral("ddd MMM d"));
}

QString status(Core::AppointmentStatus status)
{
    return Core::statusMark(status) + u' ' + Core::statusLabel(status);
}

QString patientLine(const Core::Patient &patient)
{
    QStringList parts{patient.displayName(), Core::ClinicDate::format(patient.dateOfBirth)};
    const QString phone = patient.primaryPhone();
    parts << (phone.isEmpty() ? QStringLiteral("no phone") : Core::PhoneNumber::format(phone));
    if (!patient.mrn.isEmpty())
        parts << QStringLiteral("MRN ") + patient.mrn;
    return parts.join(QStringLiteral(" \u2014 "));
}

QString bookingSummary(const QString &typeName, const QString &patientName,
                       const QString &providerName, const QString &roomName,
                       const Core::TimeSlot &slot)
{
    QString text = QStringLiteral("%1 for %2 with %3").arg(typeName, patientName, providerName);
    if (!roomName.isEmpty())
        text += QStringLiteral(" in ") + roomName;
    return text + QStringLiteral(" on %1, %2").arg(shortDate(slot.date), slot.timeRange());
}

QString byWhen(const QString &user, const QDateTime &when)
{
    if (user.isEmpty() && !when.isValid())
        return {};
    const QString at = usLocale().toString(when, QStringLiteral("MMM d 'at' H:mm"));
    return when.isValid() ? QStringLiteral("%1, %2").arg(user, at) : user;
}

QString retreatmentLine(const Core::ScheduleEntry &entry, Core::RetreatmentPolicy::Mark mark)
{
    if (!entry.isBotox)
        return {};
    using Mark = Core::RetreatmentPolicy::Mark;
    QString line = QStringLiteral("Cycle %1").arg(entry.cycle);
    if (mark == Mark::InWindow)
        line += QStringLiteral(" \u00B7 \u2713 inside the retreatment window");
    else if (mark == Mark::TooEarly)
        line += QStringLiteral(" \u00B7 \u2717 before the earliest allowed date");
    else if (!entry.previousTreatment.isValid())
        line += QStringLiteral(" \u00B7 first treatment");
    if (entry.previousTreatment.isValid())
        line += QStringLiteral(" (previous %1)").arg(shortDate(entry.previousTreatment));
    return line;
}

QString tooltip(const Core::ScheduleEntry &entry, Core::RetreatmentPolicy::Mark mark)
{
    const Core::Appointment &a = entry.appointment;
    QString statusText = status(a.status);
    if (!a.statusReason.isEmpty())
        statusText += QStringLiteral(": ") + a.statusReason;
    QString html = QStringLiteral("<b>%1</b><table>").arg(entry.patientName.toHtmlEscaped());
    html += row(QStringLiteral("When"), shortDate(a.slot.date) + u' ' + a.slot.timeRange());
    html += row(QStringLiteral("Type"), entry.typeName);
    html += row(QStringLiteral("Status"), statusText);
    html += row(QStringLiteral("Provider"), entry.providerName);
    html += row(QStringLiteral("Room"),
                entry.roomName.isEmpty() ? QStringLiteral("No room") : entry.roomName);
    html += row(QStringLiteral("Phone"), Core::PhoneNumber::format(entry.patientPhone));
    html += row(QStringLiteral("Born"), Core::ClinicDate::format(entry.patientDateOfBirth));
    html += row(QStringLiteral("MRN"), entry.patientMrn);
    html += row(QStringLiteral("Notes"), a.notes);
    html += row(QStringLiteral("Botox"), retreatmentLine(entry, mark));
    html += row(QStringLiteral("Override"), a.overrideReason);
    if (entry.isBotox && entry.awaitingDrug)
        html += row(QStringLiteral("Drug"), QStringLiteral("\u2717 Not received from the specialty pharmacy"));
    html += row(QStringLiteral("Booked"), byWhen(a.bookedBy, a.bookedAt));
    if (a.updatedAt.isValid() && a.updatedAt != a.bookedAt)
        html += row(QStringLiteral("Changed"), byWhen(a.updatedBy, a.updatedAt));
    return html + QStringLiteral("</table>");
}

} // namespace ClinicDesk::Ui::AppointmentText
