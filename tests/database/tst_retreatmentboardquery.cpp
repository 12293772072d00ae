// The retreatment board against a brute-force computation over a generated clinic: the board's
// bounded queries (a range of last-treatment dates, the future Botox book, the filters) must
// list exactly the patients, in exactly the order, that reading every patient's whole record
// one by one gives.
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(ClinicDesk::Core::BoardFilter)

using namespace ClinicDesk;
using namespace ClinicDesk::Core;
using State = RetreatmentStatus::State;

namespace {

constexpr int kPatients = 400;

BoardFilter filterOf(int horizon = 14, int maxOverdue = 365, bool onlyUnbooked = false,
                     bool discontinued = false, qint64 provider = 0, const QString &payer = {})
{
    BoardFilter f;
    f.horizonDays = horizon;
    f.maxOverdueDays = maxOverdue;
    f.onlyUnbooked = onlyUnbooked;
    f.includeDiscontinued = discontinued;
    f.providerId = provider;
    f.payer = payer;
    return f;
}

// Who the desk should call first, as the issue orders the board.
int rank(State state)
{
    const QList<State> order{State::Overdue,  State::BookedTooEarly, State::DueNow,
                             State::WindowOpensSoon, State::NotDueYet, State::Booked,
                             State::Discontinued};
    return int(order.indexOf(state));
}

struct Expected {
    qint64 patientId = 0;
    QString name;
    State state = State::NoTreatmentYet;
    int daysToDue = 0;
};

} // namespace

class tst_RetreatmentBoardQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldListWhatABruteForceReadingFinds_data();
    void shouldListWhatABruteForceReadingFinds();

private:
    QList<Expected> bruteForce(const BoardFilter &filter);

    std::unique_ptr<Test::TempClinic> m_clinic;
    QList<Provider> m_providers;
    int m_early = 0;
    int m_discontinued = 0;
};

