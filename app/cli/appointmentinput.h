#pragma once

#include "clinicsetup.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace ClinicDesk::Cli {

// What the appointment commands read from the command line: days, start times, appointment
// numbers, and providers, rooms and types by (part of) their name. Each failure is a
// Core::Error::invalid whose message says what to type instead; the caller names the option.
namespace AppointmentInput {

// 2026-11-25, or "today".
Core::Result<QDate> day(const QString &text, QDate today);
// 2026-11-25T10:15 or "2026-11-25 10:15", on the clinic's wall clock.
Core::Result<QDateTime> start(const QString &text);
// A positive whole number.
Core::Result<qint64> appointmentId(const QString &text);

// The provider, room or type `typed` stands for: the one whose name (or "Name, MD") equals it,
// ignoring case, accents and punctuation; else the only one whose name contains it. Unknown or
// ambiguous text is refused with the choices listed.
Core::Result<Core::Provider> provider(const QString &typed, const QList<Core::Provider> &all);
Core::Result<Core::Room> room(const QString &typed, const QList<Core::Room> &all);
Core::Result<Core::AppointmentType> type(const QString &typed,
                                         const QList<Core::AppointmentType> &all);

} // namespace AppointmentInput
} // namespace ClinicDesk::Cli
