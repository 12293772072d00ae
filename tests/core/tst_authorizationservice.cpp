// The one way prior authorizations change, and what it answers, against a real database.
#include "authorizationservice.h"
#include "testsupport.h"
#include "treatmentservice.h"

#include <QTest>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;
using Test::TempClinic;
using State = AuthorizationStanding::State;

Q_DECLARE_METATYPE(ClinicDesk::Core::Authorization)
Q_DECLARE_METATYPE(ClinicDesk::Core::AuthorizationStanding::State)

namespace {

const QDate kToday = Test::fixedToday(); // Nov 25, 2026

Authorization validDraft(qint64 patientId = 1)
{
    Authorization a;
    a.patientId = patientId;
    a.payer = QStringLiteral("Aetna");
    a.number = QStringLiteral("12345");
    a.validFrom = QDate(2026, 11, 1);
    a.validTo = QDate(2027, 4, 30);
    a.approvedVisits = 2;
    a.approvedUnits = 400;
    return a;
}

bool treat(TempClinic &clinic, qint64 patientId, QDate date)
{
    Treatment t = clinic.context().treatments().draftFor(patientId);
    t.date = date;
    return clinic.context().treatments().record(t).ok();
}

} // namespace

class tst_AuthorizationService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void shouldAcceptATidiedDraft();
    void shouldNameTheFieldAtFault_data();
    void shouldNameTheFieldAtFault();
    void shouldReportEveryFieldAtFault();
    void shouldAddAndStampWhoAndWhen();
    void shouldWriteNothingForAnInvalidDraft();
    void shouldRefuseTheSameNumberTwiceForAPatient();
    void shouldAllowTheSameNumberForAnotherPatient();
    void shouldRefuseAnUnknownPatient();
    void shouldUseTheClinicsSpellingOfAKnownPayer();
    void shouldUpdateAndCountAgain();
    void shouldRefuseToUpdateAnUnsavedOne();
    void shouldRemove();
    void shouldReadLeadDaysFromTheSetting_data();
    void shouldReadLeadDaysFromTheSetting();
    void shouldTellWhereAPatientStands();
    void shouldNeedNoAuthorizationForSelfPay_data();
    void shouldNeedNoAuthorizationForSelfPay();
    void shouldListExpiringWithinTheLeadTime();
};

void tst_AuthorizationService::initTestCase()
{
    Test::fixEnvironment();
}

void tst_AuthorizationService::shouldAcceptATidiedDraft()
{
    Authorization draft = validDraft();
    draft.payer = QStringLiteral("  Moda   Health ");
    draft.number = QStringLiteral(" PA-1 ");
    draft.notes = QStringLiteral("  by fax \n");

    const auto outcome = AuthorizationService::validate(draft, kToday);

    QVERIFY(outcome.ok());
    QCOMPARE(outcome.authorization.payer, QStringLiteral("Moda Health"));
    QCOMPARE(outcome.authorization.number, QStringLiteral("PA-1"));
    QCOMPARE(outcome.authorization.notes, QStringLiteral("by fax"));
}

