#pragma once

#include "confirmation.h"
#include "schedulecontext.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QDialog;
class QFrame;
class QLabel;
class QStackedWidget;
class QUndoStack;

namespace ClinicDesk::Ui {

class AppointmentDetailsPanel;
class AppointmentEditor;
class BookingDialog;
class DayView;
class MonthView;
class ScheduleSidebar;
class ScheduleToolbar;
class TimeGridView;
class WeekView;

// The appointment book a receptionist lives in: a toolbar strip (today, previous/next, the date,
// Day | Week | Month, Providers | Rooms, Show cancelled, Find slot, + New), the mini calendar and
// provider checklist on the left, the day/week/month views in the middle and the selected
// visit's details and actions on the right.
//
// Every change goes through an AppointmentEditor onto the main window's QUndoStack, so Ctrl+Z
// and Ctrl+Shift+Z take back bookings, moves, resizes, cancellations and status changes.
// Dialogs (booking, find slot, reason, notes) open window-modal without blocking, parented to
// the screen, and are announced through dialogOpened() so the shell and tests can reach them.
//
// The screen's actions (scheduleActions()) carry its keys: T today, Alt+Left/Right previous and
// next, Ctrl+G go to date, D/W/M view, N new, F find slot, Ctrl+X/Ctrl+V cut and paste a visit,
// Ctrl+Z/Ctrl+Shift+Z undo and redo. They work while the screen has the focus; a window that
// lists them in its menus should add these same actions rather than make new ones with the
// same keys (two actions with one key would make both ambiguous).
class ScheduleScreen : public QWidget
{
    Q_OBJECT
public:
    using Services = ScheduleServices;

    ScheduleScreen(const ScheduleServices &services, QUndoStack *undoStack,
                   QWidget *parent = nullptr);
    ~ScheduleScreen() override;

    QDate date() const { return m_date; }
    ViewMode viewMode() const { return m_mode; }
    ColumnsBy columnsBy() const { return m_columnsBy; }
    bool showCancelled() const { return m_showCancelled; }
    // "Wed Nov 25: 42 booked, 3 arrived" (arrived counts those in the building or seen).
    QString statusText() const { return m_statusText; }
    qint64 selectedAppointmentId() const { return m_selectedId; }

    DayView *dayView() const { return m_dayView; }
    WeekView *weekView() const { return m_weekView; }
    MonthView *monthView() const { return m_monthView; }
    AppointmentDetailsPanel *detailsPanel() const { return m_details; }
    AppointmentEditor *editor() const { return m_editor; }
    // The services the screen was given (which optional Botox features it offers).
    const ScheduleServices &services() const { return m_services; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QList<QAction *> scheduleActions() const { return m_actions; }
    // The banner's current message ("" when hidden).
    QString bannerText() const;
    // Who answers "Book the next cycle?" at check-out; by default a message box.
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

public slots:
    void goToToday();
    void previous();
    void next();
    void goToDate(QDate date);
    void setViewMode(ViewMode mode);
    void setColumnsBy(ColumnsBy columnsBy);
    void setShowCancelled(bool show);
    // Books at the selected slot (or on the day shown).
    void newAppointment();
    void findSlot();
    // The day shown, for the whole clinic, to preview, print, or save as PDF or CSV.
    void printDay();
    // Starting from a patient's record: the booking dialog with the patient filled in.
    void bookForPatient(qint64 patientId);
    // The booking dialog filled in with a chosen free time (next cycle, retreatment board).
    void bookSlot(qint64 patientId, qint64 typeId, const Core::SlotOffer &offer);
    // Shows a visit: goes to its day and selects it.
    void showAppointment(qint64 appointmentId);
    void cutSelected();
    void paste();
    void reload();

signals:
    void statusTextChanged(const QString &text);
    void openPatientRequested(qint64 patientId);
    void dialogOpened(QDialog *dialog);
    void appointmentsChanged();

private:
    TimeGridView *currentGrid() const;
    void createActions();
    void applyDate();
    void updateDateLabel();
    void updateStatusText();
    void fillWeekResources();
    void onAppointmentSelected(qint64 id);
    void refreshDetails();
    BookingDialog *openBooking(const Core::Appointment &draft);
    void openReason(qint64 appointmentId, Core::AppointmentStatus status);
    void openNotes(qint64 appointmentId);
    void setStatus(qint64 appointmentId, Core::AppointmentStatus status);
    // Botox visits (schedulecheckout.cpp): drug supply, the treatment record, and check-out of a
    // completed visit (record the treatment, then offer to book the next cycle).
    void openDrugSupply(qint64 appointmentId);
    void openTreatment(qint64 appointmentId, bool checkOut);
    void checkOut(qint64 appointmentId);
    void offerNextCycle(qint64 patientId, const QString &patientName);
    // After a Botox visit is cancelled (schedulewaitlist.cpp): offers its time to waitlisted
    // patients it suits and books the one chosen.
    void offerToWaitlist(qint64 cancelledAppointmentId);
    void onSlotChosen(const Core::Appointment &draft);
    void presentDialog(QDialog *dialog);
    void showBanner(const QString &text, bool isError);
    void hideBanner();
    QDate stepFrom(QDate from, int direction) const;

    ScheduleServices m_services;
    QUndoStack *m_undoStack = nullptr;
    AppointmentEditor *m_editor = nullptr;
    QDate m_date;
    ViewMode m_mode = ViewMode::Day;
    ColumnsBy m_columnsBy = ColumnsBy::Providers;
    bool m_showCancelled = false;
    qint64 m_selectedId = 0;
    qint64 m_cutId = 0;
    QString m_statusText;
    Confirmer m_confirm = askWithMessageBox;

    ScheduleToolbar *m_toolbar = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QTimer m_bannerTimer;
    ScheduleSidebar *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    DayView *m_dayView = nullptr;
    QWidget *m_weekPage = nullptr;
    QComboBox *m_weekResource = nullptr;
    WeekView *m_weekView = nullptr;
    MonthView *m_monthView = nullptr;
    AppointmentDetailsPanel *m_details = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QList<QAction *> m_actions;
    QTimer m_refreshTimer; // picks up other workstations' changes
};

} // namespace ClinicDesk::Ui
