#include "demotreatments.h"

#include <QMap>
#include <QRandomGenerator>
#include <algorithm>

namespace ClinicDesk::Core {

namespace {

const char *const kDeskStaff[] = {"rkim", "jmorales", "tnguyen", "apatel"};
const char *const kPharmacies[] = {"Accredo Specialty Pharmacy", "CVS Specialty",
                                   "Optum Specialty Pharmacy"};

struct EventExample {
    AdverseEventCode code;
    const char *notes;
};
const EventExample kEvents[] = {
    {AdverseEventCode::NeckPain, "Stiff neck for a few days; resolved."},
    {AdverseEventCode::NeckPain, "Neck ache at the trapezius sites; ibuprofen helped."},
    {AdverseEventCode::InjectionSitePain, "Sore at the forehead sites the next day."},
    {AdverseEventCode::HeadacheFlare, "Headache flare for two days after treatment."},
    {AdverseEventCode::Ptosis, "Mild left eyelid droop; resolved in about three weeks."},
    {AdverseEventCode::NeckWeakness, "Neck felt weak holding the head up; better by week 4."},
};

// Where a patient is made to stand on the board today; the rest stay as the book has them.
enum class Fate { AsBooked, Overdue, DueNow, OpensSoon, Discontinued };

// Which authorization an insured patient has on file.
enum class Cover { Missing, Expiring, UsedUp, Current };

QString deskUser(QRandomGenerator &rng)
{
    return QString::fromLatin1(kDeskStaff[rng.bounded(int(std::size(kDeskStaff)))]);
}

// A desk hour on `day`, or on the Friday before when it falls on a weekend.
QDateTime callTime(QRandomGenerator &rng, QDate day)
{
    while (day.dayOfWeek() > 5)
        day = day.addDays(-1);
    return day.startOfDay().addSecs(9 * 3600 + rng.bounded(7 * 3600 + 1800));
}

// "PHP" for Providence Health Plan: the payers' reference numbers start with their initials.
QString initials(const QString &payer)
{
    QString letters;
    for (const QString &word : payer.split(u' ', Qt::SkipEmptyParts))
        if (word.front().isLetter())
            letters += word.front().toUpper();
    return letters.isEmpty() ? QStringLiteral("PA") : letters.left(4);
}

// The clinic opens a new lot every four weeks or so: C1234AB5, good for 6 to 18 months.
class Lots
{
public:
    explicit Lots(quint32 seed)
        : m_seed(seed)
    {}

