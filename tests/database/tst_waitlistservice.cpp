// The waitlist on a real clinic file: entries kept with their audit trail, one open entry per
// patient and type, and, when a Botox visit is cancelled, the waitlisted patients who could take
// its time (their retreatment window allows the day), most overdue first.
#include "sqlwaitlistrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;

namespace {

// Thursday Dec 3, 2026, eight days after the tests' today (Wed Nov 25, 2026, 9:00).
const QDate kFreedDay(2026, 12, 3);
constexpr int kTen = 10 * 60;

struct Clinic {
    Provider fiks, alvarez;
    Room room;
    AppointmentType botox, consult;
    Patient ann; // whose visit is cancelled
};

Clinic setUp(Test::TempClinic &clinic)
{
    Clinic c;
    c.fiks = clinic.setup()
                 .addProvider({0, QStringLiteral("Vladimir Fiks"), QStringLiteral("MD"), {}, true})
                 .value();
    c.alvarez =
        clinic.setup()
            .addProvider({0, QStringLiteral("Maria Alvarez"), QStringLiteral("DO"), {}, true})
            .value();
    c.room = clinic.setup().addRoom({0, QStringLiteral("Procedure 1"), true}).value();
    for (const AppointmentType &t : clinic.setup().appointmentTypes().value()) {
        if (t.isBotox)
            c.botox = t;
        else if (t.name.contains(QStringLiteral("consult")))
            c.consult = t;
    }
    c.ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    return c;
}

// Books a visit for Ann and cancels it: the freed slot, as the schedule reads it.
ScheduleEntry cancelledVisit(Test::TempClinic &clinic, const Clinic &c, const AppointmentType &type,
                             QDate day = kFreedDay, int start = kTen,
                             const Provider *provider = nullptr)
{
    Appointment a;
    a.patientId = c.ann.id;
    a.providerId = (provider ? *provider : c.fiks).id;
    a.roomId = c.room.id;
    a.typeId = type.id;
    a.slot = {day, start, start + type.defaultMinutes};
    auto booked = clinic.context().appointments().book(a);
    if (!booked) {
        qWarning("booking failed: %s", qPrintable(booked.error().message));
        return {};
    }
    if (auto cancelled = clinic.context().appointments().cancel(
            booked->id, QStringLiteral("Patient is travelling"));
        !cancelled)
        qWarning("cancel failed: %s", qPrintable(cancelled.error().message));
    return clinic.context().appointments().byId(booked->id).value();
}

// A patient whose last Botox treatment was on `treated` (none when invalid).
Patient patientTreatedOn(Test::TempClinic &clinic, const Clinic &c, const QString &first,
                         QDate treated)
{
    const Patient p = clinic.add(first, QStringLiteral("Waiting"));
    if (treated.isValid()) {
        Treatment t = clinic.context().treatments().draftFor(p.id);
        t.date = treated;
        t.providerId = c.fiks.id;
        if (auto recorded = clinic.context().treatments().record(t); !recorded)
            qWarning("treatment failed: %s", qPrintable(recorded.error().message));
    }
    return p;
}

// Any Botox visit with any provider, weekdays 8:00 to 17:00.
WaitlistEntry wantsBotox(const Clinic &c, const Patient &patient)
{
    WaitlistEntry e;
    e.patientId = patient.id;
    e.typeId = c.botox.id;
    return e;
}

QStringList firstNames(Test::TempClinic &clinic, const QList<WaitlistCandidate> &candidates)
{
    QStringList names;
    for (const WaitlistCandidate &candidate : candidates)
        names << clinic.patients().byId(candidate.entry.patientId)->firstName;
    return names;
}

QStringList auditOf(Test::TempClinic &clinic, qint64 id)
{
    QSqlQuery q(clinic.database().connection());
    q.prepare(QStringLiteral("SELECT action || ' ' || summary FROM audit_log "
                             "WHERE entity = 'waitlist' AND entity_id = :id ORDER BY id"));
    q.bindValue(QStringLiteral(":id"), id);
    QStringList lines;
    if (q.exec())
        while (q.next())
            lines << q.value(0).toString();
    return lines;
}

} // namespace

