#include "appointmenteditor.h"

#include "appointmentcommands.h"

#include <QUndoStack>

namespace ClinicDesk::Ui {

AppointmentEditor::AppointmentEditor(Core::AppointmentService &service, QUndoStack *stack,
                                     QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_stack(stack)
{}

namespace {
// Runs a command that has already been done once: push() calls redo(), which skips that first
// time. Without a stack the change simply stands.
void record(QUndoStack *stack, QUndoCommand *command)
{
    if (stack)
        stack->push(command);
    else
        delete command;
}
} // namespace

Core::Result<Core::Appointment> AppointmentEditor::book(const Core::Appointment &draft)
{
    auto booked = m_service.book(draft);
    if (!booked)
        return booked;
    record(m_stack, new BookCommand(*this, handleFor(booked->id), booked.value()));
    notifyChanged(booked->id);
    return booked;
}

Core::Result<Core::Appointment> AppointmentEditor::reschedule(qint64 id, const Core::TimeSlot &slot,
                                                              qint64 providerId, qint64 roomId)
{
    auto before = m_service.byId(id);
    if (!before)
        return before.error();
    auto moved = m_service.reschedule(id, slot, providerId, roomId);
    if (!moved)
        return moved;
    record(m_stack, new MoveCommand(*this, handleFor(id), before->appointment, moved.value()));
    notifyChanged(id);
    return moved;
}

Core::Result<Core::Appointment>
AppointmentEditor::setStatus(qint64 id, Core::AppointmentStatus status, const QString &reason)
{
    auto before = m_service.byId(id);
    if (!before)
        return before.error();
    auto changed = m_service.setStatus(id, status, reason);
    if (!changed)
        return changed;
    record(m_stack, new StatusCommand(*this, handleFor(id), before->appointment, changed.value()));
    notifyChanged(id);
    return changed;
}

Core::Result<Core::Appointment> AppointmentEditor::setNotes(qint64 id, const QString &notes)
{
    auto before = m_service.byId(id);
    if (!before)
        return before.error();
    auto changed = m_service.setNotes(id, notes);
    if (!changed)
        return changed;
    record(m_stack, new NotesCommand(*this, handleFor(id), before->appointment, changed.value()));
    notifyChanged(id);
    return changed;
}

AppointmentEditor::Handle AppointmentEditor::handleFor(qint64 id)
{
    if (Handle existing = m_handles.value(id).lock())
        return existing;
    auto handle = std::make_shared<qint64>(id);
    m_handles.insert(id, handle);
    return handle;
}

void AppointmentEditor::forget(const Handle &handle)
{
    const auto it = m_handles.constFind(*handle);
    if (it != m_handles.cend() && it->lock() == handle)
        m_handles.erase(it);
}

void AppointmentEditor::rebooked(const Handle &handle, qint64 newId)
{
    forget(handle);
    *handle = newId;
    m_handles.insert(newId, handle);
}

void AppointmentEditor::notifyChanged(qint64 id)
{
    emit changed(id);
}

void AppointmentEditor::notifyRefused(const QString &message)
{
    emit refused(message);
}

} // namespace ClinicDesk::Ui
