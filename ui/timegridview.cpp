#include "timegridview.h"

#include "appointmenteditor.h"
#include "gridpainter.h"

#include <QScrollBar>
#include <algorithm>
#include <cmath>

namespace ClinicDesk::Ui {

namespace {
constexpr int kFreeMargin = 8; // a strip at a column's right that stays clickable empty time
constexpr int kMinColumnWidth = 60;
} // namespace

bool GridColumn::accepts(const Core::Appointment &appointment) const
{
    if (appointment.slot.date != date)
        return false;
    if (providerId != 0 && appointment.providerId != providerId)
        return false;
    if (roomId == kNoRoom)
        return appointment.roomId == 0;
    return roomId == 0 || appointment.roomId == roomId;
}

TimeGridView::TimeGridView(const ScheduleServices &services, AppointmentEditor *editor,
                           QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_services(services)
    , m_editor(editor)
{
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    m_slotMinutes = m_services.appointments->slotMinutes();
    if (m_services.retreatment)
        m_policy = m_services.retreatment->policy();
    m_pixelsPerMinute = defaultPixelsPerMinute();
    m_minuteTimer.setInterval(60 * 1000);
    connect(&m_minuteTimer, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    if (m_editor) {
        // Changes made here, in another view or by undo/redo: the book on screen follows.
        connect(m_editor, &AppointmentEditor::changed, this, &TimeGridView::reload);
    }
}

TimeGridView::~TimeGridView() = default;

void TimeGridView::reload()
{
    if (!rangeStart().isValid())
        return; // no day chosen yet
    m_lastError.clear();
    auto directory = ScheduleDirectory::load(*m_services.setup);
    if (directory)
        m_directory = directory.value();
    else
        m_lastError = directory.error().message;
    m_slotMinutes = m_services.appointments->slotMinutes();

    auto hours =
        loadHours(*m_services.scheduleSetup, rangeStart(), rangeEnd(), providersForHours());
    if (hours)
        m_hours = hours.value();
    else
        m_lastError = hours.error().message;

    m_columns = buildColumns();
    Core::ScheduleFilter scheduleFilter = filter();
    scheduleFilter.includeCancelled = m_showCancelled;
    auto entries = m_services.appointments->between(rangeStart(), rangeEnd(), scheduleFilter);
    if (entries) {
        m_entries = entries.value();
    } else {
        m_entries.clear();
        m_lastError = entries.error().message;
    }
    if (m_selectedId != 0 && !entry(m_selectedId)) {
        m_selectedId = 0;
        emit appointmentSelected(0);
    }
    if (m_slot.column >= m_columns.size())
        m_slot = {};
    computeTimeRange();
    layoutBlocks();
    updateScrollRange();
    if (m_scrollPending && isVisible() && !m_columns.isEmpty()) {
        m_scrollPending = false;
        scrollToWorkingTime();
    }
    viewport()->update();
    if (!m_lastError.isEmpty())
        emit message(m_lastError, true);
    emit reloaded();
}

void TimeGridView::setShowCancelled(bool show)
{
    if (m_showCancelled == show)
        return;
    m_showCancelled = show;
    reload();
}

void TimeGridView::setCutAppointment(qint64 id)
{
    m_cutId = id;
    viewport()->update();
}

const Core::ScheduleEntry *TimeGridView::entry(qint64 id) const
{
    for (const Core::ScheduleEntry &e : m_entries)
        if (e.appointment.id == id)
            return &e;
    return nullptr;
}

double TimeGridView::defaultPixelsPerMinute() const
{
    // A 15-minute visit (the usual Botox booking) gets two lines: name, then time and type.
    return std::max(1.6, (2.0 * fontMetrics().height() + 3) / 15.0);
}

void TimeGridView::setPixelsPerMinute(double pixels)
{
    m_pixelsPerMinute = std::clamp(pixels, 0.8, 4.0);
    updateScrollRange();
    viewport()->update();
}

QList<qint64> TimeGridView::providersForHours() const
{
    QList<qint64> ids;
    for (const Core::Provider &p : m_directory.providers)
        ids << p.id;
    return ids;
}

QString TimeGridView::columnSubtitle(int column) const
{
    int count = 0;
    for (const Core::ScheduleEntry &e : m_entries)
        if (Core::holdsTime(e.appointment.status) && m_columns[column].accepts(e.appointment))
            ++count;
    if (count == 0)
        return QStringLiteral("No visits");
    return count == 1 ? QStringLiteral("1 visit") : QStringLiteral("%1 visits").arg(count);
}

// ---- geometry ---------------------------------------------------------------------------------

int TimeGridView::headerHeight() const
{
    return fontMetrics().height() * 2 + 12;
}

int TimeGridView::gutterWidth() const
{
    return fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 18;
}

double TimeGridView::columnWidth() const
{
    const int count = std::max<int>(1, m_columns.size());
    return std::max<double>(kMinColumnWidth, double(viewport()->width() - gutterWidth()) / count);
}

QRect TimeGridView::contentRect() const
{
    return QRect(gutterWidth(), headerHeight(), viewport()->width() - gutterWidth(),
                 viewport()->height() - headerHeight());
}

int TimeGridView::yFor(int minute) const
{
    return headerHeight() + int(std::lround((minute - m_firstMinute) * m_pixelsPerMinute)) -
           verticalScrollBar()->value();
}

int TimeGridView::snap(int minute) const
{
    return (minute / m_slotMinutes) * m_slotMinutes;
}

int TimeGridView::columnAt(QPoint pos) const
{
    if (pos.x() < gutterWidth() || m_columns.isEmpty())
        return -1;
    const int column = int((pos.x() - gutterWidth()) / columnWidth());
    return column < m_columns.size() ? column : -1;
}

int TimeGridView::minuteAt(QPoint pos) const
{
    const double offset =
        (pos.y() - headerHeight() + verticalScrollBar()->value()) / m_pixelsPerMinute;
    return std::clamp(m_firstMinute + int(std::floor(offset)), m_firstMinute, m_lastMinute - 1);
}

QRect TimeGridView::slotRect(int column, int startMinute, int minutes) const
{
    const double width = columnWidth();
    const int left = gutterWidth() + int(std::lround(column * width));
    const int right = gutterWidth() + int(std::lround((column + 1) * width));
    const int top = yFor(startMinute);
    return QRect(left, top, right - left, yFor(startMinute + minutes) - top);
}

QRect TimeGridView::blockRect(const Placed &placed) const
{
    const Core::TimeSlot &slot = m_entries[placed.entry].slot();
    const QRect cell = slotRect(placed.column, slot.startMinute, slot.minutes());
    const double laneWidth = double(cell.width() - kFreeMargin - 1) / placed.lanes;
    const int left = cell.left() + 1 + int(std::lround(placed.lane * laneWidth));
    const int right = cell.left() + 1 + int(std::lround((placed.lane + 1) * laneWidth));
    return QRect(left, cell.top(), right - left, std::max(cell.height(), 6));
}

qint64 TimeGridView::appointmentAt(QPoint pos) const
{
    if (pos.y() < headerHeight())
        return 0;
    for (auto it = m_placed.crbegin(); it != m_placed.crend(); ++it)
        if (blockRect(*it).contains(pos))
            return m_entries[it->entry].appointment.id;
    return 0;
}

QRect TimeGridView::rectFor(qint64 appointmentId) const
{
    for (const Placed &p : m_placed)
        if (m_entries[p.entry].appointment.id == appointmentId)
            return blockRect(p);
    return {};
}

void TimeGridView::layoutBlocks()
{
    m_placed.clear();
    for (int column = 0; column < m_columns.size(); ++column) {
        QList<int> inColumn;
        for (int i = 0; i < m_entries.size(); ++i)
            if (m_columns[column].accepts(m_entries[i].appointment))
                inColumn << i;
        std::sort(inColumn.begin(), inColumn.end(), [this](int a, int b) {
            const Core::TimeSlot &x = m_entries[a].slot(), &y = m_entries[b].slot();
            return x.startMinute != y.startMinute ? x.startMinute < y.startMinute
                                                  : x.endMinute > y.endMinute;
        });
        // Overlapping visits (a cancelled one under its replacement) share the width in lanes.
        QList<int> cluster;
        QList<int> laneEnds;
        int clusterEnd = -1;
        const auto flush = [&] {
            for (int index : cluster)
                m_placed[index].lanes = std::max<int>(1, laneEnds.size());
            cluster.clear();
            laneEnds.clear();
        };
        for (int i : inColumn) {
            const Core::TimeSlot &slot = m_entries[i].slot();
            if (!cluster.isEmpty() && slot.startMinute >= clusterEnd)
                flush();
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds[lane] > slot.startMinute)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds << slot.endMinute;
            else
                laneEnds[lane] = slot.endMinute;
            cluster << m_placed.size();
            m_placed.append({i, column, lane, 1});
            clusterEnd = std::max(clusterEnd, slot.endMinute);
        }
        flush();
    }
}

void TimeGridView::computeTimeRange()
{
    int open = 24 * 60, close = 0;
    for (const GridColumn &column : m_columns) {
        const auto working = column.providerId != 0
                                 ? m_hours.providerWorking(column.providerId, column.date)
                                 : m_hours.clinicOpen(column.date);
        if (working) {
            open = std::min(open, working->startMinute);
            close = std::max(close, working->endMinute);
        }
    }
    for (const Core::ScheduleEntry &e : m_entries) {
        open = std::min(open, e.slot().startMinute);
        close = std::max(close, e.slot().endMinute);
    }
    if (open >= close) {
        open = 8 * 60;
        close = 17 * 60;
    }
    // An hour either side, so that early and late visits can still be dragged in.
    m_firstMinute = std::max(0, (open / 60) * 60 - 60);
    m_lastMinute = std::min(24 * 60, ((close + 59) / 60) * 60 + 60);
}

void TimeGridView::updateScrollRange()
{
    const int content = int(std::lround((m_lastMinute - m_firstMinute) * m_pixelsPerMinute));
    const int visible = std::max(0, viewport()->height() - headerHeight());
    verticalScrollBar()->setRange(0, std::max(0, content - visible + 1));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(std::max(1, int(m_slotMinutes * m_pixelsPerMinute)));
}

void TimeGridView::scrollToMinute(int minute)
{
    verticalScrollBar()->setValue(int((minute - m_firstMinute) * m_pixelsPerMinute));
}

void TimeGridView::scrollToWorkingTime()
{
    const QDateTime now = m_services.clock->now();
    const bool showsToday = std::any_of(m_columns.cbegin(), m_columns.cend(),
                                        [&](const auto &c) { return c.date == now.date(); });
    const int nowMinute = Core::WallClock::minuteOf(now.time());
    if (showsToday && nowMinute > m_firstMinute && nowMinute < m_lastMinute) {
        scrollToMinute(nowMinute - 45);
        return;
    }
    int open = m_lastMinute;
    for (const GridColumn &column : m_columns)
        if (const auto hours = m_hours.clinicOpen(column.date))
            open = std::min(open, hours->startMinute);
    scrollToMinute(open == m_lastMinute ? m_firstMinute : open - 15);
}

void TimeGridView::ensureVisible(int startMinute, int minutes)
{
    const QRect rect = slotRect(0, startMinute, minutes);
    const QRect content = contentRect();
    if (rect.top() < content.top())
        verticalScrollBar()->setValue(verticalScrollBar()->value() - (content.top() - rect.top()));
    else if (rect.bottom() > content.bottom())
        verticalScrollBar()->setValue(verticalScrollBar()->value() +
                                      (rect.bottom() - content.bottom()));
}

// ---- selection --------------------------------------------------------------------------------

void TimeGridView::selectAppointment(qint64 id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    viewport()->update();
    emit appointmentSelected(id);
}

void TimeGridView::selectSlot(int column, int startMinute, int minutes)
{
    if (column < 0 || column >= m_columns.size()) {
        m_slot = {};
    } else {
        m_slot = {column, startMinute, minutes > 0 ? minutes : m_slotMinutes};
    }
    viewport()->update();
    emit slotSelected();
}

std::optional<Core::Appointment> TimeGridView::draftForSlot(const SlotSelection &slot) const
{
    if (!slot.isValid() || slot.column >= m_columns.size())
        return std::nullopt;
    const GridColumn &column = m_columns[slot.column];
    Core::Appointment draft;
    draft.slot = {column.date, slot.startMinute, slot.startMinute + slot.minutes};
    draft.providerId = column.providerId;
    draft.roomId = column.roomId > 0 ? column.roomId : 0;
    return draft;
}

Core::Appointment TimeGridView::placed(const Core::Appointment &visit, int column, int startMinute,
                                       int minutes) const
{
    Core::Appointment moved = visit;
    const GridColumn &target = m_columns[column];
    moved.slot = {target.date, startMinute, startMinute + minutes};
    if (target.providerId != 0)
        moved.providerId = target.providerId;
    if (target.roomId == GridColumn::kNoRoom)
        moved.roomId = 0;
    else if (target.roomId != 0)
        moved.roomId = target.roomId;
    return moved;
}

void TimeGridView::moveSlotSelection(int dColumn, int dSlots)
{
    if (m_columns.isEmpty())
        return;
    SlotSelection slot = m_slot;
    if (!slot.isValid()) {
        const QPoint top = contentRect().topLeft();
        slot = {0, snap(minuteAt(top) + m_slotMinutes - 1), m_slotMinutes};
    } else {
        slot.column = std::clamp<int>(slot.column + dColumn, 0, m_columns.size() - 1);
        slot.startMinute = std::clamp(slot.startMinute + dSlots * m_slotMinutes, m_firstMinute,
                                      m_lastMinute - m_slotMinutes);
        slot.minutes = m_slotMinutes;
    }
    selectSlot(slot.column, slot.startMinute, slot.minutes);
    // The visit under the cursor becomes the selected one, so its details show as you move.
    qint64 under = 0;
    const Core::TimeSlot probe{m_columns[slot.column].date, slot.startMinute, slot.startMinute + 1};
    for (const Placed &p : m_placed)
        if (p.column == slot.column && m_entries[p.entry].slot().overlaps(probe))
            under = m_entries[p.entry].appointment.id;
    selectAppointment(under);
    ensureVisible(slot.startMinute, slot.minutes);
}

void TimeGridView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollRange();
}

void TimeGridView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    m_minuteTimer.start();
    if (!m_shownOnce) {
        m_shownOnce = true;
        if (!m_zoomed) // the style's font is known now
            m_pixelsPerMinute = defaultPixelsPerMinute();
        updateScrollRange();
    }
    // The first time the view is seen with something in it, it opens at the working day.
    if (m_scrollPending && !m_columns.isEmpty()) {
        m_scrollPending = false;
        scrollToWorkingTime();
    }
}

void TimeGridView::scrollContentsBy(int, int)
{
    viewport()->update();
}

} // namespace ClinicDesk::Ui