class tst_WaitlistService : public QObject
{
    Q_OBJECT

private slots:
    void shouldKeepEntriesWithTheirAuditTrail();
    void shouldRefuseASecondOpenEntryForTheSameType();
    void shouldRefuseAnInactivePatient();
    void shouldRespectTheRetreatmentWindow_data();
    void shouldRespectTheRetreatmentWindow();
    void shouldLeaveOutDiscontinuedPatients();
    void shouldLeaveOutTheFreedVisitsOwnPatient();
    void shouldLeaveOutPatientsAlreadyBookedByThatDay();
    void shouldLeaveOutEntriesThatDoNotFitTheSlot();
    void shouldOrderByHowOverdueThenByWhenTheyJoined();
    void shouldOfferNothingForASlotThatHasBegun();
    void shouldOfferOtherVisitsWithoutTheWindow();
};

void tst_WaitlistService::shouldKeepEntriesWithTheirAuditTrail()
{
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Clinic c = setUp(clinic);
    WaitlistService &waitlist = clinic.context().waitlist();
    WaitlistEntry draft = wantsBotox(c, c.ann);
    draft.providerId = c.fiks.id;
    draft.weekdays = {4, 2};
    draft.earliestMinute = 8 * 60;
    draft.latestMinute = 12 * 60;
    draft.notes = QStringLiteral(" Can come at an hour's notice ");

    // add
    const auto added = waitlist.add(draft);
    QVERIFY2(added, qPrintable(added.ok() ? QString() : added.error().message));
    QVERIFY(added->id > 0);
    QCOMPARE(added->weekdays, (QList<int>{2, 4}));
    QCOMPARE(added->notes, QStringLiteral("Can come at an hour's notice"));
    QCOMPARE(added->patientName, QStringLiteral("Lee, Ann"));
    QCOMPARE(added->typeName, c.botox.name);
    QCOMPARE(added->providerName, QStringLiteral("Vladimir Fiks"));
    QCOMPARE(added->addedAt, QDateTime(Test::fixedToday(), QTime(9, 0)));
    QVERIFY(added->isOpen());
    QCOMPARE(waitlist.open()->size(), 1);

    // update: afternoons, any provider
    WaitlistEntry edited = added.value();
    edited.providerId = 0;
    edited.earliestMinute = 12 * 60;
    edited.latestMinute = 17 * 60;
    const auto updated = waitlist.update(edited);
    QVERIFY2(updated, qPrintable(updated.ok() ? QString() : updated.error().message));
    QCOMPARE(updated->providerId, 0);
    QCOMPARE(updated->providerName, QString());
    QCOMPARE(updated->earliestMinute, 12 * 60);

    // close
    QVERIFY(waitlist.close(added->id, QStringLiteral("Booked Dec 3 10:00")));
    QVERIFY(waitlist.open()->isEmpty());
    const auto history = waitlist.forPatient(c.ann.id);
    QCOMPARE(history->size(), 1);
    QVERIFY(!history->constFirst().isOpen());
    const auto again = waitlist.close(added->id, {});
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::NotFound);
    QVERIFY(!waitlist.update(edited));

    const QStringList audit = auditOf(clinic, added->id);
    QCOMPARE(audit.size(), 3);
    QCOMPARE(audit[0], QStringLiteral("create Lee, Ann: %1 with Vladimir Fiks, Tue/Thu mornings")
                           .arg(c.botox.name));
    QCOMPARE(audit[1], QStringLiteral("update Lee, Ann: %1, Tue/Thu afternoons").arg(c.botox.name));
    QVERIFY2(audit[2].endsWith(QStringLiteral("Booked Dec 3 10:00")), qPrintable(audit[2]));
}

