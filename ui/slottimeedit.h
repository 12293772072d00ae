#pragma once

#include "timeslot.h"

#include <QTimeEdit>
#include <algorithm>

namespace ClinicDesk::Ui {

// A time field whose arrows and wheel step by the clinic's slot size (15 minutes by default) and
// land on the grid, while any minute can still be typed.
class SlotTimeEdit : public QTimeEdit
{
public:
    explicit SlotTimeEdit(int slotMinutes, QWidget *parent = nullptr)
        : QTimeEdit(parent)
        , m_slot(std::max(1, slotMinutes))
    {
        setDisplayFormat(QStringLiteral("H:mm"));
    }

    void setSlotMinutes(int minutes) { m_slot = std::max(1, minutes); }
    int slotMinutes() const { return m_slot; }

    void stepBy(int steps) override
    {
        const int minute = Core::WallClock::minuteOf(time());
        int onGrid =
            steps > 0 ? (minute / m_slot) * m_slot : ((minute + m_slot - 1) / m_slot) * m_slot;
        onGrid = std::clamp(onGrid + steps * m_slot, 0, 24 * 60 - m_slot);
        setTime(Core::WallClock::timeOf(onGrid));
    }

protected:
    StepEnabled stepEnabled() const override { return StepUpEnabled | StepDownEnabled; }

private:
    int m_slot;
};

} // namespace ClinicDesk::Ui
