#include "schedulescreen.h"

#include "appointmentdetailspanel.h"
#include "appointmenteditor.h"
#include "appointmenttext.h"
#include "dayview.h"
#include "monthview.h"
#include "schedulesidebar.h"
#include "scheduletoolbar.h"
#include "theme.h"
#include "weekview.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

namespace {
constexpr int kBannerMs = 15000;
constexpr int kRefreshMs = 60000;
} // namespace

ScheduleScreen::ScheduleScreen(const ScheduleServices &services, QUndoStack *undoStack,
                               QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_undoStack(undoStack)
    , m_date(services.clock->today())
{
    setObjectName(QStringLiteral("scheduleScreen"));
    m_editor = new AppointmentEditor(*m_services.appointments, m_undoStack, this);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_toolbar = new ScheduleToolbar(this);
    outer->addWidget(m_toolbar);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("scheduleBanner"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 4, 4, 4);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("bannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerLayout->addWidget(m_bannerText, 1);
    auto *closeBanner = new QPushButton(QStringLiteral("Dismiss"), m_banner);
    closeBanner->setObjectName(QStringLiteral("bannerClose"));
    closeBanner->setFlat(true);
    bannerLayout->addWidget(closeBanner, 0, Qt::AlignTop);
    m_banner->hide();
    auto *bannerHolder = new QHBoxLayout;
    bannerHolder->setContentsMargins(8, 0, 8, 4);
    bannerHolder->addWidget(m_banner);
    outer->addLayout(bannerHolder);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("scheduleSplitter"));
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter, 1);

    m_sidebar = new ScheduleSidebar(splitter);
    m_sidebar->setMinimumWidth(190);
    m_sidebar->setMaximumWidth(260);
    splitter->addWidget(m_sidebar);

    m_stack = new QStackedWidget(splitter);
    m_dayView = new DayView(m_services, m_editor, m_stack);
    m_stack->addWidget(m_dayView);
    m_weekPage = new QWidget(m_stack);
    auto *weekLayout = new QVBoxLayout(m_weekPage);
    weekLayout->setContentsMargins(0, 0, 0, 0);
    weekLayout->setSpacing(2);
    auto *weekHeader = new QHBoxLayout;
    weekHeader->setContentsMargins(8, 2, 8, 2);
    auto *weekLabel = new QLabel(QStringLiteral("Week of:"), m_weekPage);
    weekHeader->addWidget(weekLabel);
    m_weekResource = new QComboBox(m_weekPage);
    m_weekResource->setObjectName(QStringLiteral("weekResourceCombo"));
    m_weekResource->setMinimumWidth(200);
    weekLabel->setBuddy(m_weekResource);
    weekHeader->addWidget(m_weekResource);
    weekHeader->addStretch();
    weekLayout->addLayout(weekHeader);
    m_weekView = new WeekView(m_services, m_editor, m_weekPage);
    weekLayout->addWidget(m_weekView, 1);
    m_stack->addWidget(m_weekPage);
    m_monthView = new MonthView(m_services, m_stack);
    m_stack->addWidget(m_monthView);
    splitter->addWidget(m_stack);

    m_details = new AppointmentDetailsPanel(*m_services.clock);
    auto *detailsScroll = new QScrollArea(splitter);
    detailsScroll->setObjectName(QStringLiteral("detailsScroll"));
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsScroll->setMinimumWidth(230);
    detailsScroll->setMaximumWidth(320);
    splitter->addWidget(detailsScroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({195, 820, 240});

    createActions();

    connect(m_toolbar, &ScheduleToolbar::todayClicked, this, &ScheduleScreen::goToToday);
    connect(m_toolbar, &ScheduleToolbar::previousClicked, this, &ScheduleScreen::previous);
    connect(m_toolbar, &ScheduleToolbar::nextClicked, this, &ScheduleScreen::next);
    connect(m_toolbar, &ScheduleToolbar::dateChosen, this, &ScheduleScreen::goToDate);
    connect(m_toolbar, &ScheduleToolbar::viewModeChosen, this, &ScheduleScreen::setViewMode);
    connect(m_toolbar, &ScheduleToolbar::columnsByChosen, this, &ScheduleScreen::setColumnsBy);
    connect(m_toolbar, &ScheduleToolbar::showCancelledToggled, this,
            &ScheduleScreen::setShowCancelled);
    connect(m_toolbar, &ScheduleToolbar::findSlotClicked, this, &ScheduleScreen::findSlot);
    connect(m_toolbar, &ScheduleToolbar::newClicked, this, &ScheduleScreen::newAppointment);
    connect(closeBanner, &QPushButton::clicked, this, &ScheduleScreen::hideBanner);
    m_bannerTimer.setSingleShot(true);
    connect(&m_bannerTimer, &QTimer::timeout, this, &ScheduleScreen::hideBanner);

    connect(m_sidebar, &ScheduleSidebar::dateChosen, this, &ScheduleScreen::goToDate);
    connect(m_sidebar, &ScheduleSidebar::visibleProvidersChanged, this, [this] {
        m_dayView->setVisibleProviders(m_sidebar->visibleProviders());
        m_monthView->setVisibleProviders(m_sidebar->visibleProviders());
    });

    for (TimeGridView *grid :
         {static_cast<TimeGridView *>(m_dayView), static_cast<TimeGridView *>(m_weekView)}) {
        connect(grid, &TimeGridView::appointmentSelected, this,
                &ScheduleScreen::onAppointmentSelected);
        connect(grid, &TimeGridView::bookingRequested, this, &ScheduleScreen::openBooking);
        connect(grid, &TimeGridView::cancelRequested, this,
                [this](qint64 id) { openReason(id, Core::AppointmentStatus::Cancelled); });
        connect(grid, &TimeGridView::openRequested, this, [this](qint64 id) {
            onAppointmentSelected(id);
            // Enter on a visit: its details and actions, ready for the keyboard.
            for (QPushButton *button : m_details->findChildren<QPushButton *>())
                if (button->isEnabled() && button->isVisible()) {
                    button->setFocus(Qt::ShortcutFocusReason);
                    break;
                }
        });
        connect(grid, &TimeGridView::message, this, &ScheduleScreen::showBanner);
    }
    connect(m_dayView, &TimeGridView::reloaded, this, &ScheduleScreen::refreshDetails);
    connect(m_weekView, &TimeGridView::reloaded, this, &ScheduleScreen::refreshDetails);
    connect(m_dayView, &TimeGridView::headerActivated, this, [this](int column) {
        // A provider's name opens their week.
        const GridColumn &c = m_dayView->columns().value(column);
        if (c.providerId == 0 || m_columnsBy != ColumnsBy::Providers)
            return;
        setViewMode(ViewMode::Week);
        m_weekResource->setCurrentIndex(m_weekResource->findData(c.providerId));
    });
    connect(m_weekView, &TimeGridView::headerActivated, this, [this](int column) {
        const QDate day = m_weekView->columns().value(column).date;
        if (!day.isValid())
            return;
        m_date = day;
        setViewMode(ViewMode::Day);
    });
    connect(m_weekResource, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = m_weekResource->currentData().toLongLong();
        if (id != 0 && id != m_weekView->resourceId() && m_mode == ViewMode::Week)
            m_weekView->setResource(m_columnsBy, id);
    });
    connect(m_monthView, &MonthView::dayActivated, this, [this](QDate day) {
        m_date = day;
        setViewMode(ViewMode::Day);
    });
    connect(m_monthView, &MonthView::currentDateChanged, this, [this](QDate day) {
        m_date = day;
        m_sidebar->setDate(day);
        updateDateLabel();
    });
    connect(m_monthView, &MonthView::message, this, &ScheduleScreen::showBanner);

    connect(m_details, &AppointmentDetailsPanel::statusRequested, this, &ScheduleScreen::setStatus);
    connect(m_details, &AppointmentDetailsPanel::reasonRequested, this,
            &ScheduleScreen::openReason);
    connect(m_details, &AppointmentDetailsPanel::editNotesRequested, this,
            &ScheduleScreen::openNotes);
    connect(m_details, &AppointmentDetailsPanel::openPatientRequested, this,
            &ScheduleScreen::openPatientRequested);
    m_details->setTreatmentServices(m_services.treatments, m_services.retreatment);
    connect(m_details, &AppointmentDetailsPanel::drugSupplyRequested, this,
            &ScheduleScreen::openDrugSupply);
    connect(m_details, &AppointmentDetailsPanel::treatmentRequested, this,
            [this](qint64 id) { openTreatment(id, false); });

    connect(m_editor, &AppointmentEditor::changed, this, [this] {
        if (m_mode == ViewMode::Month)
            m_monthView->reload();
        refreshDetails();
        updateStatusText();
        emit appointmentsChanged();
    });
    connect(m_editor, &AppointmentEditor::refused, this,
            [this](const QString &message) { showBanner(message, true); });

    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        TimeGridView *grid = currentGrid();
        if (isVisible() && !(grid && grid->isDragging()))
            reload();
    });
    m_refreshTimer.start();

    if (auto directory = ScheduleDirectory::load(*m_services.setup))
        m_sidebar->setProviders(directory->providers);
    else
        showBanner(directory.error().message, true);
    m_dayView->setVisibleProviders(m_sidebar->visibleProviders());
    fillWeekResources();
    applyDate();
}

