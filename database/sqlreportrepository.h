#pragma once

#include "reportrepository.h"

namespace ClinicDesk::Db {

class Database;

// The report counts in SQLite: one GROUP BY statement per report, bounded by the date range and
// answered from the covering indexes appointments_by_start_status / treatments_by_date_units
// (migration 0004) without reading the rows; tests/database/tst_reportservice checks the plans.
class SqlReportRepository final : public Core::ReportRepository
{
public:
    explicit SqlReportRepository(Database &database);

    Core::Result<QList<Core::AppointmentMonth>> appointmentsByMonth(QDate from, QDate to) override;
    Core::Result<QList<Core::TreatmentMonth>> treatmentsByMonth(QDate from, QDate to) override;

    // The plan SQLite chooses for each report's statement (EXPLAIN QUERY PLAN), one detail line
    // per step; for the tests that keep the range queries on their indexes.
    Core::Result<QStringList> appointmentsPlan();
    Core::Result<QStringList> treatmentsPlan();

private:
    Core::Result<QStringList> planOf(const QString &statement);

    Database &m_database;
};

} // namespace ClinicDesk::Db
