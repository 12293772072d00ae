#include "retreatmentmark.h"

#include "theme.h"

namespace ClinicDesk::Ui::RetreatmentMark {

using State = Core::RetreatmentStatus::State;

QString shape(State state)
{
    switch (state) {
    case State::Overdue:
        return QStringLiteral("\u25B2"); // ▲
    case State::BookedTooEarly:
        return QStringLiteral("\u2717"); // ✗
    case State::DueNow:
        return QStringLiteral("\u25CF"); // ●
    case State::WindowOpensSoon:
        return QStringLiteral("\u25D0"); // ◐
    case State::NotDueYet:
    case State::NoTreatmentYet:
        return QStringLiteral("\u25CB"); // ○
    case State::Booked:
        return QStringLiteral("\u2713"); // ✓
    case State::Discontinued:
        return QStringLiteral("\u2014"); // —
    }
    return {};
}

QString text(const Core::RetreatmentStatus &status)
{
    return shape(status.state) + u' ' + status.label();
}

QColor tint(State state)
{
    switch (state) {
    case State::Overdue:
    case State::BookedTooEarly:
        return Theme::errorBackground;
    case State::DueNow:
        return Theme::warningBackground;
    case State::WindowOpensSoon:
        return QColor(0xe8, 0xf1, 0xf9);
    case State::Booked:
        return Theme::okBackground;
    case State::Discontinued:
        return QColor(0xec, 0xef, 0xf2);
    case State::NotDueYet:
    case State::NoTreatmentYet:
        return {};
    }
    return {};
}

} // namespace ClinicDesk::Ui::RetreatmentMark
