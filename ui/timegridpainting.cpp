// The painting half of TimeGridView (kept apart from its interaction to stay readable).
#include "gridpainter.h"
#include "theme.h"
#include "timegridview.h"

#include <QPainter>
#include <QScrollBar>

namespace ClinicDesk::Ui {

namespace {
const QColor kHeaderFill{0xf6, 0xf8, 0xfa};
} // namespace

void TimeGridView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), Theme::base);
    const QRect content = contentRect();

    if (m_columns.isEmpty()) {
        painter.setPen(Theme::mutedText);
        painter.drawText(content.adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                         QStringLiteral("Nothing to show: tick a provider on the left, or set up "
                                        "providers and rooms in Settings."));
        paintGutter(painter);
        return;
    }

    painter.setClipRect(content);
    for (int column = 0; column < m_columns.size(); ++column)
        paintColumnBackground(painter, column);
    paintGrid(painter);

    // The selected time, unless a visit is selected (the slot under it would only add noise).
    if (m_slot.isValid() && m_selectedId == 0) {
        const QRect slot =
            slotRect(m_slot.column, m_slot.startMinute, m_slot.minutes).adjusted(1, 0, -1, 0);
        painter.fillRect(slot, GridPainter::kSelectedSlot);
        painter.setPen(QPen(Theme::accent, 2));
        painter.drawRect(slot.adjusted(1, 1, -1, -1));
    }

    // Under the blocks: a line through a visit's text would read as "struck out" (cancelled).
    paintNowLine(painter);

    const bool dragging =
        m_drag.mode == DragMode::MoveBlock || m_drag.mode == DragMode::ResizeBlock;
    for (const Placed &p : m_placed) {
        const QRect rect = blockRect(p);
        if (!rect.intersects(content))
            continue;
        const Core::ScheduleEntry &e = m_entries[p.entry];
        GridPainter::BlockLook look;
        look.typeColour = colourOf(e.typeColour);
        const Core::Provider *provider = m_directory.provider(e.appointment.providerId);
        look.providerColour = colourOf(provider ? provider->colour : QString(), Theme::border);
        const GridColumn &column = m_columns[p.column];
        if (column.providerId == 0)
            look.detail = e.providerName;
        else if (column.roomId == 0)
            look.detail = e.roomName.isEmpty() ? QStringLiteral("No room") : e.roomName;
        look.selected = e.appointment.id == m_selectedId;
        look.cut = e.appointment.id == m_cutId;
        if (m_policy)
            look.retreatment = m_policy->markFor(e);
        const bool isDragged = dragging && e.appointment.id == m_drag.id;
        if (isDragged)
            painter.setOpacity(0.35);
        GridPainter::paintBlock(painter, rect, e, look);
        painter.setOpacity(1.0);
    }

    if (dragging) {
        if (const Core::ScheduleEntry *e = entry(m_drag.id)) {
            Core::ScheduleEntry ghost = *e;
            const int start =
                m_drag.mode == DragMode::ResizeBlock ? e->slot().startMinute : m_drag.startMinute;
            ghost.appointment = placed(e->appointment, m_drag.column, start, m_drag.minutes);
            GridPainter::BlockLook look;
            look.typeColour = colourOf(e->typeColour);
            const Core::Provider *provider = m_directory.provider(ghost.appointment.providerId);
            look.providerColour = colourOf(provider ? provider->colour : QString(), Theme::border);
            look.ghost = true;
            QRect rect = slotRect(m_drag.column, start, m_drag.minutes);
            rect.adjust(1, 0, -8, 0);
            GridPainter::paintBlock(painter, rect, ghost, look);
        }
    }

    painter.setClipping(false);
    paintGutter(painter);
    paintHeader(painter);
}

void TimeGridView::paintColumnBackground(QPainter &painter, int index) const
{
    const GridColumn &column = m_columns[index];
    const QRect whole = slotRect(index, m_firstMinute, m_lastMinute - m_firstMinute);
    const auto working = column.providerId != 0
                             ? m_hours.providerWorking(column.providerId, column.date)
                             : m_hours.clinicOpen(column.date);
    if (!working) {
        const bool open = m_hours.clinicOpen(column.date).has_value();
        GridPainter::paintOutOfHours(painter, whole.intersected(contentRect()),
                                     open ? QStringLiteral("Not working")
                                          : QStringLiteral("Closed"));
    } else {
        GridPainter::paintOutOfHours(
            painter, slotRect(index, m_firstMinute, working->startMinute - m_firstMinute));
        GridPainter::paintOutOfHours(
            painter, slotRect(index, working->endMinute, m_lastMinute - working->endMinute));
    }
    const qint64 room = column.roomId > 0 ? column.roomId : 0;
    for (const Core::BlockedTime *block : m_hours.blocksOn(column.date, column.providerId, room)) {
        const int start = std::max(block->startMinute, m_firstMinute);
        const int end = std::min(block->endMinute, m_lastMinute);
        if (start < end)
            GridPainter::paintBlocked(
                painter, slotRect(index, start, end - start).adjusted(0, 0, -1, 0),
                block->reason.isEmpty() ? QStringLiteral("Blocked") : block->reason);
    }
}

void TimeGridView::paintGrid(QPainter &painter) const
{
    const QRect content = contentRect();
    for (int minute = m_firstMinute; minute <= m_lastMinute; minute += m_slotMinutes) {
        const int y = yFor(minute);
        if (y < content.top() || y > content.bottom())
            continue;
        painter.setPen(minute % 60 == 0 ? GridPainter::kHourLine : GridPainter::kGridLine);
        painter.drawLine(content.left(), y, content.right(), y);
    }
    painter.setPen(GridPainter::kHourLine);
    for (int column = 1; column < m_columns.size(); ++column) {
        const int x = slotRect(column, m_firstMinute, 1).left();
        // A thicker line between days or between resources keeps columns apart.
        painter.drawLine(x, content.top(), x, content.bottom());
    }
}

