#include "patientservice.h"
#include "sqlpatientrepository.h"
#include "testsupport.h"

#include <QTest>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;
using Test::TempClinic;

namespace {

QStringList namesOf(const QList<Patient> &patients)
{
    QStringList names;
    for (const Patient &p : patients)
        names << p.displayName();
    return names;
}

} // namespace

// The one way patient records change, run against a real migrated database.
class tst_PatientService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void shouldAssignIncreasingRecordNumbers();
    void shouldStampCreationWithTheClock();
    void shouldStoreTheTidiedRecord();
    void shouldWriteNothingForInvalidRecord();
    void shouldNotUseUpARecordNumberOnInvalidCreate();
    void shouldKeepRecordNumberAndCreationOnUpdate();
    void shouldRejectInvalidUpdateAndKeepStoredRecord();
    void shouldRefuseUpdateOfUnsavedPatient();
    void shouldReportMissingPatientOnUpdate();
    void shouldDeactivateAndReactivate();
    void shouldReportMissingPatientOnSetActive();
    void shouldCreateManyInOneGo();
    void shouldCreateNoneWhenOneOfManyIsInvalid();
    void shouldKeepRegistrationDatesOfImportedRecords();
    void shouldFindDuplicateBySameNameAndBirthDate_data();
    void shouldFindDuplicateBySameNameAndBirthDate();
    void shouldFindDuplicateBySharedPhone();
    void shouldNotListPatientAsItsOwnDuplicate();
    void shouldFindByRecordNumberAsTyped();
    void shouldFindNobodyForEmptySearch();
};

void tst_PatientService::initTestCase()
{
    Test::fixEnvironment();
}

void tst_PatientService::shouldAssignIncreasingRecordNumbers()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));

    const auto first = clinic.patients().create(TempClinic::draft("Ann", "Lee"));
    const auto second = clinic.patients().create(TempClinic::draft("Zoe", "Lee"));
    const auto third = clinic.patients().create(TempClinic::draft("Bob", "Jones"));

    QVERIFY(first && second && third);
    QCOMPARE(first->mrn, QStringLiteral("100001"));
    QCOMPARE(second->mrn, QStringLiteral("100002"));
    QCOMPARE(third->mrn, QStringLiteral("100003"));
    QVERIFY(first->id > 0);
    QVERIFY(second->id > first->id);
    QCOMPARE(clinic.patients().count().value(), 3);
}

void tst_PatientService::shouldStampCreationWithTheClock()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    Patient draft = TempClinic::draft("Ann", "Lee");
    draft.createdAt = QDateTime(QDate(2001, 1, 1), QTime(8, 0));

    const auto created = clinic.patients().create(draft);

    QVERIFY(created);
    const QDateTime nineToday(Test::fixedToday(), QTime(9, 0));
    QCOMPARE(created->createdAt, nineToday);
    QCOMPARE(created->updatedAt, nineToday);
    QCOMPARE(clinic.patients().byId(created->id)->createdAt, nineToday);
}

void tst_PatientService::shouldStoreTheTidiedRecord()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    Patient draft = TempClinic::draft("  Ann  ", " Lee ", QDate(1975, 3, 14), "(503) 405-8718");
    draft.email = QStringLiteral("Ann@Example.COM");

    const auto created = clinic.patients().create(draft);

    QVERIFY(created);
    const auto stored = clinic.patients().byId(created->id);
    QVERIFY(stored);
    QCOMPARE(stored->firstName, QStringLiteral("Ann"));
    QCOMPARE(stored->lastName, QStringLiteral("Lee"));
    QCOMPARE(stored->mobilePhone, QStringLiteral("5034058718"));
    QCOMPARE(stored->email, QStringLiteral("Ann@example.com"));
    QCOMPARE(stored.value(), created.value());
}

void tst_PatientService::shouldWriteNothingForInvalidRecord()
{
    // given
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    clinic.add("Ann", "Lee");
    Patient draft = TempClinic::draft("Zoe", "Lee");
    draft.mobilePhone = QStringLiteral("503-405");

    // when
    const auto created = clinic.patients().create(draft);

    // then
    QVERIFY(!created);
    QCOMPARE(created.error().kind, Error::Kind::Invalid);
    QCOMPARE(created.error().field, QStringLiteral("mobilePhone"));
    QVERIFY(created.error().message.contains(QStringLiteral("Mobile phone")));
    QCOMPARE(clinic.patients().count().value(), 1);
}

void tst_PatientService::shouldNotUseUpARecordNumberOnInvalidCreate()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));

    const auto refused = clinic.patients().create(TempClinic::draft("Ann", "Lee", QDate()));
    const auto created = clinic.patients().create(TempClinic::draft("Ann", "Lee"));

    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("dateOfBirth"));
    QVERIFY(created);
    QCOMPARE(created->mrn, QStringLiteral("100001"));
}