void tst_RetreatmentBoardQuery::initTestCase()
{
    Test::fixEnvironment();
    m_clinic = std::make_unique<Test::TempClinic>();
    QVERIFY2(m_clinic->isValid(), qPrintable(m_clinic->errorMessage()));
    Test::TempClinic &clinic = *m_clinic;
    const QDate today = Test::fixedToday();

    // given: payers with their own minimum intervals, and the self-pay rule
    QVERIFY(clinic.setup().addPayer({0, QStringLiteral("Aetna"), 90, true}));
    QVERIFY(clinic.setup().addPayer({0, QStringLiteral("Moda Health"), 77, true}));
    QVERIFY(clinic.setup().addPayer({0, QStringLiteral("Medicare"), 0, true}));
    const QStringList payers{QStringLiteral("Aetna"), QStringLiteral("Moda Health"),
                             QStringLiteral("Medicare"), QStringLiteral("Self-pay"),
                             QStringLiteral("aetna")};
    for (int i = 1; i <= 3; ++i)
        m_providers << clinic.setup()
                           .addProvider({0, QStringLiteral("Provider %1").arg(i),
                                         QStringLiteral("MD"), {}, true})
                           .value();
    const Room room = clinic.setup().addRoom({0, QStringLiteral("Room 1"), true}).value();

    // and: patients with names that sort in awkward ways, some never treated
    QRandomGenerator random(2026);
    const QStringList lasts{QStringLiteral("O'Brien"), QStringLiteral("Lee"),
                            QStringLiteral("Müller"), QStringLiteral("lee"),
                            QStringLiteral("Smith-Jones"), QStringLiteral("Zhang")};
    QList<Patient> drafts;
    for (int i = 0; i < kPatients; ++i) {
        const QStringList firsts{QStringLiteral("Ann"), QStringLiteral("José"),
                                 QStringLiteral("Mary-Kate"), QStringLiteral("Zoë")};
        Patient p = Test::TempClinic::draft(firsts[(i / lasts.size()) % firsts.size()],
                                            lasts[i % lasts.size()],
                                            QDate(1950, 1, 1).addDays(i * 37));
        p.insurance.payer = payers[int(random.bounded(payers.size()))];
        drafts << p;
    }
    auto created = clinic.patients().createMany(drafts);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));

    // and: treatment histories whose last treatment falls anywhere in the past 500 days
    QList<Treatment> treatments;
    const Treatment draft = clinic.context().treatments().draftFor(0);
    for (qint64 patient = 1; patient <= kPatients; ++patient) {
        if (patient % 10 == 0)
            continue; // never treated
        QDate day = today.addDays(-int(random.bounded(500)));
        const int count = 1 + int(random.bounded(4));
        for (int i = 0; i < count; ++i) {
            Treatment t = draft;
            t.patientId = patient;
            t.providerId = m_providers[int(random.bounded(m_providers.size()))].id;
            t.date = day;
            treatments << t;
            day = day.addDays(-80 - int(random.bounded(30)));
        }
    }
    auto recorded = clinic.context().treatments().recordMany(treatments);
    QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().message));

    // and: a quarter booked for their next treatment in the coming 60 days, some too early
    AppointmentType botox;
    for (const AppointmentType &t : clinic.setup().appointmentTypes().value())
        if (t.isBotox)
            botox = t;
    QVERIFY(botox.id > 0);
    QList<Appointment> bookings;
    for (qint64 patient = 1; patient <= kPatients; ++patient) {
        if (random.bounded(4) != 0)
            continue;
        Appointment a;
        a.patientId = patient;
        a.providerId = m_providers[int(patient % m_providers.size())].id;
        a.roomId = room.id;
        a.typeId = botox.id;
        const int start = 8 * 60 + int(patient % 36) * 15;
        a.slot = {today.addDays(int(patient % 61)), start, start + 15};
        a.overrideReason = QStringLiteral("Payer approved an early treatment");
        a.bookedBy = a.updatedBy = QStringLiteral("test");
        a.bookedAt = a.updatedAt = clinic.context().clock().now();
        bookings << a;
    }
    // One patient also holds a later Botox visit: the board must show the nearer one.
    Appointment later = bookings.constFirst();
    later.slot = {later.slot.date.addDays(90), later.slot.startMinute, later.slot.endMinute};
    bookings << later;
    auto booked = clinic.context().appointments().bookMany(bookings);
    QVERIFY2(booked, qPrintable(booked ? QString() : booked.error().message));

    // and: some patients stopped treatment
    for (qint64 patient = 7; patient <= kPatients; patient += 23) {
        QVERIFY(clinic.context().retreatment().discontinue(patient,
                                                           QStringLiteral("Moved away")));
        ++m_discontinued;
    }
    for (const Expected &e : bruteForce(filterOf(1000, 100000, false, true)))
        m_early += e.state == State::BookedTooEarly ? 1 : 0;
    // The generated clinic must hold every kind of row, or the comparison proves little.
    QVERIFY2(m_early > 0, "some bookings are too early");
    QVERIFY(m_discontinued > 0);
}

