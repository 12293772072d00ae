#pragma once

#include "result.h"
#include "treatment.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

namespace ClinicDesk::Cli {

// How treatment records look on the command line (aligned lines a person reads, JSON a script
// reads), and the days the treatment commands read.
namespace TreatmentFormat {

// A day as the desk types it: 2026-11-25, 11/25/2026, 11/25/26, or "today". A two-digit year is
// the latest such year up to `twoDigitYearsUpTo` (default: today), so that a lot's expiry can
// read 12/31/27 as 2027. The error says what to type instead; the caller names the option.
Core::Result<QDate> date(const QString &text, QDate today, QDate twoDigitYearsUpTo = {});

// A header line, then one line per cycle: cycle, date, days since the one before, units given
// and discarded (JW/JZ), vials, lot and expiry, provider, and where it came from.
// `providers`: display names by id.
QStringList table(const QList<Core::TreatmentCycle> &cycles,
                  const QHash<qint64, QString> &providers);
QJsonArray json(const QList<Core::TreatmentCycle> &cycles, const QHash<qint64, QString> &providers);

} // namespace TreatmentFormat
} // namespace ClinicDesk::Cli
