#pragma once

#include "reports.h"

class QChart;

namespace ClinicDesk::Ui {

// The picture that says a report better than its table: appointments as stacked bars of how
// each month's visits ended with the no-show rate as a line; units given against units
// discarded per month; patients overdue, due now and opening soon per provider. Series and axes
// carry object names ("completed", "noShows", "cancelled", "stillOpen", "noShowRate",
// "unitsGiven", "unitsDiscarded", "overdue", "dueNow", "opensSoon", "categoryAxis",
// "countAxis", "rateAxis"). Every series is named in the legend: colour never speaks alone.
namespace ReportChart {
// Whether the report has a chart at all (the expiring authorizations are a list).
bool hasChart(Core::ReportKind kind);
// A new chart the caller owns; nullptr when the report has none.
QChart *build(Core::ReportKind kind, const Core::ReportTable &table);
} // namespace ReportChart

} // namespace ClinicDesk::Ui
