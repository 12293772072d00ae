#pragma once

#include "retreatmentpolicy.h"

class QLabel;

namespace ClinicDesk::Ui {

// A patient's retreatment status as a pill: the shape and the words of RetreatmentMark on its
// calm tint ("▲ Overdue by 12 days", "✓ Booked Feb 17"), dark text on every tint (WCAG AA). The
// same look in the patient record, the patient details and the visit details.
namespace RetreatmentBadge {

void apply(QLabel *label, const Core::RetreatmentStatus &status);

} // namespace RetreatmentBadge
} // namespace ClinicDesk::Ui
