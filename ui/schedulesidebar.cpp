#include "schedulesidebar.h"

#include "gridpainter.h"
#include "schedulecontext.h"
#include "theme.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

namespace {
constexpr int kProviderIdRole = Qt::UserRole + 1;
}

ScheduleSidebar::ScheduleSidebar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scheduleSidebar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    m_calendar = new QCalendarWidget(this);
    m_calendar->setObjectName(QStringLiteral("miniCalendar"));
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setHorizontalHeaderFormat(QCalendarWidget::SingleLetterDayNames);
    m_calendar->setGridVisible(false);
    m_calendar->setFixedHeight(190);
    layout->addWidget(m_calendar);

    auto *titleRow = new QHBoxLayout;
    auto *title = new QLabel(QStringLiteral("<b>Providers</b>"), this);
    titleRow->addWidget(title);
    titleRow->addStretch();
    auto *all = new QPushButton(QStringLiteral("All"), this);
    all->setObjectName(QStringLiteral("showAllProviders"));
    all->setFlat(true);
    all->setToolTip(QStringLiteral("Show every provider"));
    titleRow->addWidget(all);
    layout->addLayout(titleRow);

    m_providers = new QListWidget(this);
    m_providers->setObjectName(QStringLiteral("providerList"));
    m_providers->setFrameShape(QFrame::NoFrame);
    m_providers->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_providers->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_providers, 1);

    connect(m_calendar, &QCalendarWidget::clicked, this, &ScheduleSidebar::dateChosen);
    connect(m_calendar, &QCalendarWidget::activated, this, &ScheduleSidebar::dateChosen);
    connect(m_providers, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        const qint64 id = item->data(kProviderIdRole).toLongLong();
        if (item->checkState() == Qt::Checked)
            m_hidden.remove(id);
        else
            m_hidden.insert(id);
        emit visibleProvidersChanged();
    });
    connect(all, &QPushButton::clicked, this, [this] {
        m_hidden.clear();
        m_filling = true;
        for (int i = 0; i < m_providers->count(); ++i)
            m_providers->item(i)->setCheckState(Qt::Checked);
        m_filling = false;
        emit visibleProvidersChanged();
    });
}

void ScheduleSidebar::setDate(QDate date)
{
    if (m_calendar->selectedDate() != date)
        m_calendar->setSelectedDate(date);
}

void ScheduleSidebar::setProviders(const QList<Core::Provider> &providers)
{
    m_filling = true;
    m_providers->clear();
    for (const Core::Provider &provider : providers) {
        if (!provider.active)
            continue;
        auto *item = new QListWidgetItem(GridPainter::dotIcon(colourOf(provider.colour), 14),
                                         provider.displayName(), m_providers);
        item->setData(kProviderIdRole, provider.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(m_hidden.contains(provider.id) ? Qt::Unchecked : Qt::Checked);
    }
    m_filling = false;
}

std::optional<QList<qint64>> ScheduleSidebar::visibleProviders() const
{
    if (m_hidden.isEmpty())
        return std::nullopt;
    QList<qint64> ids;
    for (int i = 0; i < m_providers->count(); ++i) {
        const QListWidgetItem *item = m_providers->item(i);
        if (item->checkState() == Qt::Checked)
            ids << item->data(kProviderIdRole).toLongLong();
    }
    return ids;
}

void ScheduleSidebar::setProviderVisible(qint64 providerId, bool visible)
{
    for (int i = 0; i < m_providers->count(); ++i) {
        QListWidgetItem *item = m_providers->item(i);
        if (item->data(kProviderIdRole).toLongLong() == providerId)
            item->setCheckState(visible ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace ClinicDesk::Ui
