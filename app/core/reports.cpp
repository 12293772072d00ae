#include "reports.h"

#include "clinicdate.h"
#include "phonenumber.h"

#include <QHash>
#include <QLocale>
#include <QMap>

namespace ClinicDesk::Core {

namespace {

using Kind = ReportColumn::Kind;

QVariant rateValue(std::optional<double> rate)
{
    return rate ? QVariant(*rate) : QVariant();
}

std::optional<double> percentOf(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * double(part) / double(whole);
}

// "17,048": totals in footnotes read like the table's counts.
QString countText(qint64 n)
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale.toString(n);
}

QString rangeText(QDate from, QDate to)
{
    return QStringLiteral("%1 to %2").arg(ClinicDate::formatLong(from), ClinicDate::formatLong(to));
}

// The month's counts by key, so that months the database had nothing for still get a row.
template<typename Month>
QHash<QString, Month> byKey(const QList<Month> &months)
{
    QHash<QString, Month> map;
    for (const Month &m : months)
        map.insert(m.month, m);
    return map;
}

} // namespace

QList<ReportKind> allReports()
{
    return {ReportKind::AppointmentStatus, ReportKind::VialUse, ReportKind::OverdueByProvider,
            ReportKind::ExpiringAuthorizations};
}

QString reportCode(ReportKind kind)
{
    switch (kind) {
    case ReportKind::AppointmentStatus:
        return QStringLiteral("appointments");
    case ReportKind::VialUse:
        return QStringLiteral("treatments");
    case ReportKind::OverdueByProvider:
        return QStringLiteral("overdue");
    case ReportKind::ExpiringAuthorizations:
        return QStringLiteral("authorizations");
    }
    return {};
}

QString reportTitle(ReportKind kind)
{
    switch (kind) {
    case ReportKind::AppointmentStatus:
        return QStringLiteral("Appointments by status");
    case ReportKind::VialUse:
        return QStringLiteral("Treatments and vial use");
    case ReportKind::OverdueByProvider:
        return QStringLiteral("Patients overdue by provider");
    case ReportKind::ExpiringAuthorizations:
        return QStringLiteral("Authorizations expiring");
    }
    return {};
}

QString reportSummary(ReportKind kind)
{
    switch (kind) {
    case ReportKind::AppointmentStatus:
        return QStringLiteral("Per month: booked, completed, no-shows, cancelled and the rates");
    case ReportKind::VialUse:
        return QStringLiteral("Per month: Botox treatments, units given and discarded, vials");
    case ReportKind::OverdueByProvider:
        return QStringLiteral("Per provider: patients overdue, due now, window opening soon");
    case ReportKind::ExpiringAuthorizations:
        return QStringLiteral("Authorizations ending in the range with no renewal, or used up");
    }
    return {};
}

std::optional<ReportKind> reportFromCode(const QString &code)
{
    const QString wanted = code.trimmed().toLower();
    for (ReportKind kind : allReports())
        if (reportCode(kind) == wanted)
            return kind;
    return std::nullopt;
}

QList<ReportRange::Preset> ReportRange::allPresets()
{
    return {Preset::ThisMonth, Preset::LastMonth,    Preset::Last3Months,
            Preset::ThisYear,  Preset::Last12Months, Preset::Next4Weeks};
}

QString ReportRange::presetLabel(Preset preset)
{
    switch (preset) {
    case Preset::ThisMonth:
        return QStringLiteral("This month");
    case Preset::LastMonth:
        return QStringLiteral("Last month");
    case Preset::Last3Months:
        return QStringLiteral("Last 3 months");
    case Preset::ThisYear:
        return QStringLiteral("This year");
    case Preset::Last12Months:
        return QStringLiteral("Last 12 months");
    case Preset::Next4Weeks:
        return QStringLiteral("Next 4 weeks");
    }
    return {};
}

QPair<QDate, QDate> ReportRange::preset(Preset preset, QDate today)
{
    const QDate month(today.year(), today.month(), 1);
    const QDate monthEnd = month.addMonths(1).addDays(-1);
    switch (preset) {
    case Preset::ThisMonth:
        return {month, monthEnd};
    case Preset::LastMonth:
        return {month.addMonths(-1), month.addDays(-1)};
    case Preset::Last3Months:
        return {month.addMonths(-2), monthEnd};
    case Preset::ThisYear:
        return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    case Preset::Last12Months:
        return {month.addMonths(-11), monthEnd};
    case Preset::Next4Weeks:
        return {today, today.addDays(kNextWeeksDays)};
    }
    return {month, monthEnd};
}

