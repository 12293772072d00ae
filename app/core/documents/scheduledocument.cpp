#include "scheduledocument.h"

#include <QLocale>

namespace ClinicDesk::Documents {

namespace {

const QLocale &usLocale()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

TextLine strong(const QString &text)
{
    return {text, TextLine::Style::Strong};
}
TextLine normal(const QString &text)
{
    return {text, TextLine::Style::Normal};
}
TextLine small(const QString &text)
{
    return {text, TextLine::Style::Small};
}

QString lengthText(int minutes)
{
    if (minutes < 60)
        return QStringLiteral("%1 min").arg(minutes);
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    return rest == 0 ? QStringLiteral("%1 h").arg(hours)
                     : QStringLiteral("%1 h %2 min").arg(hours).arg(rest);
}

TableRow visitRow(const Core::DailySchedule::Line &line)
{
    TableRow row;
    row.tone = line.inactiveStatus  ? TableRow::Tone::Muted
               : line.needsAttention ? TableRow::Tone::Attention
                                     : TableRow::Tone::Normal;
    TextCell patient{strong(line.patientName)};
    QStringList identity;
    if (!line.dateOfBirth.isEmpty())
        identity << QStringLiteral("DOB ") + line.dateOfBirth;
    if (!line.recordNumber.isEmpty())
        identity << QStringLiteral("MRN ") + line.recordNumber;
    patient << small(identity.join(QStringLiteral(" \u00B7 ")));

    TextCell visit{normal(line.type)};
    visit << small(line.room.isEmpty() ? QStringLiteral("No room") : line.room);

    TextCell botox;
    for (const Core::DailySchedule::Line::Fact &fact : line.botox)
        botox << TextLine{fact.text, fact.warns ? TextLine::Style::Warning : TextLine::Style::Small};

    row.cells = {
        {strong(Core::WallClock::format12(line.slot.startMinute)), small(lengthText(line.minutes()))},
        patient,
        {normal(line.phone)},
        visit,
        {normal(line.status)},
        botox,
        {small(line.notes)},
    };
    return row;
}

TableRow blockedRow(const Core::DailySchedule::Line &line)
{
    TableRow row;
    row.tone = TableRow::Tone::Muted;
    row.cells = {
        {strong(Core::WallClock::format12(line.slot.startMinute)), small(lengthText(line.minutes()))},
        {normal(line.type)},
        {small(QStringLiteral("until ") + Core::WallClock::format12(line.slot.endMinute))},
    };
    return row;
}

} // namespace

namespace ScheduleDocument {

PrintedDocument document(const Core::DailySchedule &schedule)
{
    PrintedDocument doc;
    doc.clinicName = schedule.clinicName;
    doc.title = QStringLiteral("Daily schedule");
    doc.subtitle = usLocale().toString(schedule.date, QStringLiteral("dddd, MMMM d, yyyy")) +
                   QStringLiteral(" \u00B7 ") + schedule.scope;
    doc.summary = schedule.summary();
    doc.printedLine = printedLine(schedule.printedAt, schedule.printedBy);

    const QList<TableColumn> columns{
        {QStringLiteral("Time"), 0, true},   {QStringLiteral("Patient"), 2.0},
        {QStringLiteral("Phone"), 0, true},  {QStringLiteral("Visit / room"), 1.3},
        {QStringLiteral("Status"), 0, true}, {QStringLiteral("Botox"), 2.4},
        {QStringLiteral("Notes"), 1.9},
    };
    for (const Core::DailySchedule::Section &section : schedule.sections) {
        DocumentSection printed;
        printed.heading = section.provider;
        const int visits = section.visitCount();
        printed.subheading = section.hours + QStringLiteral(" \u00B7 ") +
                             (visits == 1 ? QStringLiteral("1 visit")
                                          : QStringLiteral("%1 visits").arg(visits));
        printed.columns = columns;
        printed.emptyText = QStringLiteral("No appointments.");
        for (const Core::DailySchedule::Line &line : section.lines)
            printed.rows << (line.kind == Core::DailySchedule::Line::Kind::Blocked
                                 ? blockedRow(line)
                                 : visitRow(line));
        doc.sections << printed;
    }
    if (doc.sections.isEmpty()) {
        DocumentSection none;
        none.heading = schedule.scope;
        none.emptyText = QStringLiteral("No provider works this day and nothing is booked.");
        doc.sections << none;
    }
    return doc;
}

} // namespace ScheduleDocument
} // namespace ClinicDesk::Documents
