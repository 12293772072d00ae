#include "phonenumber.h"

namespace ClinicDesk::Core::PhoneNumber {

QString digitsOf(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (QChar c : text)
        if (c >= u'0' && c <= u'9')
            digits += c;
    return digits;
}

std::optional<QString> normalize(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty())
        return QString();
    for (QChar c : trimmed) {
        const bool allowed = c.isDigit() || c == u' ' || c == u'-' || c == u'.' || c == u'('
                             || c == u')' || c == u'+' || c == u'/';
        if (!allowed)
            return std::nullopt;
    }
    QString digits = digitsOf(trimmed);
    if (digits.size() == 11 && digits.startsWith(u'1'))
        digits.remove(0, 1);
    if (digits.size() != 10)
        return std::nullopt;
    // Area codes and exchanges never start with 0 or 1 in the North American plan.
    if (digits[0] < u'2' || digits[3] < u'2')
        return std::nullopt;
    return digits;
}

QString format(const QString &digits)
{
    if (digits.size() != 10)
        return digits;
    return QStringLiteral("(%1) %2-%3").arg(digits.left(3), digits.mid(3, 3), digits.mid(6));
}

} // namespace ClinicDesk::Core::PhoneNumber
