#pragma once

#include "patientvalidator.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ClinicDesk::Core {

// One month of a patient's headache diary: how many days had a headache, how many of those were
// migraine days, and how long a headache lasted on a typical day.
struct DiaryEntry {
    qint64 patientId = 0;
    QDate month; // the first day of the month
    int headacheDays = 0;
    int migraineDays = 0;
    double hoursPerDay = -1; // -1: not recorded
    bool isBaseline = false; // marked as the month before treatment to measure against

    bool hasHours() const { return hoursPerDay >= 0; }
    // The first day of the month `date` falls in (invalid stays invalid).
    static QDate monthOf(QDate date);
    friend bool operator==(const DiaryEntry &, const DiaryEntry &) = default;
};

// "Nov 2026"
QString monthLabel(QDate month);
// "November 2026"
QString monthLabelLong(QDate month);

// Where a patient stands against their baseline: the numbers the chart, the patient record and
// the clinician's flag show.
struct OutcomeSummary {
    // The month marked as baseline, else the last month before the month of the first treatment.
    std::optional<DiaryEntry> baseline;
    bool baselineMarked = false;
    // The latest month on or after the month of the first treatment (after the baseline).
    std::optional<DiaryEntry> latest;
    // (baseline − latest) / baseline × 100, on headache days; valid when hasReduction.
    double reductionPercent = 0;
    bool hasReduction = false;
    int cyclesGiven = 0;
    int thresholdPercent = 30;
    int judgedAfterCycle = 2;
    // The response can be judged: the judged cycle has been given and a diary month from then on
    // has been recorded (a month before that cycle shows the response to fewer cycles).
    bool judged = false;
    bool belowThreshold = false; // judged, and the reduction is under the threshold

    // "−42% headache days (baseline 22, now 13)", or why there is no figure ("No baseline month
    // before cycle 1").
    QString label() const;
    // "Below 30% response after cycle 2" when flagged, else empty.
    QString flag() const;
    // The reduction as shown: "−42%", "+10%", "0%"; empty without one.
    QString reductionText() const;
};

// The response rule of shared/domain.md: % reduction = (baseline − current) / baseline, judged
// after a configured cycle against a configured threshold (settings; defaults 30%, cycle 2).
namespace OutcomeRules {
// `entries` in any order; `treatmentDates` are the dates of the treatments given, in any order.
OutcomeSummary summarize(QList<DiaryEntry> entries, QList<QDate> treatmentDates,
                         int thresholdPercent, int judgedAfterCycle);
} // namespace OutcomeRules

// The clinic's rules for a diary month, used by the form, the command line and imports alike.
// `check` moves the month to its first day and reports every field that breaks a rule; the field
// names are "month", "headacheDays", "migraineDays" and "hoursPerDay".
class DiaryValidator
{
public:
    struct Outcome {
        DiaryEntry entry; // the tidied entry
        QList<FieldError> errors; // empty when the entry may be saved
        bool ok() const { return errors.isEmpty(); }
        QString messageFor(const QString &field) const;
    };

    static Outcome check(const DiaryEntry &input, QDate today);
};

} // namespace ClinicDesk::Core
