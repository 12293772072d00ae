#pragma once

#include "reports.h"

namespace ClinicDesk::Core {

// Where the report counts come from: each a GROUP BY over a date range, bounded by it and read
// through its date index, so a report costs what its range holds, not the whole history.
// Months with nothing in them are simply absent; the report builders fill them in.
class ReportRepository
{
public:
    virtual ~ReportRepository() = default;

    // Appointments that start from `from` to `to` (whole days), counted per calendar month.
    virtual Result<QList<AppointmentMonth>> appointmentsByMonth(QDate from, QDate to) = 0;
    // Treatments given from `from` to `to`, per calendar month.
    virtual Result<QList<TreatmentMonth>> treatmentsByMonth(QDate from, QDate to) = 0;
};

} // namespace ClinicDesk::Core
