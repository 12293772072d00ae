#include "testsupport.h"

#include <QTest>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;

namespace {

DiaryEntry month(qint64 patientId, QDate first, int headache, int migraine = 0,
                 bool baseline = false)
{
    DiaryEntry e;
    e.patientId = patientId;
    e.month = first;
    e.headacheDays = headache;
    e.migraineDays = migraine;
    e.isBaseline = baseline;
    return e;
}

} // namespace

// Headache diaries through the service on a real clinic: validation naming the field, the
// baseline before cycle 1, and the response measured with the clinic's own settings.
class tst_OutcomeService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldRefuseAnInvalidMonthNamingTheField_data();
    void shouldRefuseAnInvalidMonthNamingTheField();
    void shouldRefuseAddingAMonthAlreadyInTheDiary();
    void shouldReplaceAMonthWhenEdited();
    void shouldRefuseABaselineAfterCycle1();
    void shouldMeasureTheResponseWithTheClinicsSettings();
    void shouldFallBackToDefaultSettings();

private:
    Treatment treat(QDate on);

    std::unique_ptr<Test::TempClinic> m_clinic;
    qint64 m_ann = 0;
};

void tst_OutcomeService::init()
{
    m_clinic = std::make_unique<Test::TempClinic>();
    QVERIFY2(m_clinic->isValid(), qPrintable(m_clinic->errorMessage()));
    m_ann = m_clinic->add(QStringLiteral("Ann"), QStringLiteral("Lee")).id;
    QVERIFY(m_ann > 0);
}

void tst_OutcomeService::cleanup()
{
    m_clinic.reset();
}

Treatment tst_OutcomeService::treat(QDate on)
{
    Treatment t = m_clinic->context().treatments().draftFor(m_ann);
    t.date = on;
    t.consentSigned = true;
    t.lotNumber = QStringLiteral("C1234AB");
    t.lotExpiry = on.addYears(1);
    auto recorded = m_clinic->context().treatments().record(t);
    if (!recorded)
        qWarning("%s", qPrintable(recorded.error().message));
    return recorded ? recorded.value() : Treatment{};
}

void tst_OutcomeService::shouldRefuseAnInvalidMonthNamingTheField_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<int>("headache");
    QTest::addColumn<int>("migraine");
    QTest::addColumn<QString>("field");

    QTest::newRow("a month not begun") << QDate(2026, 12, 1) << 10 << 2 << "month";
    QTest::newRow("30 days in February") << QDate(2026, 2, 1) << 30 << 2 << "headacheDays";
    QTest::newRow("migraine above headache") << QDate(2026, 3, 1) << 10 << 11 << "migraineDays";
}

void tst_OutcomeService::shouldRefuseAnInvalidMonthNamingTheField()
{
    QFETCH(QDate, first);
    QFETCH(int, headache);
    QFETCH(int, migraine);
    QFETCH(QString, field);

    const auto saved = m_clinic->context().outcomes().save(month(m_ann, first, headache, migraine));

    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, Error::Kind::Invalid);
    QCOMPARE(saved.error().field, field);
    QVERIFY(m_clinic->context().outcomes().entries(m_ann)->isEmpty());
}

void tst_OutcomeService::shouldRefuseAddingAMonthAlreadyInTheDiary()
{
    OutcomeService &outcomes = m_clinic->context().outcomes();
    QVERIFY(outcomes.add(month(m_ann, QDate(2026, 3, 1), 14)).ok());

    // A date inside the month is the same month.
    const auto again = outcomes.add(month(m_ann, QDate(2026, 3, 20), 9));

    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    QCOMPARE(again.error().field, QStringLiteral("month"));
    QCOMPARE(again.error().message, QStringLiteral("March 2026 is already in the diary (14 "
                                                   "headache days); edit that month instead."));
    QCOMPARE(outcomes.entries(m_ann)->constFirst().headacheDays, 14);
}

void tst_OutcomeService::shouldReplaceAMonthWhenEdited()
{
    OutcomeService &outcomes = m_clinic->context().outcomes();
    QVERIFY(outcomes.add(month(m_ann, QDate(2026, 3, 1), 14)).ok());

    const auto saved = outcomes.save(month(m_ann, QDate(2026, 3, 15), 9, 3));

    QVERIFY(saved.ok());
    QCOMPARE(saved->month, QDate(2026, 3, 1));
    const auto entries = outcomes.entries(m_ann);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->constFirst().headacheDays, 9);
}

