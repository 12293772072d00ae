#include "appointmentcommands.h"

namespace ClinicDesk::Ui {

namespace {
Core::Status statusOf(const Core::Result<Core::Appointment> &result)
{
    if (!result)
        return result.error();
    return {};
}
} // namespace

AppointmentCommand::AppointmentCommand(AppointmentEditor &editor, AppointmentEditor::Handle id,
                                       const QString &text)
    : QUndoCommand(text)
    , m_editor(&editor)
    , m_id(std::move(id))
{}

void AppointmentCommand::redo()
{
    if (m_done)
        return;
    if (!m_editor) {
        setObsolete(true);
        return;
    }
    if (Core::Status s = apply(true); !s) {
        setObsolete(true);
        m_editor->notifyRefused(
            QStringLiteral("Cannot redo \u201c%1\u201d: %2").arg(text(), s.error().message));
        return;
    }
    m_done = true;
    m_editor->notifyChanged(*m_id);
}

void AppointmentCommand::undo()
{
    if (!m_editor) {
        setObsolete(true);
        return;
    }
    if (Core::Status s = apply(false); !s) {
        setObsolete(true);
        m_editor->notifyRefused(
            QStringLiteral("Cannot undo \u201c%1\u201d: %2").arg(text(), s.error().message));
        return;
    }
    m_done = false;
    m_editor->notifyChanged(*m_id);
}

BookCommand::BookCommand(AppointmentEditor &editor, AppointmentEditor::Handle id,
                         const Core::Appointment &booked)
    : AppointmentCommand(editor, std::move(id),
                         QStringLiteral("Book %1").arg(booked.slot.describe()))
    , m_booked(booked)
{}

Core::Status BookCommand::apply(bool forward)
{
    if (!forward) {
        if (Core::Status s = m_editor->service().unbook(*m_id); !s)
            return s;
        m_editor->forget(m_id);
        return {};
    }
    auto booked = m_editor->service().book(m_booked);
    if (!booked)
        return booked.error();
    m_editor->rebooked(m_id, booked->id);
    return {};
}

MoveCommand::MoveCommand(AppointmentEditor &editor, AppointmentEditor::Handle id,
                         const Core::Appointment &before, const Core::Appointment &after)
    : AppointmentCommand(editor, std::move(id),
                         before.slot.minutes() != after.slot.minutes() &&
                                 before.slot.startMinute == after.slot.startMinute &&
                                 before.slot.date == after.slot.date
                             ? QStringLiteral("Resize to %1").arg(after.slot.describe())
                             : QStringLiteral("Move to %1").arg(after.slot.describe()))
    , m_before(before)
    , m_after(after)
{}

Core::Status MoveCommand::apply(bool forward)
{
    const Core::Appointment &to = forward ? m_after : m_before;
    return statusOf(m_editor->service().reschedule(*m_id, to.slot, to.providerId, to.roomId));
}

StatusCommand::StatusCommand(AppointmentEditor &editor, AppointmentEditor::Handle id,
                             const Core::Appointment &before, const Core::Appointment &after)
    : AppointmentCommand(editor, std::move(id),
                         QStringLiteral("Mark %1").arg(Core::statusLabel(after.status).toLower()))
    , m_before(before)
    , m_after(after)
{}

Core::Status StatusCommand::apply(bool forward)
{
    const Core::Appointment &to = forward ? m_after : m_before;
    return statusOf(m_editor->service().setStatus(*m_id, to.status, to.statusReason));
}

NotesCommand::NotesCommand(AppointmentEditor &editor, AppointmentEditor::Handle id,
                           const Core::Appointment &before, const Core::Appointment &after)
    : AppointmentCommand(editor, std::move(id), QStringLiteral("Edit notes"))
    , m_before(before.notes)
    , m_after(after.notes)
{}

Core::Status NotesCommand::apply(bool forward)
{
    return statusOf(m_editor->service().setNotes(*m_id, forward ? m_after : m_before));
}

} // namespace ClinicDesk::Ui
