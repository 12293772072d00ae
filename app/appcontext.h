#pragma once

#include "appointmentservice.h"
#include "authorizationservice.h"
#include "clinicsetupservice.h"
#include "clock.h"
#include "database.h"
#include "migrator.h"
#include "outcomeservice.h"
#include "patientservice.h"
#include "reportservice.h"
#include "result.h"
#include "retreatmentservice.h"
#include "schedulesetupservice.h"
#include "treatmentservice.h"
#include "waitlistservice.h"

#include <memory>

namespace ClinicDesk::Db {
class SqlAppointmentRepository;
}

namespace ClinicDesk::App {

// The composition root shared by the desktop app and the command-line tool: opens the database,
// brings its schema up to date, and wires repositories into the core's services.
class AppContext
{
public:
    struct Options {
        QString databasePath;
        Db::Database::OpenMode mode = Db::Database::OpenMode::ExistingOnly;
        bool migrate = true; // false: refuse an out-of-date schema instead of upgrading it
    };

    static Core::Result<std::unique_ptr<AppContext>> open(const Options &options);
    ~AppContext();

    // Names the application for QStandardPaths and QSettings; both executables call it first so
    // they agree on the default database (~/.local/share/ClinicDesk/clinicdesk.sqlite).
    static void setApplicationIdentity();
    // --db, else $CLINICDESK_DB, else clinicdesk.sqlite in the user's application data folder.
    static QString resolveDatabasePath(const QString &fromCommandLine);
    // $CLINICDESK_TODAY (yyyy-MM-dd) fixes "today" for demos and tests; else the system clock.
    static std::unique_ptr<Core::Clock> makeClock();
    // The signed-in user's name for the audit trail (the OS account until issue of users lands).
    static QString currentUser();

    Db::Database &database() { return *m_database; }
    const Db::Migrator::Outcome &migration() const { return m_migration; }
    const Core::Clock &clock() const { return *m_clock; }
    Core::PatientService &patients() { return *m_patients; }
    Core::ClinicSetupService &setup() { return *m_setup; }
    Core::AppointmentService &appointments() { return *m_appointments; }
    Core::ScheduleSetupService &scheduleSetup() { return *m_scheduleSetup; }
    // The repositories themselves are for their own tests; clinic data changes through services.
    Core::AuthorizationRepository &authorizationRepository() { return *m_authorizationRepository; }
    Core::AuthorizationService &authorizations() { return *m_authorizations; }
    Core::TreatmentService &treatments() { return *m_treatments; }
    Core::TreatmentRepository &treatmentRepository() { return *m_treatmentRepository; }
    Core::RetreatmentService &retreatment() { return *m_retreatment; }
    // The retreatment service on another clock, sharing this context's repositories: the board
    // as of another day (`due --as-of`), or calls and stops dated in the past (the demo clinic).
    std::unique_ptr<Core::RetreatmentService> retreatmentOn(const Core::Clock &clock,
                                                            const QString &user = currentUser());
    Core::OutcomeService &outcomes() { return *m_outcomes; }
    Core::WaitlistService &waitlist() { return *m_waitlist; }
    Core::ReportService &reports() { return *m_reports; }

private:
    AppContext() = default;

    std::unique_ptr<Core::Clock> m_clock;
    std::unique_ptr<Db::Database> m_database;
    Db::Migrator::Outcome m_migration;
    std::unique_ptr<Core::PatientRepository> m_patientRepository;
    std::unique_ptr<Core::ClinicSetupRepository> m_setupRepository;
    std::unique_ptr<Core::PatientService> m_patients;
    std::unique_ptr<Core::ClinicSetupService> m_setup;
    std::unique_ptr<Db::SqlAppointmentRepository> m_appointmentRepository;
    std::unique_ptr<Core::AppointmentService> m_appointments;
    std::unique_ptr<Core::ScheduleSetupService> m_scheduleSetup;
    std::unique_ptr<Core::AuthorizationRepository> m_authorizationRepository;
    std::unique_ptr<Core::AuthorizationService> m_authorizations;
    std::unique_ptr<Core::TreatmentRepository> m_treatmentRepository;
    std::unique_ptr<Core::TreatmentService> m_treatments;
    std::unique_ptr<Core::RetreatmentService> m_retreatment;
    std::unique_ptr<Core::DiaryRepository> m_diaryRepository;
    std::unique_ptr<Core::OutcomeService> m_outcomes;
    std::unique_ptr<Core::WaitlistRepository> m_waitlistRepository;
    std::unique_ptr<Core::WaitlistService> m_waitlist;
    std::unique_ptr<Core::ReportRepository> m_reportRepository;
    std::unique_ptr<Core::ReportService> m_reports;
};

} // namespace ClinicDesk::App
