// The mouse and keyboard half of TimeGridView: selecting, booking by double-click or by
// dragging across empty time, moving and resizing blocks, arrows, Enter and Delete.
#include "appointmenteditor.h"
#include "appointmenttext.h"
#include "timegridview.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace ClinicDesk::Ui {

namespace {
constexpr int kResizeGrip = 6; // pixels at a block's bottom edge that resize it
} // namespace

bool TimeGridView::canMove(const Core::ScheduleEntry &entry) const
{
    return m_editor && Core::holdsTime(entry.appointment.status) &&
           entry.appointment.status != Core::AppointmentStatus::Completed;
}

bool TimeGridView::isDragging() const
{
    return m_drag.mode != DragMode::None;
}

void TimeGridView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    m_drag = {};
    const int column = columnAt(pos);
    if (pos.y() < headerHeight()) {
        if (column >= 0)
            emit headerActivated(column);
        return;
    }
    if (column < 0)
        return;
    const int minute = minuteAt(pos);
    const qint64 id = appointmentAt(pos);
    m_drag.pressPos = pos;
    if (id != 0) {
        m_slot = {column, snap(minute), m_slotMinutes};
        selectAppointment(id);
        const Core::ScheduleEntry *hit = entry(id);
        if (hit && canMove(*hit)) {
            m_drag.mode = DragMode::PendingBlock;
            m_drag.id = id;
            m_drag.grabOffset = minute - hit->slot().startMinute;
            m_drag.nearBottom = pos.y() >= rectFor(id).bottom() - kResizeGrip;
            m_drag.column = column;
            m_drag.startMinute = hit->slot().startMinute;
            m_drag.minutes = hit->slot().minutes();
        }
        return;
    }
    selectAppointment(0);
    selectSlot(column, snap(minute), m_slotMinutes);
    m_drag.mode = DragMode::SelectSlots;
    m_drag.column = column;
    m_drag.anchorMinute = snap(minute);
}

void TimeGridView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag.mode == DragMode::None) {
        const qint64 id = appointmentAt(pos);
        const Core::ScheduleEntry *hit = id ? entry(id) : nullptr;
        if (hit && canMove(*hit) && pos.y() >= rectFor(id).bottom() - kResizeGrip)
            viewport()->setCursor(Qt::SizeVerCursor);
        else
            viewport()->unsetCursor();
        return;
    }
    if (m_drag.mode == DragMode::PendingBlock) {
        if ((pos - m_drag.pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag.mode = m_drag.nearBottom ? DragMode::ResizeBlock : DragMode::MoveBlock;
    }
    // Dragging near the top or bottom edge scrolls the book.
    if (pos.y() > viewport()->height() - 16)
        verticalScrollBar()->setValue(verticalScrollBar()->value() +
                                      verticalScrollBar()->singleStep());
    else if (pos.y() < headerHeight() + 16 && pos.y() > 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() -
                                      verticalScrollBar()->singleStep());

    const double minute =
        (pos.y() - headerHeight() + verticalScrollBar()->value()) / m_pixelsPerMinute +
        m_firstMinute;
    const auto nearest = [this](double m) {
        return int(std::lround(m / m_slotMinutes)) * m_slotMinutes;
    };
    switch (m_drag.mode) {
    case DragMode::MoveBlock: {
        const int column = columnAt(pos);
        if (column >= 0)
            m_drag.column = column;
        m_drag.startMinute =
            std::clamp(nearest(minute - m_drag.grabOffset), 0, 24 * 60 - m_drag.minutes);
        break;
    }
    case DragMode::ResizeBlock: {
        const Core::ScheduleEntry *e = entry(m_drag.id);
        if (!e)
            break;
        const int end = std::clamp(nearest(minute), e->slot().startMinute + m_slotMinutes, 24 * 60);
        m_drag.minutes = end - e->slot().startMinute;
        break;
    }
    case DragMode::SelectSlots: {
        const int at = snap(std::clamp(int(minute), m_firstMinute, m_lastMinute - 1));
        const int start = std::min(at, m_drag.anchorMinute);
        const int end = std::max(at, m_drag.anchorMinute) + m_slotMinutes;
        selectSlot(m_drag.column, start, end - start);
        break;
    }
    default:
        break;
    }
    viewport()->update();
}

void TimeGridView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const DragMode mode = m_drag.mode;
    if (mode == DragMode::MoveBlock || mode == DragMode::ResizeBlock) {
        finishMove();
    } else if (mode == DragMode::SelectSlots && m_slot.minutes > m_slotMinutes) {
        // Dragging across empty time books that stretch.
        m_drag = {};
        if (const auto draft = draftAtSelection())
            emit bookingRequested(*draft);
    }
    m_drag = {};
    viewport()->update();
}

void TimeGridView::finishMove()
{
    const Drag drag = m_drag;
    m_drag = {};
    const Core::ScheduleEntry *e = entry(drag.id);
    if (!e || drag.column < 0 || drag.column >= m_columns.size())
        return;
    const Core::Appointment before = e->appointment; // reload() replaces the entries
    const Core::Appointment after =
        placed(before, drag.column,
               drag.mode == DragMode::ResizeBlock ? before.slot.startMinute : drag.startMinute,
               drag.minutes);
    if (after.slot == before.slot && after.providerId == before.providerId &&
        after.roomId == before.roomId)
        return;
    auto moved = m_editor->reschedule(before.id, after.slot, after.providerId, after.roomId);
    if (!moved) {
        // The block was only drawn at its new place; with nothing stored it snaps back.
        emit message(moved.error().message, true);
        viewport()->update();
    }
}

void TimeGridView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_drag = {};
    const QPoint pos = event->position().toPoint();
    const int column = columnAt(pos);
    if (pos.y() < headerHeight() || column < 0)
        return;
    if (const qint64 id = appointmentAt(pos)) {
        emit openRequested(id);
        return;
    }
    selectSlot(column, snap(minuteAt(pos)), m_slotMinutes);
    if (const auto draft = draftAtSelection())
        emit bookingRequested(*draft);
}

void TimeGridView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        moveSlotSelection(0, -1);
        break;
    case Qt::Key_Down:
        moveSlotSelection(0, 1);
        break;
    case Qt::Key_Left:
        moveSlotSelection(-1, 0);
        break;
    case Qt::Key_Right:
        moveSlotSelection(1, 0);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selectedId != 0)
            emit openRequested(m_selectedId);
        else if (const auto draft = draftAtSelection())
            emit bookingRequested(*draft);
        break;
    case Qt::Key_Delete:
        if (m_selectedId != 0)
            emit cancelRequested(m_selectedId);
        break;
    case Qt::Key_Escape:
        if (isDragging()) {
            m_drag = {};
            viewport()->update();
        } else {
            selectAppointment(0);
        }
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimeGridView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        // Ctrl+wheel zooms the time scale, keeping the minute under the mouse in place.
        const QPoint pos = event->position().toPoint();
        const int minute = minuteAt(pos);
        setPixelsPerMinute(m_pixelsPerMinute * (event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15));
        m_zoomed = true;
        verticalScrollBar()->setValue(int((minute - m_firstMinute) * m_pixelsPerMinute) -
                                      (pos.y() - headerHeight()));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

bool TimeGridView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = appointmentAt(help->pos());
        if (const Core::ScheduleEntry *e = id ? entry(id) : nullptr)
            QToolTip::showText(help->globalPos(), AppointmentText::tooltip(
                                   *e, m_policy ? m_policy->markFor(*e)
                                                : Core::RetreatmentPolicy::Mark::None),
                               viewport(),
                               rectFor(id));
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace ClinicDesk::Ui
