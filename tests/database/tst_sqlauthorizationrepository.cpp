// Prior authorizations in SQLite: visits and units counted from the treatments given, the
// board's batch read, the expiring list and the audit trail.
#include "sqlauthorizationrepository.h"
#include "testsupport.h"
#include "treatmentservice.h"
#include "writetransaction.h"

#include <QSqlQuery>
#include <QTest>
#include <tuple>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;
using Test::TempClinic;

namespace {

const QDate kToday = Test::fixedToday(); // Wed Nov 25, 2026

ChangeContext changeBy(const QString &user)
{
    return {user, QDateTime(kToday, QTime(9, 30))};
}

Authorization draft(qint64 patientId, const QString &number, QDate from, QDate to, int visits = 0,
                    int units = 0, AuthorizationCovers covers = AuthorizationCovers::Both)
{
    Authorization a;
    a.patientId = patientId;
    a.payer = QStringLiteral("Aetna");
    a.number = number;
    a.covers = covers;
    a.validFrom = from;
    a.validTo = to;
    a.approvedVisits = visits;
    a.approvedUnits = units;
    return a;
}

// Records a treatment through the real service (given from one or two 200 U vials).
bool treat(TempClinic &clinic, qint64 patientId, QDate date, int units)
{
    TreatmentService &service = clinic.context().treatments();
    Treatment t = service.draftFor(patientId);
    t.date = date;
    t.areas.clear();
    t.vialUnits = 200;
    t.vialCount = units > 200 ? 2 : 1;
    t.unitsGiven = units;
    t.unitsDiscarded = t.vialUnitsOpened() - units;
    auto recorded = service.record(t);
    if (!recorded)
        qWarning("%s", qPrintable(recorded.error().message));
    return recorded.ok();
}

QStringList auditActions(TempClinic &clinic)
{
    QSqlQuery q(clinic.database().connection());
    q.exec(QStringLiteral("SELECT action || ' ' || summary FROM audit_log "
                          "WHERE entity = 'authorization' ORDER BY id"));
    QStringList actions;
    while (q.next())
        actions << q.value(0).toString();
    return actions;
}

QStringList numbersOf(const QList<Authorization> &list)
{
    QStringList numbers;
    for (const Authorization &a : list)
        numbers << a.number;
    return numbers;
}

QStringList expiringNumbers(const QList<ExpiringAuthorization> &list)
{
    QStringList numbers;
    for (const ExpiringAuthorization &e : list)
        numbers << e.authorization.number;
    return numbers;
}

} // namespace

class tst_SqlAuthorizationRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void shouldStoreEveryField();
    void shouldStoreNoLimitAsNull();
    void shouldCountVisitsAndUnitsWithinItsDates_data();
    void shouldCountVisitsAndUnitsWithinItsDates();
    void shouldCountOnlyThePatientsOwnTreatments();
    void shouldCountTreatmentsGivenBeforeItWasAdded();
    void shouldListAPatientsEndingLastFirst();
    void shouldUpdateAndCountAgainForNewDates();
    void shouldRemove();
    void shouldReportMissingOnUpdateAndRemove();
    void shouldAuditEveryChange();
    void shouldReadCurrentOnesForManyPatientsAtOnce();
    void shouldReadNothingForNoPatients();
    void shouldListThoseExpiringOrRunningOut();
    void shouldNotListOneWhoseRenewalIsOnFile();
    void shouldListOneWhoseRenewalCoversLess();
    void shouldNotListInactivePatients();
    void shouldTakeDatesAsData();
};

void tst_SqlAuthorizationRepository::initTestCase()
{
    Test::fixEnvironment();
}

