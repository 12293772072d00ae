#pragma once

#include "appointmentservice.h"

#include <QHash>
#include <QObject>
#include <memory>

class QUndoStack;

namespace ClinicDesk::Ui {

// Every change the schedule makes to an appointment goes through here: the change is made
// through the AppointmentService first, and only when it succeeds is an undo command pushed
// that knows how to take it back. A refusal (a clash, a missing reason) comes back as the
// service's message and leaves the stack untouched, so nothing half-done ever sits on it.
//
// Undoing a booking removes the row and redoing it books a new one with a new id. Commands hold
// a shared handle to a visit's id rather than the id itself, so that older commands (a move made
// before the undo) follow the visit to its new id. SQLite reuses the ids of removed rows, so a
// handle is dropped from the registry the moment its row is removed: a stranger's visit that
// later gets the same id never inherits it.
class AppointmentEditor : public QObject
{
    Q_OBJECT
public:
    AppointmentEditor(Core::AppointmentService &service, QUndoStack *stack,
                      QObject *parent = nullptr);

    Core::AppointmentService &service() const { return m_service; }
    QUndoStack *stack() const { return m_stack; }

    Core::Result<Core::Appointment> book(const Core::Appointment &draft);
    // Move and/or resize, possibly to another provider, room or day.
    Core::Result<Core::Appointment> reschedule(qint64 id, const Core::TimeSlot &slot,
                                               qint64 providerId, qint64 roomId);
    Core::Result<Core::Appointment> setStatus(qint64 id, Core::AppointmentStatus status,
                                              const QString &reason = {});
    Core::Result<Core::Appointment> setNotes(qint64 id, const QString &notes);

    // The shared id of a visit for the commands that change it.
    using Handle = std::shared_ptr<qint64>;
    Handle handleFor(qint64 id);
    // The visit's row was removed (undo of a booking) / booked again under a new id.
    void forget(const Handle &handle);
    void rebooked(const Handle &handle, qint64 newId);

    // Called by the commands: a change (or its undo/redo) went through, or was refused.
    void notifyChanged(qint64 id);
    void notifyRefused(const QString &message);

signals:
    // An appointment changed through this editor, its undo or its redo; views reload.
    void changed(qint64 appointmentId);
    // An undo or redo could not be done (the slot was taken meanwhile); a message for the desk.
    void refused(const QString &message);

private:
    Core::AppointmentService &m_service;
    QUndoStack *m_stack = nullptr;
    QHash<qint64, std::weak_ptr<qint64>> m_handles; // live id -> the handle commands share
};

} // namespace ClinicDesk::Ui
