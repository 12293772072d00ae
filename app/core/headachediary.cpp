#include "headachediary.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace ClinicDesk::Core {

namespace {

const QLocale &usEnglish()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString days(int count)
{
    return count == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(count);
}

} // namespace

QDate DiaryEntry::monthOf(QDate date)
{
    return date.isValid() ? QDate(date.year(), date.month(), 1) : QDate();
}

QString monthLabel(QDate month)
{
    return month.isValid() ? usEnglish().toString(month, QStringLiteral("MMM yyyy")) : QString();
}

QString monthLabelLong(QDate month)
{
    return month.isValid() ? usEnglish().toString(month, QStringLiteral("MMMM yyyy")) : QString();
}

QString OutcomeSummary::reductionText() const
{
    if (!hasReduction)
        return {};
    // Cut toward zero, never rounded up: 29.6% shows as 29%, so a patient flagged below a 30%
    // threshold never shows "−30%".
    const int whole = int(std::trunc(reductionPercent));
    if (whole > 0)
        return QStringLiteral("\u2212%1%").arg(whole);
    if (whole < 0)
        return QStringLiteral("+%1%").arg(-whole);
    return QStringLiteral("0%");
}

QString OutcomeSummary::label() const
{
    if (!baseline && !latest)
        return cyclesGiven > 0 ? QStringLiteral("No baseline month before cycle 1")
                               : QStringLiteral("No diary yet");
    if (!baseline)
        return QStringLiteral("No baseline month before cycle 1 (now %1 headache days)")
            .arg(latest->headacheDays);
    if (!latest)
        return cyclesGiven > 0
                   ? QStringLiteral("Baseline %1 headache days; no diary month since cycle 1")
                         .arg(baseline->headacheDays)
                   : QStringLiteral("Baseline %1 headache days; no treatment yet")
                         .arg(baseline->headacheDays);
    if (!hasReduction)
        return QStringLiteral("Baseline had no headache days, so there is no reduction to "
                              "measure (now %1)")
            .arg(latest->headacheDays);
    return QStringLiteral("%1 headache days (baseline %2, now %3)")
        .arg(reductionText())
        .arg(baseline->headacheDays)
        .arg(latest->headacheDays);
}

QString OutcomeSummary::flag() const
{
    if (!belowThreshold)
        return {};
    return QStringLiteral("Below %1% response after cycle %2")
        .arg(thresholdPercent)
        .arg(judgedAfterCycle);
}

OutcomeSummary OutcomeRules::summarize(QList<DiaryEntry> entries, QList<QDate> treatmentDates,
                                       int thresholdPercent, int judgedAfterCycle)
{
    for (DiaryEntry &e : entries)
        e.month = DiaryEntry::monthOf(e.month);
    entries.removeIf([](const DiaryEntry &e) { return !e.month.isValid(); });
    std::sort(entries.begin(), entries.end(),
              [](const DiaryEntry &a, const DiaryEntry &b) { return a.month < b.month; });
    treatmentDates.removeIf([](QDate d) { return !d.isValid(); });
    std::sort(treatmentDates.begin(), treatmentDates.end());

    OutcomeSummary s;
    s.thresholdPercent = thresholdPercent;
    s.judgedAfterCycle = std::max(1, judgedAfterCycle);
    s.cyclesGiven = int(treatmentDates.size());
    const QDate firstTreatedMonth =
        treatmentDates.isEmpty() ? QDate() : DiaryEntry::monthOf(treatmentDates.constFirst());

    // The marked month wins (the latest, should an old file hold two); else the last month before
    // the month of cycle 1 (every month, while there is no treatment yet).
    for (const DiaryEntry &e : std::as_const(entries))
        if (e.isBaseline) {
            s.baseline = e;
            s.baselineMarked = true;
        }
    if (!s.baseline)
        for (const DiaryEntry &e : std::as_const(entries))
            if (!firstTreatedMonth.isValid() || e.month < firstTreatedMonth)
                s.baseline = e;

    if (firstTreatedMonth.isValid())
        for (const DiaryEntry &e : std::as_const(entries))
            if (e.month >= firstTreatedMonth && (!s.baseline || e.month > s.baseline->month))
                s.latest = e;

    if (s.baseline && s.latest && s.baseline->headacheDays > 0) {
        // Multiplied first so that whole percentages come out exact (20 → 14 is 30, not 29.99…).
        s.reductionPercent =
            (s.baseline->headacheDays - s.latest->headacheDays) * 100.0 / s.baseline->headacheDays;
        s.hasReduction = true;
    }

    if (s.cyclesGiven >= s.judgedAfterCycle && s.latest) {
        const QDate judgedMonth = DiaryEntry::monthOf(treatmentDates.at(s.judgedAfterCycle - 1));
        s.judged = s.latest->month >= judgedMonth;
    }
    s.belowThreshold = s.judged && s.hasReduction && s.reductionPercent < thresholdPercent;
    return s;
}

QString DiaryValidator::Outcome::messageFor(const QString &field) const
{
    for (const FieldError &e : errors)
        if (e.field == field)
            return e.message;
    return {};
}

DiaryValidator::Outcome DiaryValidator::check(const DiaryEntry &input, QDate today)
{
    Outcome out;
    out.entry = input;
    DiaryEntry &e = out.entry;
    e.month = DiaryEntry::monthOf(input.month);
    if (e.hoursPerDay < 0)
        e.hoursPerDay = -1;

    const QDate thisMonth = DiaryEntry::monthOf(today);
    int daysInMonth = 31;
    if (!e.month.isValid()) {
        out.errors.append({QStringLiteral("month"),
                           QStringLiteral("Enter the month the diary covers, like 03/2026.")});
    } else if (thisMonth.isValid() && e.month > thisMonth) {
        out.errors.append({QStringLiteral("month"),
                           QStringLiteral("%1 has not started yet; the latest month that can be "
                                          "recorded is %2.")
                               .arg(monthLabelLong(e.month), monthLabelLong(thisMonth))});
    } else {
        daysInMonth = e.month.daysInMonth();
    }

    const QString inMonth = e.month.isValid() ? monthLabelLong(e.month) : QStringLiteral("A month");
    if (e.headacheDays < 0 || e.headacheDays > daysInMonth)
        out.errors.append(
            {QStringLiteral("headacheDays"), QStringLiteral("%1 has %2; headache days are 0 to %3.")
                                                 .arg(inMonth, days(daysInMonth))
                                                 .arg(daysInMonth)});
    if (e.migraineDays < 0 || e.migraineDays > daysInMonth)
        out.errors.append(
            {QStringLiteral("migraineDays"), QStringLiteral("%1 has %2; migraine days are 0 to %3.")
                                                 .arg(inMonth, days(daysInMonth))
                                                 .arg(daysInMonth)});
    else if (e.migraineDays > e.headacheDays && e.headacheDays >= 0)
        out.errors.append({QStringLiteral("migraineDays"),
                           QStringLiteral("Migraine days count as headache days too: %1 migraine "
                                          "days need at least %1 headache days (%2 entered).")
                               .arg(e.migraineDays)
                               .arg(e.headacheDays)});
    if (std::isnan(e.hoursPerDay) || e.hoursPerDay > 24)
        out.errors.append({QStringLiteral("hoursPerDay"),
                           QStringLiteral("Hours a day are 0 to 24; leave it empty when the "
                                          "patient does not know.")});
    return out;
}

} // namespace ClinicDesk::Core
