// The response rule: which month is the baseline, which is "now", the % reduction in headache
// days, and when a patient is flagged below the threshold after the judged cycle.
#include "headachediary.h"

#include <QTest>

using namespace ClinicDesk::Core;

namespace {

// "2025-12=24/10 2026-01=20/8* 2026-03=16": month = headache days / migraine days, * marks the
// baseline. Written in any order, as the rule must not depend on it.
QList<DiaryEntry> diary(const QString &text)
{
    QList<DiaryEntry> entries;
    for (const QString &item : text.split(u' ', Qt::SkipEmptyParts)) {
        DiaryEntry e;
        e.patientId = 7;
        QString rest = item;
        e.isBaseline = rest.endsWith(u'*');
        if (e.isBaseline)
            rest.chop(1);
        const QStringList parts = rest.split(u'=');
        e.month = QDate::fromString(parts.at(0) + QStringLiteral("-01"), Qt::ISODate);
        const QStringList daysParts = parts.at(1).split(u'/');
        e.headacheDays = daysParts.at(0).toInt();
        e.migraineDays = daysParts.size() > 1 ? daysParts.at(1).toInt() : 0;
        entries.append(e);
    }
    return entries;
}

QList<QDate> dates(const QString &text)
{
    QList<QDate> list;
    for (const QString &item : text.split(u' ', Qt::SkipEmptyParts))
        list.append(QDate::fromString(item, Qt::ISODate));
    return list;
}

QString monthText(const std::optional<DiaryEntry> &e)
{
    return e ? e->month.toString(QStringLiteral("yyyy-MM")) : QString();
}

} // namespace

class tst_OutcomeRules : public QObject
{
    Q_OBJECT

private slots:
    void shouldMeasureTheResponse_data();
    void shouldMeasureTheResponse();
    void shouldFlagWithTheClinicsSettings_data();
    void shouldFlagWithTheClinicsSettings();
    void shouldNotDependOnTheOrderGiven();
    void shouldTakeTheMonthOfADate();
};

