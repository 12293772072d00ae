#include "followup.h"

#include <QLocale>

namespace ClinicDesk::Core {

namespace {
struct OutcomeInfo {
    ContactOutcome outcome;
    const char *code;
    const char *label;
};
constexpr OutcomeInfo kOutcomes[] = {
    {ContactOutcome::Voicemail, "voicemail", "Left voicemail"},
    {ContactOutcome::Spoke, "spoke", "Spoke with patient"},
    {ContactOutcome::Booked, "booked", "Booked"},
    {ContactOutcome::Declined, "declined", "Declined"},
    {ContactOutcome::WrongNumber, "wrong_number", "Wrong number"},
    {ContactOutcome::NoAnswer, "no_answer", "No answer"},
};

QString monthDay(QDate date)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(date, QStringLiteral("MMM d"));
}
} // namespace

QString contactOutcomeCode(ContactOutcome outcome)
{
    return QString::fromLatin1(kOutcomes[static_cast<int>(outcome)].code);
}

QString contactOutcomeLabel(ContactOutcome outcome)
{
    return QString::fromLatin1(kOutcomes[static_cast<int>(outcome)].label);
}

std::optional<ContactOutcome> contactOutcomeFromCode(const QString &code)
{
    for (const OutcomeInfo &info : kOutcomes)
        if (code == QLatin1String(info.code))
            return info.outcome;
    return std::nullopt;
}

QList<ContactOutcome> allContactOutcomes()
{
    QList<ContactOutcome> all;
    for (const OutcomeInfo &info : kOutcomes)
        all.append(info.outcome);
    return all;
}

QString ContactAttempt::summary() const
{
    return QStringLiteral("%1 \u00B7 %2").arg(monthDay(at.date()), contactOutcomeLabel(outcome));
}

QString drugSourceCode(DrugSource source)
{
    return source == DrugSource::ClinicStock ? QStringLiteral("clinic_stock")
                                             : QStringLiteral("specialty_pharmacy");
}

QString drugSourceLabel(DrugSource source)
{
    return source == DrugSource::ClinicStock ? QStringLiteral("Clinic stock")
                                             : QStringLiteral("Specialty pharmacy");
}

std::optional<DrugSource> drugSourceFromCode(const QString &code)
{
    if (code == QLatin1String("clinic_stock"))
        return DrugSource::ClinicStock;
    if (code == QLatin1String("specialty_pharmacy"))
        return DrugSource::SpecialtyPharmacy;
    return std::nullopt;
}

QString DrugSupply::label() const
{
    if (source == DrugSource::ClinicStock)
        return drugSourceLabel(source);
    if (receivedOn.isValid())
        return QStringLiteral("Drug received %1").arg(monthDay(receivedOn));
    if (shippedOn.isValid())
        return QStringLiteral("Drug not received (shipped %1)").arg(monthDay(shippedOn));
    if (orderedOn.isValid())
        return QStringLiteral("Drug not received (ordered %1)").arg(monthDay(orderedOn));
    return QStringLiteral("Drug not received (not ordered)");
}

} // namespace ClinicDesk::Core