ScheduleScreen::~ScheduleScreen() = default;

TimeGridView *ScheduleScreen::currentGrid() const
{
    switch (m_mode) {
    case ViewMode::Day:
        return m_dayView;
    case ViewMode::Week:
        return m_weekView;
    default:
        return nullptr;
    }
}

QString ScheduleScreen::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

// ---- navigation -------------------------------------------------------------------------------

void ScheduleScreen::goToToday()
{
    m_date = m_services.clock->today();
    applyDate();
    if (TimeGridView *grid = currentGrid())
        grid->scrollToWorkingTime();
}

QDate ScheduleScreen::stepFrom(QDate from, int direction) const
{
    switch (m_mode) {
    case ViewMode::Week:
        return from.addDays(7 * direction);
    case ViewMode::Month:
        return from.addMonths(direction);
    case ViewMode::Day:
        break;
    }
    // Skip the days the clinic is closed (weekends, as a rule), when it is open at all.
    auto hours = m_services.scheduleSetup->clinicHours();
    QSet<int> open;
    if (hours)
        for (const Core::WeeklyHours &h : hours.value())
            open.insert(h.weekday);
    QDate day = from.addDays(direction);
    for (int i = 0; i < 7 && !open.isEmpty() && !open.contains(day.dayOfWeek()); ++i)
        day = day.addDays(direction);
    return day;
}