void tst_OutcomeRules::shouldMeasureTheResponse_data()
{
    QTest::addColumn<QString>("entries");
    QTest::addColumn<QString>("treated");
    QTest::addColumn<QString>("baseline");
    QTest::addColumn<bool>("marked");
    QTest::addColumn<QString>("latest");
    QTest::addColumn<double>("reduction"); // -1: none can be measured
    QTest::addColumn<bool>("judged");
    QTest::addColumn<bool>("below");
    QTest::addColumn<QString>("label");

    const QString twoCycles = QStringLiteral("2026-03-10 2026-06-02");
    QTest::newRow("marked baseline wins over the last month before cycle 1")
        << "2025-12=24 2026-01=20* 2026-02=22 2026-04=15 2026-07=10" << twoCycles << "2026-01"
        << true << "2026-07" << 50.0 << true << false
        << "\u221250% headache days (baseline 20, now 10)";
    QTest::newRow("unmarked: the last month before the month of cycle 1")
        << "2025-12=24 2026-01=20 2026-02=22 2026-03=19 2026-07=11" << twoCycles << "2026-02"
        << false << "2026-07" << 50.0 << true << false
        << "\u221250% headache days (baseline 22, now 11)";
    QTest::newRow("the month of cycle 1 already counts as treated")
        << "2026-02=20 2026-03=17"
        << "2026-03-25"
        << "2026-02" << false << "2026-03" << 15.0 << false << false
        << "\u221215% headache days (baseline 20, now 17)";
    QTest::newRow("30% exactly is a response")
        << "2026-02=20 2026-06=14" << twoCycles << "2026-02" << false << "2026-06" << 30.0 << true
        << false << "\u221230% headache days (baseline 20, now 14)";
    QTest::newRow("29% is below the threshold")
        << "2026-02=24 2026-07=17" << twoCycles << "2026-02" << false << "2026-07" << 700.0 / 24
        << true << true << "\u221229% headache days (baseline 24, now 17)";
    QTest::newRow("29.6% shows as 29%, never rounded up to 30%")
        << "2026-02=27 2026-08=19" << twoCycles << "2026-02" << false << "2026-08" << 800.0 / 27
        << true << true << "\u221229% headache days (baseline 27, now 19)";
    QTest::newRow("50% reduction")
        << "2026-02=20 2026-09=10" << twoCycles << "2026-02" << false << "2026-09" << 50.0 << true
        << false << "\u221250% headache days (baseline 20, now 10)";
    QTest::newRow("worse than baseline")
        << "2026-02=20 2026-07=24" << twoCycles << "2026-02" << false << "2026-07" << -20.0 << true
        << true << "+20% headache days (baseline 20, now 24)";
    QTest::newRow("no change") << "2026-02=20 2026-07=20" << twoCycles << "2026-02" << false
                               << "2026-07" << 0.0 << true << true
                               << "0% headache days (baseline 20, now 20)";
    QTest::newRow("not judged before cycle 2")
        << "2026-02=20 2026-05=18"
        << "2026-03-10"
        << "2026-02" << false << "2026-05" << 10.0 << false << false
        << "\u221210% headache days (baseline 20, now 18)";
    QTest::newRow("cycle 2 given, no diary month since it")
        << "2026-02=20 2026-05=18" << twoCycles << "2026-02" << false << "2026-05" << 10.0 << false
        << false << "\u221210% headache days (baseline 20, now 18)";
    QTest::newRow("no baseline: months only after cycle 1")
        << "2026-04=18 2026-07=14" << twoCycles << "" << false << "2026-07" << -1.0 << true << false
        << "No baseline month before cycle 1 (now 14 headache days)";
    QTest::newRow("zero baseline: nothing to reduce")
        << "2026-02=0 2026-07=3" << twoCycles << "2026-02" << false << "2026-07" << -1.0 << true
        << false << "Baseline had no headache days, so there is no reduction to measure (now 3)";
    QTest::newRow("no treatment yet: the latest month is the baseline")
        << "2026-01=24 2026-02=22"
        << ""
        << "2026-02" << false << "" << -1.0 << false << false
        << "Baseline 22 headache days; no treatment yet";
    QTest::newRow("treated, no month since cycle 1")
        << "2026-01=24 2026-02=22" << twoCycles << "2026-02" << false << "" << -1.0 << false
        << false << "Baseline 22 headache days; no diary month since cycle 1";
    QTest::newRow("a marked month after the latest is not 'now'")
        << "2026-02=20 2026-04=18*"
        << "2026-03-10"
        << "2026-04" << true << "" << -1.0 << false << false
        << "Baseline 18 headache days; no diary month since cycle 1";
    QTest::newRow("no diary yet") << ""
                                  << ""
                                  << "" << false << "" << -1.0 << false << false << "No diary yet";
    QTest::newRow("treated, no diary") << "" << twoCycles << "" << false << "" << -1.0 << false
                                       << false << "No baseline month before cycle 1";
}

void tst_OutcomeRules::shouldMeasureTheResponse()
{
    QFETCH(QString, entries);
    QFETCH(QString, treated);
    QFETCH(QString, baseline);
    QFETCH(bool, marked);
    QFETCH(QString, latest);
    QFETCH(double, reduction);
    QFETCH(bool, judged);
    QFETCH(bool, below);
    QFETCH(QString, label);

    // when
    const OutcomeSummary s = OutcomeRules::summarize(diary(entries), dates(treated), 30, 2);

    // then
    QCOMPARE(monthText(s.baseline), baseline);
    QCOMPARE(s.baselineMarked, marked);
    QCOMPARE(monthText(s.latest), latest);
    QCOMPARE(s.hasReduction, reduction != -1.0);
    if (s.hasReduction)
        QCOMPARE(s.reductionPercent, reduction);
    QCOMPARE(s.cyclesGiven, int(dates(treated).size()));
    QCOMPARE(s.judged, judged);
    QCOMPARE(s.belowThreshold, below);
    QCOMPARE(s.label(), label);
    QCOMPARE(s.flag(), below ? QStringLiteral("Below 30% response after cycle 2") : QString());
}

