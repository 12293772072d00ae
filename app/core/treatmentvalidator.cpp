#include "treatmentvalidator.h"

#include <QLocale>
#include <QRegularExpression>

namespace ClinicDesk::Core {

namespace {

QString shortDate(QDate date)
{
    return QLocale(QLocale::English, QLocale::UnitedStates)
        .toString(date, QStringLiteral("MMM d, yyyy"));
}

QString unitsText(int units)
{
    return QStringLiteral("%1 U").arg(units);
}

} // namespace

QString TreatmentValidator::Outcome::messageFor(const QString &field) const
{
    for (const FieldError &e : errors)
        if (e.field == field)
            return e.message;
    return {};
}

QString TreatmentValidator::Outcome::warningFor(const QString &field) const
{
    for (const FieldError &w : warnings)
        if (w.field == field)
            return w.message;
    return {};
}

TreatmentValidator::Outcome TreatmentValidator::check(const Treatment &input, QDate today)
{
    Outcome out;
    Treatment &t = out.treatment;
    t = input;
    t.diagnosisCode = t.diagnosisCode.simplified().toUpper();
    t.product = t.product.simplified();
    t.ndc = t.ndc.simplified();
    t.lotNumber = t.lotNumber.simplified().toUpper();
    auto error = [&](const char *field, const QString &message) {
        out.errors.append({QString::fromLatin1(field), message});
    };
    auto warn = [&](const char *field, const QString &message) {
        out.warnings.append({QString::fromLatin1(field), message});
    };

    if (!t.date.isValid())
        error("date", QStringLiteral("Treatment date is required."));
    else if (t.date > today)
        error("date", QStringLiteral("A treatment can't be recorded for %1, which is after today.")
                          .arg(shortDate(t.date)));
    else if (t.date < QDate(2000, 1, 1))
        error("date", QStringLiteral("%1 is too long ago for a Botox treatment record.")
                          .arg(shortDate(t.date)));

    static const QRegularExpression icd10(
        QStringLiteral("^[A-TV-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?$"));
    if (!t.diagnosisCode.isEmpty() && !icd10.match(t.diagnosisCode).hasMatch())
        error("diagnosisCode", QStringLiteral("\u201C%1\u201D is not an ICD-10 code; chronic "
                                              "migraine is written like G43.709.")
                                   .arg(t.diagnosisCode.left(20)));
    if (t.product.size() > 100)
        error("product", QStringLiteral("Product is longer than 100 characters."));
    if (t.ndc.size() > 20)
        error("ndc", QStringLiteral("NDC is longer than 20 characters."));
    if (t.lotNumber.size() > 40)
        error("lotNumber", QStringLiteral("Lot number is longer than 40 characters."));

    if (t.vialUnits != 100 && t.vialUnits != 200)
        error("vialUnits", QStringLiteral("Vials hold 100 U or 200 U."));
    if (t.vialCount < 1 || t.vialCount > 10)
        error("vialCount", QStringLiteral("Vial count must be between 1 and 10."));
    if (t.unitsGiven < 1)
        error("unitsGiven", QStringLiteral("Units given must be at least 1."));
    else if (t.unitsGiven > 600)
        error("unitsGiven",
              QStringLiteral("%1 given is not a possible dose.").arg(unitsText(t.unitsGiven)));
    if (t.unitsDiscarded < 0)
        error("unitsDiscarded", QStringLiteral("Units discarded can't be negative."));

    const bool unitsKnown = out.messageFor(QStringLiteral("vialUnits")).isEmpty() &&
                            out.messageFor(QStringLiteral("vialCount")).isEmpty() &&
                            out.messageFor(QStringLiteral("unitsGiven")).isEmpty() &&
                            out.messageFor(QStringLiteral("unitsDiscarded")).isEmpty();
    if (unitsKnown) {
        const int opened = t.vialUnitsOpened();
        const QString vials =
            t.vialCount == 1
                ? QStringLiteral("1 vial of %1").arg(unitsText(t.vialUnits))
                : QStringLiteral("%1 vials of %2").arg(t.vialCount).arg(unitsText(t.vialUnits));
        if (t.unitsGiven > opened)
            error("unitsGiven", QStringLiteral("%1 given is more than %2 holds.")
                                    .arg(unitsText(t.unitsGiven), vials));
        else if (t.unitsGiven + t.unitsDiscarded != opened)
            error("unitsDiscarded",
                  QStringLiteral("Given and discarded must add up to what %1 holds (%2): "
                                 "discarded should be %3.")
                      .arg(vials, unitsText(opened), unitsText(opened - t.unitsGiven)));
        if (t.unitsGiven > Preempt::kMaxUnits)
            warn("unitsGiven", QStringLiteral("%1 is above the %2 maximum of the PREEMPT pattern "
                                              "with follow-the-pain.")
                                   .arg(unitsText(t.unitsGiven), unitsText(Preempt::kMaxUnits)));
    }

    if (t.lotExpiry.isValid() && t.date.isValid() && t.lotExpiry < t.date)
        warn("lotExpiry",
             QStringLiteral("Lot %1 expired on %2, before this treatment.")
                 .arg(t.lotNumber.isEmpty() ? QStringLiteral("(no number)") : t.lotNumber,
                      shortDate(t.lotExpiry)));

    for (const AreaDose &dose : std::as_const(t.areas)) {
        if (dose.sites < 0 || dose.units < 0 || dose.sites > 40 || dose.units > 400) {
            error("areas", QStringLiteral("%1: sites and units must be between 0 and 40 / 400.")
                               .arg(areaLabel(dose.area)));
            break;
        }
        if (dose.additional && !allowsFollowThePain(dose.area)) {
            error("areas", QStringLiteral("Follow-the-pain units go to the temporalis, occipitalis "
                                          "or trapezius, not the %1.")
                               .arg(areaLabel(dose.area).toLower()));
            break;
        }
    }
    if (!t.areas.isEmpty()) {
        if (t.totalSites() > Preempt::kMaxSites)
            warn("areas", QStringLiteral("%1 sites is above the %2 maximum.")
                              .arg(t.totalSites())
                              .arg(Preempt::kMaxSites));
        else if (t.unitsGiven > 0 && t.areaUnits() != t.unitsGiven)
            warn("areas", QStringLiteral("The injection areas add up to %1 but %2 were given.")
                              .arg(unitsText(t.areaUnits()), unitsText(t.unitsGiven)));
    }

    for (const AdverseEvent &event : std::as_const(t.adverseEvents)) {
        if (event.onset.isValid() && t.date.isValid() && event.onset < t.date) {
            error("adverseEvents", QStringLiteral("%1 can't start before the treatment (%2).")
                                       .arg(adverseEventLabel(event.code), shortDate(t.date)));
            break;
        }
        if (event.onset.isValid() && event.onset > today) {
            error(
                "adverseEvents",
                QStringLiteral("%1 has an onset after today.").arg(adverseEventLabel(event.code)));
            break;
        }
    }
    if (t.notes.size() > kMaxNotesLength)
        error("notes", QStringLiteral("Notes are longer than %1 characters.").arg(kMaxNotesLength));
    return out;
}

} // namespace ClinicDesk::Core