void ScheduleScreen::previous()
{
    m_date = stepFrom(m_date, -1);
    applyDate();
}

void ScheduleScreen::next()
{
    m_date = stepFrom(m_date, 1);
    applyDate();
}

void ScheduleScreen::goToDate(QDate date)
{
    if (!date.isValid())
        return;
    m_date = date;
    applyDate();
}

void ScheduleScreen::setViewMode(ViewMode mode)
{
    m_mode = mode;
    m_toolbar->setViewMode(mode);
    m_stack->setCurrentIndex(int(mode));
    if (mode == ViewMode::Week)
        fillWeekResources();
    applyDate();
    if (QWidget *view = m_stack->currentWidget())
        view->setFocus();
}

void ScheduleScreen::setColumnsBy(ColumnsBy columnsBy)
{
    m_columnsBy = columnsBy;
    m_toolbar->setColumnsBy(columnsBy);
    m_dayView->setColumnsBy(columnsBy);
    fillWeekResources();
    applyDate();
}

void ScheduleScreen::setShowCancelled(bool show)
{
    m_showCancelled = show;
    m_toolbar->setShowCancelled(show);
    m_dayView->setShowCancelled(show);
    m_weekView->setShowCancelled(show);
}

void ScheduleScreen::fillWeekResources()
{
    auto directory = ScheduleDirectory::load(*m_services.setup);
    if (!directory)
        return;
    const qint64 current = m_weekView->resourceKind() == m_columnsBy ? m_weekView->resourceId() : 0;
    const QSignalBlocker blocker(m_weekResource);
    m_weekResource->clear();
    if (m_columnsBy == ColumnsBy::Providers) {
        for (const Core::Provider &p : directory->activeProviders())
            m_weekResource->addItem(p.displayName(), p.id);
    } else {
        for (const Core::Room &r : directory->activeRooms())
            m_weekResource->addItem(r.name, r.id);
    }
    const int index = m_weekResource->findData(current);
    m_weekResource->setCurrentIndex(index >= 0 ? index : 0);
    m_weekView->setResource(m_columnsBy, m_weekResource->currentData().toLongLong());
}

void ScheduleScreen::applyDate()
{
    // Only the view on screen reads the book; the others catch up when shown.
    switch (m_mode) {
    case ViewMode::Day:
        m_dayView->setDate(m_date);
        break;
    case ViewMode::Week:
        m_weekView->setDate(m_date);
        break;
    case ViewMode::Month:
        m_monthView->setDate(m_date);
        break;
    }
    m_sidebar->setDate(m_date);
    updateDateLabel();
    updateStatusText();
}

