#include "appointmentinput.h"

#include "searchkey.h"

#include <QRegularExpression>

namespace ClinicDesk::Cli::AppointmentInput {

using Core::Error;

namespace {

const QRegularExpression kDay(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
const QRegularExpression
    kStart(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:T|\\s+)(\\d{1,2}):(\\d{2})$"));

QString quoted(const QString &text)
{
    return QStringLiteral("\u201C%1\u201D").arg(text.left(40));
}

QDate dateFrom(const QRegularExpressionMatch &match)
{
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

// One thing that can be chosen by name.
struct Choice {
    QStringList names; // what it may be called: "Vladimir Fiks", "Vladimir Fiks, MD"
    bool active = true;
};

// The index in `choices` that `typed` means (see provider()); `what` is "provider".
Core::Result<qsizetype> match(const QString &typed, const QList<Choice> &choices,
                              const QString &what, const QString &plural)
{
    QStringList shown;
    for (const Choice &c : choices)
        if (c.active)
            shown << c.names.constFirst();
    const QString listed =
        shown.isEmpty() ? QStringLiteral("none is set up")
                        : QStringLiteral("choose one of: ") + shown.join(QStringLiteral(", "));
    const QString key = Core::SearchKey::fold(typed);
    if (key.isEmpty())
        return Error::invalid(QStringLiteral("Give the %1's name; %2.").arg(what, listed));

    QList<qsizetype> exact, partial;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        bool isExact = false, isPartial = false;
        for (const QString &name : choices[i].names) {
            const QString folded = Core::SearchKey::fold(name);
            isExact = isExact || folded == key;
            isPartial = isPartial || folded.contains(key);
        }
        if (isExact)
            exact << i;
        else if (isPartial)
            partial << i;
    }
    if (exact.size() == 1)
        return exact.constFirst();
    QList<qsizetype> found = exact.isEmpty() ? partial : exact;
    if (found.size() > 1) {
        // Someone who left keeps their name in history, but "Kim" means the Kim who works here.
        QList<qsizetype> active;
        for (qsizetype i : found)
            if (choices[i].active)
                active << i;
        if (active.size() == 1)
            return active.constFirst();
    }
    if (found.size() == 1)
        return found.constFirst();
    if (found.isEmpty())
        return Error::invalid(
            QStringLiteral("No %1 is called %2; %3.").arg(what, quoted(typed), listed));
    QStringList matching;
    for (qsizetype i : found)
        matching << choices[i].names.constFirst();
    return Error::invalid(QStringLiteral("%1 could be any of these %2: %3; give more of the "
                                         "name.")
                              .arg(quoted(typed), plural, matching.join(QStringLiteral(", "))));
}

} // namespace

Core::Result<QDate> day(const QString &text, QDate today)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QStringLiteral("today"), Qt::CaseInsensitive) == 0)
        return today;
    const auto found = kDay.match(trimmed);
    if (!found.hasMatch())
        return Error::invalid(QStringLiteral("%1 is not a date; give it as YYYY-MM-DD, e.g. %2.")
                                  .arg(quoted(text), today.toString(Qt::ISODate)));
    const QDate date = dateFrom(found);
    if (!date.isValid())
        return Error::invalid(QStringLiteral("%1 is not a day of the calendar.").arg(quoted(text)));
    return date;
}

Core::Result<QDateTime> start(const QString &text)
{
    const auto found = kStart.match(text.trimmed());
    if (!found.hasMatch())
        return Error::invalid(QStringLiteral("%1 is not a date and time; give it as "
                                             "YYYY-MM-DDTHH:MM, e.g. 2026-11-25T10:15.")
                                  .arg(quoted(text)));
    const QDate date = dateFrom(found);
    if (!date.isValid())
        return Error::invalid(QStringLiteral("%1 is not a day of the calendar.").arg(quoted(text)));
    const QTime time(found.captured(4).toInt(), found.captured(5).toInt());
    if (!time.isValid())
        return Error::invalid(
            QStringLiteral("%1 is not a time of day (00:00 to 23:59).").arg(quoted(text)));
    return QDateTime(date, time);
}

Core::Result<qint64> appointmentId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::invalid(QStringLiteral("%1 is not an appointment number (a whole number, as "
                                             "\u2018book\u2019 and \u2018schedule --json\u2019 "
                                             "print it).")
                                  .arg(quoted(text)));
    return id;
}

Core::Result<Core::Provider> provider(const QString &typed, const QList<Core::Provider> &all)
{
    QList<Choice> choices;
    for (const Core::Provider &p : all)
        choices.append({{p.name, p.displayName()}, p.active});
    const auto index =
        match(typed, choices, QStringLiteral("provider"), QStringLiteral("providers"));
    if (!index)
        return Error::invalid(index.error().message, QStringLiteral("provider"));
    return all.at(index.value());
}

Core::Result<Core::Room> room(const QString &typed, const QList<Core::Room> &all)
{
    QList<Choice> choices;
    for (const Core::Room &r : all)
        choices.append({{r.name}, r.active});
    const auto index = match(typed, choices, QStringLiteral("room"), QStringLiteral("rooms"));
    if (!index)
        return Error::invalid(index.error().message, QStringLiteral("room"));
    return all.at(index.value());
}

Core::Result<Core::AppointmentType> type(const QString &typed,
                                         const QList<Core::AppointmentType> &all)
{
    QList<Choice> choices;
    for (const Core::AppointmentType &t : all)
        choices.append({{t.name}, t.active});
    const auto index =
        match(typed, choices, QStringLiteral("type of visit"), QStringLiteral("types of visit"));
    if (!index)
        return Error::invalid(index.error().message, QStringLiteral("type"));
    return all.at(index.value());
}

} // namespace ClinicDesk::Cli::AppointmentInput