Status ReportRange::check(QDate from, QDate to)
{
    if (!from.isValid())
        return Error::invalid(QStringLiteral("Give the first day of the report."),
                              QStringLiteral("from"));
    if (!to.isValid())
        return Error::invalid(QStringLiteral("Give the last day of the report."),
                              QStringLiteral("to"));
    if (to < from)
        return Error::invalid(QStringLiteral("The last day (%1) is before the first (%2).")
                                  .arg(ClinicDate::formatLong(to), ClinicDate::formatLong(from)),
                              QStringLiteral("to"));
    if (to > from.addYears(kMaxYears))
        return Error::invalid(
            QStringLiteral("A report covers at most %1 years; choose a shorter range.")
                .arg(kMaxYears),
            QStringLiteral("to"));
    return {};
}

std::optional<double> ReportRates::noShowRate(int noShows, int completed)
{
    return percentOf(noShows, qint64(noShows) + completed);
}

std::optional<double> ReportRates::cancellationRate(int cancelled, int booked)
{
    return percentOf(cancelled, booked);
}

std::optional<double> ReportRates::wasteRate(int discarded, int given)
{
    return percentOf(discarded, qint64(discarded) + given);
}

ReportTable AppointmentStatusReport::build(const QList<AppointmentMonth> &months, QDate from,
                                           QDate to)
{
    ReportTable table;
    table.title = reportTitle(ReportKind::AppointmentStatus);
    table.from = from;
    table.to = to;
    table.columns = {
        {QStringLiteral("Month"), Kind::Month},
        {QStringLiteral("Booked"), Kind::Count},
        {QStringLiteral("Completed"), Kind::Count},
        {QStringLiteral("No-shows"), Kind::Count},
        {QStringLiteral("Cancelled"), Kind::Count},
        {QStringLiteral("Late cancels"), Kind::Count},
        {QStringLiteral("Still open"), Kind::Count},
        {QStringLiteral("No-show rate"), Kind::Percent},
        {QStringLiteral("Cancellation rate"), Kind::Percent},
    };
    const QHash<QString, AppointmentMonth> counted = byKey(months);
    AppointmentMonth total;
    for (const QDate &month : ReportMonths::between(from, to)) {
        const AppointmentMonth m = counted.value(ReportMonths::key(month));
        const int open = qMax(0, m.booked - m.completed - m.noShows - m.cancelled);
        table.rows.append({month, m.booked, m.completed, m.noShows, m.cancelled, m.lateCancelled,
                           open, rateValue(ReportRates::noShowRate(m.noShows, m.completed)),
                           rateValue(ReportRates::cancellationRate(m.cancelled, m.booked))});
        total.booked += m.booked;
        total.completed += m.completed;
        total.noShows += m.noShows;
        total.cancelled += m.cancelled;
    }
    auto rate = [](std::optional<double> r) {
        return r ? QStringLiteral("%1%").arg(*r, 0, 'f', 1) : QStringLiteral("none");
    };
    table.footnote =
        QStringLiteral(
            "Appointments that start %1, by the month they start in. No-show rate = no-shows "
            "\u00F7 (completed + no-shows): of the visits that came due, the share missed; "
            "cancelled and still-open visits are left out. Cancellation rate = cancelled \u00F7 "
            "all booked. A late cancel was cancelled less than 24 hours before its start. "
            "Over the whole range: %2 booked, no-show rate %3, cancellation rate %4.")
            .arg(rangeText(from, to), countText(total.booked),
                 rate(ReportRates::noShowRate(total.noShows, total.completed)),
                 rate(ReportRates::cancellationRate(total.cancelled, total.booked)));
    return table;
}

ReportTable VialUseReport::build(const QList<TreatmentMonth> &months, QDate from, QDate to)
{
    ReportTable table;
    table.title = reportTitle(ReportKind::VialUse);
    table.from = from;
    table.to = to;
    table.columns = {
        {QStringLiteral("Month"), Kind::Month},
        {QStringLiteral("Treatments"), Kind::Count},
        {QStringLiteral("Units given"), Kind::Count},
        {QStringLiteral("Units discarded (JW)"), Kind::Count},
        {QStringLiteral("Vial units used"), Kind::Count},
        {QStringLiteral("Vials"), Kind::Count},
        {QStringLiteral("No waste (JZ)"), Kind::Count},
        {QStringLiteral("Waste"), Kind::Percent},
    };
    const QHash<QString, TreatmentMonth> counted = byKey(months);
    qint64 given = 0;
    qint64 discarded = 0;
    qint64 vials = 0;
    for (const QDate &month : ReportMonths::between(from, to)) {
        const TreatmentMonth m = counted.value(ReportMonths::key(month));
        table.rows.append({month, m.treatments, m.unitsGiven, m.unitsDiscarded,
                           m.unitsGiven + m.unitsDiscarded, m.vials, m.withoutWaste,
                           rateValue(ReportRates::wasteRate(m.unitsDiscarded, m.unitsGiven))});
        given += m.unitsGiven;
        discarded += m.unitsDiscarded;
        vials += m.vials;
    }
    const auto waste = percentOf(discarded, given + discarded);
    table.footnote =
        QStringLiteral("Botox treatments recorded %1, by the month given. Vial units used = "
                       "units given + units discarded; waste = discarded \u00F7 vial units "
                       "used. Over the whole range: %2 units given, %3 discarded, %4 vials, "
                       "waste %5.")
            .arg(rangeText(from, to), countText(given), countText(discarded), countText(vials),
                 waste ? QStringLiteral("%1%").arg(*waste, 0, 'f', 1) : QStringLiteral("none"));
    return table;
}