void tst_OutcomeRules::shouldFlagWithTheClinicsSettings_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("judgedAfter");
    QTest::addColumn<bool>("judged");
    QTest::addColumn<bool>("below");
    QTest::addColumn<QString>("flag");

    // Baseline 20, cycles on Mar 10, Jun 2 and Sep 1; the latest month, Sep, has 12 (−40%).
    QTest::newRow("defaults: 30% after cycle 2") << 30 << 2 << true << false << "";
    QTest::newRow("50% after cycle 2")
        << 50 << 2 << true << true << "Below 50% response after cycle 2";
    QTest::newRow("50% after cycle 3: Sep is the month of cycle 3")
        << 50 << 3 << true << true << "Below 50% response after cycle 3";
    QTest::newRow("judged after cycle 4: not given yet") << 50 << 4 << false << false << "";
    QTest::newRow("40% exactly is enough") << 40 << 1 << true << false << "";
    QTest::newRow("41% is not") << 41 << 1 << true << true << "Below 41% response after cycle 1";
}

void tst_OutcomeRules::shouldFlagWithTheClinicsSettings()
{
    QFETCH(int, threshold);
    QFETCH(int, judgedAfter);
    QFETCH(bool, judged);
    QFETCH(bool, below);
    QFETCH(QString, flag);

    const OutcomeSummary s = OutcomeRules::summarize(
        diary(QStringLiteral("2026-02=20 2026-05=16 2026-09=12")),
        dates(QStringLiteral("2026-03-10 2026-06-02 2026-09-01")), threshold, judgedAfter);

    QCOMPARE(s.reductionPercent, 40.0);
    QCOMPARE(s.thresholdPercent, threshold);
    QCOMPARE(s.judgedAfterCycle, judgedAfter);
    QCOMPARE(s.judged, judged);
    QCOMPARE(s.belowThreshold, below);
    QCOMPARE(s.flag(), flag);
}

void tst_OutcomeRules::shouldNotDependOnTheOrderGiven()
{
    const OutcomeSummary sorted = OutcomeRules::summarize(
        diary(QStringLiteral("2026-01=24 2026-02=22 2026-04=18 2026-07=15")),
        dates(QStringLiteral("2026-03-10 2026-06-02")), 30, 2);
    const OutcomeSummary shuffled = OutcomeRules::summarize(
        diary(QStringLiteral("2026-07=15 2026-02=22 2026-01=24 2026-04=18")),
        dates(QStringLiteral("2026-06-02 2026-03-10")), 30, 2);

    QCOMPARE(monthText(shuffled.baseline), QStringLiteral("2026-02"));
    QCOMPARE(monthText(shuffled.latest), QStringLiteral("2026-07"));
    QCOMPARE(shuffled.label(), QStringLiteral("\u221231% headache days (baseline 22, now 15)"));
    QCOMPARE(sorted.label(), shuffled.label());
    QVERIFY(shuffled.judged);
    QVERIFY(!shuffled.belowThreshold);
}

void tst_OutcomeRules::shouldTakeTheMonthOfADate()
{
    QCOMPARE(DiaryEntry::monthOf(QDate(2024, 2, 29)), QDate(2024, 2, 1));
    QCOMPARE(DiaryEntry::monthOf(QDate()), QDate());
    QCOMPARE(monthLabel(QDate(2026, 11, 1)), QStringLiteral("Nov 2026"));
    QCOMPARE(monthLabelLong(QDate(2026, 11, 1)), QStringLiteral("November 2026"));
}

QTEST_GUILESS_MAIN(tst_OutcomeRules)
#include "tst_outcomerules.moc"
