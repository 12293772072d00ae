// The clinic's payer-dependent numbers through the set-up service on a real clinic database: a
// payer's own minimum reaches the retreatment rule, several settings are checked and stored in one
// transaction (all or none), and each number is refused outside its range with the field named.

#include "clinicsetupservice.h"
#include "retreatmentpolicy.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;
namespace Key = Core::SettingKey;

class tst_ClinicSetupSettings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempClinic> m_clinic;

    ClinicSetupService &setup() { return m_clinic->setup(); }
    int auditCount()
    {
        QSqlQuery q(m_clinic->database().connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

private slots:
    void initTestCase() { Test::fixEnvironment(); }

    void init()
    {
        m_clinic = std::make_unique<Test::TempClinic>();
        QVERIFY2(m_clinic->isValid(), qPrintable(m_clinic->errorMessage()));
    }

    void cleanup() { m_clinic.reset(); }

    void shouldUseAPayersOwnMinimumInTheRetreatmentRule()
    {
        // given: a payer that pays after 10 weeks, and one on the clinic default
        auto moda = setup().addPayer({0, QStringLiteral("Moda Health"), 70, true});
        QVERIFY(moda);
        QVERIFY(setup().addPayer({0, QStringLiteral("Aetna"), 0, true}));

        // then
        const RetreatmentSettings settings = setup().retreatmentSettings();
        QCOMPARE(settings.minimumDaysFor(QStringLiteral("Moda Health")), 70);
        QCOMPARE(settings.minimumDaysFor(QStringLiteral("moda health")), 70);
        QCOMPARE(settings.minimumDaysFor(QStringLiteral("Aetna")), 84);
        const RetreatmentWindow window = RetreatmentPolicy(settings).windowFor(
            QDate(2026, 11, 25), QStringLiteral("Moda Health"));
        QCOMPARE(window.earliestAllowed, QDate(2027, 2, 3));
        QCOMPARE(window.due, QDate(2027, 2, 17)); // due does not depend on the payer

        // when: the payer goes back to the clinic default, which is then changed
        Payer back = moda.value();
        back.minimumDays = 0;
        QVERIFY(setup().updatePayer(back));
        RetreatmentSettings clinic = setup().retreatmentSettings();
        clinic.defaultMinimumDays = 77;
        QVERIFY(setup().setRetreatmentSettings(clinic));

        // then
        QCOMPARE(setup().retreatmentSettings().minimumDaysFor(QStringLiteral("Moda Health")), 77);
    }

    void shouldKeepAnInactivePayersMinimum()
    {
        // Patients who still have it are treated by its rule.
        QVERIFY(setup().addPayer({0, QStringLiteral("Old Plan"), 63, false}));
        QCOMPARE(setup().retreatmentSettings().minimumDaysFor(QStringLiteral("Old Plan")), 63);
    }

    void shouldRefuseADuplicatePayerIgnoringCase()
    {
        QVERIFY(setup().addPayer({0, QStringLiteral("Aetna"), 0, true}));
        auto again = setup().addPayer({0, QStringLiteral("AETNA"), 70, true});
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QCOMPARE(setup().payers()->size(), 1);
    }

    void shouldStoreSeveralSettingsTidiedInOneGo()
    {
        const int before = auditCount();
        QVERIFY(setup().setSettings({
            {Key::authorizationLeadDays, QStringLiteral(" 21 ")},
            {Key::responseThresholdPercent, QStringLiteral("50")},
            {Key::responseJudgedAfterCycle, QStringLiteral("3")},
            {Key::treatmentDiagnosis, QStringLiteral(" g43.719 ")},
            {Key::treatmentProduct, QStringLiteral("Botox   100 U")},
            {Key::treatmentNdc, QStringLiteral("0023-1145-01")},
            {Key::treatmentVialUnits, QStringLiteral("100")},
            {Key::selfPayName, QStringLiteral(" Cash ")},
            {Key::clinicName, QStringLiteral("Rose City Headache Clinic")},
        }));
        QCOMPARE(setup().setting(Key::authorizationLeadDays), QStringLiteral("21"));
        QCOMPARE(setup().setting(Key::responseThresholdPercent), QStringLiteral("50"));
        QCOMPARE(setup().setting(Key::responseJudgedAfterCycle), QStringLiteral("3"));
        QCOMPARE(setup().setting(Key::treatmentDiagnosis), QStringLiteral("G43.719"));
        QCOMPARE(setup().setting(Key::treatmentProduct), QStringLiteral("Botox 100 U"));
        QCOMPARE(setup().setting(Key::treatmentNdc), QStringLiteral("0023-1145-01"));
        QCOMPARE(setup().setting(Key::treatmentVialUnits), QStringLiteral("100"));
        QCOMPARE(setup().retreatmentSettings().selfPayName, QStringLiteral("Cash"));
        QCOMPARE(setup().clinicName(), QStringLiteral("Rose City Headache Clinic"));
        QCOMPARE(auditCount(), before + 9); // each change has its audit entry
    }

    void shouldRefuseAValueOutOfRangeAndStoreNothing_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const QString &key, const char *value,
                            const char *field, const QString &message) {
            QTest::newRow(name) << key << QString::fromUtf8(value) << QString::fromLatin1(field)
                                << message;
        };
        const QString lead = QStringLiteral("The authorization lead time must be 0 to 365 days.");
        row("lead -1", Key::authorizationLeadDays, "-1", "authorizationLeadDays", lead);
        row("lead 366", Key::authorizationLeadDays, "366", "authorizationLeadDays", lead);
        row("lead in words", Key::authorizationLeadDays, "four weeks", "authorizationLeadDays",
            lead);
        const QString threshold = QStringLiteral("The response threshold must be 1% to 99%.");
        row("threshold 0", Key::responseThresholdPercent, "0", "responseThresholdPercent",
            threshold);
        row("threshold 100", Key::responseThresholdPercent, "100", "responseThresholdPercent",
            threshold);
        const QString cycle = QStringLiteral("The response is judged after cycle 1 to 10.");
        row("cycle 0", Key::responseJudgedAfterCycle, "0", "responseJudgedAfterCycle", cycle);
        row("cycle 11", Key::responseJudgedAfterCycle, "11", "responseJudgedAfterCycle", cycle);
        row("vial 150", Key::treatmentVialUnits, "150", "treatmentVialUnits",
            QStringLiteral("Vials hold 100 U or 200 U."));
        row("vial in words", Key::treatmentVialUnits, "two hundred", "treatmentVialUnits",
            QStringLiteral("Vials hold 100 U or 200 U."));
        row("diagnosis not ICD-10", Key::treatmentDiagnosis, "migraine", "treatmentDiagnosis",
            QStringLiteral("\u201CMIGRAINE\u201D is not an ICD-10 code; chronic migraine is "
                           "written like G43.709."));
        row("diagnosis U code", Key::treatmentDiagnosis, "U07.1", "treatmentDiagnosis",
            QStringLiteral("\u201CU07.1\u201D is not an ICD-10 code; chronic migraine is written "
                           "like G43.709."));
        row("no diagnosis", Key::treatmentDiagnosis, " ", "treatmentDiagnosis",
            QStringLiteral("Enter the diagnosis code new treatments start with, e.g. G43.709."));
        row("no product", Key::treatmentProduct, "", "treatmentProduct",
            QStringLiteral("Name the product new treatments start with."));
        row("NDC too long", Key::treatmentNdc, "0023-3921-02-0023-3921", "treatmentNdc",
            QStringLiteral("NDC is longer than 20 characters."));
        row("no self-pay name", Key::selfPayName, "  ", "selfPayName",
            QStringLiteral("Name the self-pay payer."));
        row("default minimum 0", Key::defaultMinimumDays, "0", "defaultMinimumDays",
            QStringLiteral("The default minimum must be 1 to 365 days."));
        row("self-pay 366", Key::selfPayMinimumDays, "366", "selfPayMinimumDays",
            QStringLiteral("The self-pay minimum must be 1 to 365 days."));
        row("due 0", Key::dueDays, "0", "dueDays",
            QStringLiteral("Due must be 1 to 365 days after a treatment."));
        row("grace -1", Key::graceDays, "-1", "graceDays",
            QStringLiteral("Grace must be 0 to 365 days."));
        row("soon 400", Key::soonDays, "400", "soonDays",
            QStringLiteral("\u201COpens soon\u201D must be 0 to 365 days."));
    }

    void shouldRefuseAValueOutOfRangeAndStoreNothing()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const int before = auditCount();
        // given: valid values before and after the bad one
        const Status status = setup().setSettings({{Key::clinicName, QStringLiteral("New name")},
                                                   {Key::defaultMinimumDays, QStringLiteral("70")},
                                                   {key, value},
                                                   {Key::soonDays, QStringLiteral("7")}});
        QVERIFY(!status);
        QCOMPARE(status.error().kind, Error::Kind::Invalid);
        QCOMPARE(status.error().field, field);
        QCOMPARE(status.error().message, message);
        // then: nothing at all was stored
        QCOMPARE(setup().clinicName(), QStringLiteral("Advanced Pain Management Center"));
        QCOMPARE(setup().retreatmentSettings().defaultMinimumDays, 84);
        QCOMPARE(setup().retreatmentSettings().soonDays, 14);
        QCOMPARE(auditCount(), before);
    }

    void shouldAcceptTheEdgesOfEachRange_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("lead 0") << Key::authorizationLeadDays << "0";
        QTest::newRow("lead 365") << Key::authorizationLeadDays << "365";
        QTest::newRow("threshold 1") << Key::responseThresholdPercent << "1";
        QTest::newRow("threshold 99") << Key::responseThresholdPercent << "99";
        QTest::newRow("cycle 1") << Key::responseJudgedAfterCycle << "1";
        QTest::newRow("cycle 10") << Key::responseJudgedAfterCycle << "10";
        QTest::newRow("vial 100") << Key::treatmentVialUnits << "100";
        QTest::newRow("vial 200") << Key::treatmentVialUnits << "200";
        QTest::newRow("diagnosis G43.709") << Key::treatmentDiagnosis << "G43.709";
        QTest::newRow("diagnosis G43.719") << Key::treatmentDiagnosis << "G43.719";
        QTest::newRow("grace 0") << Key::graceDays << "0";
        QTest::newRow("default minimum 365") << Key::defaultMinimumDays << "365";
    }

    void shouldAcceptTheEdgesOfEachRange()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const Status status = setup().setSettings({{key, value}});
        QVERIFY2(status, status ? "" : qPrintable(status.error().message));
        QCOMPARE(setup().setting(key), value);
    }

    void shouldRefuseRetreatmentNumbersOutOfRangeAndStoreNone()
    {
        RetreatmentSettings settings = setup().retreatmentSettings();
        settings.defaultMinimumDays = 70; // fine
        settings.graceDays = -3; // not
        const Status status = setup().setRetreatmentSettings(settings);
        QVERIFY(!status);
        QCOMPARE(status.error().field, QStringLiteral("graceDays"));
        QCOMPARE(setup().retreatmentSettings().defaultMinimumDays, 84);
    }

    void shouldStoreRetreatmentNumbersAndReadThemBack()
    {
        RetreatmentSettings settings;
        settings.defaultMinimumDays = 77;
        settings.selfPayMinimumDays = 63;
        settings.dueDays = 91;
        settings.graceDays = 0;
        settings.soonDays = 30;
        settings.selfPayName = QStringLiteral("  Cash   pay ");
        QVERIFY(setup().setRetreatmentSettings(settings));
        const RetreatmentSettings stored = setup().retreatmentSettings();
        QCOMPARE(stored.defaultMinimumDays, 77);
        QCOMPARE(stored.selfPayMinimumDays, 63);
        QCOMPARE(stored.dueDays, 91);
        QCOMPARE(stored.graceDays, 0);
        QCOMPARE(stored.soonDays, 30);
        QCOMPARE(stored.selfPayName, QStringLiteral("Cash pay"));
        QCOMPARE(stored.minimumDaysFor(QStringLiteral("cash pay")), 63);
    }
};

QTEST_GUILESS_MAIN(tst_ClinicSetupSettings)
#include "tst_clinicsetupsettings.moc"
