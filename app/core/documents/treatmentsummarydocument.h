#pragma once

#include "printeddocument.h"
#include "treatmentsummary.h"

namespace ClinicDesk::Documents {

// A patient's printed Botox summary: name, date of birth, record number and payer under the
// title; where they stand in the retreatment window; a table of every cycle (date, days since the
// one before, provider, units given and discarded with the JW/JZ modifier, sites, vials, lot and
// expiry, adverse events); and the headache diary with its chart and the response.
namespace TreatmentSummaryDocument {

// `chart` draws the outcomes chart into a rectangle (the desktop app passes the same chart it
// shows on screen); without it the diary is printed as a table only.
PrintedDocument document(const Core::TreatmentSummary &summary,
                         std::function<void(QPainter &, const QRectF &)> chart = {});

} // namespace TreatmentSummaryDocument
} // namespace ClinicDesk::Documents
