#include "command.h"
#include "demoappointments.h"
#include "democlinic.h"
#include "exitcode.h"
#include "newfileguard.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QSet>

namespace ClinicDesk::Cli {

namespace {

const QString kPatients = QStringLiteral("patients");
const QString kYears = QStringLiteral("years");
const QString kSeed = QStringLiteral("seed");

constexpr qint64 kMaxPatients = 1'000'000;
constexpr qint64 kMaxYears = 50;
// Below this many patients (appointments) the whole run takes a blink; no progress lines.
constexpr int kProgressFrom = 10'000;
constexpr int kAppointmentProgressFrom = 100'000;
// How far ahead the demo book is filled, and how full a provider's day is.
constexpr int kBookedWeeksAhead = 8;
constexpr int kVisitsPerProviderDay = 20;

QString number(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n);
}

class SeedDemoCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("seed-demo")},
            QStringLiteral("[--patients N] [--years Y] [--seed S]"),
            QStringLiteral("Fill a new or empty database with a reproducible demo clinic"),
            QStringLiteral(
                "Creates the database if needed and adds a demo clinic: providers with their "
                "working hours and lunch breaks, treatment rooms, the default appointment "
                "types, N patients registered over the last Y years, and their appointments "
                "over those years and the next 8 weeks (past visits completed, some cancelled "
                "or missed; future ones booked). The same seed gives the same clinic. Refuses "
                "a database that already holds patients. A file this run created is removed "
                "if the run fails; patients, and then appointments, are each stored in one "
                "transaction: all or none. Prints the number of patients added alone on "
                "stdout."),
            {
                {kPatients, QStringLiteral("N"),
                 QStringLiteral("How many patients, 1 to 1,000,000 (default 2,000).")},
                {kYears, QStringLiteral("Y"),
                 QStringLiteral("Years of history, 1 to 50 (default 3).")},
                {kSeed, QStringLiteral("S"),
                 QStringLiteral("Random seed, 0 to 4294967295 (default 1).")},
            },
        };
        return spec;
    }

    int run(const Invocation &invocation) const override
    {
        Console &console = invocation.console();
        const Arguments &args = invocation.args();
        // Every option is checked before the database file is touched.
        const auto patients = args.integer(kPatients, 2000, 1, kMaxPatients);
        if (!patients)
            return console.invalid(QStringLiteral("--patients"), patients.error().message);
        const auto years = args.integer(kYears, 3, 1, kMaxYears);
        if (!years)
            return console.invalid(QStringLiteral("--years"), years.error().message);
        const auto seed = args.integer(kSeed, 1, 0, std::numeric_limits<quint32>::max());
        if (!seed)
            return console.invalid(QStringLiteral("--seed"), seed.error().message);

        NewFileGuard newFile(invocation.databasePath());
        auto opened = invocation.openClinic(Db::Database::OpenMode::CreateIfMissing);
        if (!opened)
            return console.fail(opened.error());
        App::AppContext &clinic = *opened.value();
        const QString shown = QDir::toNativeSeparators(clinic.database().path());

        const auto existing = clinic.patients().count();
        if (!existing)
            return console.fail(existing.error());
        if (existing.value() > 0)
            return console.fail(Core::Error::invalid(
                QStringLiteral("%1 already holds %2 patients; seed-demo fills only a new or "
                               "empty database. Give --db a new file name.")
                    .arg(shown, number(existing.value()))));

        QElapsedTimer timer;
        timer.start();
        // Set-up first, skipping what a failed earlier run already added, so that running the
        // command again after a failure finishes the job.
        auto providers = addMissingProviders(clinic);
        if (!providers)
            return console.fail(providers.error());
        auto rooms = addMissingRooms(clinic);
        if (!rooms)
            return console.fail(rooms.error());
        if (Core::Status s = clinic.setup().installDefaults(); !s)
            return console.fail(s.error());

        Core::DemoClinic::Options options;
        options.patients = int(patients.value());
        options.years = int(years.value());
        options.seed = quint32(seed.value());
        options.today = clinic.clock().today();
        const QList<Core::Patient> demo = Core::DemoClinic::patients(options);

        const int total = options.patients;
        int reported = 0;
        auto progress = [&](int done) {
            // On a terminal the line is rewritten in place; in a log, a line every tenth.
            const bool due = done == total || done - reported >= total / 10;
            if (total >= kProgressFrom && done != reported && due) {
                reported = done;
                console.progress(
                    QStringLiteral("Storing patients: %1 of %2").arg(number(done), number(total)));
            }
            return true;
        };
        const auto added = clinic.patients().createMany(demo, progress);
        console.endProgress();
        if (!added)
            return console.fail(added.error());

        const auto appointments = addAppointments(clinic, options, added.value(), console);
        if (!appointments) {
            const int exitCode = console.fail(appointments.error());
            if (!newFile.isNew())
                console.message(QStringLiteral("The %1 patients were stored, their appointments "
                                               "not; seed a new file with --db.")
                                    .arg(number(added.value())));
            return exitCode;
        }

        console.message(QStringLiteral("Added %1 providers, %2 rooms, %3 patients and %4 "
                                       "appointments (seed %5, %6 of history) to %7 in %8 s.")
                            .arg(QString::number(providers.value()), QString::number(rooms.value()),
                                 number(added.value()), number(appointments.value()),
                                 QString::number(options.seed),
                                 options.years == 1 ? QStringLiteral("1 year")
                                                    : QStringLiteral("%1 years").arg(options.years),
                                 shown, QString::number(double(timer.elapsed()) / 1000.0, 'f', 1)));
        console.print(QString::number(added.value()));
        newFile.keep();
        return ExitCode::Done;
    }