void tst_SqlAuthorizationRepository::shouldStoreEveryField()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    AuthorizationRepository &repository = clinic.context().authorizationRepository();
    Authorization a = draft(ann.id, QStringLiteral("PA-778812"), QDate(2026, 9, 1),
                            QDate(2027, 8, 31), 4, 800, AuthorizationCovers::Drug);
    a.payer = QStringLiteral("Regence BlueCross BlueShield");
    a.notes = QStringLiteral("Approved by phone; letter to follow. O'Brien's \"note\"");

    auto added = repository.add(a, changeBy(QStringLiteral("front1")));
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    QVERIFY(added->id > 0);

    auto read = repository.forPatient(ann.id);
    QVERIFY(read);
    QCOMPARE(read->size(), 1);
    const Authorization &stored = read->constFirst();
    QCOMPARE(stored, added.value());
    QCOMPARE(stored.patientId, ann.id);
    QCOMPARE(stored.payer, a.payer);
    QCOMPARE(stored.number, a.number);
    QCOMPARE(stored.covers, AuthorizationCovers::Drug);
    QCOMPARE(stored.validFrom, a.validFrom);
    QCOMPARE(stored.validTo, a.validTo);
    QCOMPARE(stored.approvedVisits, 4);
    QCOMPARE(stored.approvedUnits, 800);
    QCOMPARE(stored.notes, a.notes);
    QCOMPARE(stored.createdBy, QStringLiteral("front1"));
    QCOMPARE(stored.createdAt, QDateTime(kToday, QTime(9, 30)));
    QCOMPARE(stored.visitsUsed, 0);
    QCOMPARE(stored.unitsUsed, 0);
}

void tst_SqlAuthorizationRepository::shouldStoreNoLimitAsNull()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    auto added = clinic.context().authorizationRepository().add(
        draft(ann.id, QStringLiteral("1"), QDate(2026, 1, 1), QDate(2026, 12, 31)),
        changeBy(QStringLiteral("front1")));
    QVERIFY(added);
    QCOMPARE(added->approvedVisits, 0);
    QCOMPARE(added->approvedUnits, 0);
    QCOMPARE(added->visitsLeft(), -1);

    // The schema's CHECK (> 0) allows NULL only: 0 must not reach the table.
    QSqlQuery q(clinic.database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT approved_visits IS NULL, approved_units IS NULL "
                                  "FROM authorizations")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toBool());
    QVERIFY(q.value(1).toBool());
}

void tst_SqlAuthorizationRepository::shouldCountVisitsAndUnitsWithinItsDates_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("visits");
    QTest::addColumn<int>("units");

    // Treatments (see the test): Feb 27 155 U, Mar 1 160 U, Jun 1 175 U, Aug 31 195 U,
    // Sep 1 200 U (all 2026).
    QTest::newRow("all of them") << QDate(2026, 1, 1) << QDate(2026, 12, 31) << 5 << 885;
    QTest::newRow("first and last day count")
        << QDate(2026, 3, 1) << QDate(2026, 8, 31) << 3 << 530;
    QTest::newRow("a day either side of two")
        << QDate(2026, 2, 28) << QDate(2026, 5, 31) << 1 << 160;
    QTest::newRow("a single day") << QDate(2026, 6, 1) << QDate(2026, 6, 1) << 1 << 175;
    QTest::newRow("none in its dates") << QDate(2026, 9, 2) << QDate(2027, 9, 1) << 0 << 0;
}

void tst_SqlAuthorizationRepository::shouldCountVisitsAndUnitsWithinItsDates()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, visits);
    QFETCH(int, units);

    // given
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    QVERIFY(treat(clinic, ann.id, QDate(2026, 2, 27), 155));
    QVERIFY(treat(clinic, ann.id, QDate(2026, 3, 1), 160));
    QVERIFY(treat(clinic, ann.id, QDate(2026, 6, 1), 175));
    QVERIFY(treat(clinic, ann.id, QDate(2026, 8, 31), 195));
    QVERIFY(treat(clinic, ann.id, QDate(2026, 9, 1), 200));
    AuthorizationRepository &repository = clinic.context().authorizationRepository();
    QVERIFY(repository.add(draft(ann.id, QStringLiteral("X"), from, to, 10),
                           changeBy(QStringLiteral("front1"))));

    // when
    auto read = repository.forPatient(ann.id);

    // then
    QVERIFY(read);
    QCOMPARE(read->size(), 1);
    QCOMPARE(read->constFirst().visitsUsed, visits);
    QCOMPARE(read->constFirst().unitsUsed, units);
    QCOMPARE(read->constFirst().visitsLeft(), 10 - visits);
}