void tst_WaitlistService::shouldRefuseASecondOpenEntryForTheSameType()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    WaitlistService &waitlist = clinic.context().waitlist();
    const auto first = waitlist.add(wantsBotox(c, c.ann));
    QVERIFY(first);

    const auto second = waitlist.add(wantsBotox(c, c.ann));
    WaitlistEntry consult = wantsBotox(c, c.ann);
    consult.typeId = c.consult.id;
    const auto other = waitlist.add(consult);

    QVERIFY(!second);
    QCOMPARE(second.error().field, QStringLiteral("type"));
    QVERIFY2(second.error().message.contains(QStringLiteral("Ann Lee is already on the waitlist")),
             qPrintable(second.error().message));
    QVERIFY(other);
    QVERIFY(waitlist.close(first->id));
    QVERIFY(waitlist.add(wantsBotox(c, c.ann)));
}

void tst_WaitlistService::shouldRefuseAnInactivePatient()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    QVERIFY(clinic.patients().setActive(c.ann.id, false));

    const auto added = clinic.context().waitlist().add(wantsBotox(c, c.ann));

    QVERIFY(!added);
    QCOMPARE(added.error().field, QStringLiteral("patient"));
    QVERIFY(clinic.context().waitlist().open()->isEmpty());
}

void tst_WaitlistService::shouldRespectTheRetreatmentWindow_data()
{
    QTest::addColumn<int>("daysBefore"); // last treatment this many days before the freed day
    QTest::addColumn<bool>("offered");

    QTest::newRow("83 days: too early") << 83 << false;
    QTest::newRow("84 days: earliest allowed") << 84 << true;
    QTest::newRow("85 days") << 85 << true;
    QTest::newRow("no treatment yet") << -1 << true;
}

void tst_WaitlistService::shouldRespectTheRetreatmentWindow()
{
    QFETCH(int, daysBefore);
    QFETCH(bool, offered);

    // given
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Clinic c = setUp(clinic);
    const Patient ben = patientTreatedOn(clinic, c, QStringLiteral("Ben"),
                                         daysBefore < 0 ? QDate() : kFreedDay.addDays(-daysBefore));
    QVERIFY(clinic.context().waitlist().add(wantsBotox(c, ben)));
    const ScheduleEntry freed = cancelledVisit(clinic, c, c.botox);
    QVERIFY(freed.isBotox);

    // when
    const auto candidates = clinic.context().waitlist().candidatesFor(freed);

    // then
    QVERIFY(candidates);
    QCOMPARE(firstNames(clinic, candidates.value()),
             offered ? QStringList{QStringLiteral("Ben")} : QStringList{});
}

void tst_WaitlistService::shouldLeaveOutDiscontinuedPatients()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    const Patient ben = patientTreatedOn(clinic, c, QStringLiteral("Ben"), kFreedDay.addDays(-90));
    const Patient cy = patientTreatedOn(clinic, c, QStringLiteral("Cy"), kFreedDay.addDays(-90));
    QVERIFY(clinic.context().waitlist().add(wantsBotox(c, ben)));
    QVERIFY(clinic.context().waitlist().add(wantsBotox(c, cy)));
    QVERIFY(clinic.context().retreatment().discontinue(cy.id, QStringLiteral("No benefit")));

    const auto candidates =
        clinic.context().waitlist().candidatesFor(cancelledVisit(clinic, c, c.botox));

    QCOMPARE(firstNames(clinic, candidates.value()), QStringList{QStringLiteral("Ben")});
}

void tst_WaitlistService::shouldLeaveOutTheFreedVisitsOwnPatient()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    const Patient ben = patientTreatedOn(clinic, c, QStringLiteral("Ben"), {});
    QVERIFY(clinic.context().waitlist().add(wantsBotox(c, c.ann)));
    QVERIFY(clinic.context().waitlist().add(wantsBotox(c, ben)));

    const auto candidates =
        clinic.context().waitlist().candidatesFor(cancelledVisit(clinic, c, c.botox));

    QCOMPARE(firstNames(clinic, candidates.value()), QStringList{QStringLiteral("Ben")});
}

