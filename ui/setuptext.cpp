#include "setuptext.h"

#include "theme.h"

#include <QLocale>
#include <QRegularExpression>

namespace ClinicDesk::Ui::SetupText {

namespace {
QLocale deskLocale()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}
} // namespace

QString activeWord(bool active)
{
    return active ? QObject::tr("Active") : QObject::tr("Inactive");
}

QVariant inactiveForeground(bool active)
{
    return active ? QVariant() : QVariant(Theme::inactiveText);
}

QVariant swatch(const QString &stored)
{
    static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!re.match(stored).hasMatch())
        return {};
    return QColor(stored);
}

QString date(QDate day)
{
    return deskLocale().toString(day, QStringLiteral("MMM d, yyyy"));
}

QString blockWho(const Core::BlockedTime &block, const Names &names)
{
    if (block.providerId != 0)
        return names.providers.value(block.providerId,
                                     QObject::tr("Provider #%1").arg(block.providerId));
    if (block.roomId != 0)
        return QObject::tr("Room: %1")
            .arg(names.rooms.value(block.roomId, QStringLiteral("#%1").arg(block.roomId)));
    return QObject::tr("Whole clinic");
}

QString blockWhen(const Core::BlockedTime &block)
{
    if (block.weekly) {
        const QString weekday = Core::weekdayName(block.firstDate.dayOfWeek());
        if (block.lastDate.isValid())
            return QObject::tr("Every %1 from %2 until %3")
                .arg(weekday, date(block.firstDate), date(block.lastDate));
        return QObject::tr("Every %1 from %2, no end").arg(weekday, date(block.firstDate));
    }
    if (!block.lastDate.isValid() || block.lastDate == block.firstDate)
        return deskLocale().toString(block.firstDate, QStringLiteral("ddd ")) +
               date(block.firstDate);
    return date(block.firstDate) + QStringLiteral(" \u2013 ") + date(block.lastDate);
}

QString blockTime(const Core::BlockedTime &block)
{
    if (block.startMinute <= 0 && block.endMinute >= 24 * 60)
        return QObject::tr("All day");
    return Core::TimeSlot{block.firstDate, block.startMinute, block.endMinute}.timeRange();
}

} // namespace ClinicDesk::Ui::SetupText
