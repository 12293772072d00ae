#pragma once

#include "changecontext.h"
#include "headachediary.h"
#include "result.h"

namespace ClinicDesk::Core {

// Where headache diaries are kept: one entry per patient and month. Implementations store what
// they are given (validation is the service's job) and write each change with its audit entry in
// one transaction. A patient has at most one month marked as baseline: marking one unmarks the
// others in the same transaction.
class DiaryRepository
{
public:
    virtual ~DiaryRepository() = default;

    // The patient's months, oldest first.
    virtual Result<QList<DiaryEntry>> forPatient(qint64 patientId) = 0;
    // Adds the month, or replaces what the patient's diary holds for it.
    virtual Status save(const DiaryEntry &entry, const ChangeContext &context) = 0;
    virtual Status remove(qint64 patientId, QDate month, const ChangeContext &context) = 0;
    // Marks the month as the patient's baseline (it must be in the diary); an invalid month
    // clears the mark, so that the baseline is again the last month before cycle 1.
    virtual Status setBaseline(qint64 patientId, QDate month, const ChangeContext &context) = 0;
};

} // namespace ClinicDesk::Core
