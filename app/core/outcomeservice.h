#pragma once

#include "clinicsetuprepository.h"
#include "clock.h"
#include "diaryrepository.h"
#include "headachediary.h"
#include "treatmentrepository.h"

namespace ClinicDesk::Core {

// The response rule's two settings (shared/domain.md): flag a patient whose headache days fell
// by less than `thresholdPercent` once `judgedAfterCycle` cycles have been given.
struct OutcomeSettings {
    int thresholdPercent = 30;
    int judgedAfterCycle = 2;
    // The reduction the clinic quotes as common; the chart draws its line too.
    static constexpr int kGoodResponsePercent = 50;
};

// Everything the outcomes chart and panel show for one patient, read at once.
struct PatientOutcome {
    qint64 patientId = 0;
    QList<DiaryEntry> entries; // oldest first
    QList<QDate> treatmentDates; // cycle 1 first
    OutcomeSummary summary;
};

// The one way headache diaries change, and the patient's response measured against the clinic's
// settings: validates a month with the clinic's rules, stamps who and when, and hands the change
// to the repository, which writes it with its audit entry.
class OutcomeService
{
public:
    OutcomeService(DiaryRepository &diary, TreatmentRepository &treatments,
                   ClinicSetupRepository &setup, const Clock &clock, QString user);

    const Clock &clock() const { return m_clock; }
    const QString &user() const { return m_user; }
    // From the clinic's settings; the defaults where one is missing or unreadable.
    OutcomeSettings settings() const;

    DiaryValidator::Outcome validate(const DiaryEntry &entry) const;
    Result<QList<DiaryEntry>> entries(qint64 patientId) const;
    // Adds a month or replaces it. On invalid input the error names the first field at fault
    // ("month", "headacheDays", "migraineDays", "hoursPerDay", "isBaseline"); nothing is written.
    Result<DiaryEntry> save(const DiaryEntry &entry);
    // The same, but refuses a month the diary already holds (the desk meant to edit it).
    Result<DiaryEntry> add(const DiaryEntry &entry);
    Status remove(qint64 patientId, QDate month);
    // Marks the month as the baseline (a month up to the one of cycle 1); an invalid month
    // clears the mark.
    Status setBaseline(qint64 patientId, QDate month);

    Result<OutcomeSummary> summaryFor(qint64 patientId) const;
    Result<PatientOutcome> outcomeFor(qint64 patientId) const;

private:
    ChangeContext context() const { return {m_user, m_clock.now()}; }
    Result<QList<QDate>> treatmentDates(qint64 patientId) const;
    // A baseline after the month of cycle 1 would measure treatment against treatment.
    Status checkBaselineMonth(qint64 patientId, QDate month) const;

    DiaryRepository &m_diary;
    TreatmentRepository &m_treatments;
    ClinicSetupRepository &m_setup;
    const Clock &m_clock;
    QString m_user;
};

} // namespace ClinicDesk::Core