void tst_OutcomeService::shouldRefuseABaselineAfterCycle1()
{
    OutcomeService &outcomes = m_clinic->context().outcomes();
    QVERIFY(treat(QDate(2026, 3, 10)).id > 0);
    QVERIFY(outcomes.save(month(m_ann, QDate(2026, 2, 1), 20)).ok());
    QVERIFY(outcomes.save(month(m_ann, QDate(2026, 4, 1), 16)).ok());

    const Status marked = outcomes.setBaseline(m_ann, QDate(2026, 4, 1));
    const auto saved = outcomes.save(month(m_ann, QDate(2026, 5, 1), 12, 0, true));

    QVERIFY(!marked.ok());
    QCOMPARE(marked.error().field, QStringLiteral("isBaseline"));
    QCOMPARE(marked.error().message, QStringLiteral("The baseline is a month before treatment: "
                                                    "April 2026 is after cycle 1 (Mar 10, 2026)."));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().field, QStringLiteral("isBaseline"));
    // The month before, and the month of cycle 1 itself, may be marked.
    QVERIFY(outcomes.setBaseline(m_ann, QDate(2026, 2, 1)).ok());
    QVERIFY(outcomes.save(month(m_ann, QDate(2026, 3, 1), 19, 0, true)).ok());
}

void tst_OutcomeService::shouldMeasureTheResponseWithTheClinicsSettings()
{
    // given a baseline of 20, two cycles and 12 headache days since: −40%
    OutcomeService &outcomes = m_clinic->context().outcomes();
    QVERIFY(outcomes.save(month(m_ann, QDate(2026, 4, 1), 20, 8)).ok());
    QVERIFY(treat(QDate(2026, 5, 12)).id > 0);
    QVERIFY(treat(QDate(2026, 8, 4)).id > 0);
    QVERIFY(outcomes.save(month(m_ann, QDate(2026, 7, 1), 15, 5)).ok());
    QVERIFY(outcomes.save(month(m_ann, QDate(2026, 10, 1), 12, 4)).ok());

    // when the clinic keeps the defaults
    auto summary = outcomes.summaryFor(m_ann);
    QVERIFY(summary);
    QCOMPARE(summary->cyclesGiven, 2);
    QCOMPARE(summary->label(), QStringLiteral("\u221240% headache days (baseline 20, now 12)"));
    QVERIFY(summary->judged);
    QVERIFY(!summary->belowThreshold);

    // when the clinic asks for 50%
    QVERIFY(m_clinic->setup().setSetting(SettingKey::responseThresholdPercent, "50").ok());
    summary = outcomes.summaryFor(m_ann);
    QVERIFY(summary->belowThreshold);
    QCOMPARE(summary->flag(), QStringLiteral("Below 50% response after cycle 2"));

    // when the clinic judges after cycle 3 instead
    QVERIFY(m_clinic->setup().setSetting(SettingKey::responseJudgedAfterCycle, "3").ok());
    const auto outcome = outcomes.outcomeFor(m_ann);
    QVERIFY(outcome);
    QVERIFY(!outcome->summary.judged);
    QVERIFY(!outcome->summary.belowThreshold);
    QCOMPARE(outcome->entries.size(), 3);
    QCOMPARE(outcome->treatmentDates, (QList<QDate>{QDate(2026, 5, 12), QDate(2026, 8, 4)}));
}

void tst_OutcomeService::shouldFallBackToDefaultSettings()
{
    OutcomeService &outcomes = m_clinic->context().outcomes();
    QCOMPARE(outcomes.settings().thresholdPercent, 30);
    QCOMPARE(outcomes.settings().judgedAfterCycle, 2);

    QVERIFY(m_clinic->setup().setSetting(SettingKey::responseThresholdPercent, "thirty").ok());
    QVERIFY(m_clinic->setup().setSetting(SettingKey::responseJudgedAfterCycle, "0").ok());

    QCOMPARE(outcomes.settings().thresholdPercent, 30);
    QCOMPARE(outcomes.settings().judgedAfterCycle, 2);
}

QTEST_GUILESS_MAIN(tst_OutcomeService)
#include "tst_outcomeservice.moc"
