#include "command.h"
#include "demoappointments.h"
#include "democlinic.h"
#include "exitcode.h"
#include "newfileguard.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QSet>

#include <utility>

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
                "or missed; future ones booked). Half the patients are on Botox: a treatment "
                "record for every completed Botox visit (older cycles from paper charts for "
                "some), the payers and their minimum intervals, prior authorizations, "
                "specialty-pharmacy orders, and, as of today, patients overdue, due now, with "
                "a window opening soon, booked, booked too early with a reason, and some who "
                "stopped treatment. The same seed gives the same clinic. Refuses a database "
                "that already holds patients. A file this run created is removed if the run "
                "fails; patients, appointments and treatments are each stored in one "
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
        // Hundreds of small changes follow (payers, calls, authorizations); waiting for the disk
        // after each would take seconds.
        QuickCommits quick(clinic.database());
        if (Core::Status s = DemoAppointments::setUpPayers(clinic); !s)
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

        const auto appointments = addAppointments(clinic, options, demo, console);
        if (!appointments) {
            const int exitCode = console.fail(appointments.error());
            if (!newFile.isNew())
                console.message(QStringLiteral("The %1 patients were stored, not all of their "
                                               "appointments and treatments; seed a new file "
                                               "with --db.")
                                    .arg(number(added.value())));
            return exitCode;
        }

        if (Core::Status s = quick.end(); !s)
            return console.fail(s.error());
        const Seeded &seeded = appointments.value();
        console.message(QStringLiteral("Added %1 providers, %2 rooms, %3 patients and %4 "
                                       "appointments (seed %5, %6 of history) to %7 in %8 s.")
                            .arg(QString::number(providers.value()), QString::number(rooms.value()),
                                 number(added.value()), number(seeded.appointments),
                                 QString::number(options.seed),
                                 options.years == 1 ? QStringLiteral("1 year")
                                                    : QStringLiteral("%1 years").arg(options.years),
                                 shown, QString::number(double(timer.elapsed()) / 1000.0, 'f', 1)));
        const DemoAppointments::Stored &t = seeded.treatments;
        console.message(QStringLiteral("Treatment side: %1 treatments, %2 authorizations, %3 "
                                       "calls logged, %4 drug orders, %5 patients who stopped "
                                       "treatment.")
                            .arg(number(t.treatments), number(t.authorizations), number(t.contacts),
                                 number(t.supplies), number(t.discontinued)));
        console.print(QString::number(added.value()));
        newFile.keep();
        return ExitCode::Done;
    }

private:
    struct Seeded {
        int appointments = 0;
        DemoAppointments::Stored treatments;
    };

    // Commits that do not wait for the disk until end(), or until it goes out of scope.
    class QuickCommits
    {
    public:
        explicit QuickCommits(Db::Database &database)
            : m_database(database)
        {
            // Only speed is lost when this fails.
            m_on = bool(m_database.setCommitsWaitForDisk(false));
        }
        ~QuickCommits() { static_cast<void>(end()); }
        Core::Status end()
        {
            if (!std::exchange(m_on, false))
                return {};
            return m_database.setCommitsWaitForDisk(true);
        }

    private:
        Db::Database &m_database;
        bool m_on = false;
    };

    // The demo book for the new patients `demo` (numbered 1, 2, ...): hours and lunch breaks,
    // then the visits of the last years and the next weeks, stored in one transaction, then
    // their treatment side.
    static Core::Result<Seeded> addAppointments(App::AppContext &clinic,
                                                const Core::DemoClinic::Options &options,
                                                const QList<Core::Patient> &demo, Console &console)
    {
        const int patients = int(demo.size());
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
        // The treatment side is planned on the book before it is stored: patients who stopped
        // or lapsed lose their later visits, and early ones get the reason they were allowed.
        const auto plan =
            DemoAppointments::planTreatments(clinic, generated.value(), demo, options.seed);
        if (!plan)
            return plan.error();
        const int total = int(plan->appointments.size());
        int reported = 0;
        auto progress = [&](int done) {
            if (total >= kAppointmentProgressFrom && done - reported >= total / 10) {
                reported = done;
                console.progress(QStringLiteral("Storing appointments: %1 of %2")
                                     .arg(number(done), number(total)));
            }
            return true;
        };
        const auto stored = clinic.appointments().bookMany(plan->appointments, progress);
        if (stored && reported != 0 && reported != total)
            console.progress(QStringLiteral("Storing appointments: %1 of %1").arg(number(total)));
        console.endProgress();
        if (!stored)
            return stored.error();
        if (patients >= kProgressFrom)
            console.progress(QStringLiteral("Storing %1 treatments, authorizations and calls")
                                 .arg(number(plan->treatments.size())));
        const auto treatments = DemoAppointments::storeTreatments(clinic, plan.value());
        console.endProgress();
        if (!treatments)
            return treatments.error();
        return Seeded{stored.value(), treatments.value()};
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
