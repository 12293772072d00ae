#include "schedulecontext.h"

#include <algorithm>
#include <cmath>

namespace ClinicDesk::Ui {

Core::Result<ScheduleDirectory> ScheduleDirectory::load(const Core::ClinicSetupService &setup)
{
    ScheduleDirectory directory;
    auto providers = setup.providers();
    if (!providers)
        return providers.error();
    auto rooms = setup.rooms();
    if (!rooms)
        return rooms.error();
    auto types = setup.appointmentTypes();
    if (!types)
        return types.error();
    directory.providers = providers.value();
    directory.rooms = rooms.value();
    directory.types = types.value();
    return directory;
}

namespace {
template<typename T>
const T *findById(const QList<T> &list, qint64 id)
{
    const auto it =
        std::find_if(list.cbegin(), list.cend(), [&](const T &t) { return t.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

template<typename T>
QList<T> onlyActive(const QList<T> &list)
{
    QList<T> active;
    std::copy_if(list.cbegin(), list.cend(), std::back_inserter(active),
                 [](const T &t) { return t.active; });
    return active;
}

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

const Core::Provider *ScheduleDirectory::provider(qint64 id) const
{
    return findById(providers, id);
}

const Core::Room *ScheduleDirectory::room(qint64 id) const
{
    return findById(rooms, id);
}

const Core::AppointmentType *ScheduleDirectory::type(qint64 id) const
{
    return findById(types, id);
}

QList<Core::Provider> ScheduleDirectory::activeProviders() const
{
    return onlyActive(providers);
}

QList<Core::Room> ScheduleDirectory::activeRooms() const
{
    return onlyActive(rooms);
}

QList<Core::AppointmentType> ScheduleDirectory::activeTypes() const
{
    return onlyActive(types);
}

Core::Result<Core::Availability> loadHours(const Core::ScheduleSetupService &setup, QDate from,
                                           QDate to, const QList<qint64> &providerIds)
{
    Core::Availability availability;
    auto clinic = setup.clinicHours();
    if (!clinic)
        return clinic.error();
    availability.clinicHours = clinic.value();
    for (qint64 id : providerIds) {
        auto hours = setup.providerHours(id);
        if (!hours)
            return hours.error();
        if (!hours->isEmpty())
            availability.providerHours.insert(id, hours.value());
    }
    auto blocks = setup.blocks(from, to);
    if (!blocks)
        return blocks.error();
    availability.blocks = blocks.value();
    return availability;
}

QColor colourOf(const QString &stored, const QColor &fallback)
{
    const QColor colour = QColor::fromString(stored);
    return colour.isValid() ? colour : fallback;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textColourOn(const QColor &background)
{
    const QColor dark(0x1f, 0x29, 0x33);
    return contrastRatio(dark, background) >= contrastRatio(Qt::white, background)
               ? dark
               : QColor(Qt::white);
}

} // namespace ClinicDesk::Ui
