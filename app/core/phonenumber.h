#pragma once

#include <QString>

#include <optional>

namespace ClinicDesk::Core {

// North American phone numbers, as the clinic writes them: stored as ten digits, shown as
// (503) 405-8718. Accepts what people type: dots, dashes, spaces, brackets, a leading +1 or 1.
namespace PhoneNumber {

// Ten digits, or nothing when the text is not a plausible phone number. Empty text gives "".
std::optional<QString> normalize(const QString &typed);
// "(503) 405-8718" for ten digits; anything else comes back as it is.
QString format(const QString &digits);
// The digits of a partly typed number, for searching ("503-40" -> "50340").
QString digitsOf(const QString &text);

} // namespace PhoneNumber
} // namespace ClinicDesk::Core
