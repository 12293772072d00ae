#pragma once

#include "availability.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <optional>

namespace ClinicDesk::Core {

// The payer-dependent numbers of the retreatment rule (shared/domain.md). All are settings.
struct RetreatmentSettings {
    int defaultMinimumDays = 84; // most payers: not sooner than 12 weeks
    int selfPayMinimumDays = 70; // the clinic's own rule for self-pay patients
    int dueDays = 84; // the label interval: 12 weeks
    int graceDays = 14; // overdue once this far past due
    int soonDays = 14; // "window opens in N days" from this close
    QHash<QString, int> payerMinimumDays; // per payer name (case-insensitive), overriding default
    QString selfPayName = QStringLiteral("Self-pay");

    int minimumDaysFor(const QString &payer) const;
};

// From the last treatment T: earliest allowed = T + the payer's minimum, due = T + 84,
// overdue after due + grace. Calendar days.
struct RetreatmentWindow {
    QDate lastTreatment;
    QDate earliestAllowed;
    QDate due;
    QDate overdueAfter;

    bool allows(QDate day) const { return day >= earliestAllowed; }
    friend bool operator==(const RetreatmentWindow &, const RetreatmentWindow &) = default;
};

struct RetreatmentStatus {
    enum class State {
        NoTreatmentYet,
        NotDueYet, // window opens later than `soonDays` from now
        WindowOpensSoon, // window opens in `days` days
        DueNow, // inside the window, not overdue
        Overdue, // `days` days past due (and past the grace)
        Booked, // next treatment booked on `bookedOn`, inside the window
        BookedTooEarly, // next treatment booked before the earliest allowed date
        Discontinued, // the patient stopped treatment (`reason`)
    };

    State state = State::NoTreatmentYet;
    int days = 0;
    QDate bookedOn;
    QString reason;
    std::optional<RetreatmentWindow> window;

    // "Window opens in 5 days", "Overdue by 3 days", "Booked Feb 17", "Booked too early" ...
    QString label() const;
    // Whom the front desk should call: due or overdue with nothing booked.
    bool needsCall() const { return state == State::DueNow || state == State::Overdue; }
};

// The retreatment rule: computes a patient's window and where they stand in it today.
class RetreatmentPolicy
{
public:
    explicit RetreatmentPolicy(RetreatmentSettings settings = {});

    const RetreatmentSettings &settings() const { return m_settings; }
    RetreatmentWindow windowFor(QDate lastTreatment, const QString &payer) const;
    // `nextBooked`: the next booked Botox treatment after the last one, if any.
    RetreatmentStatus statusFor(std::optional<QDate> lastTreatment, const QString &payer,
                                QDate today, std::optional<QDate> nextBooked = std::nullopt,
                                const QString &discontinuedReason = {}) const;

    // Why a Botox treatment on `day` would come too soon after the patient's previous treatment
    // (recorded or booked), or too soon before one already booked; nothing when it may be
    // booked. `appointmentId` is the appointment being moved (it does not count against itself).
    struct TooEarly {
        QDate previous; // the treatment it follows too closely (invalid: none)
        QDate earliestAllowed; // previous + the payer's minimum
        QDate next; // a later booking it comes too close to (invalid: none)
        QString message;
    };
    // How the calendar marks a Botox visit: inside its window, or booked before the earliest
    // allowed date (from the entry's previous treatment and payer). None for other visits and a
    // first treatment.
    enum class Mark { None, InWindow, TooEarly };
    Mark markFor(const ScheduleEntry &entry) const;

    std::optional<TooEarly> checkBooking(QDate day, qint64 appointmentId,
                                         const QList<Availability::TreatmentEvent> &treatments,
                                         const QString &payer) const;

private:
    RetreatmentSettings m_settings;
};

} // namespace ClinicDesk::Core