void TimeGridView::paintGutter(QPainter &painter) const
{
    const QRect gutter(0, headerHeight(), gutterWidth(), viewport()->height() - headerHeight());
    painter.fillRect(gutter, kHeaderFill);
    painter.setPen(GridPainter::kHourLine);
    painter.drawLine(gutter.topRight(), gutter.bottomRight());
    painter.save();
    painter.setClipRect(gutter);
    const QFontMetrics fm(font());
    // Every slot gets its time when there is room; otherwise hours and half hours.
    int labelEvery = m_slotMinutes;
    while (labelEvery * m_pixelsPerMinute < fm.height() + 2 && labelEvery < 60)
        labelEvery = labelEvery < 30 ? (labelEvery < 15 ? 15 : 30) : 60;
    QFont hourFont = font();
    hourFont.setBold(true);
    for (int minute = (m_firstMinute / labelEvery) * labelEvery; minute < m_lastMinute;
         minute += labelEvery) {
        if (minute < m_firstMinute)
            continue;
        const int y = yFor(minute);
        const bool hour = minute % 60 == 0;
        painter.setFont(hour ? hourFont : font());
        painter.setPen(hour ? Theme::text : Theme::mutedText);
        painter.drawText(QRect(2, y + 1, gutter.width() - 8, fm.height()),
                         Qt::AlignRight | Qt::AlignTop, Core::WallClock::format(minute));
    }
    painter.restore();

    // Now, in the gutter: a red pill with the time, at the line.
    const QDateTime now = m_services.clock->now();
    const int nowMinute = Core::WallClock::minuteOf(now.time());
    const bool showsToday = std::any_of(m_columns.cbegin(), m_columns.cend(),
                                        [&](const GridColumn &c) { return c.isToday; });
    if (showsToday && nowMinute >= m_firstMinute && nowMinute < m_lastMinute) {
        const int y = yFor(nowMinute);
        if (y >= headerHeight() && y < viewport()->height()) {
            const QRect pill(1, y - fm.height() / 2 - 1, gutter.width() - 3, fm.height() + 2);
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(GridPainter::kNow);
            painter.drawRoundedRect(pill, 4, 4);
            QFont bold = font();
            bold.setBold(true);
            painter.setFont(bold);
            painter.setPen(Qt::white);
            painter.drawText(pill, Qt::AlignCenter, Core::WallClock::format(nowMinute));
            painter.restore();
        }
    }
}

void TimeGridView::paintHeader(QPainter &painter) const
{
    const QRect header(0, 0, viewport()->width(), headerHeight());
    painter.fillRect(header, kHeaderFill);
    painter.setPen(GridPainter::kHourLine);
    painter.drawLine(header.bottomLeft(), header.bottomRight());
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    // Days side by side (the week) mark today; one day's columns all share the date above.
    const bool severalDays = m_columns.first().date != m_columns.last().date;
    for (int index = 0; index < m_columns.size(); ++index) {
        const GridColumn &column = m_columns[index];
        const bool markToday = column.isToday && severalDays;
        const QRect cell = slotRect(index, m_firstMinute, 1);
        QRect box(cell.left(), 0, cell.width(), header.height());
        if (markToday)
            painter.fillRect(box.adjusted(0, 0, 0, -1), Theme::accentSoft);
        if (index > 0) {
            painter.setPen(GridPainter::kHourLine);
            painter.drawLine(box.left(), 4, box.left(), box.bottom() - 4);
        }
        QRect text = box.adjusted(8, 5, -6, -5);
        if (column.colour.isValid()) {
            GridPainter::paintDot(painter, QPoint(text.left() + 5, text.top() + fm.height() / 2), 5,
                                  column.colour);
            text.setLeft(text.left() + 16);
        }
        painter.setFont(bold);
        painter.setPen(markToday ? Theme::accent : Theme::text);
        painter.drawText(QRect(text.left(), text.top(), text.width(), fm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(bold).elidedText(column.title, Qt::ElideRight, text.width()));
        painter.setFont(font());
        painter.setPen(Theme::mutedText);
        QString subtitle = columnSubtitle(index);
        if (markToday)
            subtitle = QStringLiteral("Today \u00b7 ") + subtitle;
        painter.drawText(
            QRect(text.left(), text.top() + fm.height() + 1, text.width(), fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(subtitle, Qt::ElideRight, text.width()));
    }
    painter.fillRect(QRect(0, 0, gutterWidth(), header.height() - 1), kHeaderFill);
}

void TimeGridView::paintNowLine(QPainter &painter) const
{
    const QDateTime now = m_services.clock->now();
    const double minute = now.time().hour() * 60 + now.time().minute() + now.time().second() / 60.0;
    if (minute < m_firstMinute || minute >= m_lastMinute)
        return;
    const int y = headerHeight() + int(std::lround((minute - m_firstMinute) * m_pixelsPerMinute)) -
                  verticalScrollBar()->value();
    painter.save();
    painter.setPen(QPen(GridPainter::kNow, 2));
    for (int index = 0; index < m_columns.size(); ++index) {
        if (!m_columns[index].isToday)
            continue;
        const QRect cell = slotRect(index, m_firstMinute, 1);
        painter.drawLine(cell.left(), y, cell.right(), y);
    }
    painter.restore();
}

} // namespace ClinicDesk::Ui
