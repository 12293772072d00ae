#pragma once

#include "authorization.h"
#include "clinicsetuprepository.h"
#include "clock.h"
#include "patientrepository.h"
#include "patientvalidator.h"

namespace ClinicDesk::Core {

// The one way prior authorizations change: checks what was typed (each problem named by field,
// for a form to show beside it), stamps who and when, and hands the change to the repository.
// Also answers where a patient stands on a day and which authorizations need renewing.
class AuthorizationService
{
public:
    static constexpr int kMaxTextLength = 60; // payer and number
    static constexpr int kMaxNotesLength = 2000;
    static constexpr int kMaxUnits = 2000;
    static constexpr int kMaxVisits = 50;
    static constexpr int kMaxSpanYears = 3;
    static constexpr int kDefaultLeadDays = 28;

    struct Outcome {
        Authorization authorization; // tidied (payer and number trimmed)
        QList<FieldError> errors; // fields: payer, number, validFrom, validTo,
                                  // approvedUnits, approvedVisits, notes
        bool ok() const { return errors.isEmpty(); }
        QString messageFor(const QString &field) const;
    };

    AuthorizationService(AuthorizationRepository &repository, PatientRepository &patients,
                         ClinicSetupRepository &setup, const Clock &clock, QString user);

    const Clock &clock() const { return m_clock; }

    // The rules on their own: dates real, in order, at most 3 years apart, between 2000 and
    // five years from today; counts in range; text present and short enough.
    static Outcome validate(const Authorization &draft, QDate today);
    Outcome check(const Authorization &draft) const { return validate(draft, m_clock.today()); }

    // On invalid input the error names the first field at fault; nothing is written. The same
    // payer and number twice for one patient is refused as a double entry.
    Result<Authorization> add(const Authorization &draft);
    // Authorizations brought over from elsewhere (paper records, the demo clinic): each checked
    // by the same rules and stored as entered at `enteredAt` (never later than now). Stops at
    // the first invalid one, naming it. Skips the double-entry look-up, which only `add` needs.
    Result<Authorization> addEntered(const Authorization &draft, const QDateTime &enteredAt);
    // Returns the authorization as stored, with visits and units used counted again.
    Result<Authorization> update(const Authorization &edited);
    Status remove(qint64 id);

    // A new authorization for the patient, prefilled: their payer (unless self-pay), drug and
    // procedure, valid from today for six months.
    Authorization draftFor(qint64 patientId) const;
    // The clinic's active payers by name, to offer while typing.
    QStringList payerNames() const;

    // Ending last first, with visits and units used.
    Result<QList<Authorization>> forPatient(qint64 patientId) const;
    // Days ahead the expiring list looks (setting authorization.leadDays, default 28).
    int leadDays() const;
    // Where the patient's treatment on `day` stands (self-pay patients need none). The
    // standing's `authorization` pointer is cleared: the list it pointed into is gone.
    Result<AuthorizationStanding> standingFor(qint64 patientId, QDate day) const;
    // Valid today and ending within the lead time (or `withinDays`), or with 1 visit or none
    // left.
    Result<QList<ExpiringAuthorization>> expiring() const { return expiring(leadDays()); }
    Result<QList<ExpiringAuthorization>> expiring(int withinDays) const;
    // The same rule over a range (the Reports screen): valid on `from` and ending by `until`
    // with no renewal on file, or with 1 visit or none left, as `from` were today.
    Result<QList<ExpiringAuthorization>> expiringBetween(QDate from, QDate until) const;
    // Whether the patient pays themselves (their payer is the self-pay name, setting
    // retreatment.selfPayName).
    bool isSelfPay(const Patient &patient) const;

private:
    ChangeContext context() const { return {m_user, m_clock.now()}; }
    Result<Authorization> tidyForWrite(const Authorization &draft) const;

    AuthorizationRepository &m_repository;
    PatientRepository &m_patients;
    ClinicSetupRepository &m_setup;
    const Clock &m_clock;
    QString m_user;
};

// The expiring list for a spreadsheet, with a header line: patient, MRN, phone, payer, number,
// covers, valid from and to (ISO), visits and units left, why. Cells are made safe (Core::Csv).
QString expiringAuthorizationsCsv(const QList<ExpiringAuthorization> &rows);

} // namespace ClinicDesk::Core