void tst_WaitlistService::shouldLeaveOutPatientsAlreadyBookedByThatDay()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    const QDate treated = Test::fixedToday().addDays(-90);
    const Patient ben = patientTreatedOn(clinic, c, QStringLiteral("Ben"), treated);
    const Patient cy = patientTreatedOn(clinic, c, QStringLiteral("Cy"), treated);
    QVERIFY(clinic.context().waitlist().add(wantsBotox(c, ben)));
    QVERIFY(clinic.context().waitlist().add(wantsBotox(c, cy)));
    // Ben is booked the day before the freed one, Cy the week after.
    for (const auto &[patient, day] :
         {std::pair{ben, kFreedDay.addDays(-1)}, std::pair{cy, kFreedDay.addDays(7)}}) {
        Appointment a;
        a.patientId = patient.id;
        a.providerId = c.alvarez.id;
        a.roomId = c.room.id;
        a.typeId = c.botox.id;
        a.slot = {day, 14 * 60, 14 * 60 + c.botox.defaultMinutes};
        const auto booked = clinic.context().appointments().book(a);
        QVERIFY2(booked, qPrintable(booked.ok() ? QString() : booked.error().message));
    }

    const auto candidates =
        clinic.context().waitlist().candidatesFor(cancelledVisit(clinic, c, c.botox));

    QCOMPARE(firstNames(clinic, candidates.value()), QStringList{QStringLiteral("Cy")});
    QVERIFY2(candidates->constFirst().reason.startsWith(QStringLiteral("Booked Dec 10")),
             qPrintable(candidates->constFirst().reason));
}

void tst_WaitlistService::shouldLeaveOutEntriesThatDoNotFitTheSlot()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    WaitlistService &waitlist = clinic.context().waitlist();
    const auto add = [&](const QString &name, auto change) {
        WaitlistEntry e = wantsBotox(c, patientTreatedOn(clinic, c, name, {}));
        change(e);
        const auto added = waitlist.add(e);
        if (!added)
            qWarning("add failed: %s", qPrintable(added.error().message));
    };
    add(QStringLiteral("Fits"), [](WaitlistEntry &) {});
    add(QStringLiteral("AnyType"), [](WaitlistEntry &e) { e.typeId = 0; });
    add(QStringLiteral("Consult"), [&](WaitlistEntry &e) { e.typeId = c.consult.id; });
    add(QStringLiteral("Alvarez"), [&](WaitlistEntry &e) { e.providerId = c.alvarez.id; });
    add(QStringLiteral("Fiks"), [&](WaitlistEntry &e) { e.providerId = c.fiks.id; });
    add(QStringLiteral("Mondays"), [](WaitlistEntry &e) { e.weekdays = {1}; });
    add(QStringLiteral("Afternoons"), [](WaitlistEntry &e) { e.earliestMinute = 12 * 60; });
    const Patient gone = patientTreatedOn(clinic, c, QStringLiteral("Inactive"), {});
    QVERIFY(waitlist.add(wantsBotox(c, gone)));
    QVERIFY(clinic.patients().setActive(gone.id, false));

    const auto candidates = waitlist.candidatesFor(cancelledVisit(clinic, c, c.botox));

    QCOMPARE(
        firstNames(clinic, candidates.value()),
        (QStringList{QStringLiteral("Fits"), QStringLiteral("AnyType"), QStringLiteral("Fiks")}));
}