void tst_AuthorizationService::shouldNameTheFieldAtFault_data()
{
    QTest::addColumn<Authorization>("draft");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    auto with = [](auto change) {
        Authorization a = validDraft();
        change(a);
        return a;
    };
    QTest::newRow("no payer") << with([](Authorization &a) { a.payer = QStringLiteral("  "); })
                              << "payer"
                              << "Enter the payer that approved it (e.g. Aetna).";
    QTest::newRow("payer too long")
        << with([](Authorization &a) { a.payer = QString(61, u'x'); }) << "payer"
        << "Payer is longer than 60 characters.";
    QTest::newRow("no number") << with([](Authorization &a) { a.number.clear(); }) << "number"
                               << "Enter the authorization number.";
    QTest::newRow("number too long")
        << with([](Authorization &a) { a.number = QString(61, u'9'); }) << "number"
        << "Authorization number is longer than 60 characters.";
    QTest::newRow("no first day") << with([](Authorization &a) { a.validFrom = QDate(); })
                                  << "validFrom"
                                  << "Enter the first day it is valid, like 1/15/2027.";
    QTest::newRow("no last day") << with([](Authorization &a) { a.validTo = QDate(); }) << "validTo"
                                 << "Enter the last day it is valid, like 7/14/2027.";
    QTest::newRow("ends before it starts")
        << with([](Authorization &a) { a.validTo = QDate(2026, 10, 31); }) << "validTo"
        << "Valid to (Oct 31, 2026) is before valid from (Nov 1, 2026).";
    QTest::newRow("more than 3 years")
        << with([](Authorization &a) { a.validTo = QDate(2029, 11, 2); }) << "validTo"
        << "Nov 1, 2026 to Nov 2, 2029 is more than 3 years; check the dates.";
    QTest::newRow("before 2000") << with([](Authorization &a) {
        a.validFrom = QDate(1999, 12, 31);
    }) << "validFrom"
                                 << "Valid from must fall between Jan 1, 2000 and Nov 25, 2031.";
    QTest::newRow("more than 5 years ahead")
        << with([](Authorization &a) {
               a.validFrom = QDate(2031, 1, 1);
               a.validTo = QDate(2031, 11, 26);
           })
        << "validTo"
        << "Valid to must fall between Jan 1, 2000 and Nov 25, 2031.";
    QTest::newRow("units over 2000")
        << with([](Authorization &a) { a.approvedUnits = 2001; }) << "approvedUnits"
        << "Approved units must be 0 (no limit) to 2000.";
    QTest::newRow("negative units")
        << with([](Authorization &a) { a.approvedUnits = -1; }) << "approvedUnits"
        << "Approved units must be 0 (no limit) to 2000.";
    QTest::newRow("visits over 50")
        << with([](Authorization &a) { a.approvedVisits = 51; }) << "approvedVisits"
        << "Approved visits must be 0 (no limit) to 50.";
    QTest::newRow("notes too long")
        << with([](Authorization &a) { a.notes = QString(2001, u'n'); }) << "notes"
        << "Notes are longer than 2000 characters.";
}

void tst_AuthorizationService::shouldNameTheFieldAtFault()
{
    QFETCH(Authorization, draft);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const auto outcome = AuthorizationService::validate(draft, kToday);

    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.constFirst().field, field);
    QCOMPARE(outcome.messageFor(field), message);
}

void tst_AuthorizationService::shouldReportEveryFieldAtFault()
{
    Authorization draft;
    draft.approvedVisits = 99;
    const auto outcome = AuthorizationService::validate(draft, kToday);
    QStringList fields;
    for (const FieldError &e : outcome.errors)
        fields << e.field;
    QCOMPARE(fields, QStringList({"payer", "number", "validFrom", "validTo", "approvedVisits"}));
    // Edges that are fine: exactly 3 years, 2000 units, 50 visits, five years ahead.
    Authorization edge = validDraft();
    edge.validFrom = QDate(2028, 11, 25);
    edge.validTo = QDate(2031, 11, 25);
    edge.approvedUnits = 2000;
    edge.approvedVisits = 50;
    QVERIFY(AuthorizationService::validate(edge, kToday).ok());
}

void tst_AuthorizationService::shouldAddAndStampWhoAndWhen()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    AuthorizationService &service = clinic.context().authorizations();

    auto added = service.add(validDraft(ann.id));

    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    QVERIFY(added->id > 0);
    QCOMPARE(added->createdBy, App::AppContext::currentUser());
    QCOMPARE(added->createdAt, QDateTime(kToday, QTime(9, 0)));
    QCOMPARE(service.forPatient(ann.id)->size(), 1);
}

void tst_AuthorizationService::shouldWriteNothingForAnInvalidDraft()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    Authorization draft = validDraft(ann.id);
    draft.validTo = draft.validFrom.addDays(-1);

    auto added = clinic.context().authorizations().add(draft);

    QVERIFY(!added);
    QCOMPARE(added.error().kind, Error::Kind::Invalid);
    QCOMPARE(added.error().field, QStringLiteral("validTo"));
    QVERIFY(clinic.context().authorizations().forPatient(ann.id)->isEmpty());
}

