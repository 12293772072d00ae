#pragma once

#include "appcontext.h"
#include "clock.h"

#include <QTemporaryDir>

#include <memory>

namespace ClinicDesk::Test {

// The fixed "today" every test sees (also $CLINICDESK_TODAY for the command-line tests).
inline QDate fixedToday()
{
    return QDate(2026, 11, 25);
}

// Makes a test deterministic: C/English locale, Fusion style (for widget tests), fixed today.
void fixEnvironment();

// A real ClinicDesk database in a temporary folder, migrated by the real migrator and wired to
// the real services, with the clock fixed at fixedToday() 09:00.
class TempClinic
{
public:
    TempClinic();
    ~TempClinic();

    bool isValid() const { return m_context != nullptr; }
    QString errorMessage() const { return m_error; }
    QString path() const;
    QString dir() const { return m_dir.path(); }
    App::AppContext &context() { return *m_context; }
    Core::PatientService &patients() { return m_context->patients(); }
    Core::ClinicSetupService &setup() { return m_context->setup(); }
    Db::Database &database() { return m_context->database(); }

    // A valid patient draft with the given names (born 1975-03-14 unless said otherwise).
    static Core::Patient draft(const QString &first, const QString &last,
                               QDate dob = QDate(1975, 3, 14), const QString &mobile = {});
    // Creates the patient through the service and returns it (QFAIL-friendly: check id > 0).
    Core::Patient add(const QString &first, const QString &last, QDate dob = QDate(1975, 3, 14),
                      const QString &mobile = {});

private:
    QTemporaryDir m_dir;
    std::unique_ptr<App::AppContext> m_context;
    QString m_error;
};

} // namespace ClinicDesk::Test
