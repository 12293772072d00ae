// Treatment records in SQLite: a treatment with its areas and adverse events read back as it was
// written, the course row (first, last, cycles, last provider) kept right by every write, batches
// all or none, drug supplies and contact attempts.
#include "sqltreatmentrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;
using Test::fixedToday;

namespace {

struct Clinic {
    Provider fiks, alvarez;
    Room room;
    AppointmentType botox;
    Patient ann, bob;
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
    for (const AppointmentType &t : clinic.setup().appointmentTypes().value())
        if (t.isBotox)
            c.botox = t;
    c.ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    c.bob = clinic.add(QStringLiteral("Bob"), QStringLiteral("Jones"), QDate(1980, 1, 2));
    return c;
}

ChangeContext by()
{
    return {QStringLiteral("desk1"), QDateTime(fixedToday(), QTime(9, 30))};
}

Treatment treatment(const Patient &patient, QDate date, const Provider &provider, int given = 155)
{
    Treatment t;
    t.patientId = patient.id;
    t.date = date;
    t.providerId = provider.id;
    t.diagnosisCode = QStringLiteral("G43.709");
    t.product = QStringLiteral("Botox (onabotulinumtoxinA)");
    t.ndc = QStringLiteral("0023-3921-02");
    t.vialUnits = 200;
    t.vialCount = 1;
    t.lotNumber = QStringLiteral("C1234AB5");
    t.lotExpiry = date.addMonths(9);
    t.unitsGiven = given;
    t.unitsDiscarded = 200 - given;
    t.areas = Preempt::standardAreas();
    t.consentSigned = true;
    t.recordedBy = QStringLiteral("desk1");
    t.recordedAt = QDateTime(fixedToday(), QTime(9, 30));
    return t;
}

int countOf(Test::TempClinic &clinic, const QString &table)
{
    // Table names are this file's constants.
    QSqlQuery q(clinic.database().connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

QStringList auditActions(Test::TempClinic &clinic, const QString &entity)
{
    QSqlQuery q(clinic.database().connection());
    q.prepare(QStringLiteral("SELECT action FROM audit_log WHERE entity = :entity ORDER BY id"));
    q.bindValue(QStringLiteral(":entity"), entity);
    q.exec();
    QStringList actions;
    while (q.next())
        actions << q.value(0).toString();
    return actions;
}

Appointment botoxVisit(const Clinic &c, QDate day, int startMinute)
{
    Appointment a;
    a.patientId = c.ann.id;
    a.providerId = c.fiks.id;
    a.roomId = c.room.id;
    a.typeId = c.botox.id;
    a.slot = {day, startMinute, startMinute + 15};
    return a;
}

} // namespace

class tst_SqlTreatmentRepository : public QObject
{
    Q_OBJECT

private:
    // The course row as the repository reads it: first, last, cycles.
    static void expectCourse(TreatmentRepository &repo, qint64 patientId, QDate first, QDate last,
                             int cycles)
    {
        auto course = repo.course(patientId);
        QVERIFY2(course, qPrintable(course.ok() ? QString() : course.error().message));
        QCOMPARE(course->firstTreated, first);
        QCOMPARE(course->lastTreated, last);
        QCOMPARE(course->cycles, cycles);
    }
    static qint64 lastProviderOf(Test::TempClinic &clinic, qint64 patientId)
    {
        QSqlQuery q(clinic.database().connection());
        q.prepare(QStringLiteral("SELECT last_provider_id FROM treatment_courses "
                                 "WHERE patient_id = :id"));
        q.bindValue(QStringLiteral(":id"), patientId);
        q.exec();
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase() { Test::fixEnvironment(); }

    void shouldReadBackATreatmentWithItsAreasAndEvents()
    {
        Test::TempClinic clinic;
        QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
        const Clinic c = setUp(clinic);
        TreatmentRepository &repo = clinic.context().treatmentRepository();

        // given: follow-the-pain additions, two adverse events (one without an onset), notes
        Treatment t = treatment(c.ann, QDate(2026, 11, 20), c.fiks, 175);
        t.areas.append({InjectionArea::Temporalis, 2, 10, true});
        t.areas.append({InjectionArea::Trapezius, 2, 10, true});
        t.adverseEvents = {
            {AdverseEventCode::NeckPain, QDate(2026, 11, 22), QStringLiteral("Stiff for 3 days")},
            {AdverseEventCode::Ptosis, {}, QStringLiteral("Left eyelid, mild")}};
        t.notes = QString(12000, u'n');

        // when
        auto added = repo.add(t, by());

        // then
        QVERIFY2(added, qPrintable(added.ok() ? QString() : added.error().message));
        QVERIFY(added->id > 0);
        Treatment expected = t;
        expected.id = added->id;
        auto byId = repo.byId(added->id);
        QVERIFY(byId);
        QCOMPARE(byId->areas, expected.areas);
        QCOMPARE(byId->adverseEvents, expected.adverseEvents);
        QCOMPARE(byId->notes.size(), 12000);
        QVERIFY(byId.value() == expected);
        auto list = repo.forPatient(c.ann.id);
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QVERIFY(list->constFirst() == expected);
        QVERIFY(repo.forPatient(c.bob.id)->isEmpty());
        QCOMPARE(auditActions(clinic, QStringLiteral("treatment")), QStringList{"record"});
    }

    void shouldKeepTheOrderOfAreasAndOmittedValues()
    {
        Test::TempClinic clinic;
        QVERIFY(clinic.isValid());
        const Clinic c = setUp(clinic);
        TreatmentRepository &repo = clinic.context().treatmentRepository();
        // History from paper: no provider, no lot, areas in an unusual order, no events.
        Treatment t = treatment(c.ann, QDate(2019, 5, 6), c.fiks);
        t.providerId = 0;
        t.lotNumber.clear();
        t.lotExpiry = {};
        t.diagnosisCode.clear();
        std::reverse(t.areas.begin(), t.areas.end());
        auto added = repo.add(t, by());
        QVERIFY(added);
        auto read = repo.byId(added->id);
        QVERIFY(read);
        QCOMPARE(read->providerId, qint64(0));
        QVERIFY(!read->lotExpiry.isValid());
        QCOMPARE(read->lotNumber, QString());
        QCOMPARE(read->areas, t.areas);
        QVERIFY(read->adverseEvents.isEmpty());
    }

    void shouldReplaceAreasAndEventsOnUpdate()
    {
        Test::TempClinic clinic;
        QVERIFY(clinic.isValid());
        const Clinic c = setUp(clinic);
        TreatmentRepository &repo = clinic.context().treatmentRepository();
        Treatment t = treatment(c.ann, QDate(2026, 11, 20), c.fiks);
        t.adverseEvents = {{AdverseEventCode::HeadacheFlare, QDate(2026, 11, 21), {}}};
        auto added = repo.add(t, by());
        QVERIFY(added);

        Treatment changed = added.value();
        changed.areas = {{InjectionArea::Frontalis, 4, 20, false}};
        changed.adverseEvents = {};
        changed.unitsGiven = 20;
        changed.unitsDiscarded = 80;
        changed.vialUnits = 100;
        changed.lotNumber = QStringLiteral("D9999");
        QVERIFY(repo.update(changed, by()));

        auto read = repo.byId(added->id);
        QVERIFY(read);
        QVERIFY(read.value() == changed);
        QCOMPARE(countOf(clinic, QStringLiteral("treatment_areas")), 1);
        QCOMPARE(countOf(clinic, QStringLiteral("adverse_events")), 0);
        QCOMPARE(auditActions(clinic, QStringLiteral("treatment")),
                 (QStringList{"record", "correct"}));
    }

    void shouldKeepTheCourseRowRightThroughEveryWrite()
    {
        Test::TempClinic clinic;
        QVERIFY(clinic.isValid());
        const Clinic c = setUp(clinic);
        TreatmentRepository &repo = clinic.context().treatmentRepository();

        // No treatment: an empty course.
        expectCourse(repo, c.ann.id, {}, {}, 0);

        // Added out of date order: cycle 1 is still the earliest.
        auto june = repo.add(treatment(c.ann, QDate(2026, 6, 1), c.alvarez), by());
        auto march = repo.add(treatment(c.ann, QDate(2026, 3, 2), c.fiks), by());
        QVERIFY(june && march);
        expectCourse(repo, c.ann.id, QDate(2026, 3, 2), QDate(2026, 6, 1), 2);
        QCOMPARE(lastProviderOf(clinic, c.ann.id), c.alvarez.id);

        // Moving the March treatment after June makes it the last one (and its provider).
        Treatment moved = march.value();
        moved.date = QDate(2026, 8, 24);
        QVERIFY(repo.update(moved, by()));
        expectCourse(repo, c.ann.id, QDate(2026, 6, 1), QDate(2026, 8, 24), 2);
        QCOMPARE(lastProviderOf(clinic, c.ann.id), c.fiks.id);
        QCOMPARE(repo.forPatient(c.ann.id)->constLast().id, march->id);

        // Moving a treatment to another patient (recorded on the wrong chart) fixes both.
        Treatment wrongChart = june.value();
        wrongChart.patientId = c.bob.id;
        QVERIFY(repo.update(wrongChart, by()));
        expectCourse(repo, c.ann.id, QDate(2026, 8, 24), QDate(2026, 8, 24), 1);
        expectCourse(repo, c.bob.id, QDate(2026, 6, 1), QDate(2026, 6, 1), 1);

        // Removing the last one empties the course but keeps its row.
        QVERIFY(repo.remove(march->id, by()));
        expectCourse(repo, c.ann.id, {}, {}, 0);
        QCOMPARE(lastProviderOf(clinic, c.ann.id), qint64(0));
        QCOMPARE(auditActions(clinic, QStringLiteral("treatment")),
                 (QStringList{"record", "record", "correct", "correct", "remove"}));
    }

    void shouldKeepDiscontinuationWhenTreatmentsChange()
    {
        Test::TempClinic clinic;
        QVERIFY(clinic.isValid());
        const Clinic c = setUp(clinic);
        TreatmentRepository &repo = clinic.context().treatmentRepository();
        QVERIFY(repo.add(treatment(c.ann, QDate(2026, 3, 2), c.fiks), by()));
        QVERIFY(repo.setDiscontinued(c.ann.id, QDate(2026, 11, 25), QStringLiteral("Side effects"),
                                     by()));
        QVERIFY(repo.add(treatment(c.ann, QDate(2026, 6, 1), c.fiks), by()));
        auto course = repo.course(c.ann.id);
        QVERIFY(course);
        QCOMPARE(course->cycles, 2);
        QVERIFY(course->isDiscontinued());
        QCOMPARE(course->discontinuedReason, QStringLiteral("Side effects"));
        QVERIFY(repo.setDiscontinued(c.ann.id, {}, {}, by()));
        QVERIFY(!repo.course(c.ann.id)->isDiscontinued());
        // After the two patients' own "create" entries.
        QCOMPARE(auditActions(clinic, QStringLiteral("patient")).mid(2),
                 (QStringList{"discontinue", "resume"}));
    }

    void shouldRefuseASecondTreatmentForOneAppointment()
    {
        Test::TempClinic clinic;
        QVERIFY(clinic.isValid());
        const Clinic c = setUp(clinic);
        auto visit = clinic.context().appointments().book(botoxVisit(c, fixedToday(), 10 * 60));
        QVERIFY2(visit, qPrintable(visit.ok() ? QString() : visit.error().message));
        TreatmentRepository &repo = clinic.context().treatmentRepository();
        Treatment t = treatment(c.ann, fixedToday(), c.fiks);
        t.appointmentId = visit->id;
        auto first = repo.add(t, by());
        QVERIFY(first);
        QCOMPARE(repo.byAppointment(visit->id)->value().id, first->id);
        QVERIFY(!repo.byAppointment(visit->id + 1000)->has_value());

        auto second = repo.add(t, by());
        QVERIFY(!second);
        QCOMPARE(second.error().kind, Error::Kind::Conflict);
        QCOMPARE(second.error().message,
                 QStringLiteral("A treatment is already recorded for this appointment."));
        QCOMPARE(countOf(clinic, QStringLiteral("treatments")), 1);
        expectCourse(repo, c.ann.id, fixedToday(), fixedToday(), 1);
    }

    void shouldStoreABatchAllOrNone()
    {
        Test::TempClinic clinic;
        QVERIFY(clinic.isValid());
        const Clinic c = setUp(clinic);
        TreatmentRepository &repo = clinic.context().treatmentRepository();

        // A batch whose third treatment names a patient that does not exist stores nothing.
        Patient ghost;
        ghost.id = c.bob.id + 100;
        const QList<Treatment> broken{treatment(c.ann, QDate(2025, 1, 6), c.fiks),
                                      treatment(c.ann, QDate(2025, 4, 1), c.fiks),
                                      treatment(ghost, QDate(2025, 4, 2), c.fiks)};
        auto failed = repo.addMany(broken, by());
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.startsWith(QStringLiteral("Treatment 3 (2025-04-02)")),
                 qPrintable(failed.error().message));
        QCOMPARE(countOf(clinic, QStringLiteral("treatments")), 0);
        QCOMPARE(countOf(clinic, QStringLiteral("treatment_areas")), 0);
        QCOMPARE(countOf(clinic, QStringLiteral("treatment_courses")), 0);
        QVERIFY(auditActions(clinic, QStringLiteral("treatment")).isEmpty());

        // Stopped by the caller part-way: nothing either.
        QList<Treatment> many;
        for (int i = 0; i < 1200; ++i)
            many << treatment(i % 2 ? c.ann : c.bob, QDate(2020, 1, 6).addDays(i), c.fiks);
        auto stopped = repo.addMany(many, by(), [](int) { return false; });
        QVERIFY(!stopped);
        QCOMPARE(countOf(clinic, QStringLiteral("treatments")), 0);

        // The whole batch, with the courses of both patients.
        int reported = 0;
        auto stored = repo.addMany(many, by(), [&reported](int done) {
            reported = done;
            return true;
        });
        QVERIFY2(stored, qPrintable(stored.ok() ? QString() : stored.error().message));
        QCOMPARE(stored.value(), 1200);
        QCOMPARE(reported, 1000);
        QCOMPARE(countOf(clinic, QStringLiteral("treatments")), 1200);
        QCOMPARE(countOf(clinic, QStringLiteral("treatment_areas")), 1200 * 7);
        expectCourse(repo, c.bob.id, QDate(2020, 1, 6), QDate(2020, 1, 6).addDays(1198), 600);
        expectCourse(repo, c.ann.id, QDate(2020, 1, 7), QDate(2020, 1, 6).addDays(1199), 600);
        QCOMPARE(auditActions(clinic, QStringLiteral("treatment")), QStringList{"import"});
    }

    void shouldUpsertTheDrugSupplyOfAVisit()
    {
        Test::TempClinic clinic;
        QVERIFY(clinic.isValid());
        const Clinic c = setUp(clinic);
        auto visit =
            clinic.context().appointments().book(botoxVisit(c, fixedToday().addDays(7), 10 * 60));
        QVERIFY2(visit, qPrintable(visit.ok() ? QString() : visit.error().message));
        TreatmentRepository &repo = clinic.context().treatmentRepository();
        QVERIFY(!repo.drugSupply(visit->id)->has_value());

        DrugSupply ordered;
        ordered.appointmentId = visit->id;
        ordered.source = DrugSource::SpecialtyPharmacy;
        ordered.pharmacy = QStringLiteral("Accredo");
        ordered.orderedOn = QDate(2026, 11, 18);
        QVERIFY(repo.setDrugSupply(ordered, by()));
        QCOMPARE(repo.drugSupply(visit->id)->value(), ordered);
        QVERIFY(repo.drugSupply(visit->id)->value().awaitingDrug());
        // The visit carries the mark for the calendar.
        QVERIFY(clinic.context().appointments().byId(visit->id)->awaitingDrug);

        DrugSupply received = ordered;
        received.shippedOn = QDate(2026, 11, 20);
        received.receivedOn = QDate(2026, 11, 23);
        QVERIFY(repo.setDrugSupply(received, by()));
        QCOMPARE(repo.drugSupply(visit->id)->value(), received);
        QCOMPARE(countOf(clinic, QStringLiteral("drug_supplies")), 1);
        QVERIFY(!clinic.context().appointments().byId(visit->id)->awaitingDrug);

        DrugSupply stock;
        stock.appointmentId = visit->id;
        QVERIFY(repo.setDrugSupply(stock, by()));
        QCOMPARE(repo.drugSupply(visit->id)->value(), stock);
        QCOMPARE(countOf(clinic, QStringLiteral("drug_supplies")), 1);
        QCOMPARE(auditActions(clinic, QStringLiteral("appointment")).count(QStringLiteral("drug")),
                 3);

        DrugSupply nowhere = stock;
        nowhere.appointmentId = visit->id + 1000;
        auto refused = repo.setDrugSupply(nowhere, by());
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::NotFound);
    }

    void shouldListContactAttemptsNewestFirst()
    {
        Test::TempClinic clinic;
        QVERIFY(clinic.isValid());
        const Clinic c = setUp(clinic);
        TreatmentRepository &repo = clinic.context().treatmentRepository();
        const auto attempt = [&](QDateTime at, ContactOutcome outcome, const QString &note) {
            ContactAttempt a;
            a.patientId = c.ann.id;
            a.at = at;
            a.outcome = outcome;
            a.note = note;
            a.by = QStringLiteral("desk1");
            auto added = repo.addContactAttempt(a, by());
            return added ? added->id : 0;
        };
        // Logged out of time order, two at the same minute.
        const qint64 second = attempt(QDateTime(QDate(2026, 11, 20), QTime(10, 0)),
                                      ContactOutcome::Voicemail, QStringLiteral("Left message"));
        const qint64 first =
            attempt(QDateTime(QDate(2026, 11, 18), QTime(15, 30)), ContactOutcome::NoAnswer, {});
        const qint64 third = attempt(QDateTime(QDate(2026, 11, 24), QTime(9, 0)),
                                     ContactOutcome::WrongNumber, QStringLiteral("Disconnected"));
        const qint64 fourth = attempt(QDateTime(QDate(2026, 11, 24), QTime(9, 0)),
                                      ContactOutcome::Spoke, QStringLiteral("Will call back"));
        QVERIFY(first && second && third && fourth);

        auto list = repo.contactAttempts(c.ann.id);
        QVERIFY(list);
        QList<qint64> ids;
        for (const ContactAttempt &a : list.value())
            ids << a.id;
        QCOMPARE(ids, (QList<qint64>{fourth, third, second, first}));
        QCOMPARE(list->at(1).outcome, ContactOutcome::WrongNumber);
        QCOMPARE(list->at(1).note, QStringLiteral("Disconnected"));
        QCOMPARE(list->at(1).at, QDateTime(QDate(2026, 11, 24), QTime(9, 0)));
        QVERIFY(repo.contactAttempts(c.bob.id)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SqlTreatmentRepository)
#include "tst_sqltreatmentrepository.moc"
