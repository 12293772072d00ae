#include "monthview.h"

#include "theme.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <cmath>

namespace ClinicDesk::Ui {

namespace {
const QColor kOtherMonth{0xf6, 0xf8, 0xfa};
const QColor kBarTrack{0xe4, 0xe8, 0xec};
const QColor kBarFill{0x4a, 0x7f, 0xab};
const QColor kBarFull{0xb3, 0x5c, 0x00};
constexpr int kFullAt = 90; // percent from which a day reads as (nearly) full
} // namespace

MonthView::MonthView(const ScheduleServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("monthView"));
    setAccessibleName(QStringLiteral("Month view"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void MonthView::setDate(QDate date)
{
    const bool sameGrid =
        m_date.isValid() && date.year() == m_date.year() && date.month() == m_date.month();
    m_date = date;
    if (sameGrid) {
        update();
        return;
    }
    const QDate firstOfMonth(date.year(), date.month(), 1);
    m_first = firstOfMonth.addDays(1 - firstOfMonth.dayOfWeek());
    reload();
}

void MonthView::setVisibleProviders(const std::optional<QList<qint64>> &providerIds)
{
    m_visibleProviders = providerIds;
    if (m_date.isValid())
        reload();
}

void MonthView::reload()
{
    m_loads.clear();
    m_openMinutes.clear();
    auto hours = m_services.scheduleSetup->clinicHours();
    if (hours) {
        for (const Core::WeeklyHours &h : hours.value())
            m_openMinutes.insert(h.weekday, h.endMinute - h.startMinute);
    }
    m_providerCount = 0;
    if (auto providers = m_services.setup->providers()) {
        for (const Core::Provider &p : providers.value())
            if (p.active && (!m_visibleProviders || m_visibleProviders->contains(p.id)))
                ++m_providerCount;
    }
    Core::ScheduleFilter filter;
    if (m_visibleProviders) {
        filter.providerIds = *m_visibleProviders;
        if (filter.providerIds.isEmpty())
            filter.providerIds = {-1};
    }
    auto loads = m_services.appointments->loadBetween(firstShown(), lastShown(), filter);
    if (loads) {
        for (const Core::DayLoad &load : loads.value())
            m_loads.insert(load.date, load);
    } else {
        emit message(loads.error().message, true);
    }
    update();
}

Core::DayLoad MonthView::loadOn(QDate day) const
{
    return m_loads.value(day, Core::DayLoad{day, 0, 0});
}

int MonthView::availableMinutes(QDate day) const
{
    return m_openMinutes.value(day.dayOfWeek(), 0) * m_providerCount;
}

int MonthView::percentFull(QDate day) const
{
    const int available = availableMinutes(day);
    if (available <= 0)
        return -1;
    return int(std::lround(100.0 * loadOn(day).bookedMinutes / available));
}

QString MonthView::describe(QDate day) const
{
    const int visits = loadOn(day).appointments;
    const QString count = visits == 0   ? QStringLiteral("No visits")
                          : visits == 1 ? QStringLiteral("1 visit")
                                        : QStringLiteral("%1 visits").arg(visits);
    const int percent = percentFull(day);
    if (percent < 0)
        return visits == 0 ? QStringLiteral("Closed") : QStringLiteral("Closed, ") + count;
    return QStringLiteral("%1, %2% full").arg(count).arg(percent);
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 10;
}

QRect MonthView::cellRect(QDate day) const
{
    const qint64 index = m_first.daysTo(day);
    if (index < 0 || index >= 42)
        return {};
    const double width = (this->width() - 1) / 7.0;
    const double height = (this->height() - headerHeight() - 1) / 6.0;
    const int column = int(index % 7), row = int(index / 7);
    const int left = int(std::lround(column * width)),
              right = int(std::lround((column + 1) * width));
    const int top = headerHeight() + int(std::lround(row * height));
    const int bottom = headerHeight() + int(std::lround((row + 1) * height));
    return QRect(left, top, right - left, bottom - top);
}

QDate MonthView::dateAt(QPoint pos) const
{
    for (int i = 0; i < 42; ++i) {
        const QDate day = m_first.addDays(i);
        if (cellRect(day).contains(pos))
            return day;
    }
    return {};
}

void MonthView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Theme::base);
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(Theme::mutedText);
    for (int weekday = 1; weekday <= 7; ++weekday) {
        const QRect cell = cellRect(m_first.addDays(weekday - 1));
        painter.drawText(QRect(cell.left() + 8, 0, cell.width() - 8, headerHeight()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         locale.dayName(weekday, QLocale::ShortFormat));
    }
    painter.setFont(font());
    for (int i = 0; i < 42; ++i)
        paintCell(painter, m_first.addDays(i));
}

void MonthView::paintCell(QPainter &painter, QDate day) const
{
    const QRect cell = cellRect(day);
    const bool inMonth = day.month() == m_date.month();
    const bool isToday = day == m_services.clock->today();
    const bool isCurrent = day == m_date;
    painter.fillRect(cell, isCurrent ? Theme::accentSoft : inMonth ? Theme::base : kOtherMonth);
    painter.setPen(Theme::border);
    painter.drawRect(cell.adjusted(0, 0, -1, -1));
    if (isToday) {
        painter.setPen(QPen(Theme::accent, 2));
        painter.drawRect(cell.adjusted(1, 1, -2, -2));
    }
    const QFontMetrics fm(font());
    const QRect inner = cell.adjusted(8, 5, -8, -5);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(inMonth ? Theme::text : Theme::mutedText);
    painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop, QString::number(day.day()));
    if (isToday) {
        painter.setPen(Theme::accent);
        painter.drawText(inner, Qt::AlignRight | Qt::AlignTop, QStringLiteral("Today"));
    }
    painter.setFont(font());

    const Core::DayLoad load = loadOn(day);
    const int percent = percentFull(day);
    const int lineHeight = fm.height();
    QRect line(inner.left(), inner.top() + lineHeight + 4, inner.width(), lineHeight);
    painter.setPen(inMonth ? Theme::text : Theme::mutedText);
    if (percent < 0) {
        painter.setPen(Theme::mutedText);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         load.appointments ? describe(day) : QStringLiteral("Closed"));
        return;
    }
    const QString visits = load.appointments == 0 ? QStringLiteral("No visits")
                           : load.appointments == 1
                               ? QStringLiteral("1 visit")
                               : QStringLiteral("%1 visits").arg(load.appointments);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, visits);
    if (load.appointments == 0 || inner.height() < lineHeight * 3 + 12)
        return;
    // The bar and its number: colour never says "full" on its own.
    const QRect bar(inner.left(), line.bottom() + 5, inner.width(), 8);
    painter.fillRect(bar, kBarTrack);
    const int filled = int(bar.width() * std::min(100, percent) / 100.0);
    painter.fillRect(QRect(bar.left(), bar.top(), filled, bar.height()),
                     percent >= kFullAt ? kBarFull : kBarFill);
    painter.setPen(percent >= kFullAt ? Theme::warningText : Theme::mutedText);
    const QString full = percent >= 100 ? QStringLiteral("Full (%1%)").arg(percent)
                                        : QStringLiteral("%1% full").arg(percent);
    painter.drawText(QRect(inner.left(), bar.bottom() + 3, inner.width(), lineHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, full);
}

void MonthView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const QDate day = dateAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && day.isValid())
        emit dayActivated(day);
}

void MonthView::keyPressEvent(QKeyEvent *event)
{
    int step = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        step = -1;
        break;
    case Qt::Key_Right:
        step = 1;
        break;
    case Qt::Key_Up:
        step = -7;
        break;
    case Qt::Key_Down:
        step = 7;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit dayActivated(m_date);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setDate(m_date.addDays(step));
    emit currentDateChanged(m_date);
}

} // namespace ClinicDesk::Ui
