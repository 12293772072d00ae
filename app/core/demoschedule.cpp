#include "demoschedule.h"

#include <QMultiMap>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace ClinicDesk::Core {

namespace {

constexpr int kOpen = 8 * 60;
constexpr int kClose = 17 * 60;
constexpr int kLunchStart = 12 * 60;
constexpr int kLunchEnd = 13 * 60;

const char *const kDeskStaff[] = {"rkim", "jmorales", "tnguyen", "apatel"};

struct Busy {
    QList<TimeSlot> taken;
    bool free(const TimeSlot &slot) const
    {
        return std::none_of(taken.cbegin(), taken.cend(),
                            [&](const TimeSlot &s) { return s.overlaps(slot); });
    }
};

// Weighted visit mix of a Botox clinic: treatments, their follow-ups, consults, other injections.
int weightOf(const AppointmentType &type)
{
    if (type.isBotox)
        return 40;
    const QString name = type.name.toLower();
    if (name.contains(QStringLiteral("follow")))
        return 18;
    if (name.contains(QStringLiteral("consult")))
        return 10;
    if (name.contains(QStringLiteral("phone")))
        return 8;
    return 12;
}

// Days from a Botox visit to the day its patient is next due. A treatment given brings them back
// after 12 weeks: no sooner than 84 days (most payers' minimum) even when a slot is found up to
// 3 days ahead, later when the diary is full or the patient waits. A few ask to come sooner
// (travel, surgery), which the desk books with an override; more of those among the bookings
// ahead, so that today's book shows some. A cancelled or missed one is rebooked within days.
int nextBotoxAfter(QRandomGenerator &rng, AppointmentStatus status, QDate day, QDate today)
{
    if (!holdsTime(status))
        return rng.bounded(3, 10);
    const int earlyPercent = day.addDays(84) > today ? 4 : 1;
    if (rng.bounded(100) < earlyPercent)
        return 84 - rng.bounded(4, 15);
    return 87 + rng.bounded(0, 13);
}

AppointmentStatus pastStatus(QRandomGenerator &rng)
{
    const int roll = rng.bounded(100);
    if (roll < 6)
        return AppointmentStatus::Cancelled;
    if (roll < 11)
        return AppointmentStatus::NoShow;
    return AppointmentStatus::Completed;
}

} // namespace

QStringList DemoSchedule::cancellationReasons()
{
    return {QStringLiteral("Patient ill"), QStringLiteral("Work conflict"),
            QStringLiteral("Insurance authorization pending"), QStringLiteral("Transportation"),
            QStringLiteral("Rescheduled by patient"), QStringLiteral("Provider out")};
}

