#include "treatmentformat.h"

#include "clinicdate.h"
#include "console.h"

#include <QJsonObject>
#include <QJsonValue>

namespace ClinicDesk::Cli::TreatmentFormat {

using Core::TreatmentCycle;

namespace {

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString days(int n)
{
    return n == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(n);
}

QString vials(const Core::Treatment &t)
{
    return QStringLiteral("%1 \u00D7 %2 U").arg(t.vialCount).arg(t.vialUnits);
}

} // namespace

Core::Result<QDate> date(const QString &text, QDate today, QDate twoDigitYearsUpTo)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QStringLiteral("today"), Qt::CaseInsensitive) == 0)
        return today;
    const QDate parsed =
        Core::ClinicDate::parse(trimmed, twoDigitYearsUpTo.isValid() ? twoDigitYearsUpTo : today);
    if (!parsed.isValid())
        return Core::Error::invalid(
            QStringLiteral("\u201C%1\u201D is not a date; give it as YYYY-MM-DD or MM/DD/YYYY, "
                           "e.g. %2.")
                .arg(trimmed.left(40), today.toString(Qt::ISODate)));
    return parsed;
}

QStringList table(const QList<TreatmentCycle> &cycles, const QHash<qint64, QString> &providers)
{
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("Cycle"),     QStringLiteral("Date"),
                        QStringLiteral("Interval"),  QStringLiteral("Given"),
                        QStringLiteral("Discarded"), QStringLiteral("Vials"),
                        QStringLiteral("Lot"),       QStringLiteral("Expires"),
                        QStringLiteral("Provider"),  QStringLiteral("From")};
    for (const TreatmentCycle &cycle : cycles) {
        const Core::Treatment &t = cycle.treatment;
        rows << QStringList{
            QString::number(cycle.number),
            Core::ClinicDate::format(t.date),
            cycle.daysSincePrevious < 0 ? QStringLiteral("-") : days(cycle.daysSincePrevious),
            QStringLiteral("%1 U").arg(t.unitsGiven),
            QStringLiteral("%1 U %2").arg(QString::number(t.unitsDiscarded), t.wasteModifier()),
            vials(t),
            t.lotNumber.isEmpty() ? QStringLiteral("-") : t.lotNumber,
            t.lotExpiry.isValid() ? Core::ClinicDate::format(t.lotExpiry) : QStringLiteral("-"),
            t.providerId ? providers.value(t.providerId, QStringLiteral("?")) : QStringLiteral("-"),
            t.appointmentId ? QStringLiteral("appointment %1").arg(t.appointmentId)
                            : QStringLiteral("entered by hand")};
    }
    return alignColumns(rows);
}

QJsonArray json(const QList<TreatmentCycle> &cycles, const QHash<qint64, QString> &providers)
{
    QJsonArray array;
    for (const TreatmentCycle &cycle : cycles) {
        const Core::Treatment &t = cycle.treatment;
        QJsonArray areas;
        for (const Core::AreaDose &dose : t.areas)
            areas.append(QJsonObject{{QStringLiteral("area"), Core::areaCode(dose.area)},
                                     {QStringLiteral("sites"), dose.sites},
                                     {QStringLiteral("units"), dose.units},
                                     {QStringLiteral("additional"), dose.additional}});
        QJsonArray events;
        for (const Core::AdverseEvent &event : t.adverseEvents)
            events.append(QJsonObject{{QStringLiteral("code"), Core::adverseEventCode(event.code)},
                                      {QStringLiteral("onset"), isoOrNull(event.onset)},
                                      {QStringLiteral("notes"), event.notes}});
        array.append(QJsonObject{
            {QStringLiteral("cycle"), cycle.number},
            {QStringLiteral("id"), t.id},
            {QStringLiteral("date"), isoDate(t.date)},
            {QStringLiteral("daysSincePrevious"),
             cycle.daysSincePrevious < 0 ? QJsonValue() : QJsonValue(cycle.daysSincePrevious)},
            {QStringLiteral("unitsGiven"), t.unitsGiven},
            {QStringLiteral("unitsDiscarded"), t.unitsDiscarded},
            {QStringLiteral("wasteModifier"), t.wasteModifier()},
            {QStringLiteral("vialUnits"), t.vialUnits},
            {QStringLiteral("vialCount"), t.vialCount},
            {QStringLiteral("lotNumber"), t.lotNumber},
            {QStringLiteral("lotExpiry"), isoOrNull(t.lotExpiry)},
            {QStringLiteral("providerId"), t.providerId ? QJsonValue(t.providerId) : QJsonValue()},
            {QStringLiteral("provider"),
             t.providerId ? QJsonValue(providers.value(t.providerId)) : QJsonValue()},
            {QStringLiteral("appointmentId"),
             t.appointmentId ? QJsonValue(t.appointmentId) : QJsonValue()},
            {QStringLiteral("diagnosisCode"), t.diagnosisCode},
            {QStringLiteral("product"), t.product},
            {QStringLiteral("ndc"), t.ndc},
            {QStringLiteral("consentSigned"), t.consentSigned},
            {QStringLiteral("areas"), areas},
            {QStringLiteral("adverseEvents"), events},
            {QStringLiteral("notes"), t.notes},
            {QStringLiteral("recordedBy"), t.recordedBy},
            {QStringLiteral("recordedAt"),
             t.recordedAt.isValid() ? t.recordedAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                                    : QString()},
        });
    }
    return array;
}

} // namespace ClinicDesk::Cli::TreatmentFormat
