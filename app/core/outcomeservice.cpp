#include "outcomeservice.h"

#include "clinicdate.h"

#include <algorithm>

namespace ClinicDesk::Core {

OutcomeService::OutcomeService(DiaryRepository &diary, TreatmentRepository &treatments,
                               ClinicSetupRepository &setup, const Clock &clock, QString user)
    : m_diary(diary)
    , m_treatments(treatments)
    , m_setup(setup)
    , m_clock(clock)
    , m_user(std::move(user))
{}

OutcomeSettings OutcomeService::settings() const
{
    auto number = [this](const QString &key, int fallback, int min, int max) {
        auto value = m_setup.setting(key);
        if (!value || !value->has_value())
            return fallback;
        bool ok = false;
        const int n = (*value)->trimmed().toInt(&ok);
        return ok && n >= min && n <= max ? n : fallback;
    };
    OutcomeSettings settings;
    settings.thresholdPercent =
        number(SettingKey::responseThresholdPercent, settings.thresholdPercent, 1, 100);
    settings.judgedAfterCycle =
        number(SettingKey::responseJudgedAfterCycle, settings.judgedAfterCycle, 1, 20);
    return settings;
}

DiaryValidator::Outcome OutcomeService::validate(const DiaryEntry &entry) const
{
    return DiaryValidator::check(entry, m_clock.today());
}

Result<QList<DiaryEntry>> OutcomeService::entries(qint64 patientId) const
{
    return m_diary.forPatient(patientId);
}

Result<QList<QDate>> OutcomeService::treatmentDates(qint64 patientId) const
{
    auto treatments = m_treatments.forPatient(patientId);
    if (!treatments)
        return treatments.error();
    QList<QDate> dates;
    dates.reserve(treatments->size());
    for (const Treatment &t : treatments.value())
        dates.append(t.date);
    std::sort(dates.begin(), dates.end());
    return dates;
}

Status OutcomeService::checkBaselineMonth(qint64 patientId, QDate month) const
{
    auto dates = treatmentDates(patientId);
    if (!dates)
        return dates.error();
    if (dates->isEmpty() || month <= DiaryEntry::monthOf(dates->constFirst()))
        return {};
    return Error::invalid(
        QStringLiteral("The baseline is a month before treatment: %1 is after "
                       "cycle 1 (%2).")
            .arg(monthLabelLong(month), ClinicDate::formatLong(dates->constFirst())),
        QStringLiteral("isBaseline"));
}

Result<DiaryEntry> OutcomeService::save(const DiaryEntry &entry)
{
    if (entry.patientId <= 0)
        return Error::invalid(QStringLiteral("Choose a patient before recording a diary month."));
    const auto outcome = validate(entry);
    if (!outcome.ok()) {
        const FieldError &first = outcome.errors.constFirst();
        return Error::invalid(first.message, first.field);
    }
    if (outcome.entry.isBaseline)
        if (Status s = checkBaselineMonth(entry.patientId, outcome.entry.month); !s)
            return s.error();
    if (Status s = m_diary.save(outcome.entry, context()); !s)
        return s.error();
    return outcome.entry;
}

Result<DiaryEntry> OutcomeService::add(const DiaryEntry &entry)
{
    const QDate month = DiaryEntry::monthOf(entry.month);
    if (entry.patientId > 0 && month.isValid()) {
        auto existing = m_diary.forPatient(entry.patientId);
        if (!existing)
            return existing.error();
        for (const DiaryEntry &e : existing.value())
            if (e.month == month)
                return Error{Error::Kind::Conflict,
                             QStringLiteral("%1 is already in the diary (%2 headache days); "
                                            "edit that month instead.")
                                 .arg(monthLabelLong(month))
                                 .arg(e.headacheDays),
                             QStringLiteral("month")};
    }
    return save(entry);
}

Status OutcomeService::remove(qint64 patientId, QDate month)
{
    return m_diary.remove(patientId, DiaryEntry::monthOf(month), context());
}

Status OutcomeService::setBaseline(qint64 patientId, QDate month)
{
    month = DiaryEntry::monthOf(month);
    if (month.isValid())
        if (Status s = checkBaselineMonth(patientId, month); !s)
            return s;
    return m_diary.setBaseline(patientId, month, context());
}

Result<OutcomeSummary> OutcomeService::summaryFor(qint64 patientId) const
{
    auto outcome = outcomeFor(patientId);
    if (!outcome)
        return outcome.error();
    return outcome->summary;
}

Result<PatientOutcome> OutcomeService::outcomeFor(qint64 patientId) const
{
    auto diary = m_diary.forPatient(patientId);
    if (!diary)
        return diary.error();
    auto dates = treatmentDates(patientId);
    if (!dates)
        return dates.error();
    const OutcomeSettings rule = settings();
    PatientOutcome outcome;
    outcome.patientId = patientId;
    outcome.entries = std::move(diary).value();
    outcome.treatmentDates = std::move(dates).value();
    outcome.summary = OutcomeRules::summarize(outcome.entries, outcome.treatmentDates,
                                              rule.thresholdPercent, rule.judgedAfterCycle);
    return outcome;
}

} // namespace ClinicDesk::Core
