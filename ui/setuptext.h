#pragma once

#include "appointment.h"

#include <QColor>
#include <QHash>
#include <QString>
#include <QVariant>

namespace ClinicDesk::Ui {

// How the settings write the clinic's set-up, shared by its tables and forms.
namespace SetupText {

// "Active" / "Inactive": the word that goes with the greyed row.
QString activeWord(bool active);
// The grey of an inactive row's text, or nothing for an active one (ForegroundRole).
QVariant inactiveForeground(bool active);
// The colour a stored "#3b6ea5" stands for, as a decoration swatch; nothing when it is not one.
QVariant swatch(const QString &stored);
// "Dec 24, 2026"
QString date(QDate day);
// Display names by id ("Vladimir Fiks, MD", "Procedure 1"), for saying who a block is for.
struct Names {
    QHash<qint64, QString> providers;
    QHash<qint64, QString> rooms;
};
// "Whole clinic", "Vladimir Fiks, MD" or "Room: Procedure 1".
QString blockWho(const Core::BlockedTime &block, const Names &names);
// "Thu Dec 24, 2026", "Dec 24, 2026 – Jan 1, 2027",
// "Every Wednesday from Nov 25, 2026 until Mar 31, 2027" or "Every Wednesday from …, no end".
QString blockWhen(const Core::BlockedTime &block);
// "12:00–13:00", or "All day".
QString blockTime(const Core::BlockedTime &block);

} // namespace SetupText
} // namespace ClinicDesk::Ui
