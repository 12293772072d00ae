#include "clinicdate.h"

#include <QLocale>
#include <QRegularExpression>

namespace ClinicDesk::Core::ClinicDate {

namespace {
const QString kDobField = QStringLiteral("dateOfBirth");
constexpr int kMaxAgeYears = 120;
} // namespace

QDate parse(const QString &text, QDate today)
{
    const QString t = text.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression us(
        QStringLiteral("^(\\d{1,2})[/\\-.](\\d{1,2})[/\\-.](\\d{2}|\\d{4})$"));
    if (auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (auto m = us.match(t); m.hasMatch()) {
        int year = m.captured(3).toInt();
        const int month = m.captured(1).toInt(), day = m.captured(2).toInt();
        if (m.captured(3).size() == 2) {
            // The most recent such date not after today: 12/31/26 on 11/25/2026 is 1926.
            const QDate ref = today.isValid() ? today : QDate::currentDate();
            year += (ref.year() / 100) * 100;
            const QDate candidate(year, month, day);
            if (year > ref.year() || (candidate.isValid() && candidate > ref))
                year -= 100;
        }
        return QDate(year, month, day);
    }
    return {};
}

bool looksLikeDate(const QString &text)
{
    static const QRegularExpression partial(
        QStringLiteral("^\\d{1,2}[/\\-.]\\d{1,2}([/\\-.]\\d{0,4})?$|^\\d{4}-\\d{1,2}(-\\d{0,2})?$"));
    return partial.match(text.trimmed()).hasMatch();
}

Status checkDateOfBirth(QDate dob, QDate today)
{
    if (!dob.isValid())
        return Error::invalid(QStringLiteral("Date of birth is required."), kDobField);
    if (dob > today)
        return Error::invalid(QStringLiteral("Date of birth %1 is in the future.").arg(format(dob)),
                              kDobField);
    if (dob < today.addYears(-kMaxAgeYears))
        return Error::invalid(
            QStringLiteral("Date of birth %1 is more than %2 years ago; check the year.")
                .arg(format(dob))
                .arg(kMaxAgeYears),
            kDobField);
    return {};
}

Result<QDate> parseDateOfBirth(const QString &text, QDate today)
{
    if (text.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("Date of birth is required."), kDobField);
    const QDate dob = parse(text, today);
    if (!dob.isValid())
        return Error::invalid(
            QStringLiteral("\u201C%1\u201D is not a date. Type it as MM/DD/YYYY, e.g. 03/14/1975.")
                .arg(text.trimmed().left(40)),
            kDobField);
    if (Status s = checkDateOfBirth(dob, today); !s)
        return s.error();
    return dob;
}

QString format(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("MM/dd/yyyy")) : QString();
}

QString formatLong(QDate date)
{
    return date.isValid() ? QLocale(QLocale::English, QLocale::UnitedStates)
                                .toString(date, QStringLiteral("MMM d, yyyy"))
                          : QString();
}

} // namespace ClinicDesk::Core::ClinicDate
