#pragma once

#include "schedulecontext.h"

#include <QWidget>

class QButtonGroup;
class QCalendarWidget;
class QCheckBox;
class QMenu;
class QToolButton;
class QPushButton;

namespace ClinicDesk::Ui {

// The strip across the top of the schedule: [Today] [<] [>] the date (click to go to another
// date), Day | Week | Month, Providers | Rooms, Show cancelled, [Find slot] and [+ New].
class ScheduleToolbar : public QWidget
{
    Q_OBJECT
public:
    explicit ScheduleToolbar(QWidget *parent = nullptr);

    void setDate(QDate date, const QString &text);
    void setViewMode(ViewMode mode);
    void setColumnsBy(ColumnsBy columnsBy);
    void setShowCancelled(bool show);
    // Opens the go-to-date calendar under the date.
    void popUpCalendar();

signals:
    void todayClicked();
    void previousClicked();
    void nextClicked();
    void dateChosen(QDate date);
    void viewModeChosen(ViewMode mode);
    void columnsByChosen(ColumnsBy columnsBy);
    void showCancelledToggled(bool show);
    void findSlotClicked();
    void newClicked();

private:
    QToolButton *m_date = nullptr;
    QMenu *m_dateMenu = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QButtonGroup *m_modes = nullptr;
    QButtonGroup *m_columns = nullptr;
    QCheckBox *m_showCancelled = nullptr;
};

} // namespace ClinicDesk::Ui
