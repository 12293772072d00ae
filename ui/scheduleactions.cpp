// ScheduleScreen's actions and the changes they make: its keys, booking (at a slot, for a
// patient, from the slot finder), status changes with their reasons, notes, cut and paste.
#include "appointmentdetailspanel.h"
#include "appointmenteditor.h"
#include "appointmenttext.h"
#include "bookingdialog.h"
#include "dayview.h"
#include "findslotdialog.h"
#include "notesdialog.h"
#include "reasondialog.h"
#include "scheduleprintdialog.h"
#include "schedulescreen.h"
#include "scheduletoolbar.h"
#include "weekview.h"

#include <QAction>
#include <QUndoStack>

namespace ClinicDesk::Ui {

void ScheduleScreen::createActions()
{
    const auto add = [this](const QString &text, const QList<QKeySequence> &keys,
                            const QString &name, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_actions << action;
        return action;
    };
    add(QStringLiteral("&Today"), {QKeySequence(Qt::Key_T)}, QStringLiteral("actionToday"),
        [this] { goToToday(); });
    add(QStringLiteral("&Previous"),
        {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::CTRL | Qt::Key_PageUp)},
        QStringLiteral("actionPrevious"), [this] { previous(); });
    add(QStringLiteral("&Next"),
        {QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::CTRL | Qt::Key_PageDown)},
        QStringLiteral("actionNext"), [this] { next(); });
    add(QStringLiteral("&Go to date\u2026"), {QKeySequence(Qt::CTRL | Qt::Key_G)},
        QStringLiteral("actionGoToDate"), [this] { m_toolbar->popUpCalendar(); });
    add(QStringLiteral("&Day view"), {QKeySequence(Qt::Key_D)}, QStringLiteral("actionDayView"),
        [this] { setViewMode(ViewMode::Day); });
    add(QStringLiteral("&Week view"), {QKeySequence(Qt::Key_W)}, QStringLiteral("actionWeekView"),
        [this] { setViewMode(ViewMode::Week); });
    add(QStringLiteral("&Month view"), {QKeySequence(Qt::Key_M)}, QStringLiteral("actionMonthView"),
        [this] { setViewMode(ViewMode::Month); });
    add(QStringLiteral("&New appointment\u2026"), {QKeySequence(Qt::Key_N)},
        QStringLiteral("actionNewAppointment"), [this] { newAppointment(); });
    add(QStringLiteral("&Find slot\u2026"), {QKeySequence(Qt::Key_F)},
        QStringLiteral("actionFindSlot"), [this] { findSlot(); });
    if (m_services.retreatment && m_services.authorizations)
        add(QStringLiteral("P&rint day\u2026"), {QKeySequence::Print},
            QStringLiteral("actionPrintDay"), [this] { printDay(); });
    add(QStringLiteral("Cu&t visit"), {QKeySequence::Cut}, QStringLiteral("actionCut"),
        [this] { cutSelected(); });
    add(QStringLiteral("&Paste visit"), {QKeySequence::Paste}, QStringLiteral("actionPaste"),
        [this] { paste(); });
    if (m_undoStack) {
        m_undoAction = m_undoStack->createUndoAction(this, QStringLiteral("&Undo"));
        m_undoAction->setObjectName(QStringLiteral("actionUndo"));
        m_undoAction->setShortcuts(QKeySequence::Undo);
        m_redoAction = m_undoStack->createRedoAction(this, QStringLiteral("&Redo"));
        m_redoAction->setObjectName(QStringLiteral("actionRedo"));
        m_redoAction->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
        for (QAction *action : {m_undoAction, m_redoAction}) {
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(action);
            m_actions << action;
        }
    }
}

void ScheduleScreen::presentDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit dialogOpened(dialog);
}

BookingDialog *ScheduleScreen::openBooking(const Core::Appointment &draft)
{
    auto *dialog = new BookingDialog(m_services, *m_editor, this);
    dialog->setDraft(draft);
    connect(dialog, &BookingDialog::booked, this, [this](const Core::Appointment &booked) {
        showBanner(QStringLiteral("Booked %1 on %2. Ctrl+Z takes it back.")
                       .arg(booked.slot.timeRange(), AppointmentText::shortDate(booked.slot.date)),
                   false);
        if (booked.slot.date != m_date || m_mode == ViewMode::Month)
            showAppointment(booked.id);
        else if (TimeGridView *grid = currentGrid())
            grid->selectAppointment(booked.id);
    });
    presentDialog(dialog);
    return dialog;
}

void ScheduleScreen::newAppointment()
{
    Core::Appointment draft;
    if (TimeGridView *grid = currentGrid(); grid && grid->draftAtSelection())
        draft = *grid->draftAtSelection();
    else
        draft.slot = {m_date, 0, 0};
    openBooking(draft);
}

void ScheduleScreen::bookForPatient(qint64 patientId)
{
    Core::Appointment draft;
    if (TimeGridView *grid = currentGrid(); grid && grid->draftAtSelection())
        draft = *grid->draftAtSelection();
    else
        draft.slot = {m_date, 0, 0};
    draft.patientId = patientId;
    openBooking(draft);
}