ReportTable OverdueByProviderReport::build(const QList<BoardRow> &board, QDate asOf,
                                           int horizonDays, QDate from, QDate to)
{
    using State = RetreatmentStatus::State;
    ReportTable table;
    table.title = reportTitle(ReportKind::OverdueByProvider);
    table.from = from;
    table.to = to;
    table.columns = {
        {QStringLiteral("Provider"), Kind::Text}, {QStringLiteral("Overdue"), Kind::Count},
        {QStringLiteral("Due now"), Kind::Count}, {QStringLiteral("Opening soon"), Kind::Count},
        {QStringLiteral("Total"), Kind::Count},
    };
    struct Counts {
        int overdue = 0;
        int dueNow = 0;
        int soon = 0;
    };
    // Sorted by name, case aside; the key keeps "dr lee" and "Dr Lee" apart only if both exist.
    QMap<QString, QPair<QString, Counts>> byProvider;
    Counts all;
    for (const BoardRow &row : board) {
        const State state = row.status.state;
        if (state != State::Overdue && state != State::DueNow && state != State::WindowOpensSoon)
            continue;
        QString name = row.candidate.lastProviderName.trimmed();
        if (name.isEmpty())
            name = QStringLiteral("Not recorded");
        auto &entry = byProvider[name.toCaseFolded() + u'\x1f' + name];
        entry.first = name;
        int &count = state == State::Overdue  ? entry.second.overdue
                     : state == State::DueNow ? entry.second.dueNow
                                              : entry.second.soon;
        ++count;
        int &sum = state == State::Overdue  ? all.overdue
                   : state == State::DueNow ? all.dueNow
                                            : all.soon;
        ++sum;
    }
    for (const auto &[name, c] : std::as_const(byProvider))
        table.rows.append({name, c.overdue, c.dueNow, c.soon, c.overdue + c.dueNow + c.soon});
    table.footnote =
        QStringLiteral(
            "Botox patients with no treatment booked, as the retreatment board stands on %1, by "
            "the provider who gave their last treatment. Opening soon: the window opens within "
            "%2 days. Patients who stopped treatment or are overdue by more than a year are left "
            "out. In all: %3 overdue, %4 due now, %5 opening soon.")
            .arg(ClinicDate::formatLong(asOf), QString::number(horizonDays), countText(all.overdue),
                 countText(all.dueNow), countText(all.soon));
    return table;
}

ReportTable ExpiringAuthorizationsReport::build(const QList<ExpiringAuthorization> &list,
                                                QDate from, QDate to)
{
    ReportTable table;
    table.title = reportTitle(ReportKind::ExpiringAuthorizations);
    table.from = from;
    table.to = to;
    table.columns = {
        {QStringLiteral("Ends"), Kind::Date},       {QStringLiteral("Patient"), Kind::Text},
        {QStringLiteral("MRN"), Kind::Text},        {QStringLiteral("Phone"), Kind::Text},
        {QStringLiteral("Payer"), Kind::Text},      {QStringLiteral("Number"), Kind::Text},
        {QStringLiteral("Covers"), Kind::Text},     {QStringLiteral("Visits left"), Kind::Text},
        {QStringLiteral("Units left"), Kind::Text}, {QStringLiteral("Why"), Kind::Text},
    };
    auto left = [](int n) {
        return n < 0 ? QStringLiteral("No limit") : QString::number(n);
    };
    for (const ExpiringAuthorization &e : list) {
        const Authorization &a = e.authorization;
        table.rows.append(
            {a.validTo, e.patientName, e.patientMrn, PhoneNumber::format(e.patientPhone), a.payer,
             a.number, coversLabel(a.covers), left(a.visitsLeft()), left(a.unitsLeft()), e.why});
    }
    table.footnote =
        QStringLiteral("Authorizations valid on %1 that end by %2 with no renewal on file, or "
                       "that have 1 visit or none left, or no units left; soonest ending first. "
                       "%3 in all.")
            .arg(ClinicDate::formatLong(from), ClinicDate::formatLong(to), countText(list.size()));
    return table;
}

} // namespace ClinicDesk::Core
