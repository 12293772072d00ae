#pragma once

#include "authorizationservice.h"
#include "reportrepository.h"
#include "retreatmentservice.h"

namespace ClinicDesk::Core {

// Builds the reports over a date range: the month counts from the report repository, the
// overdue counts from the retreatment board and the expiring list from the authorization rules,
// so that each number is worked out in one place only. Reads only; changes nothing.
class ReportService
{
public:
    // The board's "opening soon" horizon the overdue report counts with.
    static constexpr int kOpeningSoonDays = 14;

    ReportService(ReportRepository &repository, RetreatmentService &retreatment,
                  const AuthorizationService &authorizations, const Clock &clock);

    const Clock &clock() const { return m_clock; }

    // Refuses a range that ReportRange::check refuses (the error names "from" or "to").
    Result<ReportTable> build(ReportKind kind, QDate from, QDate to);

    Result<ReportTable> appointmentStatus(QDate from, QDate to);
    Result<ReportTable> vialUse(QDate from, QDate to);
    // As the board stands today: it reads the last treatments recorded now, so a range in the
    // past cannot be replayed; the range only heads the report.
    Result<ReportTable> overdueByProvider(QDate from, QDate to);
    Result<ReportTable> expiringAuthorizations(QDate from, QDate to);

private:
    ReportRepository &m_repository;
    RetreatmentService &m_retreatment;
    const AuthorizationService &m_authorizations;
    const Clock &m_clock;
};

} // namespace ClinicDesk::Core
