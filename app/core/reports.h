#pragma once

#include "authorization.h"
#include "reporttable.h"
#include "result.h"
#include "retreatmentboard.h"

#include <optional>

namespace ClinicDesk::Core {

// The reports the office manager runs, each by a short name the command line takes.
enum class ReportKind { AppointmentStatus, VialUse, OverdueByProvider, ExpiringAuthorizations };
QList<ReportKind> allReports();
QString reportCode(ReportKind kind); // "appointments", "treatments", "overdue", "authorizations"
QString reportTitle(ReportKind kind); // "Appointments by status"
QString reportSummary(ReportKind kind); // one line for lists and --help
std::optional<ReportKind> reportFromCode(const QString &code);

// A date range for reports, checked: both days real, in order, at most kMaxYears apart.
namespace ReportRange {
constexpr int kMaxYears = 10;
constexpr int kNextWeeksDays = 28; // as far ahead as the expiring-authorizations list looks
enum class Preset { ThisMonth, LastMonth, Last3Months, ThisYear, Last12Months, Next4Weeks };
QList<Preset> allPresets();
QString presetLabel(Preset preset); // "Last 3 months"
// Whole months: "last 3 months" and "last 12 months" end with this month and include it.
// "Next 4 weeks" runs from today to 28 days ahead (authorizations to renew in time).
QPair<QDate, QDate> preset(Preset preset, QDate today);
// The error names the field "from" or "to".
Status check(QDate from, QDate to);
} // namespace ReportRange

// How the appointments that started in one calendar month ended up, as the database counted
// them (month is "2026-11").
struct AppointmentMonth {
    QString month;
    int booked = 0; // every appointment that starts in the month, whatever its status
    int completed = 0;
    int noShows = 0;
    int cancelled = 0;
    int lateCancelled = 0; // cancelled less than 24 hours before the start (of `cancelled`)
};

// Botox treatments given in one calendar month (month is "2026-11").
struct TreatmentMonth {
    QString month;
    int treatments = 0;
    int unitsGiven = 0;
    int unitsDiscarded = 0; // billed with modifier JW
    int vials = 0;
    int withoutWaste = 0; // treatments with nothing discarded (modifier JZ)
};

// The rates the appointments report shows. Each is a percentage (0..100), or none when there is
// nothing to divide by (a month with no visits).
namespace ReportRates {
// No-show rate = no-shows / (completed + no-shows): of the visits that were due to happen and
// were not called off beforehand, the share the patient missed. Cancelled visits are left out
// (they never came due) and so are visits still open (booked, confirmed, arrived, in room).
std::optional<double> noShowRate(int noShows, int completed);
// Cancellation rate = cancelled / all booked: of every appointment starting in the month,
// whatever its status, the share called off.
std::optional<double> cancellationRate(int cancelled, int booked);
// Waste = units discarded / (units given + units discarded): of the vial units used.
std::optional<double> wasteRate(int discarded, int given);
} // namespace ReportRates

// Each report built from what the database counted, one row per calendar month of the range
// (months with nothing in them included, with zeros) or per provider / authorization.
namespace AppointmentStatusReport {
enum Column {
    Month,
    Booked,
    Completed,
    NoShows,
    Cancelled,
    LateCancelled,
    StillOpen,
    NoShowRate,
    CancellationRate,
    ColumnCount
};
ReportTable build(const QList<AppointmentMonth> &months, QDate from, QDate to);
} // namespace AppointmentStatusReport

namespace VialUseReport {
enum Column {
    Month,
    Treatments,
    UnitsGiven,
    UnitsDiscarded,
    VialUnits,
    Vials,
    WithoutWaste,
    Waste,
    ColumnCount
};
ReportTable build(const QList<TreatmentMonth> &months, QDate from, QDate to);
} // namespace VialUseReport

// Counts per provider (who gave the last treatment) of the board's patients who are overdue,
// due now or whose window opens soon, none with a treatment booked. The rows come from the
// retreatment board itself, so the window rules live in one place.
namespace OverdueByProviderReport {
enum Column { Provider, Overdue, DueNow, OpensSoon, Total, ColumnCount };
ReportTable build(const QList<BoardRow> &board, QDate asOf, int horizonDays, QDate from, QDate to);
} // namespace OverdueByProviderReport

namespace ExpiringAuthorizationsReport {
enum Column {
    Ends,
    Patient,
    Mrn,
    Phone,
    Payer,
    Number,
    Covers,
    VisitsLeft,
    UnitsLeft,
    Why,
    ColumnCount
};
ReportTable build(const QList<ExpiringAuthorization> &list, QDate from, QDate to);
} // namespace ExpiringAuthorizationsReport

} // namespace ClinicDesk::Core