void tst_SqlAuthorizationRepository::shouldCountOnlyThePatientsOwnTreatments()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    const Patient bob = clinic.add(QStringLiteral("Bob"), QStringLiteral("Ray"));
    QVERIFY(treat(clinic, ann.id, QDate(2026, 6, 1), 155));
    QVERIFY(treat(clinic, bob.id, QDate(2026, 6, 2), 195));
    QVERIFY(treat(clinic, bob.id, QDate(2026, 9, 1), 195));
    AuthorizationRepository &repository = clinic.context().authorizationRepository();
    QVERIFY(repository.add(
        draft(ann.id, QStringLiteral("A"), QDate(2026, 1, 1), QDate(2026, 12, 31), 4),
        changeBy(QStringLiteral("front1"))));
    QVERIFY(repository.add(
        draft(bob.id, QStringLiteral("B"), QDate(2026, 1, 1), QDate(2026, 12, 31), 4),
        changeBy(QStringLiteral("front1"))));

    const Authorization annsAuth = repository.forPatient(ann.id)->constFirst();
    const Authorization bobsAuth = repository.forPatient(bob.id)->constFirst();
    QCOMPARE(annsAuth.visitsUsed, 1);
    QCOMPARE(annsAuth.unitsUsed, 155);
    QCOMPARE(bobsAuth.visitsUsed, 2);
    QCOMPARE(bobsAuth.unitsUsed, 390);
}

void tst_SqlAuthorizationRepository::shouldCountTreatmentsGivenBeforeItWasAdded()
{
    // given: treatments on file before the authorization is typed in
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    QVERIFY(treat(clinic, ann.id, QDate(2026, 6, 1), 155));
    QVERIFY(treat(clinic, ann.id, QDate(2026, 8, 24), 165));

    // when
    auto added = clinic.context().authorizationRepository().add(
        draft(ann.id, QStringLiteral("A"), QDate(2026, 5, 1), QDate(2027, 4, 30), 4),
        changeBy(QStringLiteral("front1")));

    // then: what add returns already counts them
    QVERIFY(added);
    QCOMPARE(added->visitsUsed, 2);
    QCOMPARE(added->unitsUsed, 320);
}

void tst_SqlAuthorizationRepository::shouldListAPatientsEndingLastFirst()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    const Patient bob = clinic.add(QStringLiteral("Bob"), QStringLiteral("Ray"));
    AuthorizationRepository &repository = clinic.context().authorizationRepository();
    const auto by = changeBy(QStringLiteral("front1"));
    QVERIFY(repository.add(
        draft(ann.id, QStringLiteral("MIDDLE"), QDate(2026, 1, 1), QDate(2026, 12, 31)), by));
    QVERIFY(repository.add(
        draft(ann.id, QStringLiteral("OLDEST"), QDate(2025, 1, 1), QDate(2025, 12, 31)), by));
    QVERIFY(repository.add(
        draft(bob.id, QStringLiteral("BOBS"), QDate(2026, 1, 1), QDate(2026, 12, 31)), by));
    QVERIFY(repository.add(
        draft(ann.id, QStringLiteral("NEWEST"), QDate(2027, 1, 1), QDate(2027, 12, 31)), by));

    QCOMPARE(numbersOf(repository.forPatient(ann.id).value()),
             QStringList({"NEWEST", "MIDDLE", "OLDEST"}));
    QVERIFY(repository.forPatient(ann.id + bob.id + 100)->isEmpty());
}

