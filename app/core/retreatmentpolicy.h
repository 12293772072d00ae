#pragma once

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

namespace ClinicDesk::Core {

// The payer-dependent numbers of the retreatment rule (shared/domain.md). All are settings.
struct RetreatmentSettings {
    int defaultMinimumDays = 84;  // most payers: not sooner than 12 weeks
    int selfPayMinimumDays = 70;  // the clinic's own rule for self-pay patients
    int dueDays = 84;             // the label interval: 12 weeks
    int graceDays = 14;           // overdue once this far past due
    int soonDays = 14;            // "window opens in N days" from this close
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
        NotDueYet,      // window opens later than `soonDays` from now
        WindowOpensSoon,// window opens in `days` days
        DueNow,         // inside the window, not overdue
        Overdue,        // `days` days past due (and past the grace)
        Booked,         // next treatment booked on `bookedOn`, inside the window
        BookedTooEarly, // next treatment booked before the earliest allowed date
        Discontinued,   // the patient stopped treatment (`reason`)
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

private:
    RetreatmentSettings m_settings;
};

} // namespace ClinicDesk::Core