QList<Appointment> DemoSchedule::generate(const Options &options)
{
    QList<Appointment> result;
    if (options.providers.isEmpty() || options.types.isEmpty() || options.patientIds.isEmpty())
        return result;
    QRandomGenerator rng(options.seed);
    const QDate today = options.now.date();
    const int nowMinute = options.now.time().hour() * 60 + options.now.time().minute();
    const QStringList reasons = cancellationReasons();

    int totalWeight = 0;
    for (const AppointmentType &t : options.types)
        totalWeight += weightOf(t);
    auto pickType = [&]() -> const AppointmentType & {
        int roll = rng.bounded(totalWeight);
        for (const AppointmentType &t : options.types) {
            roll -= weightOf(t);
            if (roll < 0)
                return t;
        }
        return options.types.constFirst();
    };

    // Half the patients are on Botox. Each comes back 84 days after the last treatment (plus
    // some drift: holidays, the desk's diary, the patient's), first due somewhere in the first
    // twelve weeks; a cancelled or missed treatment is rebooked within about a week.
    QList<qint64> pool = options.patientIds;
    std::shuffle(pool.begin(), pool.end(), rng);
    const qsizetype botoxCount = std::max<qsizetype>(1, pool.size() / 2);
    const QList<qint64> otherPatients = pool.size() > 1 ? pool.mid(botoxCount) : pool;
    QMultiMap<QDate, qint64> due;
    for (qsizetype i = 0; i < botoxCount; ++i)
        due.insert(options.from.addDays(rng.bounded(84)), pool[i]);
    const AppointmentType *followUp = nullptr;
    for (const AppointmentType &t : options.types)
        if (!t.isBotox && (!followUp || t.name.contains(QStringLiteral("ollow"))))
            followUp = &t;

    for (QDate day = options.from; day <= options.to; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        // The future fills up less the further out it is.
        const qint64 ahead = today.daysTo(day);
        const int fill = ahead <= 0 ? 100 : std::max(15, 100 - int(ahead) * 2);
        QHash<qint64, Busy> rooms;
        QSet<qint64> patientsToday;
        for (const Provider &provider : options.providers) {
            int cursor = kOpen;
            int visits = 0;
            while (visits < options.visitsPerProviderDay) {
                if (cursor >= kLunchStart && cursor < kLunchEnd)
                    cursor = kLunchEnd;
                const AppointmentType *chosen = &pickType();
                // A Botox slot goes to the patient most due, if anyone is due within 3 days.
                qint64 botoxPatient = 0;
                auto first = due.begin();
                if (chosen->isBotox) {
                    while (first != due.end() && first.key() <= day.addDays(3)
                           && patientsToday.contains(first.value()))
                        ++first;
                    if (first != due.end() && first.key() <= day.addDays(3)) {
                        botoxPatient = first.value();
                    } else if (followUp) {
                        chosen = followUp;
                    } else {
                        cursor += 15;
                        continue;
                    }
                }
                const AppointmentType &type = *chosen;
                const int minutes = type.defaultMinutes;
                if (cursor < kLunchStart && cursor + minutes > kLunchStart) {
                    cursor = kLunchEnd;
                    continue;
                }
                if (cursor + minutes > kClose)
                    break;
                const TimeSlot slot{day, cursor, cursor + minutes};
                cursor += minutes;
                if (rng.bounded(100) >= fill || rng.bounded(100) < 12)
                    continue; // a gap in the book
                const bool phone = type.name.contains(QStringLiteral("Phone"), Qt::CaseInsensitive);
                qint64 roomId = 0;
                if (!phone && !options.rooms.isEmpty()) {
                    for (const Room &room : options.rooms) {
                        if (rooms[room.id].free(slot)) {
                            roomId = room.id;
                            break;
                        }
                    }
                    if (roomId == 0)
                        continue; // every room taken: leave the gap
                }
                qint64 patientId = botoxPatient;
                for (int attempt = 0; attempt < 5 && patientId == 0; ++attempt) {
                    const qint64 candidate = otherPatients[rng.bounded(int(otherPatients.size()))];
                    if (!patientsToday.contains(candidate))
                        patientId = candidate;
                }
                if (patientId == 0)
                    continue;
                patientsToday.insert(patientId);
                if (roomId != 0)
                    rooms[roomId].taken.append(slot);

                Appointment a;
                a.patientId = patientId;
                a.providerId = provider.id;
                a.roomId = roomId;
                a.typeId = type.id;
                a.slot = slot;
                const bool past = day < today || (day == today && slot.endMinute <= nowMinute);
                if (past) {
                    a.status = pastStatus(rng);
                } else if (day == today && slot.startMinute <= nowMinute) {
                    a.status = AppointmentStatus::InRoom;
                } else if (day == today) {
                    a.status = rng.bounded(3) ? AppointmentStatus::Confirmed
                                              : AppointmentStatus::Booked;
                } else {
                    a.status = (ahead <= 2 && rng.bounded(2)) ? AppointmentStatus::Confirmed
                                                              : AppointmentStatus::Booked;
                    if (rng.bounded(100) < 3)
                        a.status = AppointmentStatus::Cancelled;
                }
                if (botoxPatient != 0) {
                    due.erase(first); // nothing touched `due` since it was found
                    due.insert(day.addDays(nextBotoxAfter(rng, a.status, day, today)),
                               botoxPatient);
                }
                if (a.status == AppointmentStatus::Cancelled)
                    a.statusReason = reasons[rng.bounded(int(reasons.size()))];
                else if (a.status == AppointmentStatus::NoShow)
                    a.statusReason = QStringLiteral("Did not arrive; voicemail left");
                const QString staff = QString::fromLatin1(kDeskStaff[rng.bounded(4)]);
                a.bookedBy = a.updatedBy = staff;
                a.bookedAt = day.addDays(-rng.bounded(1, 70)).startOfDay().addSecs(
                    8 * 3600 + rng.bounded(9 * 3600));
                a.updatedAt = a.bookedAt;
                result.append(a);
                ++visits;
            }
        }
    }
    return result;
}

} // namespace ClinicDesk::Core
