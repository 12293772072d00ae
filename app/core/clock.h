#pragma once

#include <QDate>
#include <QDateTime>

namespace ClinicDesk::Core {

// Where "today" and "now" come from, so that rules and tests can fix them. Times are the clinic's
// wall-clock local time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

// A clock that stands still (tests, demos, `CLINICDESK_TODAY`).
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    explicit FixedClock(QDate today) : m_now(today.startOfDay().addSecs(9 * 3600)) {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

} // namespace ClinicDesk::Core
