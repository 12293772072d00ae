#include "treatmentsummarydocument.h"

#include "clinicdate.h"
#include "headachediary.h"
#include "dailyschedule.h"

#include <QLocale>

namespace ClinicDesk::Documents::TreatmentSummaryDocument {

namespace {

QString longDate(QDate date)
{
    return Core::ClinicDate::formatLong(date);
}

TextLine line(const QString &text, TextLine::Style style = TextLine::Style::Normal)
{
    return {text, style};
}

QString number(int n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n);
}

QString statusLine(const Core::TreatmentSummary &summary)
{
    QStringList parts;
    const int cycles = int(summary.cycles.size());
    if (cycles == 0)
        return QStringLiteral("No Botox treatment recorded.");
    parts << (cycles == 1 ? QStringLiteral("1 cycle") : QStringLiteral("%1 cycles").arg(cycles)) +
                 QStringLiteral(" since ") + longDate(summary.cycles.first().cycle.treatment.date);
    parts << QStringLiteral("%1 U given, %2 U discarded")
                 .arg(number(summary.unitsGiven()), number(summary.unitsDiscarded()));
    parts << QStringLiteral("Now: ") + summary.status.label();
    if (summary.status.window && summary.status.state != Core::RetreatmentStatus::State::Discontinued)
        parts << QStringLiteral("Next window: earliest %1, due %2")
                     .arg(longDate(summary.status.window->earliestAllowed),
                          longDate(summary.status.window->due));
    return parts.join(QStringLiteral(" \u00B7 "));
}

TableRow cycleRow(const Core::TreatmentSummary::Cycle &c)
{
    const Core::Treatment &t = c.cycle.treatment;
    TableRow row;
    QStringList events;
    for (const Core::AdverseEvent &event : t.adverseEvents) {
        QString text = Core::adverseEventLabel(event.code);
        if (event.onset.isValid())
            text += QStringLiteral(" (from %1)").arg(Core::ClinicDate::format(event.onset));
        if (!event.notes.trimmed().isEmpty())
            text += QStringLiteral(": ") + event.notes.simplified();
        events << text;
    }
    TextCell eventsCell;
    for (const QString &event : events)
        eventsCell << line(event, TextLine::Style::Warning);
    if (events.isEmpty())
        eventsCell << line(QStringLiteral("None"), TextLine::Style::Small);
    if (!t.notes.trimmed().isEmpty())
        eventsCell << line(Core::DailySchedule::shortenedNote(t.notes), TextLine::Style::Small);
    if (!events.isEmpty())
        row.tone = TableRow::Tone::Attention;

    row.cells = {
        {line(QString::number(c.cycle.number), TextLine::Style::Strong)},
        {line(Core::ClinicDate::format(t.date)), line(t.diagnosisCode, TextLine::Style::Small)},
        {line(c.cycle.daysSincePrevious < 0 ? QStringLiteral("First")
                                            : QStringLiteral("%1 days").arg(c.cycle.daysSincePrevious))},
        {line(c.provider.isEmpty() ? QStringLiteral("Not recorded") : c.provider)},
        {line(QStringLiteral("%1 U").arg(t.unitsGiven), TextLine::Style::Strong),
         line(QStringLiteral("%1 U discarded (%2)").arg(t.unitsDiscarded).arg(t.wasteModifier()),
              TextLine::Style::Small)},
        {line(QString::number(t.totalSites()))},
        {line(QStringLiteral("%1 \u00D7 %2 U").arg(t.vialCount).arg(t.vialUnits))},
        {line(t.lotNumber.isEmpty() ? QStringLiteral("Not recorded") : t.lotNumber),
         line(t.lotExpiry.isValid() ? QStringLiteral("exp. ") + Core::ClinicDate::format(t.lotExpiry)
                                    : QString(),
              TextLine::Style::Small)},
        eventsCell,
    };
    return row;
}

QString hoursText(const Core::DiaryEntry &entry)
{
    return entry.hasHours() ? QLocale(QLocale::English, QLocale::UnitedStates)
                                  .toString(entry.hoursPerDay, 'f', 1)
                            : QStringLiteral("\u2014");
}

} // namespace

PrintedDocument document(const Core::TreatmentSummary &summary,
                         std::function<void(QPainter &, const QRectF &)> chart)
{
    const Core::Patient &p = summary.patient;
    PrintedDocument doc;
    doc.clinicName = summary.clinicName;
    doc.title = QStringLiteral("Botox treatment summary");
    QStringList who{p.displayName(), QStringLiteral("DOB ") + Core::ClinicDate::format(p.dateOfBirth),
                    QStringLiteral("MRN ") + p.mrn};
    if (!p.insurance.payer.isEmpty())
        who << p.insurance.payer;
    doc.subtitle = who.join(QStringLiteral(" \u00B7 "));
    doc.summary = statusLine(summary);
    doc.printedLine = printedLine(summary.printedAt, summary.printedBy);

    DocumentSection cycles;
    cycles.heading = QStringLiteral("Treatments");
    cycles.subheading = QStringLiteral("Chronic migraine \u00B7 PREEMPT 155 U / 31 sites");
    cycles.columns = {
        {QStringLiteral("Cycle"), 0, true},         {QStringLiteral("Date"), 0, true},
        {QStringLiteral("Since last"), 0, true},    {QStringLiteral("Provider"), 1.3},
        {QStringLiteral("Units"), 0, true},         {QStringLiteral("Sites"), 0, true},
        {QStringLiteral("Vials"), 0, true},         {QStringLiteral("Lot"), 0, true},
        {QStringLiteral("Adverse events / notes"), 2.0},
    };
    cycles.emptyText = QStringLiteral("No Botox treatment recorded.");
    for (const Core::TreatmentSummary::Cycle &c : summary.cycles)
        cycles.rows << cycleRow(c);
    doc.sections << cycles;

    DocumentSection outcomes;
    outcomes.heading = QStringLiteral("Headache diary and response");
    outcomes.subheading = summary.outcome.summary.label();
    if (chart && !summary.outcome.entries.isEmpty()) {
        outcomes.figure = std::move(chart);
        outcomes.figureAspect = 0.42;
    }
    outcomes.columns = {
        {QStringLiteral("Month"), 1.2},        {QStringLiteral("Headache days"), 1},
        {QStringLiteral("Migraine days"), 1},  {QStringLiteral("Hours a day"), 1},
        {QStringLiteral("Note"), 1.5},
    };
    outcomes.emptyText = QStringLiteral("No headache diary recorded.");
    for (const Core::DiaryEntry &entry : summary.outcome.entries) {
        TableRow row;
        row.cells = {
            {line(Core::monthLabelLong(entry.month), TextLine::Style::Strong)},
            {line(QString::number(entry.headacheDays))},
            {line(QString::number(entry.migraineDays))},
            {line(hoursText(entry))},
            {line(entry.isBaseline ? QStringLiteral("Baseline") : QString(),
                  TextLine::Style::Small)},
        };
        outcomes.rows << row;
    }
    doc.sections << outcomes;
    return doc;
}

} // namespace ClinicDesk::Documents::TreatmentSummaryDocument