void tst_PatientService::shouldKeepRecordNumberAndCreationOnUpdate()
{
    // given a patient registered on Monday, through a service whose clock we can move
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    Db::SqlPatientRepository repository(clinic.database());
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 30)));
    PatientService service(repository, clock, QStringLiteral("front desk"));
    const auto created = service.create(TempClinic::draft("Ann", "Lee"));
    QVERIFY(created);

    // when edited on Wednesday by a form that carries stale or blank bookkeeping
    clock.set(QDateTime(QDate(2026, 11, 25), QTime(14, 5)));
    Patient edited = created.value();
    edited.lastName = QStringLiteral("Lee-Park");
    edited.mrn = QStringLiteral("999999");
    edited.createdAt = QDateTime();
    const auto updated = service.update(edited);

    // then
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
    const auto stored = service.byId(created->id);
    QVERIFY(stored);
    QCOMPARE(stored->lastName, QStringLiteral("Lee-Park"));
    QCOMPARE(stored->mrn, created->mrn);
    QCOMPARE(stored->createdAt, QDateTime(QDate(2026, 11, 23), QTime(10, 30)));
    QCOMPARE(stored->updatedAt, QDateTime(QDate(2026, 11, 25), QTime(14, 5)));
    QCOMPARE(updated.value(), stored.value());
    QVERIFY(!service.byRecordNumber(QStringLiteral("999999")));
}

void tst_PatientService::shouldRejectInvalidUpdateAndKeepStoredRecord()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add("Ann", "Lee");
    QVERIFY(ann.id > 0);
    Patient edited = ann;
    edited.lastName = QStringLiteral("L33");

    const auto updated = clinic.patients().update(edited);

    QVERIFY(!updated);
    QCOMPARE(updated.error().field, QStringLiteral("lastName"));
    QCOMPARE(clinic.patients().byId(ann.id)->lastName, QStringLiteral("Lee"));
}

void tst_PatientService::shouldRefuseUpdateOfUnsavedPatient()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));

    const auto updated = clinic.patients().update(TempClinic::draft("Ann", "Lee"));

    QVERIFY(!updated);
    QCOMPARE(updated.error().kind, Error::Kind::Invalid);
    QCOMPARE(clinic.patients().count().value(), 0);
}

void tst_PatientService::shouldReportMissingPatientOnUpdate()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    Patient ghost = TempClinic::draft("Ann", "Lee");
    ghost.id = 4242;

    const auto updated = clinic.patients().update(ghost);

    QVERIFY(!updated);
    QCOMPARE(updated.error().kind, Error::Kind::NotFound);
    QVERIFY(updated.error().message.contains(QStringLiteral("4242")));
}

void tst_PatientService::shouldDeactivateAndReactivate()
{
    // given
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add("Ann", "Lee");
    QVERIFY(ann.id > 0);

    // when
    const auto inactive = clinic.patients().setActive(ann.id, false);

    // then hidden from the search, still on file
    QVERIFY(inactive);
    QCOMPARE(inactive->active, false);
    QCOMPARE(clinic.patients().byId(ann.id)->active, false);
    QVERIFY(clinic.patients().search(QStringLiteral("lee"))->isEmpty());
    PatientSearchOptions all;
    all.includeInactive = true;
    QCOMPARE(clinic.patients().search(QStringLiteral("lee"), all)->size(), 1);
    QCOMPARE(clinic.patients().count().value(), 1);

    // when
    const auto active = clinic.patients().setActive(ann.id, true);

    // then
    QVERIFY(active);
    QCOMPARE(clinic.patients().byId(ann.id)->active, true);
    QCOMPARE(clinic.patients().search(QStringLiteral("lee"))->size(), 1);
}

void tst_PatientService::shouldReportMissingPatientOnSetActive()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));

    const auto result = clinic.patients().setActive(4242, false);

    QVERIFY(!result);
    QCOMPARE(result.error().kind, Error::Kind::NotFound);
}

void tst_PatientService::shouldCreateManyInOneGo()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const QList<Patient> drafts = {TempClinic::draft("Ann", "Lee"), TempClinic::draft("Zoe", "Lee"),
                                   TempClinic::draft("Bob", "Jones")};

    const auto created = clinic.patients().createMany(drafts);

    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QCOMPARE(created.value(), 3);
    QCOMPARE(clinic.patients().count().value(), 3);
    QCOMPARE(clinic.patients().byRecordNumber(QStringLiteral("100003"))->firstName,
             QStringLiteral("Bob"));
}

void tst_PatientService::shouldCreateNoneWhenOneOfManyIsInvalid()
{
    // given three records, the second without a last name
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const QList<Patient> drafts = {TempClinic::draft("Ann", "Lee"), TempClinic::draft("Zoe", ""),
                                   TempClinic::draft("Bob", "Jones")};

    // when
    const auto created = clinic.patients().createMany(drafts);

    // then none is stored, and the message says which one
    QVERIFY(!created);
    QCOMPARE(created.error().kind, Error::Kind::Invalid);
    QCOMPARE(created.error().field, QStringLiteral("lastName"));
    QCOMPARE(created.error().message, QStringLiteral("Patient 2: Last name is required."));
    QCOMPARE(clinic.patients().count().value(), 0);
    QCOMPARE(clinic.add("Ann", "Lee").mrn, QStringLiteral("100001"));
}

