#pragma once

#include "dailyschedule.h"
#include "printeddocument.h"

namespace ClinicDesk::Documents {

// The daily schedule as a printed page: one section per provider with their hours and count,
// rows in time order (time and length, patient with date of birth and record number, phone,
// visit type and room, status, the Botox facts, notes); blocked time muted, visits that need
// attention (too early, no authorization, drug not here) with a red bar and the words.
namespace ScheduleDocument {

PrintedDocument document(const Core::DailySchedule &schedule);

} // namespace ScheduleDocument
} // namespace ClinicDesk::Documents
