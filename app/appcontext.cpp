#include "appcontext.h"

#include "sqlappointmentrepository.h"
#include "sqlauthorizationrepository.h"
#include "sqltreatmentrepository.h"
#include "sqlclinicsetuprepository.h"
#include "sqldiaryrepository.h"
#include "sqlpatientrepository.h"
#include "sqlreportrepository.h"
#include "sqlwaitlistrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ClinicDesk::App {

using namespace ClinicDesk::Core;

void AppContext::setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("ClinicDesk"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("clinicdesk.org"));
}

QString AppContext::resolveDatabasePath(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    const QString fromEnvironment = qEnvironmentVariable("CLINICDESK_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dataDir).filePath(QStringLiteral("clinicdesk.sqlite"));
}

std::unique_ptr<Clock> AppContext::makeClock()
{
    const QDate fixed = QDate::fromString(qEnvironmentVariable("CLINICDESK_TODAY"), Qt::ISODate);
    if (fixed.isValid())
        return std::make_unique<FixedClock>(fixed);
    return std::make_unique<SystemClock>();
}

QString AppContext::currentUser()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    // A service or a container may set none of them; the home folder is named after the user.
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("unknown") : home;
}

Result<std::unique_ptr<AppContext>> AppContext::open(const Options &options)
{
    std::unique_ptr<AppContext> context(new AppContext);
    context->m_clock = makeClock();
    if (!options.migrate && QFileInfo::exists(options.databasePath)) {
        // Refuse an out-of-date file before opening it for writing: even switching it to WAL
        // would change its header.
        auto stored = Db::Database::storedSchemaVersion(options.databasePath);
        if (stored && stored.value() > 0 && stored.value() < Db::Migrator::latestVersion())
            return Error::storage(QStringLiteral("%1 needs an upgrade to this ClinicDesk's "
                                                 "database version; run \u2018clinicdesk-cli "
                                                 "--db %1 init\u2019. The file was not changed.")
                                      .arg(QDir::toNativeSeparators(options.databasePath)));
    }
    auto database = Db::Database::open(options.databasePath, options.mode);
    if (!database)
        return database.error();
    context->m_database = std::move(database.value());

    Db::Migrator migrator(*context->m_database);
    const int version = context->m_database->schemaVersion();
    if (version < Db::Migrator::latestVersion()) {
        if (!options.migrate && version > 0)
            return Error::storage(QStringLiteral("%1 needs an upgrade to this ClinicDesk's "
                                                 "database version; run \u2018clinicdesk-cli "
                                                 "--db %1 init\u2019.")
                                      .arg(QDir::toNativeSeparators(options.databasePath)));
        auto migrated = migrator.migrate();
        if (!migrated)
            return migrated.error();
        context->m_migration = migrated.value();
    } else {
        context->m_migration = {version, version, {}};
    }

    const QString user = currentUser();
    context->m_patientRepository =
        std::make_unique<Db::SqlPatientRepository>(*context->m_database);
    context->m_setupRepository =
        std::make_unique<Db::SqlClinicSetupRepository>(*context->m_database);
    context->m_patients = std::make_unique<PatientService>(*context->m_patientRepository,
                                                           *context->m_clock, user);
    context->m_setup = std::make_unique<ClinicSetupService>(*context->m_setupRepository,
                                                            *context->m_clock, user);
    context->m_appointmentRepository =
        std::make_unique<Db::SqlAppointmentRepository>(*context->m_database);
    context->m_appointments = std::make_unique<AppointmentService>(
        *context->m_appointmentRepository, *context->m_setupRepository,
        *context->m_patientRepository, *context->m_clock, user);
    context->m_scheduleSetup = std::make_unique<ScheduleSetupService>(
        *context->m_appointmentRepository, *context->m_clock, user);
    context->m_authorizationRepository =
        std::make_unique<Db::SqlAuthorizationRepository>(*context->m_database);
    context->m_authorizations = std::make_unique<AuthorizationService>(
        *context->m_authorizationRepository, *context->m_patientRepository,
        *context->m_setupRepository, *context->m_clock, user);
    context->m_treatmentRepository =
        std::make_unique<Db::SqlTreatmentRepository>(*context->m_database);
    context->m_treatments = std::make_unique<TreatmentService>(
        *context->m_treatmentRepository, *context->m_appointmentRepository,
        *context->m_setupRepository, *context->m_patientRepository, *context->m_clock, user);
    context->m_retreatment = std::make_unique<RetreatmentService>(
        *context->m_treatmentRepository, *context->m_authorizationRepository,
        *context->m_setupRepository, *context->m_patientRepository, *context->m_appointments,
        *context->m_clock, user);
    context->m_diaryRepository = std::make_unique<Db::SqlDiaryRepository>(*context->m_database);
    context->m_outcomes = std::make_unique<OutcomeService>(
        *context->m_diaryRepository, *context->m_treatmentRepository, *context->m_setupRepository,
        *context->m_clock, user);
    context->m_waitlistRepository =
        std::make_unique<Db::SqlWaitlistRepository>(*context->m_database);
    context->m_waitlist = std::make_unique<WaitlistService>(
        *context->m_waitlistRepository, *context->m_retreatment, *context->m_patientRepository,
        *context->m_setupRepository, *context->m_clock, user);
    context->m_reportRepository = std::make_unique<Db::SqlReportRepository>(*context->m_database);
    context->m_reports = std::make_unique<ReportService>(
        *context->m_reportRepository, *context->m_retreatment, *context->m_authorizations,
        *context->m_clock);
    if (context->m_migration.fromVersion != context->m_migration.toVersion) {
        if (Status s = context->m_setup->installDefaults(); !s)
            return s.error();
        if (Status s = context->m_scheduleSetup->installDefaults(); !s)
            return s.error();
    }
    return context;
}

std::unique_ptr<RetreatmentService> AppContext::retreatmentOn(const Clock &clock,
                                                              const QString &user)
{
    return std::make_unique<RetreatmentService>(*m_treatmentRepository, *m_authorizationRepository,
                                                *m_setupRepository, *m_patientRepository,
                                                *m_appointments, clock, user);
}

AppContext::~AppContext()
{
    // Services and repositories go before the connection they use.
    m_reports.reset();
    m_reportRepository.reset();
    m_waitlist.reset();
    m_waitlistRepository.reset();
    m_outcomes.reset();
    m_diaryRepository.reset();
    m_retreatment.reset();
    m_treatments.reset();
    m_treatmentRepository.reset();
    m_authorizations.reset();
    m_authorizationRepository.reset();
    m_scheduleSetup.reset();
    m_appointments.reset();
    m_appointmentRepository.reset();
    m_setup.reset();
    m_patients.reset();
    m_setupRepository.reset();
    m_patientRepository.reset();
    m_database.reset();
}

} // namespace ClinicDesk::App
