#include "reportservice.h"

namespace ClinicDesk::Core {

ReportService::ReportService(ReportRepository &repository, RetreatmentService &retreatment,
                             const AuthorizationService &authorizations, const Clock &clock)
    : m_repository(repository)
    , m_retreatment(retreatment)
    , m_authorizations(authorizations)
    , m_clock(clock)
{}

Result<ReportTable> ReportService::build(ReportKind kind, QDate from, QDate to)
{
    switch (kind) {
    case ReportKind::AppointmentStatus:
        return appointmentStatus(from, to);
    case ReportKind::VialUse:
        return vialUse(from, to);
    case ReportKind::OverdueByProvider:
        return overdueByProvider(from, to);
    case ReportKind::ExpiringAuthorizations:
        return expiringAuthorizations(from, to);
    }
    return Error::invalid(QStringLiteral("There is no such report."));
}

Result<ReportTable> ReportService::appointmentStatus(QDate from, QDate to)
{
    if (const Status range = ReportRange::check(from, to); !range)
        return range.error();
    auto months = m_repository.appointmentsByMonth(from, to);
    if (!months)
        return months.error();
    return AppointmentStatusReport::build(months.value(), from, to);
}

Result<ReportTable> ReportService::vialUse(QDate from, QDate to)
{
    if (const Status range = ReportRange::check(from, to); !range)
        return range.error();
    auto months = m_repository.treatmentsByMonth(from, to);
    if (!months)
        return months.error();
    return VialUseReport::build(months.value(), from, to);
}

Result<ReportTable> ReportService::overdueByProvider(QDate from, QDate to)
{
    if (const Status range = ReportRange::check(from, to); !range)
        return range.error();
    BoardFilter filter;
    filter.horizonDays = kOpeningSoonDays;
    auto board = m_retreatment.board(filter);
    if (!board)
        return board.error();
    return OverdueByProviderReport::build(board.value(), m_retreatment.clock().today(),
                                          filter.horizonDays, from, to);
}

Result<ReportTable> ReportService::expiringAuthorizations(QDate from, QDate to)
{
    if (const Status range = ReportRange::check(from, to); !range)
        return range.error();
    auto list = m_authorizations.expiringBetween(from, to);
    if (!list)
        return list.error();
    return ExpiringAuthorizationsReport::build(list.value(), from, to);
}

} // namespace ClinicDesk::Core
