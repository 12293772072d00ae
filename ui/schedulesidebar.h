#pragma once

#include "clinicsetup.h"

#include <QSet>
#include <QWidget>
#include <optional>

class QCalendarWidget;
class QListWidget;

namespace ClinicDesk::Ui {

// The left side of the schedule: a month calendar to jump to a day, and the providers with
// their colour dots, ticked to show their columns.
class ScheduleSidebar : public QWidget
{
    Q_OBJECT
public:
    explicit ScheduleSidebar(QWidget *parent = nullptr);

    QCalendarWidget *calendar() const { return m_calendar; }
    QListWidget *providerList() const { return m_providers; }
    void setDate(QDate date);
    // Lists the active providers; a provider unticked before stays unticked.
    void setProviders(const QList<Core::Provider> &providers);
    // The ticked providers; nothing when all are ticked (so new providers show too).
    std::optional<QList<qint64>> visibleProviders() const;
    void setProviderVisible(qint64 providerId, bool visible);

signals:
    void dateChosen(QDate date);
    void visibleProvidersChanged();

private:
    QCalendarWidget *m_calendar = nullptr;
    QListWidget *m_providers = nullptr;
    QSet<qint64> m_hidden;
    bool m_filling = false;
};

} // namespace ClinicDesk::Ui