void tst_SqlAuthorizationRepository::shouldUpdateAndCountAgainForNewDates()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    QVERIFY(treat(clinic, ann.id, QDate(2026, 3, 2), 155));
    QVERIFY(treat(clinic, ann.id, QDate(2026, 6, 1), 155));
    AuthorizationRepository &repository = clinic.context().authorizationRepository();
    auto added =
        repository.add(draft(ann.id, QStringLiteral("A"), QDate(2026, 5, 1), QDate(2027, 4, 30), 4),
                       changeBy(QStringLiteral("front1")));
    QVERIFY(added);
    QCOMPARE(added->visitsUsed, 1);

    Authorization edited = added.value();
    edited.validFrom = QDate(2026, 3, 1);
    edited.number = QStringLiteral("A-2");
    edited.covers = AuthorizationCovers::Procedure;
    edited.approvedVisits = 0;
    edited.approvedUnits = 600;
    edited.notes = QStringLiteral("Dates corrected from the letter.");
    QVERIFY(repository.update(edited, changeBy(QStringLiteral("front2"))));

    const Authorization stored = repository.forPatient(ann.id)->constFirst();
    QCOMPARE(stored.number, QStringLiteral("A-2"));
    QCOMPARE(stored.validFrom, QDate(2026, 3, 1));
    QCOMPARE(stored.covers, AuthorizationCovers::Procedure);
    QCOMPARE(stored.approvedVisits, 0);
    QCOMPARE(stored.approvedUnits, 600);
    QCOMPARE(stored.notes, edited.notes);
    QCOMPARE(stored.visitsUsed, 2);
    QCOMPARE(stored.unitsUsed, 310);
    // Who created it stays.
    QCOMPARE(stored.createdBy, QStringLiteral("front1"));
}

void tst_SqlAuthorizationRepository::shouldRemove()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    AuthorizationRepository &repository = clinic.context().authorizationRepository();
    const auto by = changeBy(QStringLiteral("front1"));
    auto keep = repository.add(
        draft(ann.id, QStringLiteral("KEEP"), QDate(2026, 1, 1), QDate(2026, 12, 31)), by);
    auto drop = repository.add(
        draft(ann.id, QStringLiteral("DROP"), QDate(2027, 1, 1), QDate(2027, 12, 31)), by);
    QVERIFY(keep && drop);

    QVERIFY(repository.remove(drop->id, by));

    QCOMPARE(numbersOf(repository.forPatient(ann.id).value()), QStringList{"KEEP"});
}

void tst_SqlAuthorizationRepository::shouldReportMissingOnUpdateAndRemove()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    AuthorizationRepository &repository = clinic.context().authorizationRepository();
    Authorization ghost =
        draft(ann.id, QStringLiteral("GHOST"), QDate(2026, 1, 1), QDate(2026, 12, 31));
    ghost.id = 4242;

    const Status updated = repository.update(ghost, changeBy(QStringLiteral("front1")));
    QVERIFY(!updated);
    QCOMPARE(updated.error().kind, Error::Kind::NotFound);
    QVERIFY2(updated.error().message.contains(QStringLiteral("Aetna GHOST")),
             qPrintable(updated.error().message));
    const Status removed = repository.remove(4242, changeBy(QStringLiteral("front1")));
    QVERIFY(!removed);
    QCOMPARE(removed.error().kind, Error::Kind::NotFound);
    QVERIFY(auditActions(clinic).isEmpty());
}

void tst_SqlAuthorizationRepository::shouldAuditEveryChange()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    AuthorizationRepository &repository = clinic.context().authorizationRepository();
    auto added =
        repository.add(draft(ann.id, QStringLiteral("12345"), QDate(2027, 1, 4), QDate(2027, 7, 3)),
                       changeBy(QStringLiteral("front1")));
    QVERIFY(added);
    Authorization edited = added.value();
    edited.covers = AuthorizationCovers::Drug;
    QVERIFY(repository.update(edited, changeBy(QStringLiteral("front2"))));
    QVERIFY(repository.remove(edited.id, changeBy(QStringLiteral("front3"))));

    QCOMPARE(auditActions(clinic),
             QStringList({"create Aetna 12345, drug and procedure, Jan 4, 2027 to Jul 3, 2027",
                          "update Aetna 12345, drug, Jan 4, 2027 to Jul 3, 2027",
                          "delete Aetna 12345, drug, Jan 4, 2027 to Jul 3, 2027"}));
    QSqlQuery q(clinic.database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT user_name, entity_id FROM audit_log "
                                  "WHERE entity = 'authorization' ORDER BY id")));
    for (const char *user : {"front1", "front2", "front3"}) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString::fromLatin1(user));
        QCOMPARE(q.value(1).toLongLong(), added->id);
    }
}