private:
    // The demo book for `patients` new patients: hours and lunch breaks, then the visits of
    // the last years and the next weeks, stored in one transaction.
    static Core::Result<int> addAppointments(App::AppContext &clinic,
                                             const Core::DemoClinic::Options &options, int patients,
                                             Console &console)
    {
        const QDate today = clinic.clock().today();
        DemoAppointments::Options book;
        book.from = today.addYears(-options.years);
        book.to = today.addDays(7 * kBookedWeeksAhead);
        book.seed = options.seed;
        book.visitsPerProviderDay = kVisitsPerProviderDay;
        if (Core::Status s = DemoAppointments::setUpHours(clinic, book.from); !s)
            return s.error();

        // The patients went into a table that held none, which numbers rows 1, 2, 3...
        const auto first = clinic.patients().byId(1);
        const auto last = clinic.patients().byId(patients);
        if (!first || !last)
            return Core::Error::storage(QStringLiteral("The new patients cannot be found by "
                                                       "number; no appointments were added."));
        book.patientIds.reserve(patients);
        for (qint64 id = 1; id <= patients; ++id)
            book.patientIds << id;

        if (patients >= kProgressFrom)
            console.progress(
                QStringLiteral("Generating appointments from %1 to %2")
                    .arg(book.from.toString(Qt::ISODate), book.to.toString(Qt::ISODate)));
        const auto generated = DemoAppointments::generate(clinic, book);
        if (!generated)
            return generated.error();
        const int total = int(generated->size());
        int reported = 0;
        auto progress = [&](int done) {
            if (total >= kAppointmentProgressFrom && done - reported >= total / 10) {
                reported = done;
                console.progress(QStringLiteral("Storing appointments: %1 of %2")
                                     .arg(number(done), number(total)));
            }
            return true;
        };
        const auto stored = clinic.appointments().bookMany(generated.value(), progress);
        if (stored && reported != 0 && reported != total)
            console.progress(QStringLiteral("Storing appointments: %1 of %1").arg(number(total)));
        console.endProgress();
        return stored;
    }

    static Core::Result<int> addMissingProviders(App::AppContext &clinic)
    {
        const auto present = clinic.setup().providers();
        if (!present)
            return present.error();
        QSet<QString> names;
        for (const Core::Provider &provider : present.value())
            names.insert(provider.name);
        int added = 0;
        for (const Core::Provider &provider : Core::DemoClinic::providers()) {
            if (names.contains(provider.name))
                continue;
            if (auto stored = clinic.setup().addProvider(provider); !stored)
                return stored.error();
            ++added;
        }
        return added;
    }

    static Core::Result<int> addMissingRooms(App::AppContext &clinic)
    {
        const auto present = clinic.setup().rooms();
        if (!present)
            return present.error();
        QSet<QString> names;
        for (const Core::Room &room : present.value())
            names.insert(room.name);
        int added = 0;
        for (const Core::Room &room : Core::DemoClinic::rooms()) {
            if (names.contains(room.name))
                continue;
            if (auto stored = clinic.setup().addRoom(room); !stored)
                return stored.error();
            ++added;
        }
        return added;
    }
};

} // namespace

std::unique_ptr<Command> makeSeedDemoCommand()
{
    return std::make_unique<SeedDemoCommand>();
}

} // namespace ClinicDesk::Cli
