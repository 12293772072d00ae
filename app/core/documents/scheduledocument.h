#pragma once

#include "dailyschedule.h"
#include "printeddocument.h"
#include "result.h"

class QPagedPaintDevice;

namespace ClinicDesk::Documents {

// Paper as the office prints it: US Letter or A4, either way round.
struct PaperOptions {
    enum class Size { Letter, A4 };
    Size size = Size::Letter;
    bool landscape = false;
};

// Writes `document` as a PDF on the chosen paper (12 mm margins), atomically: a failed write
// leaves any earlier file as it was. Returns the number of pages.
Core::Result<int> writePdf(const PrintedDocument &document, const QString &path,
                           const PaperOptions &paper);

// "Printed Nov 25, 2026 at 3:04 PM by jdoe"
QString printedLine(const QDateTime &when, const QString &user);

// The daily schedule as a printed page: one section per provider with their hours and count,
// rows in time order (time and length, patient with date of birth and record number, phone,
// visit type and room, status, the Botox facts, notes); blocked time muted, visits that need
// attention (too early, no authorization, drug not here) with a red bar and the words.
namespace ScheduleDocument {

PrintedDocument document(const Core::DailySchedule &schedule);

} // namespace ScheduleDocument
} // namespace ClinicDesk::Documents
