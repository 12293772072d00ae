#include "retreatmentboarddocument.h"

#include "csv.h"
#include "phonenumber.h"
#include "retreatmentboardmodel.h"

namespace ClinicDesk::Ui::RetreatmentBoardDocument {

using Core::BoardRow;
using Model = RetreatmentBoardModel;

namespace {
QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QString csv(const QList<BoardRow> &rows)
{
    QString text = Core::Csv::row(
        {QStringLiteral("Patient"), QStringLiteral("MRN"), QStringLiteral("Phone"),
         QStringLiteral("Payer"), QStringLiteral("Last treatment"), QStringLiteral("Cycles"),
         QStringLiteral("Earliest"), QStringLiteral("Due"), QStringLiteral("Days to due"),
         QStringLiteral("Status"), QStringLiteral("Next booked"), QStringLiteral("Authorization"),
         QStringLiteral("Last contact"), QStringLiteral("Last contact note")});
    for (const BoardRow &row : rows) {
        const Core::BoardCandidate &c = row.candidate;
        const Core::RetreatmentWindow *w = row.status.window ? &*row.status.window : nullptr;
        text += Core::Csv::row(
            {c.patientName, c.patientMrn, Core::PhoneNumber::format(c.patientPhone), c.payer,
             isoDate(c.course.lastTreated), QString::number(c.course.cycles),
             w ? isoDate(w->earliestAllowed) : QString(), w ? isoDate(w->due) : QString(),
             w ? Model::daysToDueText(row.daysToDue) : QString(), row.status.label(),
             isoDate(c.nextBookedOn), row.authorizationLabel,
             c.lastContact ? c.lastContact->summary() : QString(),
             c.lastContact ? c.lastContact->note : QString()});
    }
    return text;
}

Documents::PrintedDocument document(const QList<BoardRow> &rows, const Heading &heading)
{
    using Documents::TextLine;
    Documents::PrintedDocument doc;
    doc.clinicName = heading.clinicName;
    doc.title = QStringLiteral("Retreatment call list");
    doc.subtitle = heading.filterWords;
    doc.summary = heading.summary;
    doc.printedLine = Documents::printedLine(heading.printedAt, heading.printedBy);

    Documents::DocumentSection list;
    list.heading = QStringLiteral("Whom to call");
    list.subheading = rows.size() == 1 ? QStringLiteral("1 patient")
                                       : QStringLiteral("%1 patients").arg(rows.size());
    list.emptyText = QStringLiteral("Nobody to call with these filters.");
    static const QList<int> facts{Model::Phone,  Model::LastTreatment, Model::Cycle,
                                  Model::Due,    Model::DaysToDue,     Model::Status,
                                  Model::NextBooked};
    list.columns << Documents::TableColumn{Model::columnTitle(Model::Patient), 1.4};
    for (int column : facts)
        list.columns << Documents::TableColumn{Model::columnTitle(column), 0, true};
    list.columns << Documents::TableColumn{Model::columnTitle(Model::Authorization), 1.2}
                 << Documents::TableColumn{Model::columnTitle(Model::LastContact), 1.3}
                 // Room to write what came of each call on the printed sheet.
                 << Documents::TableColumn{QStringLiteral("Call notes"), 1.3};
    for (const BoardRow &row : rows) {
        Documents::TableRow printed;
        const auto state = row.status.state;
        if (state == Core::RetreatmentStatus::State::Overdue ||
            state == Core::RetreatmentStatus::State::BookedTooEarly)
            printed.tone = Documents::TableRow::Tone::Attention;
        printed.cells << Documents::TextCell{
            {row.candidate.patientName, TextLine::Style::Strong},
            {QStringLiteral("MRN ") + row.candidate.patientMrn, TextLine::Style::Small}};
        for (int column : facts)
            printed.cells << Documents::TextCell{{Model::cellText(row, column)}};
        printed.cells << Documents::TextCell{{Model::cellText(row, Model::Authorization)}};
        Documents::TextCell contact{{Model::cellText(row, Model::LastContact)}};
        if (row.candidate.lastContact && !row.candidate.lastContact->note.isEmpty())
            contact << TextLine{row.candidate.lastContact->note.left(120), TextLine::Style::Small};
        printed.cells << contact << Documents::TextCell{};
        list.rows << printed;
    }
    doc.sections << list;
    return doc;
}

int print(const QList<BoardRow> &rows, const Heading &heading, QPagedPaintDevice &device)
{
    return Documents::paint(document(rows, heading), device);
}

} // namespace ClinicDesk::Ui::RetreatmentBoardDocument