void tst_AuthorizationService::shouldRefuseTheSameNumberTwiceForAPatient()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    AuthorizationService &service = clinic.context().authorizations();
    QVERIFY(service.add(validDraft(ann.id)));
    Authorization again = validDraft(ann.id);
    again.payer = QStringLiteral("AETNA");

    auto added = service.add(again);

    QVERIFY(!added);
    QCOMPARE(added.error().field, QStringLiteral("number"));
    QCOMPARE(added.error().message, QStringLiteral("Aetna 12345 is already on file for Ann Lee."));
    QCOMPARE(service.forPatient(ann.id)->size(), 1);
}

void tst_AuthorizationService::shouldAllowTheSameNumberForAnotherPatient()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    const Patient bob = clinic.add(QStringLiteral("Bob"), QStringLiteral("Ray"));
    AuthorizationService &service = clinic.context().authorizations();
    QVERIFY(service.add(validDraft(ann.id)));
    QVERIFY(service.add(validDraft(bob.id)));
}

void tst_AuthorizationService::shouldRefuseAnUnknownPatient()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    auto added = clinic.context().authorizations().add(validDraft(999));
    QVERIFY(!added);
    QCOMPARE(added.error().kind, Error::Kind::NotFound);
}

void tst_AuthorizationService::shouldUseTheClinicsSpellingOfAKnownPayer()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    QVERIFY(clinic.setup().addPayer(Payer{0, QStringLiteral("Regence BlueShield"), 0, true}));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    Authorization draft = validDraft(ann.id);
    draft.payer = QStringLiteral("regence  blueshield");

    auto added = clinic.context().authorizations().add(draft);

    QVERIFY(added);
    QCOMPARE(added->payer, QStringLiteral("Regence BlueShield"));
}

void tst_AuthorizationService::shouldUpdateAndCountAgain()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    QVERIFY(treat(clinic, ann.id, QDate(2026, 10, 20)));
    AuthorizationService &service = clinic.context().authorizations();
    auto added = service.add(validDraft(ann.id));
    QVERIFY(added);
    QCOMPARE(added->visitsUsed, 0);

    Authorization edited = added.value();
    edited.validFrom = QDate(2026, 10, 1);
    auto updated = service.update(edited);

    QVERIFY(updated);
    QCOMPARE(updated->validFrom, QDate(2026, 10, 1));
    QCOMPARE(updated->visitsUsed, 1);
    // Saving it unchanged is not a double entry of itself.
    QVERIFY(service.update(updated.value()));
}

void tst_AuthorizationService::shouldRefuseToUpdateAnUnsavedOne()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    auto updated = clinic.context().authorizations().update(validDraft(ann.id));
    QVERIFY(!updated);
    Authorization ghost = validDraft(ann.id);
    ghost.id = 77;
    updated = clinic.context().authorizations().update(ghost);
    QVERIFY(!updated);
    QCOMPARE(updated.error().kind, Error::Kind::NotFound);
}

void tst_AuthorizationService::shouldRemove()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    AuthorizationService &service = clinic.context().authorizations();
    auto added = service.add(validDraft(ann.id));
    QVERIFY(added);
    QVERIFY(service.remove(added->id));
    QVERIFY(service.forPatient(ann.id)->isEmpty());
}

void tst_AuthorizationService::shouldReadLeadDaysFromTheSetting_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<int>("leadDays");

    QTest::newRow("as installed") << QString() << 28;
    QTest::newRow("two weeks") << "14" << 14;
    QTest::newRow("none") << "0" << 0;
    QTest::newRow("unreadable") << "four weeks" << 28;
    QTest::newRow("negative") << "-3" << 28;
}

