#pragma once

#include "result.h"

#include <QDate>
#include <QString>

namespace ClinicDesk::Core {

// Dates as a US clinic types and reads them: 3/14/1975, 03/14/75, 3-14-1975 and ISO 1975-03-14.
namespace ClinicDate {

// Any of the forms above; an invalid QDate when the text is none of them or not a real day.
// Two-digit years are read as the most recent such year not after `today` (birth dates).
QDate parse(const QString &text, QDate today);
// True when the text looks like a date someone is typing (used to pick a search mode).
bool looksLikeDate(const QString &text);
// A date of birth with the clinic's rules: required, a real day, not in the future, not more
// than 120 years ago. The error names the field "dateOfBirth".
Result<QDate> parseDateOfBirth(const QString &text, QDate today);
Status checkDateOfBirth(QDate dob, QDate today);
// 03/14/1975
QString format(QDate date);
// "Mar 14, 1975"
QString formatLong(QDate date);

} // namespace ClinicDate
} // namespace ClinicDesk::Core