void ScheduleScreen::reload()
{
    if (auto directory = ScheduleDirectory::load(*m_services.setup))
        m_sidebar->setProviders(directory->providers);
    switch (m_mode) {
    case ViewMode::Day:
        m_dayView->reload();
        break;
    case ViewMode::Week:
        m_weekView->reload();
        break;
    case ViewMode::Month:
        m_monthView->reload();
        break;
    }
    refreshDetails();
    updateStatusText();
}

void ScheduleScreen::updateDateLabel()
{
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    QString text;
    switch (m_mode) {
    case ViewMode::Day:
        text = AppointmentText::longDate(m_date);
        break;
    case ViewMode::Week: {
        const QDate monday = m_date.addDays(1 - m_date.dayOfWeek());
        const QDate sunday = monday.addDays(6);
        text = monday.month() == sunday.month()
                   ? QStringLiteral("%1 \u2013 %2")
                         .arg(locale.toString(monday, QStringLiteral("MMM d")),
                              locale.toString(sunday, QStringLiteral("d, yyyy")))
                   : QStringLiteral("%1 \u2013 %2")
                         .arg(locale.toString(monday, QStringLiteral("MMM d")),
                              locale.toString(sunday, QStringLiteral("MMM d, yyyy")));
        break;
    }
    case ViewMode::Month:
        text = locale.toString(m_date, QStringLiteral("MMMM yyyy"));
        break;
    }
    m_toolbar->setDate(m_date, text);
}

void ScheduleScreen::updateStatusText()
{
    auto day = m_services.appointments->between(m_date, m_date);
    if (!day)
        return;
    int arrived = 0;
    for (const Core::ScheduleEntry &e : day.value()) {
        const auto s = e.appointment.status;
        if (s == Core::AppointmentStatus::Arrived || s == Core::AppointmentStatus::InRoom ||
            s == Core::AppointmentStatus::Completed)
            ++arrived;
    }
    const QString text = QStringLiteral("%1: %2 booked, %3 arrived")
                             .arg(AppointmentText::shortDate(m_date))
                             .arg(day->size())
                             .arg(arrived);
    if (text != m_statusText) {
        m_statusText = text;
        emit statusTextChanged(text);
    }
}

// ---- selection and details --------------------------------------------------------------------

void ScheduleScreen::onAppointmentSelected(qint64 id)
{
    m_selectedId = id;
    refreshDetails();
}

void ScheduleScreen::refreshDetails()
{
    if (m_selectedId == 0) {
        m_details->setEntry(std::nullopt);
        return;
    }
    if (TimeGridView *grid = currentGrid()) {
        if (const Core::ScheduleEntry *entry = grid->entry(m_selectedId)) {
            m_details->setEntry(*entry);
            return;
        }
    }
    auto entry = m_services.appointments->byId(m_selectedId);
    m_details->setEntry(entry ? std::optional(entry.value()) : std::nullopt);
}

void ScheduleScreen::showAppointment(qint64 appointmentId)
{
    auto entry = m_services.appointments->byId(appointmentId);
    if (!entry) {
        showBanner(entry.error().message, true);
        return;
    }
    if (!Core::holdsTime(entry->appointment.status) && !m_showCancelled)
        setShowCancelled(true);
    m_date = entry->slot().date;
    if (m_mode == ViewMode::Month)
        setViewMode(ViewMode::Day);
    else
        applyDate();
    if (TimeGridView *grid = currentGrid()) {
        grid->selectAppointment(appointmentId);
        grid->scrollToMinute(entry->slot().startMinute - 30);
    }
    onAppointmentSelected(appointmentId);
}

// ---- messages ---------------------------------------------------------------------------------

void ScheduleScreen::showBanner(const QString &text, bool isError)
{
    m_banner->setStyleSheet(Theme::bannerStyleSheet(
        m_banner->objectName(), isError ? QStringLiteral("error") : QStringLiteral("ok")));
    m_bannerText->setText(text);
    m_banner->show();
    m_bannerTimer.start(kBannerMs);
}

void ScheduleScreen::hideBanner()
{
    m_banner->hide();
    m_bannerText->clear();
}

} // namespace ClinicDesk::Ui