void tst_SqlAuthorizationRepository::shouldReadCurrentOnesForManyPatientsAtOnce()
{
    // given: 1,037 patients (more than 999 bound values), each with one that ended before
    // `from` and one still valid; plus patients not asked for
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const int count = 1037;
    QList<Patient> drafts;
    for (int i = 0; i < count + 5; ++i)
        drafts << TempClinic::draft(QStringLiteral("Pat"), QStringLiteral("Number"),
                                    QDate(1960, 1, 1).addDays(i));
    QVERIFY(clinic.patients().createMany(drafts));
    QSqlQuery ids(clinic.database().connection());
    QVERIFY(ids.exec(QStringLiteral("SELECT id FROM patients ORDER BY id")));
    QList<qint64> all;
    while (ids.next())
        all << ids.value(0).toLongLong();
    QCOMPARE(all.size(), count + 5);
    // Stored in one transaction with plain SQL: two thousand separate commits (each one
    // synced to disk) would take half a minute.
    {
        QSqlDatabase db = clinic.database().connection();
        Db::WriteTransaction transaction(db);
        QVERIFY(transaction.isActive());
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO authorizations (patient_id, payer, number, valid_from, valid_to, "
            "created_by, created_at) VALUES (?, 'Aetna', ?, ?, ?, 'seed', "
            "'2026-11-25T09:00:00')")));
        for (qint64 id : all) {
            for (const auto &[prefix, from, to] :
                 {std::tuple{"OLD-", "2025-01-01", "2025-12-31"},
                  std::tuple{"NOW-", "2026-01-01", "2026-11-25"}}) {
                insert.addBindValue(id);
                insert.addBindValue(QString::fromLatin1(prefix) + QString::number(id));
                insert.addBindValue(QString::fromLatin1(from));
                insert.addBindValue(QString::fromLatin1(to));
                QVERIFY(insert.exec());
            }
        }
        QVERIFY(transaction.commit());
    }
    AuthorizationRepository &repository = clinic.context().authorizationRepository();
    // Asked for in reverse order, with one asked twice.
    QList<qint64> asked = all.mid(0, count);
    std::reverse(asked.begin(), asked.end());
    asked << asked.constFirst();

    // when
    auto current = repository.currentFor(asked, kToday);

    // then: one a patient (ended on `from` still counts), in patient order, none extra
    QVERIFY(current);
    QCOMPARE(current->size(), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(current->at(i).patientId, all.at(i));
        QCOMPARE(current->at(i).number, QStringLiteral("NOW-%1").arg(all.at(i)));
    }
    QCOMPARE(repository.currentFor(asked, kToday.addDays(1))->size(), 0);
    QCOMPARE(repository.currentFor(asked, QDate(2025, 12, 31))->size(), 2 * count);
}

void tst_SqlAuthorizationRepository::shouldReadNothingForNoPatients()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    auto current = clinic.context().authorizationRepository().currentFor({}, kToday);
    QVERIFY(current);
    QVERIFY(current->isEmpty());
}