void tst_PatientService::shouldKeepRegistrationDatesOfImportedRecords()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    Patient old = TempClinic::draft("Ann", "Lee");
    old.createdAt = QDateTime(QDate(2024, 5, 6), QTime(11, 12, 13));
    const Patient fresh = TempClinic::draft("Zoe", "Lee");

    QVERIFY(clinic.patients().createMany({old, fresh}));

    const auto ann = clinic.patients().byRecordNumber(QStringLiteral("100001"));
    const auto zoe = clinic.patients().byRecordNumber(QStringLiteral("100002"));
    QVERIFY(ann && zoe);
    QCOMPARE(ann->createdAt, old.createdAt);
    QCOMPARE(zoe->createdAt, QDateTime(Test::fixedToday(), QTime(9, 0)));
}

void tst_PatientService::shouldFindDuplicateBySameNameAndBirthDate_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QDate>("dob");
    QTest::addColumn<bool>("duplicate");

    QTest::newRow("same") << QString::fromUtf16(u"Zoë") << QString::fromUtf16(u"Núñez")
                          << QDate(1975, 3, 14) << true;
    QTest::newRow("other case, no accents") << "ZOE"
                                            << "nunez" << QDate(1975, 3, 14) << true;
    QTest::newRow("extra spaces") << " Zoe "
                                  << "  Nunez" << QDate(1975, 3, 14) << true;
    QTest::newRow("other birth date") << "Zoe"
                                      << "Nunez" << QDate(1975, 3, 15) << false;
    QTest::newRow("other first name") << "Zara"
                                      << "Nunez" << QDate(1975, 3, 14) << false;
    QTest::newRow("similar last name") << "Zoe"
                                       << "Nunes" << QDate(1975, 3, 14) << false;
}

void tst_PatientService::shouldFindDuplicateBySameNameAndBirthDate()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QDate, dob);
    QFETCH(bool, duplicate);
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient existing =
        clinic.add(QString::fromUtf16(u"Zoë"), QString::fromUtf16(u"Núñez"), QDate(1975, 3, 14));
    QVERIFY(existing.id > 0);
    clinic.add("Ann", "Lee", QDate(1975, 3, 14));

    const auto found = clinic.patients().possibleDuplicates(TempClinic::draft(first, last, dob));

    QVERIFY(found);
    QCOMPARE(namesOf(found.value()),
             duplicate ? QStringList{existing.displayName()} : QStringList{});
}

void tst_PatientService::shouldFindDuplicateBySharedPhone()
{
    // given
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add("Ann", "Lee", QDate(1975, 3, 14), "5034058718");
    Patient zoe = TempClinic::draft("Zoe", "Park", QDate(1990, 1, 1));
    zoe.homePhone = QStringLiteral("9712223344");
    QVERIFY(clinic.patients().create(zoe));
    clinic.add("Bob", "Jones", QDate(1955, 11, 11), "5039990000");

    // when someone else gives Ann's number as home phone, typed differently, and Zoe's as mobile
    Patient draft = TempClinic::draft("Sam", "Smith", QDate(1980, 6, 1), "(971) 222-3344");
    draft.homePhone = QStringLiteral("+1 503.405.8718");
    const auto found = clinic.patients().possibleDuplicates(draft);

    // then both are listed, Bob is not
    QVERIFY(found);
    QStringList names = namesOf(found.value());
    names.sort();
    QCOMPARE(names, (QStringList{ann.displayName(), QStringLiteral("Park, Zoe")}));
}

void tst_PatientService::shouldNotListPatientAsItsOwnDuplicate()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add("Ann", "Lee", QDate(1975, 3, 14), "5034058718");
    const Patient twin = clinic.add("Ann", "Lee", QDate(1975, 3, 14), "5034058718");
    QVERIFY(ann.id > 0 && twin.id > 0);

    const auto found = clinic.patients().possibleDuplicates(ann);

    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->constFirst().id, twin.id);
}

void tst_PatientService::shouldFindByRecordNumberAsTyped()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add("Ann", "Lee");

    const auto found = clinic.patients().byRecordNumber(QStringLiteral(" 100001 "));
    const auto missing = clinic.patients().byRecordNumber(QStringLiteral("100002"));

    QVERIFY(found);
    QCOMPARE(found->id, ann.id);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
}

void tst_PatientService::shouldFindNobodyForEmptySearch()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    clinic.add("Ann", "Lee");

    const auto found = clinic.patients().search(QStringLiteral("   "));

    QVERIFY(found);
    QVERIFY(found->isEmpty());
}

QTEST_GUILESS_MAIN(tst_PatientService)
#include "tst_patientservice.moc"
