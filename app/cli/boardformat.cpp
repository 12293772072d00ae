#include "boardformat.h"

#include "clinicdate.h"
#include "console.h"
#include "csv.h"
#include "phonenumber.h"

#include <QJsonObject>
#include <QJsonValue>

namespace ClinicDesk::Cli::BoardFormat {

using State = Core::RetreatmentStatus::State;

namespace {

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString lastContact(const Core::BoardCandidate &c)
{
    return c.lastContact ? c.lastContact->summary() : QString();
}

const Core::RetreatmentWindow *windowOf(const Line &line)
{
    return line.row.status.window ? &*line.row.status.window : nullptr;
}

// "32 days past due", "due today", "in 5 days": words a spreadsheet shows as they are.
QString daysToDueText(int days)
{
    auto count = [](int n) {
        return n == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(n);
    };
    if (days < 0)
        return count(-days) + QStringLiteral(" past due");
    return days == 0 ? QStringLiteral("due today") : QStringLiteral("in ") + count(days);
}

// In the table a missing value shows as a dash, so the columns stay readable.
QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

} // namespace

QString stateCode(State state)
{
    switch (state) {
    case State::NoTreatmentYet:
        return QStringLiteral("no_treatment_yet");
    case State::NotDueYet:
        return QStringLiteral("not_due_yet");
    case State::WindowOpensSoon:
        return QStringLiteral("window_opens_soon");
    case State::DueNow:
        return QStringLiteral("due_now");
    case State::Overdue:
        return QStringLiteral("overdue");
    case State::Booked:
        return QStringLiteral("booked");
    case State::BookedTooEarly:
        return QStringLiteral("booked_too_early");
    case State::Discontinued:
        return QStringLiteral("discontinued");
    }
    return {};
}

QStringList table(const QList<Line> &lines)
{
    QList<QStringList> rows;
    rows.reserve(lines.size() + 1);
    rows << QStringList{QStringLiteral("Patient"),       QStringLiteral("MRN"),
                        QStringLiteral("Phone"),         QStringLiteral("Payer"),
                        QStringLiteral("Last treated"),  QStringLiteral("Cycles"),
                        QStringLiteral("Earliest"),      QStringLiteral("Due"),
                        QStringLiteral("Overdue after"), QStringLiteral("Status"),
                        QStringLiteral("Next booked"),   QStringLiteral("Authorization"),
                        QStringLiteral("Last contact"),  QStringLiteral("Override reason")};
    for (const Line &line : lines) {
        const Core::BoardCandidate &c = line.row.candidate;
        const Core::RetreatmentWindow *w = windowOf(line);
        rows << QStringList{c.patientName,
                            c.patientMrn,
                            orDash(Core::PhoneNumber::format(c.patientPhone)),
                            orDash(c.payer),
                            Core::ClinicDate::format(c.course.lastTreated),
                            QString::number(c.course.cycles),
                            w ? Core::ClinicDate::format(w->earliestAllowed) : QStringLiteral("-"),
                            w ? Core::ClinicDate::format(w->due) : QStringLiteral("-"),
                            w ? Core::ClinicDate::format(w->overdueAfter) : QStringLiteral("-"),
                            line.row.status.label(),
                            orDash(Core::ClinicDate::format(c.nextBookedOn)),
                            orDash(line.row.authorizationLabel),
                            orDash(lastContact(c)),
                            line.overrideReason.simplified()};
    }
    return alignColumns(rows);
}

QJsonArray json(const QList<Line> &lines)
{
    QJsonArray array;
    for (const Line &line : lines) {
        const Core::BoardRow &row = line.row;
        const Core::BoardCandidate &c = row.candidate;
        const Core::RetreatmentWindow *w = windowOf(line);
        QJsonValue contact;
        if (c.lastContact)
            contact = QJsonObject{
                {QStringLiteral("at"),
                 c.lastContact->at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                {QStringLiteral("outcome"), Core::contactOutcomeCode(c.lastContact->outcome)},
                {QStringLiteral("note"), c.lastContact->note},
                {QStringLiteral("by"), c.lastContact->by}};
        array.append(QJsonObject{
            {QStringLiteral("patientId"), c.patientId},
            {QStringLiteral("patientName"), c.patientName},
            {QStringLiteral("mrn"), c.patientMrn},
            {QStringLiteral("phone"), c.patientPhone},
            {QStringLiteral("payer"), c.payer},
            {QStringLiteral("lastTreatment"), isoOrNull(c.course.lastTreated)},
            {QStringLiteral("cycles"), c.course.cycles},
            {QStringLiteral("lastProvider"), c.lastProviderName},
            {QStringLiteral("earliestAllowed"), w ? isoOrNull(w->earliestAllowed) : QJsonValue()},
            {QStringLiteral("due"), w ? isoOrNull(w->due) : QJsonValue()},
            {QStringLiteral("overdueAfter"), w ? isoOrNull(w->overdueAfter) : QJsonValue()},
            {QStringLiteral("daysToDue"), row.daysToDue},
            {QStringLiteral("status"), stateCode(row.status.state)},
            {QStringLiteral("statusLabel"), row.status.label()},
            {QStringLiteral("nextBooked"), isoOrNull(c.nextBookedOn)},
            {QStringLiteral("nextAppointmentId"),
             c.nextAppointmentId ? QJsonValue(c.nextAppointmentId) : QJsonValue()},
            {QStringLiteral("overrideReason"), line.overrideReason},
            {QStringLiteral("discontinuedReason"), c.course.discontinuedReason},
            {QStringLiteral("authorization"), row.authorizationLabel},
            {QStringLiteral("authorizationWarns"), row.authorizationWarns},
            {QStringLiteral("lastContact"), contact},
        });
    }
    return array;
}

QString csv(const QList<Line> &lines)
{
    QString text = Core::Csv::row(
        {QStringLiteral("Patient"), QStringLiteral("MRN"), QStringLiteral("Phone"),
         QStringLiteral("Payer"), QStringLiteral("Last treatment"), QStringLiteral("Cycles"),
         QStringLiteral("Earliest"), QStringLiteral("Due"), QStringLiteral("Overdue after"),
         QStringLiteral("Days to due"), QStringLiteral("Status"), QStringLiteral("Next booked"),
         QStringLiteral("Override reason"), QStringLiteral("Authorization"),
         QStringLiteral("Last contact"), QStringLiteral("Last contact note")});
    for (const Line &line : lines) {
        const Core::BoardRow &row = line.row;
        const Core::BoardCandidate &c = row.candidate;
        const Core::RetreatmentWindow *w = windowOf(line);
        text += Core::Csv::row(
            {c.patientName, c.patientMrn, Core::PhoneNumber::format(c.patientPhone), c.payer,
             isoDate(c.course.lastTreated), QString::number(c.course.cycles),
             w ? isoDate(w->earliestAllowed) : QString(), w ? isoDate(w->due) : QString(),
             w ? isoDate(w->overdueAfter) : QString(), daysToDueText(row.daysToDue),
             row.status.label(), isoDate(c.nextBookedOn), line.overrideReason,
             row.authorizationLabel, lastContact(c),
             c.lastContact ? c.lastContact->note : QString()});
    }
    return text;
}

QString summary(const QList<Line> &lines)
{
    // In the board's order of urgency.
    const QList<QPair<State, QString>> kinds = {
        {State::Overdue, QStringLiteral("overdue")},
        {State::BookedTooEarly, QStringLiteral("booked too early")},
        {State::DueNow, QStringLiteral("due now")},
        {State::WindowOpensSoon, QStringLiteral("window opening soon")},
        {State::NotDueYet, QStringLiteral("not due yet")},
        {State::Booked, QStringLiteral("booked")},
        {State::Discontinued, QStringLiteral("discontinued")},
    };
    QStringList parts;
    for (const auto &[state, words] : kinds) {
        const auto count = std::count_if(lines.cbegin(), lines.cend(), [state](const Line &l) {
            return l.row.status.state == state;
        });
        if (count > 0)
            parts << QStringLiteral("%1 %2").arg(QString::number(count), words);
    }
    const QString patients = lines.size() == 1 ? QStringLiteral("1 patient")
                                               : QStringLiteral("%1 patients").arg(lines.size());
    return parts.isEmpty() ? patients
                           : patients + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
}

} // namespace ClinicDesk::Cli::BoardFormat
