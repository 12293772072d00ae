#pragma once

#include "retreatmentpolicy.h"

#include <QColor>
#include <QString>

namespace ClinicDesk::Ui {

// How a retreatment status looks wherever it is shown (the board, badges): a shape and the
// words, so colour never carries it alone, and a calm tint behind dark text (WCAG AA: every tint
// here keeps Theme::text above 12:1).
namespace RetreatmentMark {

// "▲" overdue, "✗" booked too early, "●" due now, "◐" window opens soon, "○" not due yet or no
// treatment, "✓" booked, "—" discontinued.
QString shape(Core::RetreatmentStatus::State state);
// "▲ Overdue by 12 days", "✓ Booked Feb 17", "— Discontinued: moved away"
QString text(const Core::RetreatmentStatus &status);
// The tint behind a row or badge; invalid (no tint) for "not due yet" and "no treatment yet".
QColor tint(Core::RetreatmentStatus::State state);

} // namespace RetreatmentMark
} // namespace ClinicDesk::Ui