void tst_SqlAuthorizationRepository::shouldListThoseExpiringOrRunningOut()
{
    // given: today Nov 25, 2026; listing up to Dec 23 (28 days). Each date case has a patient
    // of its own, so that none carries on from another.
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1975, 3, 14),
                                   QStringLiteral("5034058718"));
    Patient bob = TempClinic::draft(QStringLiteral("Bob"), QStringLiteral("Ray"));
    bob.homePhone = QStringLiteral("5415550123");
    bob = clinic.patients().create(bob).value();
    const Patient cy = clinic.add(QStringLiteral("Cy"), QStringLiteral("Zed"));
    auto another = [&](const QString &last) {
        return clinic.add(QStringLiteral("Dee"), last).id;
    };
    for (const QDate day : {QDate(2026, 6, 1), QDate(2026, 8, 24)})
        QVERIFY(treat(clinic, bob.id, day, 155));
    QVERIFY(treat(clinic, cy.id, QDate(2026, 8, 24), 200));
    AuthorizationRepository &repository = clinic.context().authorizationRepository();
    const auto by = changeBy(QStringLiteral("front1"));
    const QDate until = kToday.addDays(28);
    const QDate jan1(2026, 1, 1);
    const QList<Authorization> drafts = {
        draft(ann.id, QStringLiteral("ENDS-TODAY"), jan1, kToday),
        draft(another("Until"), QStringLiteral("ENDS-ON-UNTIL"), jan1, until),
        draft(another("After"), QStringLiteral("ENDS-AFTER"), jan1, until.addDays(1)),
        draft(another("Ended"), QStringLiteral("ENDED"), jan1, kToday.addDays(-1)),
        draft(another("Later"), QStringLiteral("STARTS-LATER"), kToday.addDays(1),
              kToday.addDays(5)),
        draft(bob.id, QStringLiteral("ONE-LEFT"), QDate(2026, 5, 1), QDate(2027, 4, 30), 3),
        draft(bob.id, QStringLiteral("NONE-LEFT"), QDate(2026, 5, 1), QDate(2027, 4, 30), 2),
        draft(bob.id, QStringLiteral("TWO-LEFT"), QDate(2026, 5, 1), QDate(2027, 4, 30), 4),
        // Used up, so it does not carry SOON-AND-LAST on.
        draft(cy.id, QStringLiteral("UNITS-GONE"), QDate(2026, 5, 1), QDate(2027, 4, 30), 0, 200),
        draft(cy.id, QStringLiteral("SOON-AND-LAST"), QDate(2026, 5, 1), kToday.addDays(3), 2),
    };
    for (const Authorization &a : drafts) {
        auto added = repository.add(a, by);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    }

    // when
    auto expiring = repository.expiring(kToday, until, 1);

    // then: soonest ending first
    QVERIFY(expiring);
    QCOMPARE(expiringNumbers(expiring.value()),
             QStringList({"ENDS-TODAY", "SOON-AND-LAST", "ENDS-ON-UNTIL", "ONE-LEFT", "NONE-LEFT",
                          "UNITS-GONE"}));
    QHash<QString, ExpiringAuthorization> byNumber;
    for (const ExpiringAuthorization &e : expiring.value())
        byNumber.insert(e.authorization.number, e);
    QCOMPARE(byNumber["ENDS-TODAY"].why, QStringLiteral("Expires Nov 25, 2026"));
    QCOMPARE(byNumber["ENDS-ON-UNTIL"].why, QStringLiteral("Expires Dec 23, 2026"));
    QCOMPARE(byNumber["SOON-AND-LAST"].why,
             QStringLiteral("Expires Nov 28, 2026 \u00b7 1 visit left"));
    QCOMPARE(byNumber["ONE-LEFT"].why, QStringLiteral("1 visit left"));
    QCOMPARE(byNumber["NONE-LEFT"].why, QStringLiteral("No visits left"));
    QCOMPARE(byNumber["UNITS-GONE"].why, QStringLiteral("No units left"));
    QCOMPARE(byNumber["ONE-LEFT"].authorization.visitsUsed, 2);
    // Who to call, with a number to call.
    QCOMPARE(byNumber["ENDS-TODAY"].patientName, QStringLiteral("Lee, Ann"));
    QCOMPARE(byNumber["ENDS-TODAY"].patientMrn, ann.mrn);
    QCOMPARE(byNumber["ENDS-TODAY"].patientPhone, QStringLiteral("5034058718"));
    QCOMPARE(byNumber["ONE-LEFT"].patientName, QStringLiteral("Ray, Bob"));
    QCOMPARE(byNumber["ONE-LEFT"].patientPhone, QStringLiteral("5415550123"));

    // Two visits left is listed when asked for "at most 2".
    QVERIFY(expiringNumbers(repository.expiring(kToday, until, 2).value())
                .contains(QStringLiteral("TWO-LEFT")));
}