void tst_WaitlistService::shouldOrderByHowOverdueThenByWhenTheyJoined()
{
    // given: entries stamped on different days, stored out of that order
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    const QDate today = Test::fixedToday();
    const Patient due = patientTreatedOn(clinic, c, QStringLiteral("DueLate"), today.addDays(-90));
    const Patient early =
        patientTreatedOn(clinic, c, QStringLiteral("DueEarly"), today.addDays(-90));
    const Patient first = patientTreatedOn(clinic, c, QStringLiteral("First"), {});
    const Patient overdue =
        patientTreatedOn(clinic, c, QStringLiteral("Overdue"), today.addDays(-100));
    const Patient most = patientTreatedOn(clinic, c, QStringLiteral("Most"), today.addDays(-130));
    Db::SqlWaitlistRepository repository(clinic.database());
    const auto stamped = [&](const Patient &p, int daysAgo) {
        const ChangeContext at{QStringLiteral("desk"),
                               QDateTime(today.addDays(-daysAgo), QTime(11, 0))};
        const auto added = repository.add(wantsBotox(c, p), at);
        if (!added)
            qWarning("add failed: %s", qPrintable(added.error().message));
    };
    stamped(due, 3);
    stamped(early, 20);
    stamped(first, 30);
    stamped(overdue, 1);
    stamped(most, 2);

    // when
    const auto candidates =
        clinic.context().waitlist().candidatesFor(cancelledVisit(clinic, c, c.botox));

    // then: 46 days past due, 16, 6 (joined 20 days ago), 6 (joined 3 days ago), first treatment
    QVERIFY(candidates);
    QCOMPARE(
        firstNames(clinic, candidates.value()),
        (QStringList{QStringLiteral("Most"), QStringLiteral("Overdue"), QStringLiteral("DueEarly"),
                     QStringLiteral("DueLate"), QStringLiteral("First")}));
    QCOMPARE(candidates->at(1).daysPastDue, 16);
    QCOMPARE(candidates->at(1).reason,
             QStringLiteral("Overdue by 16 days \u00b7 Mon\u2013Fri any time"));
    QCOMPARE(candidates->at(2).reason, QStringLiteral("Due now \u00b7 Mon\u2013Fri any time"));
    QCOMPARE(candidates->at(4).reason,
             QStringLiteral("No treatment yet \u00b7 Mon\u2013Fri any time"));
}

void tst_WaitlistService::shouldOfferNothingForASlotThatHasBegun()
{
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    const Patient ben = patientTreatedOn(clinic, c, QStringLiteral("Ben"), {});
    QVERIFY(clinic.context().waitlist().add(wantsBotox(c, ben)));

    // Today 8:45 has begun by the clinic's 9:00; today 9:00 has too; 9:15 is still to come.
    const auto begun = clinic.context().waitlist().candidatesFor(
        cancelledVisit(clinic, c, c.botox, Test::fixedToday(), 8 * 60 + 45));
    const auto now = clinic.context().waitlist().candidatesFor(
        cancelledVisit(clinic, c, c.botox, Test::fixedToday(), 9 * 60));
    const auto later = clinic.context().waitlist().candidatesFor(
        cancelledVisit(clinic, c, c.botox, Test::fixedToday(), 9 * 60 + 15));

    QVERIFY(begun && begun->isEmpty());
    QVERIFY(now && now->isEmpty());
    QCOMPARE(firstNames(clinic, later.value()), QStringList{QStringLiteral("Ben")});
}

void tst_WaitlistService::shouldOfferOtherVisitsWithoutTheWindow()
{
    // A consult frees time that anyone waiting for any visit may take, window or not.
    Test::TempClinic clinic;
    const Clinic c = setUp(clinic);
    const Patient ben = patientTreatedOn(clinic, c, QStringLiteral("Ben"), kFreedDay.addDays(-10));
    WaitlistEntry e = wantsBotox(c, ben);
    e.typeId = 0;
    QVERIFY(clinic.context().waitlist().add(e));

    const auto candidates =
        clinic.context().waitlist().candidatesFor(cancelledVisit(clinic, c, c.consult));

    QCOMPARE(firstNames(clinic, candidates.value()), QStringList{QStringLiteral("Ben")});
    QCOMPARE(candidates->constFirst().reason,
             QStringLiteral("Waiting since Nov 25 \u00b7 Mon\u2013Fri any time"));
}

QTEST_GUILESS_MAIN(tst_WaitlistService)
#include "tst_waitlistservice.moc"