void ScheduleScreen::findSlot()
{
    auto *dialog = new FindSlotDialog(m_services, this);
    if (TimeGridView *grid = currentGrid(); grid && grid->draftAtSelection())
        dialog->setProvider(grid->draftAtSelection()->providerId);
    connect(dialog, &FindSlotDialog::slotChosen, this, &ScheduleScreen::onSlotChosen);
    presentDialog(dialog);
}

void ScheduleScreen::printDay()
{
    presentDialog(new SchedulePrintDialog(m_services, m_date, this));
}

void ScheduleScreen::onSlotChosen(const Core::Appointment &draft)
{
    if (draft.patientId == 0) {
        openBooking(draft);
        return;
    }
    auto booked = m_editor->book(draft);
    if (!booked) {
        // Taken meanwhile, or the patient cannot be booked: let the dialog show why.
        openBooking(draft);
        return;
    }
    showAppointment(booked->id);
    showBanner(QStringLiteral("Booked %1 on %2. Ctrl+Z takes it back.")
                   .arg(booked->slot.timeRange(), AppointmentText::shortDate(booked->slot.date)),
               false);
}

void ScheduleScreen::setStatus(qint64 appointmentId, Core::AppointmentStatus status)
{
    auto changed = m_editor->setStatus(appointmentId, status);
    if (!changed) {
        showBanner(changed.error().message, true);
        return;
    }
    if (status == Core::AppointmentStatus::Completed)
        checkOut(appointmentId);
}

void ScheduleScreen::openReason(qint64 appointmentId, Core::AppointmentStatus status)
{
    auto entry = m_services.appointments->byId(appointmentId);
    if (!entry) {
        showBanner(entry.error().message, true);
        return;
    }
    if (!Core::holdsTime(entry->appointment.status))
        return;
    const bool cancel = status == Core::AppointmentStatus::Cancelled;
    const QString visit =
        QStringLiteral("%1 on %2")
            .arg(entry->describe(), AppointmentText::shortDate(entry->slot().date));
    auto *dialog = new ReasonDialog(
        cancel ? QStringLiteral("Cancel visit") : QStringLiteral("Mark as no-show"), visit,
        cancel ? QStringLiteral("Cancel visit") : QStringLiteral("Mark no-show"),
        cancel ? ReasonDialog::cancelReasons() : ReasonDialog::noShowReasons(), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, appointmentId, status] {
        auto changed = m_editor->setStatus(appointmentId, status, dialog->reason());
        if (!changed)
            showBanner(changed.error().message, true);
        else if (status == Core::AppointmentStatus::Cancelled)
            offerToWaitlist(appointmentId);
    });
    presentDialog(dialog);
}

void ScheduleScreen::openNotes(qint64 appointmentId)
{
    auto entry = m_services.appointments->byId(appointmentId);
    if (!entry)
        return;
    auto *dialog = new NotesDialog(entry->describe(), entry->appointment.notes, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, appointmentId] {
        auto changed = m_editor->setNotes(appointmentId, dialog->notes());
        if (!changed)
            showBanner(changed.error().message, true);
    });
    presentDialog(dialog);
}

void ScheduleScreen::cutSelected()
{
    TimeGridView *grid = currentGrid();
    const Core::ScheduleEntry *entry = grid ? grid->entry(m_selectedId) : nullptr;
    if (!entry || !Core::holdsTime(entry->appointment.status)) {
        showBanner(QStringLiteral("Select a booked visit first, then Ctrl+X to move it."), false);
        return;
    }
    m_cutId = m_selectedId;
    m_dayView->setCutAppointment(m_cutId);
    m_weekView->setCutAppointment(m_cutId);
    showBanner(QStringLiteral("Cut %1. Go to the day, select the new time and press Ctrl+V to "
                              "move the visit there.")
                   .arg(entry->describe()),
               false);
}

void ScheduleScreen::paste()
{
    TimeGridView *grid = currentGrid();
    if (m_cutId == 0 || !grid)
        return;
    const auto slot = grid->selectedSlot();
    auto entry = m_services.appointments->byId(m_cutId);
    if (!entry) {
        m_cutId = 0;
        showBanner(entry.error().message, true);
        return;
    }
    if (!slot.isValid()) {
        showBanner(QStringLiteral("Select the time to move the visit to, then press Ctrl+V."),
                   false);
        return;
    }
    const Core::Appointment target =
        grid->placed(entry->appointment, slot.column, slot.startMinute, entry->slot().minutes());
    auto moved = m_editor->reschedule(m_cutId, target.slot, target.providerId, target.roomId);
    if (!moved) {
        showBanner(moved.error().message, true);
        return;
    }
    const qint64 id = m_cutId;
    m_cutId = 0;
    m_dayView->setCutAppointment(0);
    m_weekView->setCutAppointment(0);
    grid->selectAppointment(id);
    showBanner(QStringLiteral("Moved to %1. Ctrl+Z moves it back.").arg(target.slot.describe()),
               false);
}

} // namespace ClinicDesk::Ui
