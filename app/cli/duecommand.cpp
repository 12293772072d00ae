#include "appointmentinput.h"
#include "boardformat.h"
#include "clinicdate.h"
#include "command.h"
#include "exitcode.h"
#include "searchkey.h"
#include "treatmentformat.h"

#include <QJsonDocument>

namespace ClinicDesk::Cli {

namespace {

const QString kAsOf = QStringLiteral("as-of");
const QString kWithin = QStringLiteral("within");
const QString kUnbooked = QStringLiteral("unbooked");
const QString kProvider = QStringLiteral("provider");
const QString kPayer = QStringLiteral("payer");
const QString kIncludeDiscontinued = QStringLiteral("include-discontinued");
const QString kJson = QStringLiteral("json");
const QString kCsv = QStringLiteral("csv");

constexpr qint64 kMaxWithin = 365;

// The payer `typed` stands for among those set up: the one with that name, or the only one whose
// name contains it (ignoring case and accents). A name no payer has is kept as typed: a patient's
// payer may be one the clinic never set up.
Core::Result<QString> payerNamed(const QString &typed, const QList<Core::Payer> &payers)
{
    const QString key = Core::SearchKey::fold(typed);
    if (key.isEmpty())
        return Core::Error::invalid(QStringLiteral("Give the payer's name."));
    QStringList partial;
    for (const Core::Payer &payer : payers) {
        const QString name = Core::SearchKey::fold(payer.name);
        if (name == key)
            return payer.name;
        if (name.contains(key))
            partial << payer.name;
    }
    if (partial.size() == 1)
        return partial.constFirst();
    if (partial.size() > 1)
        return Core::Error::invalid(
            QStringLiteral("\u201C%1\u201D could be any of these payers: %2; give more of the "
                           "name.")
                .arg(typed.trimmed().left(40), partial.join(QStringLiteral(", "))));
    return typed.simplified();
}

class DueCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("due")},
            QStringLiteral("[--as-of DATE] [--within DAYS] [--unbooked] [--provider NAME] "
                           "[--payer PAYER] [--include-discontinued] [--json|--csv]"),
            QStringLiteral("List Botox patients due for their next treatment (the board)"),
            QStringLiteral(
                "Prints the retreatment board: Botox patients most urgent first (overdue, "
                "booked too early, due now, window opening soon, booked), one a line with their "
                "phone, payer, last treatment, cycles, earliest allowed and due dates, the day "
                "they become overdue, status, next booked treatment, authorization and last "
                "call. Patients whose window opens within --within days are listed; those "
                "overdue by more than a year have lapsed and are left out. With --json, an "
                "array of objects (ISO dates, status codes); with --csv, a spreadsheet with a "
                "header row (a cell that starts with = + - or @ gets a ' in front). An empty "
                "board is not an error: nothing on stdout (\u201C[]\u201D with --json, the "
                "header with --csv) and a message on stderr."),
            {
                {kAsOf, QStringLiteral("DATE"),
                 QStringLiteral("The board as it will stand on this day (default: today): "
                                "2026-11-25 or 11/25/2026. It reads what is recorded now, so "
                                "it answers for today and the days ahead.")},
                {kWithin, QStringLiteral("DAYS"),
                 QStringLiteral("List windows opening within this many days, 0 to 365 (default "
                                "14).")},
                {kUnbooked, QString(),
                 QStringLiteral("Only patients with no treatment booked: whom to call.")},
                {kProvider, QStringLiteral("NAME"),
                 QStringLiteral("Only patients this provider treated last or has booked.")},
                {kPayer, QStringLiteral("PAYER"), QStringLiteral("Only patients of this payer.")},
                {kIncludeDiscontinued, QString(),
                 QStringLiteral("Also list patients who stopped treatment, with the reason.")},
                {kJson, QString(), QStringLiteral("Print a JSON array instead of lines.")},
                {kCsv, QString(), QStringLiteral("Print CSV (RFC 4180) instead of lines.")},
            },
        };
        return spec;
    }

    int run(const Invocation &invocation) const override
    {
        Console &console = invocation.console();
        const Arguments &args = invocation.args();
        if (args.isSet(kJson) && args.isSet(kCsv))
            return console.usageError(QStringLiteral("Choose --json or --csv, not both."),
                                      spec().name());
        const QDate today = App::AppContext::makeClock()->today();
        int invalid = 0;
        QDate asOf = today;
        if (args.isSet(kAsOf)) {
            const auto day = TreatmentFormat::date(args.value(kAsOf), today);
            if (day)
                asOf = day.value();
            else
                invalid = console.invalid(QStringLiteral("--as-of"), day.error().message);
        }
        Core::BoardFilter filter;
        const auto within = args.integer(kWithin, filter.horizonDays, 0, kMaxWithin);
        if (!within)
            invalid = console.invalid(QStringLiteral("--within"), within.error().message);
        if (invalid)
            return invalid;
        filter.horizonDays = int(within.value());
        filter.onlyUnbooked = args.isSet(kUnbooked);
        filter.includeDiscontinued = args.isSet(kIncludeDiscontinued);

        auto opened = invocation.openClinic();
        if (!opened)
            return console.fail(opened.error());
        App::AppContext &clinic = *opened.value();

        QStringList whose;
        if (args.isSet(kProvider)) {
            const auto providers = clinic.setup().providers();
            if (!providers)
                return console.fail(providers.error());
            const auto provider =
                AppointmentInput::provider(args.value(kProvider), providers.value());
            if (!provider)
                return console.invalid(QStringLiteral("--provider"), provider.error().message);
            filter.providerId = provider->id;
            whose << provider->displayName();
        }
        if (args.isSet(kPayer)) {
            const auto payers = clinic.setup().payers();
            if (!payers)
                return console.fail(payers.error());
            const auto payer = payerNamed(args.value(kPayer), payers.value());
            if (!payer)
                return console.invalid(QStringLiteral("--payer"), payer.error().message);
            filter.payer = payer.value();
            whose << payer.value();
        }

        // The board of another day needs the rule's "today" to be that day.
        const Core::FixedClock asOfClock(asOf);
        std::unique_ptr<Core::RetreatmentService> other;
        if (asOf != clinic.clock().today())
            other = clinic.retreatmentOn(asOfClock);
        Core::RetreatmentService &retreatment = other ? *other : clinic.retreatment();
        const auto rows = retreatment.board(filter);
        if (!rows)
            return console.fail(rows.error());

        QList<BoardFormat::Line> lines;
        lines.reserve(rows->size());
        for (const Core::BoardRow &row : rows.value()) {
            BoardFormat::Line line{row, {}};
            if (row.status.state == Core::RetreatmentStatus::State::BookedTooEarly &&
                row.candidate.nextAppointmentId != 0) {
                const auto entry = clinic.appointments().byId(row.candidate.nextAppointmentId);
                if (!entry)
                    return console.fail(entry.error());
                line.overrideReason = entry->appointment.overrideReason;
            }
            lines << line;
        }

        if (args.isSet(kJson))
            console.printJson(QJsonDocument(BoardFormat::json(lines)));
        else if (args.isSet(kCsv))
            console.write(BoardFormat::csv(lines));
        else if (!lines.isEmpty())
            console.printLines(BoardFormat::table(lines));

        const QString when = Core::ClinicDate::formatLong(asOf);
        const QString forWhom = whose.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" for ") + whose.join(QStringLiteral(", "));
        if (lines.isEmpty())
            console.message(QStringLiteral("Nobody is due within %1 days of %2%3.")
                                .arg(QString::number(filter.horizonDays), when, forWhom));
        else
            console.message(
                QStringLiteral("%1, as of %2%3.").arg(BoardFormat::summary(lines), when, forWhom));
        return ExitCode::Done;
    }
};

} // namespace

std::unique_ptr<Command> makeDueCommand()
{
    return std::make_unique<DueCommand>();
}

} // namespace ClinicDesk::Cli