void tst_SqlAuthorizationRepository::shouldNotListOneWhoseRenewalIsOnFile()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    const Patient bob = clinic.add(QStringLiteral("Bob"), QStringLiteral("Ray"));
    AuthorizationRepository &repository = clinic.context().authorizationRepository();
    const auto by = changeBy(QStringLiteral("front1"));
    const QDate ends = kToday.addDays(10);
    // Ann's renewal starts the day after: nothing to ask for.
    QVERIFY(repository.add(draft(ann.id, QStringLiteral("ANN-OLD"), QDate(2026, 1, 1), ends), by));
    QVERIFY(repository.add(
        draft(ann.id, QStringLiteral("ANN-NEW"), ends.addDays(1), ends.addYears(1)), by));
    // Bob's leaves a day uncovered.
    QVERIFY(repository.add(draft(bob.id, QStringLiteral("BOB-OLD"), QDate(2026, 1, 1), ends), by));
    QVERIFY(repository.add(
        draft(bob.id, QStringLiteral("BOB-NEW"), ends.addDays(2), ends.addYears(1)), by));

    QCOMPARE(expiringNumbers(repository.expiring(kToday, kToday.addDays(28), 1).value()),
             QStringList{"BOB-OLD"});
}

void tst_SqlAuthorizationRepository::shouldListOneWhoseRenewalCoversLess()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    AuthorizationRepository &repository = clinic.context().authorizationRepository();
    const auto by = changeBy(QStringLiteral("front1"));
    const QDate ends = kToday.addDays(10);
    QVERIFY(repository.add(draft(ann.id, QStringLiteral("BOTH-OLD"), QDate(2026, 1, 1), ends), by));
    QVERIFY(repository.add(draft(ann.id, QStringLiteral("DRUG-NEW"), ends, ends.addYears(1), 0, 0,
                                 AuthorizationCovers::Drug),
                           by));
    QVERIFY(repository.add(draft(ann.id, QStringLiteral("PROC-OLD"), QDate(2026, 1, 1), ends, 0, 0,
                                 AuthorizationCovers::Procedure),
                           by));
    QVERIFY(repository.add(
        draft(ann.id, QStringLiteral("BOTH-ENDED"), QDate(2026, 1, 1), QDate(2026, 6, 30)), by));

    // The drug-only renewal does not carry the procedure; a "both" that ended does not either.
    QCOMPARE(expiringNumbers(repository.expiring(kToday, kToday.addDays(28), 1).value()),
             QStringList({"BOTH-OLD", "PROC-OLD"}));
}

void tst_SqlAuthorizationRepository::shouldNotListInactivePatients()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    AuthorizationRepository &repository = clinic.context().authorizationRepository();
    QVERIFY(repository.add(draft(ann.id, QStringLiteral("A"), QDate(2026, 1, 1), kToday.addDays(3)),
                           changeBy(QStringLiteral("front1"))));
    QCOMPARE(repository.expiring(kToday, kToday.addDays(28), 1)->size(), 1);

    QVERIFY(clinic.patients().setActive(ann.id, false));

    QCOMPARE(repository.expiring(kToday, kToday.addDays(28), 1)->size(), 0);
}

void tst_SqlAuthorizationRepository::shouldTakeDatesAsData()
{
    // Text that looks like SQL is stored as typed and breaks nothing.
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    AuthorizationRepository &repository = clinic.context().authorizationRepository();
    Authorization a = draft(ann.id, QStringLiteral("1'); DROP TABLE authorizations; --"),
                            QDate(2026, 1, 1), QDate(2026, 12, 31));
    a.payer = QStringLiteral("O'Neil Health");
    QVERIFY(repository.add(a, changeBy(QStringLiteral("front1"))));
    const Authorization stored = repository.forPatient(ann.id)->constFirst();
    QCOMPARE(stored.number, a.number);
    QCOMPARE(stored.payer, a.payer);
}

QTEST_GUILESS_MAIN(tst_SqlAuthorizationRepository)
#include "tst_sqlauthorizationrepository.moc"