    QPair<QString, QDate> forDay(QDate day)
    {
        const qint64 period = day.toJulianDay() / 28;
        if (auto found = m_lots.constFind(period); found != m_lots.cend())
            return found.value();
        QRandomGenerator rng(quint32(m_seed * 7919u + quint32(period)));
        const QString number = QStringLiteral("C%1%2%3%4")
                                   .arg(rng.bounded(1000, 10000))
                                   .arg(QChar(u'A' + rng.bounded(26)))
                                   .arg(QChar(u'A' + rng.bounded(26)))
                                   .arg(rng.bounded(10));
        const QDate opened = QDate::fromJulianDay(period * 28);
        const QPair<QString, QDate> lot{number, opened.addMonths(6 + rng.bounded(13))};
        m_lots.insert(period, lot);
        return lot;
    }

private:
    quint32 m_seed;
    QHash<qint64, QPair<QString, QDate>> m_lots;
};

// How a patient is treated, every time: most get the 155 U PREEMPT dose, some follow-the-pain
// units on top; a few get theirs from two 100 U vials.
struct Dose {
    int units = Preempt::kStandardUnits;
    int vialUnits = 200;
};

} // namespace

QStringList DemoTreatments::discontinuationReasons()
{
    return {QStringLiteral("Less than 30% fewer headache days after 2 cycles"),
            QStringLiteral("Moved out of state"),
            QStringLiteral("Pregnancy; pausing treatment"),
            QStringLiteral("Insurance no longer covers Botox"),
            QStringLiteral("Switched to a CGRP preventive"),
            QStringLiteral("Neck weakness after treatment; declined more"),
            QStringLiteral("Migraines well controlled; trial off treatment")};
}

QStringList DemoTreatments::overrideReasons()
{
    return {QStringLiteral("Travelling abroad for a month from the due date; provider approved"),
            QStringLiteral("Surgery scheduled the week of the due date"),
            QStringLiteral("Severe flare, wearing off early; provider approved"),
            QStringLiteral("Moving out of town; last treatment here before leaving"),
            QStringLiteral("Paying for this visit herself; patient aware")};
}

DemoTreatments::Plan DemoTreatments::plan(const QList<Appointment> &book, const Options &o)
{
    Plan plan;
    QRandomGenerator rng(o.seed ^ 0x7ea7u);
    const QDate today = o.now.date();
    const RetreatmentSettings &s = o.settings;
    const int lapseDays = s.dueDays + s.graceDays;

    // Each Botox patient's visits, in time order (a patient has one visit a day at most).
    QMap<qint64, QList<qsizetype>> visits;
    for (qsizetype i = 0; i < book.size(); ++i)
        if (o.botoxTypeIds.contains(book[i].typeId))
            visits[book[i].patientId].append(i);
    for (QList<qsizetype> &list : visits)
        std::sort(list.begin(), list.end(), [&](qsizetype a, qsizetype b) {
            return std::pair(book[a].slot.date, book[a].slot.startMinute) <
                   std::pair(book[b].slot.date, book[b].slot.startMinute);
        });
    auto treated = [&](qsizetype i) {
        return book[i].status == AppointmentStatus::Completed && book[i].slot.date <= today;
    };

    // Who stopped and who lapsed: their last treatment is chosen so that they stand where the
    // board should show them today, and their later Botox visits never happened.
    QList<qint64> shuffled = visits.keys();
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    const qsizetype count = shuffled.size();
    QMap<Fate, qsizetype> wanted{{Fate::Overdue, std::max<qsizetype>(1, count * 4 / 100)},
                                 {Fate::DueNow, std::max<qsizetype>(1, count * 2 / 100)},
                                 {Fate::OpensSoon, std::max<qsizetype>(1, count * 2 / 100)},
                                 {Fate::Discontinued, std::max<qsizetype>(1, count * 3 / 100)}};
    QHash<qint64, Fate> fates;
    QHash<qint64, qsizetype> lastKept; // patient -> position in `book` of their last treatment
    QSet<qsizetype> dropped;
    for (qint64 patient : std::as_const(shuffled)) {
        const QList<qsizetype> &mine = visits[patient];
        const int minimum = s.minimumDaysFor(o.payers.value(patient));
        // The latest treatment given between `from` and `to` days ago; -1 when none was.
        auto latestAged = [&](int from, int to) -> qsizetype {
            for (auto it = mine.crbegin(); it != mine.crend(); ++it) {
                const qint64 age = book[*it].slot.date.daysTo(today);
                if (treated(*it) && age >= from && age <= to)
                    return *it;
            }
            return -1;
        };
        const auto treatedCount = std::count_if(mine.cbegin(), mine.cend(), treated);
        for (auto it = wanted.begin(); it != wanted.end(); ++it) {
            if (it.value() == 0)
                continue;
            qsizetype kept = -1;
            switch (it.key()) {
            case Fate::Overdue:
                kept = latestAged(lapseDays + 1, lapseDays + 120);
                break;
            case Fate::DueNow:
                kept = latestAged(minimum, lapseDays);
                break;
            case Fate::OpensSoon:
                kept = latestAged(std::max(1, minimum - s.soonDays), minimum - 1);
                break;
            case Fate::Discontinued:
                kept = treatedCount >= 2 ? latestAged(30, 330) : -1;
                break;
            case Fate::AsBooked:
                break;
            }
            if (kept < 0)
                continue;
            --it.value();
            fates.insert(patient, it.key());
            lastKept.insert(patient, kept);
            for (qsizetype i : mine)
                if (book[i].slot.date > book[kept].slot.date)
                    dropped.insert(i);
            break;
        }
    }

    QHash<qsizetype, qsizetype> position; // in `book` -> in plan.appointments
    plan.appointments.reserve(book.size() - dropped.size());
    for (qsizetype i = 0; i < book.size(); ++i) {
        if (dropped.contains(i))
            continue;
        position.insert(i, plan.appointments.size());
        plan.appointments.append(book[i]);
    }

    Lots lots(o.seed);
    const QStringList overrides = overrideReasons();
    const QStringList stopped = discontinuationReasons();
    auto makeTreatment = [&](qint64 patient, QDate date, qint64 provider, const Dose &dose) {
        Treatment t;
        t.patientId = patient;
        t.date = date;
        t.providerId = provider;
        t.diagnosisCode = o.defaults.diagnosisCode;
        t.product = o.defaults.product;
        t.ndc = o.defaults.ndc;
        t.vialUnits = dose.vialUnits;
        t.vialCount = (dose.units + dose.vialUnits - 1) / dose.vialUnits;
        t.unitsGiven = dose.units;
        t.unitsDiscarded = t.vialUnitsOpened() - dose.units;
        t.areas = Preempt::withFollowThePain(dose.units);
        const auto lot = lots.forDay(date);
        t.lotNumber = lot.first;
        t.lotExpiry = lot.second;
        t.consentSigned = true;
        if (rng.bounded(100) < 3) {
            const EventExample &e = kEvents[rng.bounded(int(std::size(kEvents)))];
            t.adverseEvents.append({e.code, std::min(today, date.addDays(rng.bounded(0, 6))),
                                    QString::fromLatin1(e.notes)});
        }
        return t;
    };

    // Treatments, override reasons and paper history, patient by patient.
    QMap<qint64, QList<QDate>> treatmentDates;
    for (auto it = visits.cbegin(); it != visits.cend(); ++it) {
        const qint64 patient = it.key();
        const int minimum = s.minimumDaysFor(o.payers.value(patient));
        Dose dose;
        const int roll = rng.bounded(100);
        if (roll < 20)
            dose.units = Preempt::kStandardUnits + Preempt::kUnitsPerSite * rng.bounded(2, 9);
        else if (roll < 25)
            dose.vialUnits = 100;
        QList<qsizetype> kept;
        for (qsizetype i : it.value())
            if (!dropped.contains(i))
                kept.append(i);
        if (kept.isEmpty())
            continue;

        // Earlier cycles from the paper chart, before the appointment book begins.
        QList<QDate> &dates = treatmentDates[patient];
        if (rng.bounded(4) == 0) {
            const Appointment &first = book[kept.constFirst()];
            const qint64 provider = rng.bounded(2) ? first.providerId : 0;
            QDate day = first.slot.date;
            QList<Treatment> paper;
            for (int cycle = rng.bounded(1, 5); cycle > 0; --cycle) {
                day = day.addDays(-(s.dueDays + 3 + rng.bounded(0, 21)));
                if (day < QDate(2000, 1, 1))
                    break;
                Treatment t = makeTreatment(patient, day, provider, dose);
                t.notes = QStringLiteral("Entered from the paper chart.");
                paper.prepend(t);
            }
            for (const Treatment &t : std::as_const(paper)) {
                plan.treatments.append(t);
                plan.treatmentVisits.append(-1);
                dates.append(t.date);
            }
        }

        QDate previous = dates.isEmpty() ? QDate() : dates.constLast();
        for (qsizetype i : std::as_const(kept)) {
            Appointment &a = plan.appointments[position.value(i)];
            if (!holdsTime(a.status))
                continue;
            if (previous.isValid() && a.slot.date < previous.addDays(minimum))
                a.overrideReason = overrides[rng.bounded(int(overrides.size()))];
            previous = a.slot.date;
            if (!treated(i))
                continue;
            plan.treatments.append(makeTreatment(patient, a.slot.date, a.providerId, dose));
            plan.treatmentVisits.append(position.value(i));
            dates.append(a.slot.date);
        }
    }

    // Stops, and the desk's calls to those who are due.
    for (auto it = visits.cbegin(); it != visits.cend(); ++it) {
        const qint64 patient = it.key();
        if (!fates.contains(patient))
            continue;
        const QDate last = book[lastKept.value(patient)].slot.date;
        const QDate due = last.addDays(s.dueDays);
        auto call = [&](QDate day, ContactOutcome outcome, const QString &note) {
            ContactAttempt attempt;
            attempt.patientId = patient;
            attempt.at = callTime(rng, day);
            attempt.outcome = outcome;
            attempt.note = note;
            attempt.by = deskUser(rng);
            plan.contacts.append(attempt);
        };
        switch (fates.value(patient)) {
        case Fate::Discontinued: {
            const QDate on = std::min(today.addDays(-1), last.addDays(rng.bounded(14, 46)));
            const QString reason = stopped[rng.bounded(int(stopped.size()))];
            call(on, ContactOutcome::Declined, QStringLiteral("Stopping treatment: ") + reason);
            plan.discontinued.append({patient, on, reason});
            break;
        }
        case Fate::Overdue: {
            if (rng.bounded(4) == 0)
                break; // nobody has called yet
            QDate day = due.addDays(rng.bounded(1, 8));
            const int calls = rng.bounded(1, 4);
            for (int n = 1; n <= calls && day < today; ++n) {
                const int roll = rng.bounded(10);
                if (n < calls || roll < 4)
                    call(day, roll % 2 ? ContactOutcome::NoAnswer : ContactOutcome::Voicemail,
                         roll % 2 ? QString() : QStringLiteral("Left a message to call back."));
                else if (roll < 8)
                    call(day, ContactOutcome::Spoke,
                         QStringLiteral("Will call back after checking work schedule."));
                else
                    call(day, ContactOutcome::WrongNumber,
                         QStringLiteral("Number not in service; letter mailed."));
                day = day.addDays(rng.bounded(3, 9));
            }
            break;
        }
        case Fate::DueNow:
            if (rng.bounded(5) < 2 && due < today)
                call(std::max(due, today.addDays(-rng.bounded(1, 7))), ContactOutcome::Voicemail,
                     QStringLiteral("Left a message: due for Botox."));
            break;
        case Fate::OpensSoon:
        case Fate::AsBooked:
            break;
        }
    }
    std::sort(plan.contacts.begin(), plan.contacts.end(),
              [](const ContactAttempt &a, const ContactAttempt &b) { return a.at < b.at; });

    // The drug for about a third of the coming treatments comes from a specialty pharmacy:
    // ordered two to four weeks ahead, shipped, received a few days later.
    for (qsizetype p = 0; p < plan.appointments.size(); ++p) {
        const Appointment &a = plan.appointments[p];
        if (!o.botoxTypeIds.contains(a.typeId) || !holdsTime(a.status) ||
            a.status == AppointmentStatus::Completed || a.slot.date < today || rng.bounded(10) >= 3)
            continue;
        DrugSupply supply;
        supply.source = DrugSource::SpecialtyPharmacy;
        supply.pharmacy =
            QString::fromLatin1(kPharmacies[rng.bounded(int(std::size(kPharmacies)))]);
        const QDate ordered = a.slot.date.addDays(-rng.bounded(14, 29));
        const QDate shipped = ordered.addDays(rng.bounded(2, 7));
        const QDate received = shipped.addDays(rng.bounded(1, 4));
        if (ordered <= today)
            supply.orderedOn = ordered;
        if (shipped <= today)
            supply.shippedOn = shipped;
        if (received <= today)
            supply.receivedOn = received;
        plan.supplies.append({p, supply});
    }

    // Prior authorizations for insured patients still on treatment: a year and four visits
    // each. Some end within the four weeks the desk looks ahead, some have no visits left, a few
    // are missing; some plans approve the drug and the procedure separately; some patients
    // have last year's on file too.
    int serial = 0;
    for (auto it = treatmentDates.cbegin(); it != treatmentDates.cend(); ++it) {
        const qint64 patient = it.key();
        const QString payer = o.payers.value(patient).simplified();
        if (payer.isEmpty() || payer.compare(s.selfPayName, Qt::CaseInsensitive) == 0 ||
            fates.value(patient) == Fate::Discontinued || it->isEmpty())
            continue;
        const int roll = rng.bounded(100);
        const Cover cover = roll < 4    ? Cover::Missing
                            : roll < 14 ? Cover::Expiring
                            : roll < 20 ? Cover::UsedUp
                                        : Cover::Current;
        if (cover == Cover::Missing)
            continue;
        Authorization a;
        a.patientId = patient;
        a.payer = payer;
        a.covers = AuthorizationCovers::Both;
        a.approvedVisits = 4;
        a.approvedUnits = rng.bounded(2) ? 800 : 0;
        if (cover == Cover::Expiring) {
            a.validTo = today.addDays(rng.bounded(3, 28));
            a.validFrom = a.validTo.addYears(-1).addDays(1);
        } else {
            a.validFrom = today.addDays(cover == Cover::UsedUp ? -rng.bounded(200, 301)
                                                               : -rng.bounded(0, 241));
            a.validTo = a.validFrom.addYears(1).addDays(-1);
        }
        if (cover == Cover::UsedUp) {
            const auto used = std::count_if(it->cbegin(), it->cend(), [&](QDate d) {
                return d >= a.validFrom && d <= a.validTo;
            });
            if (used > 0)
                a.approvedVisits = int(used);
        }
        const QString prefix = initials(payer);
        auto numbered = [&](Authorization auth) {
            // Random-looking, and never the same twice.
            auth.number = prefix + QString::number(rng.bounded(100, 1000)) +
                          QString::number(++serial).rightJustified(5, u'0');
            return auth;
        };
        if (rng.bounded(100) < 30 && it->constFirst() < a.validFrom.addDays(-30)) {
            Authorization previous = a;
            previous.validTo = a.validFrom.addDays(-1);
            previous.validFrom = previous.validTo.addYears(-1).addDays(1);
            previous.approvedVisits = 4;
            plan.authorizations.append(numbered(previous));
        }
        if (rng.bounded(100) < 12) {
            Authorization drug = a;
            drug.covers = AuthorizationCovers::Drug;
            Authorization procedure = a;
            procedure.covers = AuthorizationCovers::Procedure;
            procedure.approvedUnits = 0;
            plan.authorizations.append(numbered(drug));
            plan.authorizations.append(numbered(procedure));
        } else {
            plan.authorizations.append(numbered(a));
        }
    }
    return plan;
}

} // namespace ClinicDesk::Core
