#pragma once

#include "appointment.h"
#include "retreatmentpolicy.h"

#include <QColor>
#include <QIcon>
#include <QRect>
#include <QString>

class QPainter;

namespace ClinicDesk::Ui {

// How the appointment book draws its pieces. Colours are quiet and always come with a word or a
// mark: a visit's type is named on its block, its status has a mark in a white pill and its word
// when there is room, blocked time says why, a day off says so.
namespace GridPainter {

inline const QColor kGridLine{0xe4, 0xe8, 0xec};
inline const QColor kHourLine{0xc9, 0xd2, 0xdb};
inline const QColor kOutOfHours{0xe9, 0xec, 0xf0};
inline const QColor kBlocked{0xe1, 0xe5, 0xea};
inline const QColor kBlockedHatch{0xc3, 0xcc, 0xd5};
inline const QColor kInactiveFill{0xf3, 0xf4, 0xf6};
inline const QColor kNow{0xc6, 0x28, 0x28}; // 5.6:1 with white text
inline const QColor kSelectedSlot{0xd6, 0xe6, 0xf3};

struct BlockLook {
    QColor typeColour;
    QColor providerColour;
    QString detail; // the room (provider columns) or the provider (room and week columns)
    bool selected = false;
    bool ghost = false; // where a dragged block would land
    bool cut = false; // cut with Ctrl+X, waiting to be pasted
    // Botox visits: the cycle and where the visit falls in the retreatment window.
    Core::RetreatmentPolicy::Mark retreatment = Core::RetreatmentPolicy::Mark::None;
};

inline const QColor kInWindow{0x1d, 0x5e, 0x3a};  // white text 7.4:1
inline const QColor kTooEarly{0xa3, 0x20, 0x17};  // white text 6.9:1
inline const QColor kAwaitingDrug{0x7a, 0x4a, 0x00};

// The Botox marks of a block, in words as well as colour: "C5 ✓", "C5 ✗ early", "Drug ✗".
QStringList retreatmentBadges(const Core::ScheduleEntry &entry,
                              Core::RetreatmentPolicy::Mark mark);

void paintBlock(QPainter &painter, const QRect &rect, const Core::ScheduleEntry &entry,
                const BlockLook &look);
// Blocked time (lunch, leave): hatched, with the reason written in it.
void paintBlocked(QPainter &painter, const QRect &rect, const QString &reason);
// Time outside the working hours; a label ("Not working") when the whole day is off.
void paintOutOfHours(QPainter &painter, const QRect &rect, const QString &label = {});
// A coloured dot with a dark rim, so that pale colours still show on white.
void paintDot(QPainter &painter, const QPoint &centre, int radius, const QColor &colour);
// The same dot as an icon for combo boxes and lists.
QIcon dotIcon(const QColor &colour, int size = 12);

} // namespace GridPainter
} // namespace ClinicDesk::Ui
