#pragma once

#include "retreatmentpolicy.h"
#include "treatmentrepository.h"

namespace ClinicDesk::Core {

// What the front desk asks of the board.
struct BoardFilter {
    int horizonDays = 14; // windows opening within this many days are listed
    int maxOverdueDays = 365; // past this, a patient counts as lapsed and drops off
    bool onlyUnbooked = false; // "no appointment booked"
    bool includeDiscontinued = false;
    qint64 providerId = 0; // 0: any; else who gave the last treatment or holds the next one
    QString payer; // empty: any (case-insensitive)
};

// One patient on the board.
struct BoardRow {
    BoardCandidate candidate;
    RetreatmentStatus status;
    int daysToDue = 0; // negative: days past due
    QString authorizationLabel; // filled by the service
    bool authorizationWarns = false;

    // 0 most urgent: overdue, booked too early, due now, opening soon, booked, discontinued.
    int urgency() const;
};

// Turns what the repository read into the board: the status of each candidate under the
// retreatment rule, the filter applied, and the rows in order of urgency (then due date, name).
namespace RetreatmentBoard {
BoardQuery queryFor(const BoardFilter &filter, const RetreatmentSettings &settings, QDate today);
QList<BoardRow> build(const QList<BoardCandidate> &candidates, const RetreatmentPolicy &policy,
                      QDate today, const BoardFilter &filter);
} // namespace RetreatmentBoard

} // namespace ClinicDesk::Core
