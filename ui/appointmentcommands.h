#pragma once

#include "appointment.h"
#include "appointmenteditor.h"

#include <QPointer>
#include <QUndoCommand>

namespace ClinicDesk::Ui {

// Undo commands for the appointment book. Each is pushed by the AppointmentEditor after its
// change has already been made (so a refused change never reaches the stack); the first redo(),
// which QUndoStack::push() calls, therefore does nothing.
//
// When an undo or a later redo is refused (another workstation took the slot meanwhile, or the
// visit is gone), the command reports the service's message through the editor and marks itself
// obsolete: QUndoStack then deletes it without moving past it. The book is left as it is, and
// the stack no longer offers a step that cannot be taken, so it never claims a state the
// database is not in. The receptionist reads why in the message and can act by hand.
class AppointmentCommand : public QUndoCommand
{
public:
    AppointmentCommand(AppointmentEditor &editor, AppointmentEditor::Handle id,
                       const QString &text);

    qint64 appointmentId() const { return *m_id; }
    void undo() final;
    void redo() final;

protected:
    virtual Core::Status apply(bool forward) = 0;

    // The window's stack may outlive the schedule screen (and its editor); a command whose
    // editor is gone can no longer be taken and drops itself from the stack.
    QPointer<AppointmentEditor> m_editor;
    AppointmentEditor::Handle m_id;

private:
    bool m_done = true; // pushed after the change was made
};

// Book <-> unbook. Redoing an undone booking books it again (a new row with a new id, which
// every command sharing the handle follows).
class BookCommand final : public AppointmentCommand
{
public:
    BookCommand(AppointmentEditor &editor, AppointmentEditor::Handle id,
                const Core::Appointment &booked);

protected:
    Core::Status apply(bool forward) override;

private:
    Core::Appointment m_booked;
};

// A move and/or resize, possibly to another provider, room or day; undo moves it back.
class MoveCommand final : public AppointmentCommand
{
public:
    MoveCommand(AppointmentEditor &editor, AppointmentEditor::Handle id,
                const Core::Appointment &before, const Core::Appointment &after);

protected:
    Core::Status apply(bool forward) override;

private:
    Core::Appointment m_before;
    Core::Appointment m_after;
};

// A status change (confirm, arrived, ..., cancel and no-show with their reasons); undo restores
// the previous status and reason.
class StatusCommand final : public AppointmentCommand
{
public:
    StatusCommand(AppointmentEditor &editor, AppointmentEditor::Handle id,
                  const Core::Appointment &before, const Core::Appointment &after);

protected:
    Core::Status apply(bool forward) override;

private:
    Core::Appointment m_before;
    Core::Appointment m_after;
};

class NotesCommand final : public AppointmentCommand
{
public:
    NotesCommand(AppointmentEditor &editor, AppointmentEditor::Handle id,
                 const Core::Appointment &before, const Core::Appointment &after);

protected:
    Core::Status apply(bool forward) override;

private:
    QString m_before;
    QString m_after;
};

} // namespace ClinicDesk::Ui
