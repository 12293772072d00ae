#pragma once

#include "appointment.h"
#include "clinicsetup.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace ClinicDesk::Cli {

// How appointments and the clinic's set-up look on the command line: aligned lines a person
// reads, JSON a script reads (ISO dates and times, phones as ten digits, status codes), and CSV
// a spreadsheet opens (RFC 4180, with formulas defused).
namespace AppointmentFormat {

// "Lee, Ann at Wed 11/25 10:00–10:15 with Vladimir Fiks in Procedure 1 (Botox treatment)"
QString describe(const Core::ScheduleEntry &entry);

// One line per appointment: time, provider, room, patient, MRN, phone, type, status, notes.
QStringList table(const QList<Core::ScheduleEntry> &entries);
QJsonObject json(const Core::ScheduleEntry &entry);
QJsonArray json(const QList<Core::ScheduleEntry> &entries);
// A header row and one row per appointment, each ending in CRLF.
QString csv(const QList<Core::ScheduleEntry> &entries);
// One CSV cell: quoted when it holds a comma, quote or line break; a leading = + - @ (or tab,
// carriage return) gets a ' in front so that a spreadsheet shows it instead of running it.
QString csvCell(const QString &text);

QStringList table(const QList<Core::Provider> &providers);
QStringList table(const QList<Core::Room> &rooms);
QStringList table(const QList<Core::AppointmentType> &types);
QJsonArray json(const QList<Core::Provider> &providers);
QJsonArray json(const QList<Core::Room> &rooms);
QJsonArray json(const QList<Core::AppointmentType> &types);

} // namespace AppointmentFormat
} // namespace ClinicDesk::Cli
