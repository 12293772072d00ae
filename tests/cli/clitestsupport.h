#pragma once

// Runs the real clinicdesk-cli as a process, the way a script or a scheduled job does.

#include "appcontext.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

namespace ClinicDesk::Test {

struct CliRun {
    int exitCode = -1; // -1: did not finish in time, -2: crashed
    QString out;
    QString err;

    // For QVERIFY2: what the run printed.
    QByteArray describe() const
    {
        return QStringLiteral("exit %1\n--- stdout:\n%2--- stderr:\n%3")
            .arg(QString::number(exitCode), out, err)
            .toUtf8();
    }
    QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
};

// The environment every run gets: fixed "today", UTF-8, and no $CLINICDESK_DB from outside.
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CLINICDESK_DB"));
    environment.insert(QStringLiteral("CLINICDESK_TODAY"), QStringLiteral("2026-11-25"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

// `fileSizeLimit` (bytes, 0 for none) stops every file the run writes at that size, as a full
// disk would.
inline CliRun runCli(const QStringList &arguments,
                     const QProcessEnvironment &environment = cliEnvironment(),
                     qint64 fileSizeLimit = 0)
{
    QProcess process;
    process.setProgram(QStringLiteral(CLINICDESK_CLI));
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
#ifdef Q_OS_UNIX
    if (fileSizeLimit > 0)
        process.setChildProcessModifier([fileSizeLimit] {
            const rlimit limit{rlim_t(fileSizeLimit), rlim_t(fileSizeLimit)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
            ::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails instead of killing
        });
#else
    Q_UNUSED(fileSizeLimit)
#endif
    process.start();
    CliRun run;
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
    } else {
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// `clinicdesk-cli --db PATH ARGS...`
inline CliRun runOn(const QString &database, const QStringList &arguments,
                    qint64 fileSizeLimit = 0)
{
    return runCli(QStringList{QStringLiteral("--db"), database} + arguments, cliEnvironment(),
                  fileSizeLimit);
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The patients in a database, counted through the app's own services, not through the tool
// under test; -1 when the database does not open.
inline int patientCount(const QString &path)
{
    App::AppContext::Options options;
    options.databasePath = path;
    auto opened = App::AppContext::open(options);
    if (!opened)
        return -1;
    const auto count = opened.value()->patients().count();
    return count ? count.value() : -1;
}

// Providers and rooms added through the app's own services (the tool has no command for them):
// the set-up a booking test works in. False when the database does not open or refuses them.
inline bool addProvidersAndRooms(const QString &path, const QList<Core::Provider> &providers,
                                 const QList<Core::Room> &rooms)
{
    App::AppContext::Options options;
    options.databasePath = path;
    auto opened = App::AppContext::open(options);
    if (!opened)
        return false;
    for (const Core::Provider &provider : providers)
        if (!opened.value()->setup().addProvider(provider))
            return false;
    for (const Core::Room &room : rooms)
        if (!opened.value()->setup().addRoom(room))
            return false;
    return true;
}

// Every appointment from..to, cancelled ones too, read through the app's own services rather
// than the tool under test; nothing when the database does not open.
inline std::optional<QList<Core::ScheduleEntry>> storedAppointments(const QString &path, QDate from,
                                                                    QDate to)
{
    App::AppContext::Options options;
    options.databasePath = path;
    auto opened = App::AppContext::open(options);
    if (!opened)
        return std::nullopt;
    Core::ScheduleFilter filter;
    filter.includeCancelled = true;
    auto found = opened.value()->appointments().between(from, to, filter);
    if (!found)
        return std::nullopt;
    return found.value();
}

// Files SQLite or the tool could have left beside a database.
inline QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace ClinicDesk::Test
