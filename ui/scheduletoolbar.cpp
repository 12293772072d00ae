#include "scheduletoolbar.h"

#include "theme.h"

#include <QButtonGroup>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QWidgetAction>

namespace ClinicDesk::Ui {

namespace {
QToolButton *toolButton(const QString &text, const QString &name, const QString &tip,
                        QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(name);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    button->setMinimumHeight(28);
    return button;
}

// A segmented choice: checkable buttons side by side, one of them on.
QButtonGroup *segments(const QList<QToolButton *> &buttons, QHBoxLayout *layout)
{
    auto *group = new QButtonGroup(layout);
    group->setExclusive(true);
    auto *row = new QHBoxLayout;
    row->setSpacing(0);
    int id = 0;
    for (QToolButton *button : buttons) {
        button->setCheckable(true);
        group->addButton(button, id++);
        row->addWidget(button);
    }
    layout->addLayout(row);
    return group;
}
} // namespace

ScheduleToolbar::ScheduleToolbar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scheduleToolbar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(6);

    auto *today = toolButton(QStringLiteral("Today"), QStringLiteral("todayButton"),
                             QStringLiteral("Go to today (T)"), this);
    auto *previous = toolButton(QStringLiteral("\u2039"), QStringLiteral("previousButton"),
                                QStringLiteral("Previous (Alt+Left)"), this);
    auto *next = toolButton(QStringLiteral("\u203a"), QStringLiteral("nextButton"),
                            QStringLiteral("Next (Alt+Right)"), this);
    previous->setAccessibleName(QStringLiteral("Previous"));
    next->setAccessibleName(QStringLiteral("Next"));
    for (QToolButton *arrow : {previous, next})
        arrow->setMinimumWidth(30);
    layout->addWidget(today);
    layout->addWidget(previous);
    layout->addWidget(next);

    m_date = new QToolButton(this);
    m_date->setObjectName(QStringLiteral("dateButton"));
    m_date->setToolTip(QStringLiteral("Go to a date (Ctrl+G)"));
    m_date->setAutoRaise(true);
    m_date->setPopupMode(QToolButton::InstantPopup);
    m_date->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0; }"));
    QFont big = m_date->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_date->setFont(big);
    m_date->setMinimumWidth(
        QFontMetrics(big).horizontalAdvance(QStringLiteral("Wednesday, September 30, 2026")) - 40);
    m_dateMenu = new QMenu(m_date);
    m_calendar = new QCalendarWidget(m_dateMenu);
    m_calendar->setObjectName(QStringLiteral("goToDateCalendar"));
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    auto *calendarAction = new QWidgetAction(m_dateMenu);
    calendarAction->setDefaultWidget(m_calendar);
    m_dateMenu->addAction(calendarAction);
    m_date->setMenu(m_dateMenu);
    layout->addWidget(m_date);
    layout->addStretch(1);

    auto *day = toolButton(QStringLiteral("Day"), QStringLiteral("dayModeButton"),
                           QStringLiteral("One day, a column per provider or room (D)"), this);
    auto *week = toolButton(QStringLiteral("Week"), QStringLiteral("weekModeButton"),
                            QStringLiteral("One provider's or room's week (W)"), this);
    auto *month = toolButton(QStringLiteral("Month"), QStringLiteral("monthModeButton"),
                             QStringLiteral("How full each day of the month is (M)"), this);
    m_modes = segments({day, week, month}, layout);
    day->setChecked(true);
    layout->addSpacing(6);

    auto *providers = toolButton(QStringLiteral("Providers"), QStringLiteral("providersButton"),
                                 QStringLiteral("A column per provider"), this);
    auto *rooms = toolButton(QStringLiteral("Rooms"), QStringLiteral("roomsButton"),
                             QStringLiteral("A column per room"), this);
    m_columns = segments({providers, rooms}, layout);
    providers->setChecked(true);
    layout->addSpacing(6);

    m_showCancelled = new QCheckBox(QStringLiteral("Show cancelled"), this);
    m_showCancelled->setObjectName(QStringLiteral("showCancelledCheck"));
    m_showCancelled->setToolTip(QStringLiteral("Show cancelled and no-show visits, struck "
                                               "through"));
    layout->addWidget(m_showCancelled);
    layout->addSpacing(6);

    auto *find = new QPushButton(QStringLiteral("Find slot\u2026"), this);
    find->setObjectName(QStringLiteral("findSlotButton"));
    find->setToolTip(QStringLiteral("Find the next free time for a visit (F)"));
    layout->addWidget(find);
    auto *add = new QPushButton(QStringLiteral("+ New"), this);
    add->setObjectName(QStringLiteral("newButton"));
    add->setToolTip(QStringLiteral("Book a visit at the selected time (N)"));
    add->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: white; "
                                      "font-weight: 600; padding: 4px 12px; border-radius: 3px; }"
                                      "QPushButton:hover { background: %2; }")
                           .arg(Theme::accent.name(), Theme::accent.darker(115).name()));
    layout->addWidget(add);

    connect(today, &QToolButton::clicked, this, &ScheduleToolbar::todayClicked);
    connect(previous, &QToolButton::clicked, this, &ScheduleToolbar::previousClicked);
    connect(next, &QToolButton::clicked, this, &ScheduleToolbar::nextClicked);
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate date) {
        m_dateMenu->close();
        emit dateChosen(date);
    });
    connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate date) {
        m_dateMenu->close();
        emit dateChosen(date);
    });
    connect(m_modes, &QButtonGroup::idClicked, this,
            [this](int id) { emit viewModeChosen(static_cast<ViewMode>(id)); });
    connect(m_columns, &QButtonGroup::idClicked, this,
            [this](int id) { emit columnsByChosen(static_cast<ColumnsBy>(id)); });
    connect(m_showCancelled, &QCheckBox::toggled, this, &ScheduleToolbar::showCancelledToggled);
    connect(find, &QPushButton::clicked, this, &ScheduleToolbar::findSlotClicked);
    connect(add, &QPushButton::clicked, this, &ScheduleToolbar::newClicked);
}

void ScheduleToolbar::setDate(QDate date, const QString &text)
{
    m_date->setText(text + QStringLiteral(" \u25be"));
    m_calendar->setSelectedDate(date);
}

void ScheduleToolbar::setViewMode(ViewMode mode)
{
    if (QAbstractButton *button = m_modes->button(int(mode)))
        button->setChecked(true);
}

void ScheduleToolbar::setColumnsBy(ColumnsBy columnsBy)
{
    if (QAbstractButton *button = m_columns->button(int(columnsBy)))
        button->setChecked(true);
}

void ScheduleToolbar::setShowCancelled(bool show)
{
    m_showCancelled->setChecked(show);
}

void ScheduleToolbar::popUpCalendar()
{
    m_date->showMenu();
}

} // namespace ClinicDesk::Ui
