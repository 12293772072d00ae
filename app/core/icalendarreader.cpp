#include "icalendarreader.h"

#include <QTimeZone>

namespace ClinicDesk::Core {

QString ICalendarProperty::parameter(const QString &name) const
{
    for (const auto &[key, value] : parameters)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

const ICalendarProperty *ICalendarComponent::property(const QString &name) const
{
    for (const ICalendarProperty &p : properties)
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

QList<ICalendarComponent> ICalendarComponent::children(const QString &name) const
{
    QList<ICalendarComponent> found;
    for (const ICalendarComponent &c : components)
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            found << c;
    return found;
}

namespace ICalendarReader {

Result<QStringList> unfold(const QByteArray &data)
{
    if (!data.isEmpty() && !data.endsWith("\r\n"))
        return Error::invalid(QStringLiteral("The last line does not end in CRLF."));
    QList<QByteArray> physical = data.split('\n');
    physical.removeLast(); // after the final LF
    QList<QByteArray> logical;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray line = physical[i];
        if (!line.endsWith('\r'))
            return Error::invalid(QStringLiteral("Line %1 ends in a bare LF.").arg(i + 1));
        line.chop(1);
        if (line.contains('\r'))
            return Error::invalid(QStringLiteral("Line %1 holds a bare CR.").arg(i + 1));
        if (!line.isEmpty() && (line[0] == ' ' || line[0] == '\t')) {
            if (logical.isEmpty())
                return Error::invalid(QStringLiteral("The first line is a continuation."));
            logical.last() += line.mid(1);
        } else {
            logical << line;
        }
    }
    QStringList lines;
    for (const QByteArray &line : std::as_const(logical)) {
        // Checked as a whole line: a fold inside a UTF-8 character is only whole once unfolded.
        QString text = QString::fromUtf8(line);
        if (text.toUtf8() != line)
            return Error::invalid(QStringLiteral("A line is not valid UTF-8."));
        lines << text;
    }
    return lines;
}

Result<ICalendarProperty> parseLine(const QString &line)
{
    ICalendarProperty property;
    qsizetype i = 0;
    while (i < line.size() && (line[i].isLetterOrNumber() || line[i] == u'-'))
        ++i;
    property.name = line.left(i).toUpper();
    if (property.name.isEmpty())
        return Error::invalid(QStringLiteral("\u201C%1\u201D has no property name.").arg(line));
    while (i < line.size() && line[i] == u';') {
        const qsizetype equals = line.indexOf(u'=', i);
        if (equals < 0)
            return Error::invalid(QStringLiteral("\u201C%1\u201D has a parameter without "
                                                 "a value.")
                                      .arg(line));
        const QString key = line.mid(i + 1, equals - i - 1).toUpper();
        i = equals + 1;
        QString value;
        if (i < line.size() && line[i] == u'"') {
            const qsizetype close = line.indexOf(u'"', i + 1);
            if (close < 0)
                return Error::invalid(
                    QStringLiteral("\u201C%1\u201D has an unclosed quote.").arg(line));
            value = line.mid(i + 1, close - i - 1);
            i = close + 1;
        } else {
            const qsizetype stop = i;
            while (i < line.size() && line[i] != u';' && line[i] != u':' && line[i] != u',')
                ++i;
            value = line.mid(stop, i - stop);
        }
        property.parameters.append({key, value});
    }
    if (i >= line.size() || line[i] != u':')
        return Error::invalid(QStringLiteral("\u201C%1\u201D has no \u201C:\u201D before its "
                                             "value.")
                                  .arg(line));
    property.value = line.mid(i + 1);
    return property;
}

Result<ICalendarComponent> parse(const QByteArray &data)
{
    const auto lines = unfold(data);
    if (!lines)
        return lines.error();
    QList<ICalendarComponent> open;
    std::optional<ICalendarComponent> top;
    for (const QString &line : lines.value()) {
        const auto property = parseLine(line);
        if (!property)
            return property.error();
        if (top)
            return Error::invalid(QStringLiteral("Text after the end of the calendar."));
        if (property->name == u"BEGIN") {
            open.append({property->value.toUpper(), {}, {}});
        } else if (property->name == u"END") {
            if (open.isEmpty() || open.last().name != property->value.toUpper())
                return Error::invalid(
                    QStringLiteral("END:%1 does not close what is open.").arg(property->value));
            ICalendarComponent done = open.takeLast();
            if (open.isEmpty())
                top = std::move(done);
            else
                open.last().components << std::move(done);
        } else {
            if (open.isEmpty())
                return Error::invalid(
                    QStringLiteral("%1 outside any component.").arg(property->name));
            open.last().properties << property.value();
        }
    }
    if (!top || !open.isEmpty())
        return Error::invalid(QStringLiteral("The calendar is not closed."));
    return *top;
}

QString unescapeText(const QString &value)
{
    QString text;
    text.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\' && i + 1 < value.size()) {
            const QChar next = value[++i];
            text += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            text += value[i];
        }
    }
    return text;
}

QDateTime dateTime(const QString &value, const QString &timeZoneId)
{
    const bool utc = value.endsWith(u'Z');
    const QString digits = utc ? value.chopped(1) : value;
    if (digits.size() != 15 || digits[8] != u'T')
        return {};
    // Date and time apart: a wall-clock time need not exist in this machine's own zone.
    const QDate date = QDate::fromString(digits.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(digits.mid(9), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return {};
    if (utc)
        return QDateTime(date, time, Qt::UTC);
    if (!timeZoneId.isEmpty()) {
        const QTimeZone zone(timeZoneId.toUtf8());
        if (!zone.isValid())
            return {};
        return QDateTime(date, time, zone);
    }
    return QDateTime(date, time);
}

} // namespace ICalendarReader
} // namespace ClinicDesk::Core
