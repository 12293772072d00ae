#pragma once

#include "schedulecontext.h"

#include <QAbstractScrollArea>
#include <QTimer>
#include <optional>

namespace ClinicDesk::Ui {

class AppointmentEditor;

// One column of the time grid: a day and whose time it shows (a provider, a room, or the visits
// that need no room).
struct GridColumn {
    static constexpr qint64 kNoRoom = -1;

    QDate date;
    qint64 providerId = 0; // 0: any provider (a room column)
    qint64 roomId = 0; // 0: any room (a provider column); kNoRoom: visits without a room
    QString title;
    QColor colour; // the provider's colour dot; invalid for rooms and days
    bool isToday = false;

    bool accepts(const Core::Appointment &appointment) const;
};

// The painted appointment book shared by the day view (a column per provider or room) and the
// week view (a column per day): time runs down the left at the clinic's slot size, visits are
// blocks coloured by type with a left border in the provider's colour, out-of-hours and blocked
// time are shaded, and a red line shows "now" on today.
//
// Everything is in viewport coordinates, and the hit-test API (appointmentAt, rectFor,
// slotRect) is public so that tests can drive the view as a user would without knowing pixels.
// Moves, resizes and drops go through the AppointmentEditor (undoable); a refused move shows
// the service's message through message() and the block snaps back.
class TimeGridView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    struct SlotSelection {
        int column = -1;
        int startMinute = 0;
        int minutes = 0;
        bool isValid() const { return column >= 0 && minutes > 0; }
    };

    TimeGridView(const ScheduleServices &services, AppointmentEditor *editor,
                 QWidget *parent = nullptr);
    ~TimeGridView() override;

    // Reads the range's hours, blocks and visits again; keeps the selection where it can.
    void reload();
    void setShowCancelled(bool show);
    bool showCancelled() const { return m_showCancelled; }
    // The visit cut with Ctrl+X is drawn dashed until it is pasted.
    void setCutAppointment(qint64 id);

    const QList<GridColumn> &columns() const { return m_columns; }
    const QList<Core::ScheduleEntry> &entries() const { return m_entries; }
    const ScheduleDirectory &directory() const { return m_directory; }
    const Core::Availability &hours() const { return m_hours; }
    const Core::ScheduleEntry *entry(qint64 id) const;
    QString lastError() const { return m_lastError; }

    int slotMinutes() const { return m_slotMinutes; }
    double pixelsPerMinute() const { return m_pixelsPerMinute; }
    double defaultPixelsPerMinute() const;
    void setPixelsPerMinute(double pixels);
    int firstMinute() const { return m_firstMinute; }
    int lastMinute() const { return m_lastMinute; }

    // Hit-testing, in viewport coordinates.
    int columnAt(QPoint pos) const; // -1 outside the columns
    int minuteAt(QPoint pos) const; // the wall-clock minute under the point (unsnapped)
    qint64 appointmentAt(QPoint pos) const; // 0 on empty time
    QRect rectFor(qint64 appointmentId) const; // empty when not on screen
    QRect slotRect(int column, int startMinute, int minutes) const;
    QRect contentRect() const; // below the header, right of the time gutter

    qint64 selectedAppointmentId() const { return m_selectedId; }
    void selectAppointment(qint64 id);
    SlotSelection selectedSlot() const { return m_slot; }
    void selectSlot(int column, int startMinute, int minutes = 0);
    // A booking draft for the selected slot: the column's provider (or room), its day, start
    // and length. Nothing when no slot is selected.
    std::optional<Core::Appointment> draftForSlot(const SlotSelection &slot) const;
    std::optional<Core::Appointment> draftAtSelection() const { return draftForSlot(m_slot); }
    // Where a visit goes when dropped into a column at a start: provider, room and slot.
    Core::Appointment placed(const Core::Appointment &visit, int column, int startMinute,
                             int minutes) const;

    void scrollToMinute(int minute);
    // Today: a little before now; other days: the opening of the working day.
    void scrollToWorkingTime();
    bool isDragging() const;

signals:
    void appointmentSelected(qint64 appointmentId); // 0: none
    void slotSelected();
    void bookingRequested(const Core::Appointment &draft);
    void openRequested(qint64 appointmentId);
    void cancelRequested(qint64 appointmentId);
    void headerActivated(int column);
    // A refused move or a read error, in the desk's words.
    void message(const QString &text, bool isError);
    void reloaded();

protected:
    virtual QDate rangeStart() const = 0;
    virtual QDate rangeEnd() const = 0;
    // Columns for the range; the hours are already loaded (a week hides closed weekend days).
    virtual QList<GridColumn> buildColumns() = 0;
    virtual Core::ScheduleFilter filter() const = 0;
    // Providers whose working hours shade the view.
    virtual QList<qint64> providersForHours() const;
    // The second header line of a column, e.g. "8 visits".
    virtual QString columnSubtitle(int column) const;

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

    const ScheduleServices m_services;
    AppointmentEditor *m_editor = nullptr;

private:
    struct Placed {
        int entry = -1;
        int column = -1;
        int lane = 0;
        int lanes = 1;
    };
    enum class DragMode { None, PendingBlock, MoveBlock, ResizeBlock, SelectSlots };
    struct Drag {
        DragMode mode = DragMode::None;
        QPoint pressPos;
        qint64 id = 0;
        int grabOffset = 0; // minutes between the block's start and the press
        bool nearBottom = false;
        int column = -1; // the target while dragging
        int startMinute = 0;
        int minutes = 0;
        int anchorMinute = 0; // where a slot selection started
    };

    int headerHeight() const;
    int gutterWidth() const;
    double columnWidth() const;
    int yFor(int minute) const;
    int snap(int minute) const;
    QRect blockRect(const Placed &placed) const;
    void layoutBlocks();
    void updateScrollRange();
    void computeTimeRange();
    bool canMove(const Core::ScheduleEntry &entry) const;
    void finishMove();
    void moveSlotSelection(int dColumn, int dSlots);
    void ensureVisible(int startMinute, int minutes);
    void paintColumnBackground(QPainter &painter, int column) const;
    void paintGrid(QPainter &painter) const;
    void paintHeader(QPainter &painter) const;
    void paintGutter(QPainter &painter) const;
    void paintNowLine(QPainter &painter) const;

    bool m_showCancelled = false;
    int m_slotMinutes = 15;
    double m_pixelsPerMinute = 1.8;
    int m_firstMinute = 7 * 60;
    int m_lastMinute = 19 * 60;
    ScheduleDirectory m_directory;
    // The retreatment rule, for the marks on Botox visits (absent without a RetreatmentService).
    std::optional<Core::RetreatmentPolicy> m_policy;
    Core::Availability m_hours;
    QList<GridColumn> m_columns;
    QList<Core::ScheduleEntry> m_entries;
    QList<Placed> m_placed;
    QString m_lastError;
    qint64 m_selectedId = 0;
    qint64 m_cutId = 0;
    SlotSelection m_slot;
    Drag m_drag;
    bool m_shownOnce = false;
    bool m_scrollPending = true;
    bool m_zoomed = false;
    QTimer m_minuteTimer; // moves the "now" line
};

} // namespace ClinicDesk::Ui
