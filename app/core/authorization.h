#pragma once

#include "changecontext.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ClinicDesk::Core {

// What a prior authorization pays for: some plans approve the drug and the procedure separately.
enum class AuthorizationCovers { Drug, Procedure, Both };
QString coversCode(AuthorizationCovers covers); // "drug", "procedure", "both"
QString coversLabel(AuthorizationCovers covers); // "Drug", "Procedure", "Drug and procedure"
std::optional<AuthorizationCovers> coversFromCode(const QString &code);

// A payer's prior authorization for a patient's treatments. Visits and units used are counted
// from the treatments given within its dates, never stored.
struct Authorization {
    qint64 id = 0;
    qint64 patientId = 0;
    QString payer;
    QString number;
    AuthorizationCovers covers = AuthorizationCovers::Both;
    QDate validFrom;
    QDate validTo;
    int approvedUnits = 0; // 0: not limited
    int approvedVisits = 0; // 0: not limited
    QString notes;
    QString createdBy;
    QDateTime createdAt;
    // Counted by the repository from treatments within validFrom..validTo.
    int visitsUsed = 0;
    int unitsUsed = 0;

    bool isValidOn(QDate day) const { return day >= validFrom && day <= validTo; }
    // -1 when visits are not limited.
    int visitsLeft() const
    {
        return approvedVisits > 0 ? qMax(0, approvedVisits - visitsUsed) : -1;
    }
    int unitsLeft() const { return approvedUnits > 0 ? qMax(0, approvedUnits - unitsUsed) : -1; }

    friend bool operator==(const Authorization &, const Authorization &) = default;
};

// Where a patient's authorizations leave a treatment on a given day.
struct AuthorizationStanding {
    enum class State {
        NotNeeded, // no authorization on file and none expected (self-pay)
        Missing, // none on file, or none valid on the day
        Valid, // a valid one with visits left
        ExpiringSoon, // valid, but ends or runs out of visits within the lead time
        UsedUp, // valid dates but no visits (or units) left
    };
    State state = State::Missing;
    const Authorization *authorization = nullptr; // the one that decides, if any (not owned)
    QString label; // "Valid to Mar 3 · 2 visits left", "Expires in 12 days", "No authorization"
    QString reason; // for a warning: why the treatment is not covered
    bool warns() const { return state == State::Missing || state == State::UsedUp; }
};

// The authorization rules (shared/domain.md, "Prior authorization").
//
// A treatment needs both halves covered, the drug and the procedure: one authorization covering
// both, or one for the drug and one for the procedure. For each half the one that decides is,
// among those covering it that are valid on the day with visits and units left, the one ending
// last. Then:
// - Valid: both halves decided.
// - ExpiringSoon: a deciding one ends within `leadDays` of the day (on day + leadDays at the
//   latest) and no authorization on file for the same half carries on from it (starting no later
//   than the day after it ends), or it has exactly 1 approved visit left.
// - UsedUp: a half has authorizations valid on the day but all of their approved visits (or
//   units) are used.
// - Missing: a half has no authorization valid on the day; the reason names the half when the
//   other is covered, and the one that ended last (or starts next).
// - NotNeeded: self-pay, whatever is on file.
// When the halves differ, the worse one decides (Missing, UsedUp, ExpiringSoon, Valid; then the
// one ending first).
namespace AuthorizationRules {
// The standing of a treatment on `day` given the patient's authorizations (any order).
// `selfPay`: the patient pays themselves, so a missing authorization is NotNeeded.
// `authorization` in the result points into `authorizations`.
AuthorizationStanding standingOn(const QList<Authorization> &authorizations, QDate day,
                                 int leadDays, bool selfPay = false);
// One authorization on its own, as a row of a list shows it, whatever it covers: "Expired Jan 31",
// "Starts Mar 1" (both Missing), "Valid to Mar 3 · 2 visits left", "Expires in 12 days",
// "Visits used up". `authorization` in the result points to `authorization`.
AuthorizationStanding standingOf(const Authorization &authorization, QDate day, int leadDays);
// "Aetna 12345"
QString displayName(const Authorization &authorization);
} // namespace AuthorizationRules

// An authorization that expires or runs out within the lead time, with whom it is for.
struct ExpiringAuthorization {
    Authorization authorization;
    QString patientName;
    QString patientMrn;
    QString patientPhone;
    QString why; // "Expires Jan 4, 2027" / "1 visit left"
};

// Where authorizations are kept. Reads count visits and units used from the treatments table.
class AuthorizationRepository
{
public:
    virtual ~AuthorizationRepository() = default;

    virtual Result<QList<Authorization>> forPatient(qint64 patientId) = 0;
    // Authorizations of the given patients that are valid on or after `from` (the board).
    virtual Result<QList<Authorization>> currentFor(const QList<qint64> &patientIds,
                                                    QDate from) = 0;
    // Valid today and ending by `until`, or with at most `visitsLeft` visits left.
    virtual Result<QList<ExpiringAuthorization>> expiring(QDate today, QDate until,
                                                          int visitsLeft = 1) = 0;
    virtual Result<Authorization> add(const Authorization &authorization,
                                      const ChangeContext &context) = 0;
    virtual Status update(const Authorization &authorization, const ChangeContext &context) = 0;
    virtual Status remove(qint64 id, const ChangeContext &context) = 0;
};

} // namespace ClinicDesk::Core
