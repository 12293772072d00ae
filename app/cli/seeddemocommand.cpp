#include "command.h"
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
// Below this many patients the whole run takes a blink; no progress lines.
constexpr int kProgressFrom = 10'000;

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
                "Creates the database if needed and adds a demo clinic: providers, treatment "
                "rooms, the default appointment types and N patients registered over the last Y "
                "years. The same seed gives the same clinic. Refuses a database that already "
                "holds patients. The patients are stored in one transaction: all or none. "
                "Prints the number of patients added alone on stdout."),
            {
                {kPatients, QStringLiteral("N"),
                 QStringLiteral("How many patients, 1 to 1,000,000 (default 2,000).")},
                {kYears, QStringLiteral("Y"),
                 QStringLiteral("Years over which they were registered, 1 to 50 (default 3).")},
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

        console.message(QStringLiteral("Added %1 providers, %2 rooms and %3 patients (seed %4, "
                                       "registered over %5 years) to %6 in %7 s.")
                            .arg(QString::number(providers.value()), QString::number(rooms.value()),
                                 number(added.value()), QString::number(options.seed),
                                 QString::number(options.years), shown,
                                 QString::number(double(timer.elapsed()) / 1000.0, 'f', 1)));
        console.print(QString::number(added.value()));
        newFile.keep();
        return ExitCode::Done;
    }

private:
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
