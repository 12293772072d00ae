#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace ClinicDesk::Core {

// CSV as spreadsheets read it (RFC 4180), made safe to open: a cell that begins with = + - @
// (or a tab or carriage return) gets a ' in front, so a spreadsheet shows it instead of running
// it as a formula.
namespace Csv {

// One cell: neutralised as above, and quoted when it holds a comma, a quote or a line break.
QString field(const QString &text);
// One line: the cells made safe by field(), joined by commas, ending in CRLF.
QString row(const QStringList &cells);
// Writes CSV text to a file whole or not at all, UTF-8 with a byte-order mark so that
// spreadsheet programs read accented names right. The error says which file and why.
Status save(const QString &path, const QString &text);

} // namespace Csv
} // namespace ClinicDesk::Core
