#include "appointmentformat.h"
#include "appointmentinput.h"
#include "command.h"
#include "exitcode.h"

namespace ClinicDesk::Cli {

namespace {

using Core::AppointmentStatus;

const QString kReason = QStringLiteral("reason");

// The spellings `status` takes, in the order a visit goes through them.
const QStringList &statusWords()
{
    static const QStringList words{QStringLiteral("booked"),    QStringLiteral("confirmed"),
                                   QStringLiteral("arrived"),   QStringLiteral("in-room"),
                                   QStringLiteral("completed"), QStringLiteral("no-show"),
                                   QStringLiteral("cancelled")};
    return words;
}

const FieldOptions &fieldOptions()
{
    static const FieldOptions options = {
        {QStringLiteral("reason"), QStringLiteral("--reason")},
        {QStringLiteral("status"), QStringLiteral("STATUS")},
    };
    return options;
}

// Sets the status of appointment `idText` and reports it: the shared body of cancel and status.
int changeStatus(const Invocation &invocation, const QString &idText, AppointmentStatus status,
                 const QString &reason)
{
    Console &console = invocation.console();
    const auto id = AppointmentInput::appointmentId(idText);
    if (!id)
        return console.invalid(QStringLiteral("ID"), id.error().message);
    auto opened = invocation.openClinic();
    if (!opened)
        return console.fail(opened.error());
    Core::AppointmentService &appointments = opened.value()->appointments();

    const auto changed = appointments.setStatus(id.value(), status, reason);
    if (!changed)
        return console.fail(changed.error(), fieldOptions());
    const auto entry = appointments.byId(id.value());
    QString line = QStringLiteral("Appointment %1 is now %2")
                       .arg(QString::number(id.value()), Core::statusLabel(status).toLower());
    if (!changed->statusReason.isEmpty())
        line += QStringLiteral(" (%1)").arg(changed->statusReason);
    if (entry)
        line += QStringLiteral(": ") + AppointmentFormat::describe(entry.value());
    console.message(line + u'.');
    console.print(QString::number(id.value()));
    return ExitCode::Done;
}

class CancelCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("cancel")},
            QStringLiteral("ID --reason TEXT"),
            QStringLiteral("Cancel an appointment, with the reason"),
            QStringLiteral(
                "Cancels appointment ID (the number \u2018book\u2019 prints) and frees its time. "
                "The visit stays in the patient's history with the reason, and shows in "
                "\u2018schedule --include-cancelled\u2019. Prints the appointment number on "
                "stdout. Without a reason nothing changes: exit status 2."),
            {
                {kReason, QStringLiteral("TEXT"),
                 QStringLiteral("Why (required), e.g. \u201CPatient ill\u201D.")},
            },
            1,
            1,
        };
        return spec;
    }

    int run(const Invocation &invocation) const override
    {
        const Arguments &args = invocation.args();
        if (args.value(kReason).simplified().isEmpty())
            return invocation.console().invalid(QStringLiteral("--reason"),
                                                QStringLiteral("Give a reason for the "
                                                               "cancellation."));
        return changeStatus(invocation, args.positionals().constFirst(),
                            AppointmentStatus::Cancelled, args.value(kReason));
    }
};

class StatusCommand final : public Command
{
public:
    const CommandSpec &spec() const override
    {
        static const CommandSpec spec{
            {QStringLiteral("status")},
            QStringLiteral("ID STATUS [--reason TEXT]"),
            QStringLiteral("Set an appointment's status: confirmed, arrived, completed..."),
            QStringLiteral(
                "Sets the status of appointment ID to one of: %1. No-show and cancelled need "
                "--reason. Arrived, in-room, completed and no-show are for visits on or before "
                "today. Going back to a status that holds time (booked after cancelled) checks "
                "the booking rules again: exit status 3 when the time has been taken "
                "meanwhile. Prints the appointment number on stdout.")
                .arg(statusWords().join(QStringLiteral(", "))),
            {
                {kReason, QStringLiteral("TEXT"),
                 QStringLiteral("Why, for no-show and cancelled.")},
            },
            2,
            2,
        };
        return spec;
    }

    int run(const Invocation &invocation) const override
    {
        const Arguments &args = invocation.args();
        const QString word = args.positionals().at(1);
        const auto status = Core::statusFromCode(word);
        if (!status)
            return invocation.console().invalid(
                QStringLiteral("STATUS"),
                QStringLiteral("\u201C%1\u201D is not a status; use one of: %2.")
                    .arg(word.left(40), statusWords().join(QStringLiteral(", "))));
        if (Core::needsReason(*status) && args.value(kReason).simplified().isEmpty())
            return invocation.console().invalid(QStringLiteral("--reason"),
                                                QStringLiteral("Give a reason for the %1.")
                                                    .arg(*status == AppointmentStatus::Cancelled
                                                             ? QStringLiteral("cancellation")
                                                             : QStringLiteral("no-show")));
        if (!Core::needsReason(*status) && args.isSet(kReason))
            invocation.console().message(QStringLiteral("Note: only no-show and cancelled keep a "
                                                        "reason; --reason is not stored."));
        return changeStatus(invocation, args.positionals().constFirst(), *status,
                            args.value(kReason));
    }
};

} // namespace

std::unique_ptr<Command> makeCancelCommand()
{
    return std::make_unique<CancelCommand>();
}

std::unique_ptr<Command> makeStatusCommand()
{
    return std::make_unique<StatusCommand>();
}

} // namespace ClinicDesk::Cli