void tst_AuthorizationService::shouldReadLeadDaysFromTheSetting()
{
    QFETCH(QString, setting);
    QFETCH(int, leadDays);

    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    if (!setting.isNull())
        QVERIFY(clinic.setup().setSetting(SettingKey::authorizationLeadDays, setting));
    QCOMPARE(clinic.context().authorizations().leadDays(), leadDays);
}

void tst_AuthorizationService::shouldTellWhereAPatientStands()
{
    // given: two approved visits, both used
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    Patient draft = TempClinic::draft(QStringLiteral("Ann"), QStringLiteral("Lee"));
    draft.insurance.payer = QStringLiteral("Aetna");
    const Patient ann = clinic.patients().create(draft).value();
    AuthorizationService &service = clinic.context().authorizations();
    QVERIFY(service.add(validDraft(ann.id)));
    QCOMPARE(service.standingFor(ann.id, kToday)->state, State::Valid);
    QVERIFY(treat(clinic, ann.id, QDate(2026, 11, 2)));
    QCOMPARE(service.standingFor(ann.id, kToday)->state, State::ExpiringSoon);
    QVERIFY(treat(clinic, ann.id, kToday));

    // when
    auto standing = service.standingFor(ann.id, QDate(2027, 2, 17));

    // then
    QVERIFY(standing);
    QCOMPARE(standing->state, State::UsedUp);
    QCOMPARE(standing->reason, QStringLiteral("Aetna 12345: all 2 approved visits used"));
    QCOMPARE(standing->authorization, nullptr);
    QCOMPARE(service.standingFor(ann.id, QDate(2027, 5, 3))->reason,
             QStringLiteral("No authorization valid on May 3, 2027 (Aetna 12345 ended Apr 30)"));
    QVERIFY(!service.standingFor(ann.id + 100, kToday));
}

void tst_AuthorizationService::shouldNeedNoAuthorizationForSelfPay_data()
{
    QTest::addColumn<QString>("selfPayName");
    QTest::addColumn<QString>("payer");
    QTest::addColumn<State>("state");

    QTest::newRow("self-pay") << QString() << "Self-pay" << State::NotNeeded;
    QTest::newRow("self-pay as typed") << QString() << " self-PAY " << State::NotNeeded;
    QTest::newRow("insured") << QString() << "Aetna" << State::Missing;
    QTest::newRow("payer not known yet") << QString() << "" << State::Missing;
    QTest::newRow("the clinic's own name") << "Cash"
                                           << "cash" << State::NotNeeded;
    QTest::newRow("default name after renaming") << "Cash"
                                                 << "Self-pay" << State::Missing;
}

void tst_AuthorizationService::shouldNeedNoAuthorizationForSelfPay()
{
    QFETCH(QString, selfPayName);
    QFETCH(QString, payer);
    QFETCH(State, state);

    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    if (!selfPayName.isNull())
        QVERIFY(clinic.setup().setSetting(SettingKey::selfPayName, selfPayName));
    Patient draft = TempClinic::draft(QStringLiteral("Ann"), QStringLiteral("Lee"));
    draft.insurance.payer = payer;
    auto ann = clinic.patients().create(draft);
    QVERIFY(ann);

    QCOMPARE(clinic.context().authorizations().standingFor(ann->id, kToday)->state, state);
}

void tst_AuthorizationService::shouldListExpiringWithinTheLeadTime()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    AuthorizationService &service = clinic.context().authorizations();
    Authorization draft = validDraft(ann.id);
    draft.approvedVisits = 0;
    draft.validTo = kToday.addDays(20);
    QVERIFY(service.add(draft));

    QCOMPARE(service.expiring()->size(), 1);
    QCOMPARE(service.expiring()->constFirst().why, QStringLiteral("Expires Dec 15, 2026"));
    QCOMPARE(service.expiring(19)->size(), 0);
    QCOMPARE(service.expiring(20)->size(), 1);
    QVERIFY(clinic.setup().setSetting(SettingKey::authorizationLeadDays, QStringLiteral("14")));
    QCOMPARE(service.expiring()->size(), 0);
}

QTEST_GUILESS_MAIN(tst_AuthorizationService)
#include "tst_authorizationservice.moc"
