#pragma once

#include "changecontext.h"
#include "followup.h"
#include "result.h"
#include "treatment.h"

#include <functional>
#include <optional>

namespace ClinicDesk::Core {

// A patient's course of treatment in one row: kept by the repository in the same transaction as
// every treatment written, so the board never reads the whole history.
struct TreatmentCourse {
    qint64 patientId = 0;
    QDate firstTreated;
    QDate lastTreated;
    int cycles = 0;
    QDate discontinuedOn; // valid while the patient has stopped treatment
    QString discontinuedReason;

    bool isDiscontinued() const { return discontinuedOn.isValid(); }
    // Why the patient stopped, as the window rule takes it: empty while they are treated.
    QString stopReason() const
    {
        if (!isDiscontinued())
            return {};
        return discontinuedReason.isEmpty() ? QStringLiteral("Stopped treatment")
                                            : discontinuedReason;
    }
};

// Which courses the retreatment board reads: those whose last treatment falls in a range of days
// (the range follows from the board's horizon and the retreatment settings).
struct BoardQuery {
    QDate lastTreatedFrom;
    QDate lastTreatedTo;
    QDate today; // the next booked treatment is the first held one from today
    bool includeDiscontinued = false;
};

// What the repository knows about one patient on the board; the rule turns it into a status.
struct BoardCandidate {
    qint64 patientId = 0;
    QString patientName; // "Lee, Ann"
    QString patientMrn;
    QString patientPhone; // digits
    QString payer;
    TreatmentCourse course;
    qint64 lastProviderId = 0; // who gave the last treatment (0: unknown)
    QString lastProviderName;
    qint64 nextAppointmentId = 0; // the next held Botox appointment from today, if any
    QDate nextBookedOn;
    qint64 nextProviderId = 0;
    std::optional<ContactAttempt> lastContact;
};

// Where treatments, courses, contact attempts and drug supplies are kept. Writes carry their
// audit entry; the course row is updated in the same transaction as the treatment.
class TreatmentRepository
{
public:
    virtual ~TreatmentRepository() = default;

    // In date order, with areas and adverse events.
    virtual Result<QList<Treatment>> forPatient(qint64 patientId) = 0;
    virtual Result<Treatment> byId(qint64 id) = 0;
    virtual Result<std::optional<Treatment>> byAppointment(qint64 appointmentId) = 0;
    virtual Result<Treatment> add(const Treatment &treatment, const ChangeContext &context) = 0;
    virtual Status update(const Treatment &treatment, const ChangeContext &context) = 0;
    virtual Status remove(qint64 id, const ChangeContext &context) = 0;
    // Stores a batch all or none (history from paper, the demo clinic).
    virtual Result<int> addMany(const QList<Treatment> &treatments, const ChangeContext &context,
                                const std::function<bool(int)> &progress = {}) = 0;

    // A patient without treatments or discontinuation has an empty course (cycles 0).
    virtual Result<TreatmentCourse> course(qint64 patientId) = 0;
    // An empty reason resumes treatment.
    virtual Status setDiscontinued(qint64 patientId, QDate on, const QString &reason,
                                   const ChangeContext &context) = 0;
    virtual Result<QList<BoardCandidate>> boardCandidates(const BoardQuery &query) = 0;
    // The same facts for the given patients (those with a course or a booked Botox visit).
    virtual Result<QList<BoardCandidate>> candidatesFor(const QList<qint64> &patientIds,
                                                        QDate today) = 0;

    virtual Result<QList<ContactAttempt>> contactAttempts(qint64 patientId) = 0;
    virtual Result<ContactAttempt> addContactAttempt(const ContactAttempt &attempt,
                                                     const ChangeContext &context) = 0;

    virtual Result<std::optional<DrugSupply>> drugSupply(qint64 appointmentId) = 0;
    virtual Status setDrugSupply(const DrugSupply &supply, const ChangeContext &context) = 0;
};

} // namespace ClinicDesk::Core