QList<Expected> tst_RetreatmentBoardQuery::bruteForce(const BoardFilter &filter)
{
    App::AppContext &context = m_clinic->context();
    const QDate today = Test::fixedToday();
    const RetreatmentPolicy policy = context.retreatment().policy();
    QList<Expected> rows;
    for (qint64 id = 1; id <= kPatients; ++id) {
        const Patient patient = context.patients().byId(id).value();
        if (!patient.active)
            continue;
        const QList<Treatment> history = context.treatments().forPatient(id).value();
        if (history.isEmpty())
            continue;
        const auto last = std::max_element(
            history.cbegin(), history.cend(), [](const Treatment &a, const Treatment &b) {
                return a.date != b.date ? a.date < b.date : a.id < b.id;
            });
        const TreatmentCourse course = context.retreatment().courseFor(id).value();
        if (course.isDiscontinued() && !filter.includeDiscontinued)
            continue;

        std::optional<Appointment> next;
        for (const ScheduleEntry &e : context.appointments().forPatient(id).value()) {
            const Appointment &a = e.appointment;
            if (!e.isBotox || a.slot.date < today || !holdsTime(a.status) ||
                a.status == AppointmentStatus::Completed)
                continue;
            if (!next || a.slot.start() < next->slot.start())
                next = a;
        }
        if (filter.providerId != 0 && last->providerId != filter.providerId &&
            (!next || next->providerId != filter.providerId))
            continue;
        if (!filter.payer.isEmpty() &&
            patient.insurance.payer.compare(filter.payer, Qt::CaseInsensitive) != 0)
            continue;

        const RetreatmentStatus status = policy.statusFor(
            last->date, patient.insurance.payer, today,
            next ? std::optional(next->slot.date) : std::nullopt,
            course.isDiscontinued() ? (course.discontinuedReason.isEmpty()
                                           ? QStringLiteral("Stopped treatment")
                                           : course.discontinuedReason)
                                    : QString());
        const RetreatmentWindow window = *status.window;
        const int daysToDue = int(today.daysTo(window.due));
        if (window.earliestAllowed > today.addDays(filter.horizonDays))
            continue;
        if (-daysToDue > filter.maxOverdueDays)
            continue;
        if (filter.onlyUnbooked &&
            (status.state == State::Booked || status.state == State::BookedTooEarly ||
             status.state == State::Discontinued))
            continue;
        rows << Expected{id, patient.displayName(), status.state, daysToDue};
    }
    std::sort(rows.begin(), rows.end(), [](const Expected &a, const Expected &b) {
        if (rank(a.state) != rank(b.state))
            return rank(a.state) < rank(b.state);
        if (a.daysToDue != b.daysToDue)
            return a.daysToDue < b.daysToDue;
        if (const int c = a.name.compare(b.name, Qt::CaseInsensitive); c != 0)
            return c < 0;
        return a.patientId < b.patientId;
    });
    return rows;
}

void tst_RetreatmentBoardQuery::shouldListWhatABruteForceReadingFinds_data()
{
    QTest::addColumn<BoardFilter>("filter");
    QTest::newRow("default") << filterOf();
    QTest::newRow("nothing ahead") << filterOf(0);
    QTest::newRow("60 days ahead") << filterOf(60);
    QTest::newRow("overdue up to 30 days") << filterOf(14, 30);
    QTest::newRow("no overdue") << filterOf(14, 0);
    QTest::newRow("no appointment booked") << filterOf(14, 365, true);
    QTest::newRow("with discontinued") << filterOf(14, 365, false, true);
    QTest::newRow("provider 2") << filterOf(14, 365, false, false, 2);
    QTest::newRow("payer, any case") << filterOf(14, 365, false, false, 0, QStringLiteral("AETNA"));
    QTest::newRow("self-pay, 28 days, unbooked")
        << filterOf(28, 365, true, false, 0, QStringLiteral("Self-pay"));
    QTest::newRow("everything") << filterOf(1000, 100000, false, true);
}

void tst_RetreatmentBoardQuery::shouldListWhatABruteForceReadingFinds()
{
    QFETCH(BoardFilter, filter);

    // when: the board is computed by its bounded queries
    auto board = m_clinic->context().retreatment().board(filter);
    QVERIFY2(board, qPrintable(board ? QString() : board.error().message));

    // then: it is what reading every patient's whole record gives, row for row
    const QList<Expected> expected = bruteForce(filter);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(board->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const BoardRow &row = board->at(i);
        const Expected &e = expected[i];
        const QString where = QStringLiteral("row %1: board has patient %2 (%3), expected %4 (%5)")
                                  .arg(i)
                                  .arg(row.candidate.patientId)
                                  .arg(row.status.label())
                                  .arg(e.patientId)
                                  .arg(e.name);
        QVERIFY2(row.candidate.patientId == e.patientId, qPrintable(where));
        QVERIFY2(row.status.state == e.state, qPrintable(where));
        QCOMPARE(row.daysToDue, e.daysToDue);
    }
}

QTEST_GUILESS_MAIN(tst_RetreatmentBoardQuery)
#include "tst_retreatmentboardquery.moc"
