#pragma once

#include <QColor>
#include <QString>

class QApplication;
class QLabel;

namespace ClinicDesk::Ui {

// The desk's calm palette. Every text colour here passes WCAG AA (4.5:1) on the background it is
// used on, and none carries meaning alone: each is paired with a word or a sign.
namespace Theme {

inline const QColor window{0xf3, 0xf5, 0xf7};
inline const QColor base{0xff, 0xff, 0xff};
inline const QColor alternateBase{0xf6, 0xf8, 0xfa};
inline const QColor text{0x1f, 0x29, 0x33};
inline const QColor mutedText{0x52, 0x5f, 0x6d}; // 6.5:1 on white
// Lighter than typed text so that a hint never passes for a value.
inline const QColor placeholderText{0x6b, 0x77, 0x84}; // 4.6:1 on white
inline const QColor inactiveText{0x5f, 0x6b, 0x78}; // 5.4:1 on white; rows also say "Inactive"
inline const QColor accent{0x2b, 0x67, 0x94}; // 6.0:1 with white text
inline const QColor accentSoft{0xd6, 0xe6, 0xf3};
inline const QColor border{0xc9, 0xd2, 0xdb};
inline const QColor errorText{0xa3, 0x20, 0x17}; // 7.6:1 on white, 6.6:1 on its background
inline const QColor errorBackground{0xfd, 0xec, 0xea};
inline const QColor warningText{0x7a, 0x4a, 0x00}; // 6.8:1 on the warning background
inline const QColor warningBackground{0xfd, 0xf3, 0xdc};
inline const QColor okText{0x1d, 0x5e, 0x3a}; // 6.7:1 on the ok background
inline const QColor okBackground{0xe3, 0xf3, 0xe8};

// Fusion with the palette above; the app calls this once, tests may too.
void apply(QApplication &app);

// Small styling helpers so that widgets look the same wherever they appear.
void styleAsError(QLabel *label);
void styleAsHint(QLabel *label);
// A rounded pill with a word: kind is "ok", "muted", "warning" or "error".
void styleAsBadge(QLabel *label, const QString &kind);
// A framed message panel; the selector keeps the frame's border off its child labels.
QString bannerStyleSheet(const QString &objectName, const QString &kind);

} // namespace Theme
} // namespace ClinicDesk::Ui
