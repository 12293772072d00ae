#pragma once

#include <QString>

namespace ClinicDesk::Core {

// Names as the search compares them: case and accents folded away and punctuation dropped, so
// that "obrien" finds O'Brien, "nunez" finds Núñez and "zoe" finds Zoë.
namespace SearchKey {

// "Núñez-O'Brien" -> "nunezobrien"; letters and digits only.
QString fold(const QString &name);

} // namespace SearchKey
} // namespace ClinicDesk::Core
