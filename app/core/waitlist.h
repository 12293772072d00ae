#pragma once

#include "changecontext.h"
#include "result.h"
#include "timeslot.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ClinicDesk::Core {

namespace WaitlistRules {
// {1, 2, 3, 4, 5}: the days a new entry starts with.
QList<int> mondayToFriday();
} // namespace WaitlistRules

// A patient who would take an earlier slot, with the days and times that suit them. A type or
// provider of 0 means any. Closed entries stay (the audit trail says why they were closed).
struct WaitlistEntry {
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 typeId = 0; // 0: any visit type
    qint64 providerId = 0; // 0: any provider
    QList<int> weekdays = WaitlistRules::mondayToFriday(); // 1 = Monday .. 7 = Sunday, ascending
    int earliestMinute = 8 * 60; // the visit may start at this wall-clock minute ...
    int latestMinute = 17 * 60; // ... and must end by this one
    QString notes;
    QString addedBy;
    QDateTime addedAt;
    QDateTime closedAt; // invalid while the patient is waiting

    // Filled by the repository when it reads, for the desk to read.
    QString patientName; // "Lee, Ann"
    QString patientMrn;
    QString patientPhone; // digits
    bool patientActive = true;
    QString typeName; // empty: any
    QString providerName; // empty: any

    bool isOpen() const { return !closedAt.isValid(); }
};

// The waitlist's rules on their own, and how the desk reads an entry.
namespace WaitlistRules {
// Whether a free `slot` with `providerId` for a visit of `typeId` suits the entry: its weekday
// is one of the entry's, it starts no earlier than the earliest time and ends by the latest, and
// the entry's provider and type are "any" or the same.
bool fits(const WaitlistEntry &entry, const TimeSlot &slot, qint64 providerId, qint64 typeId);

// Weekdays as stored: "135" for Monday, Wednesday and Friday. Out-of-range days are dropped.
QString weekdaysCode(const QList<int> &weekdays);
// "135" -> {1, 3, 5}: sorted, without repeats; anything but the digits 1..7 is ignored.
QList<int> weekdaysFromCode(const QString &code);
// "Mon–Fri", "Tue/Thu", "Mon–Wed/Fri", "Any day" (all seven), "No days".
QString weekdaysText(const QList<int> &weekdays);
// "mornings" (8:00 or earlier to noon), "afternoons" (noon to 17:00 or later), "any time"
// (8:00 or earlier to 17:00 or later), else "9:30–11:00".
QString timesText(int earliestMinute, int latestMinute);
// "Tue/Thu mornings"
QString availabilityText(const WaitlistEntry &entry);
// "Botox treatment with Vladimir Fiks", "Any visit", "Any visit with Vladimir Fiks".
QString wantsText(const WaitlistEntry &entry);
} // namespace WaitlistRules

// Where waitlist entries are kept. Reads fill the display fields (patient, type and provider
// names); each write carries its audit entry in the same transaction. An entry is never deleted:
// closing it keeps the row and records the reason in the audit trail.
class WaitlistRepository
{
public:
    virtual ~WaitlistRepository() = default;

    // Entries still open, oldest first.
    virtual Result<QList<WaitlistEntry>> open() = 0;
    // The patient's entries, open and closed, newest first.
    virtual Result<QList<WaitlistEntry>> forPatient(qint64 patientId) = 0;
    virtual Result<WaitlistEntry> byId(qint64 id) = 0;
    // Stores a new entry; returns it as stored (with its id and display fields).
    virtual Result<WaitlistEntry> add(const WaitlistEntry &entry, const ChangeContext &context) = 0;
    // Changes an open entry's wishes (type, provider, days, times, notes); a closed or missing
    // entry is NotFound.
    virtual Status update(const WaitlistEntry &entry, const ChangeContext &context) = 0;
    // Takes an open entry off the list at `context.at`; a closed or missing entry is NotFound.
    virtual Status close(qint64 id, const QString &reason, const ChangeContext &context) = 0;
};

} // namespace ClinicDesk::Core
