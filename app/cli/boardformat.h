#pragma once

#include "retreatmentboard.h"

#include <QJsonArray>
#include <QStringList>

namespace ClinicDesk::Cli {

// How the retreatment board looks on the command line: an aligned table a person reads, JSON a
// script reads (ISO dates, phones as digits, status codes), CSV a spreadsheet opens.
namespace BoardFormat {

// A row of the board and, for a treatment booked too early, why it was allowed.
struct Line {
    Core::BoardRow row;
    QString overrideReason;
};

// "overdue", "due_now", "window_opens_soon", "booked_too_early", ...
QString stateCode(Core::RetreatmentStatus::State state);

// A header line, then one line per patient: patient, MRN, phone, payer, last treatment, cycles,
// earliest, due, overdue after, status, next booked, authorization, last contact, and the
// reason a treatment booked too early was allowed.
QStringList table(const QList<Line> &lines);
QJsonArray json(const QList<Line> &lines);
// A header row and one row per patient, each ending in CRLF; formula cells neutralised.
QString csv(const QList<Line> &lines);
// "14 patients: 3 overdue, 1 booked too early, 4 due now, 6 booked"
QString summary(const QList<Line> &lines);

} // namespace BoardFormat
} // namespace ClinicDesk::Cli
