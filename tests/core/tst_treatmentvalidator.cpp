// The clinic's rules for a treatment record: what stops it being saved (errors) and what the
// desk is asked to look at first (warnings).
#include "treatmentvalidator.h"

#include <QTest>
#include <functional>

using namespace ClinicDesk::Core;

namespace {

const QDate kToday(2026, 11, 25);

// A record that passes every rule: today, one 200 U vial, 155 U given in the PREEMPT areas,
// 45 U discarded.
Treatment standard()
{
    Treatment t;
    t.patientId = 1;
    t.date = kToday;
    t.diagnosisCode = QStringLiteral("G43.709");
    t.product = QStringLiteral("Botox (onabotulinumtoxinA)");
    t.ndc = QStringLiteral("0023-3921-02");
    t.vialUnits = 200;
    t.vialCount = 1;
    t.lotNumber = QStringLiteral("C1234AB5");
    t.lotExpiry = QDate(2027, 6, 30);
    t.unitsGiven = 155;
    t.unitsDiscarded = 45;
    t.areas = Preempt::standardAreas();
    t.consentSigned = true;
    return t;
}

// Follow-the-pain units on top of the PREEMPT areas, `units` at 5 U a site.
void addFollowThePain(Treatment &t, InjectionArea area, int units)
{
    t.areas.append({area, units / Preempt::kUnitsPerSite, units, true});
}

using Change = std::function<void(Treatment &)>;

} // namespace

Q_DECLARE_METATYPE(Change)

class tst_TreatmentValidator : public QObject
{
    Q_OBJECT

private slots:
    void shouldAcceptTheStandardPreemptRecord()
    {
        const auto outcome = TreatmentValidator::check(standard(), kToday);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errors.value(0).message));
        QVERIFY(outcome.warnings.isEmpty());
        QCOMPARE(standard().wasteModifier(), QStringLiteral("JW"));
    }

    void shouldRefuseOrWarnByRule_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("errorField"); // "" when it may be saved
        QTest::addColumn<QString>("warningField"); // "" when nothing is warned about
        QTest::addColumn<QString>("message"); // a part of the message for that field

        // Units given + discarded = what the vials hold.
        QTest::newRow("given + discarded = one 200 U vial") << Change([](Treatment &) {}) << ""
                                                            << ""
                                                            << "";
        QTest::newRow("nothing discarded from two 100 U vials")
            << Change([](Treatment &t) {
                   t.vialUnits = 100;
                   t.vialCount = 2;
                   t.unitsGiven = 200;
                   t.unitsDiscarded = 0;
                   addFollowThePain(t, InjectionArea::Temporalis, 20);
                   addFollowThePain(t, InjectionArea::Occipitalis, 10);
                   t.areas.append({InjectionArea::Trapezius, 2, 15, true}); // 39 sites in all
               })
            << ""
            << "unitsGiven"
            << "200 U is above the 195 U maximum";
        QTest::newRow("discarded one short")
            << Change([](Treatment &t) { t.unitsDiscarded = 44; }) << "unitsDiscarded"
            << ""
            << "discarded should be 45 U";
        QTest::newRow("discarded one over")
            << Change([](Treatment &t) { t.unitsDiscarded = 46; }) << "unitsDiscarded"
            << ""
            << "1 vial of 200 U holds (200 U)";
        QTest::newRow("two vials, sum checked against 400 U")
            << Change([](Treatment &t) { t.vialCount = 2; }) << "unitsDiscarded"
            << ""
            << "2 vials of 200 U";
        QTest::newRow("more given than the vial holds")
            << Change([](Treatment &t) {
                   t.vialUnits = 100;
                   t.unitsDiscarded = 0;
               })
            << "unitsGiven"
            << ""
            << "155 U given is more than 1 vial of 100 U holds";
        QTest::newRow("negative discarded")
            << Change([](Treatment &t) { t.unitsDiscarded = -1; }) << "unitsDiscarded"
            << ""
            << "can't be negative";
        QTest::newRow("no units given")
            << Change([](Treatment &t) { t.unitsGiven = 0; }) << "unitsGiven"
            << ""
            << "at least 1";
        QTest::newRow("vial size not made")
            << Change([](Treatment &t) { t.vialUnits = 150; }) << "vialUnits"
            << ""
            << "100 U or 200 U";
        QTest::newRow("no vials") << Change([](Treatment &t) { t.vialCount = 0; }) << "vialCount"
                                  << ""
                                  << "between 1 and 10";

        // The PREEMPT maximum with follow-the-pain: 195 U in 39 sites.
        QTest::newRow("195 U: the maximum, no warning") << Change([](Treatment &t) {
            t.unitsGiven = 195;
            t.unitsDiscarded = 5;
            addFollowThePain(t, InjectionArea::Temporalis, 20);
            addFollowThePain(t, InjectionArea::Trapezius, 20);
        }) << ""
                                                        << ""
                                                        << "";
        QTest::newRow("196 U: above the maximum") << Change([](Treatment &t) {
            t.unitsGiven = 196;
            t.unitsDiscarded = 4;
            addFollowThePain(t, InjectionArea::Temporalis, 20);
            addFollowThePain(t, InjectionArea::Trapezius, 21);
        }) << ""
                                                  << "unitsGiven"
                                                  << "196 U is above the 195 U maximum";
        QTest::newRow("39 sites: the maximum, no warning") << Change([](Treatment &t) {
            t.unitsGiven = 195;
            t.unitsDiscarded = 5;
            t.areas.append({InjectionArea::Occipitalis, 8, 40, true});
        }) << ""
                                                           << ""
                                                           << "";
        QTest::newRow("40 sites: above the maximum") << Change([](Treatment &t) {
            t.unitsGiven = 195;
            t.unitsDiscarded = 5;
            t.areas.append({InjectionArea::Occipitalis, 9, 40, true});
        }) << ""
                                                     << "areas"
                                                     << "40 sites is above the 39 maximum";
        QTest::newRow("areas not adding up to the units given")
            << Change([](Treatment &t) {
                   t.unitsGiven = 165;
                   t.unitsDiscarded = 35;
               })
            << ""
            << "areas"
            << "add up to 155 U but 165 U were given";
        QTest::newRow("follow-the-pain in the frontalis") << Change([](Treatment &t) {
            t.unitsGiven = 165;
            t.unitsDiscarded = 35;
            addFollowThePain(t, InjectionArea::Frontalis, 10);
        }) << "areas"
                                                          << ""
                                                          << "not the frontalis";
        QTest::newRow("an area with negative sites")
            << Change([](Treatment &t) { t.areas[0].sites = -1; }) << "areas"
            << ""
            << "Frontalis: sites and units";

        // The lot.
        QTest::newRow("lot expired the day before")
            << Change([](Treatment &t) { t.lotExpiry = kToday.addDays(-1); }) << ""
            << "lotExpiry"
            << "Lot C1234AB5 expired on Nov 24, 2026";
        QTest::newRow("lot expiring on the treatment day is fine")
            << Change([](Treatment &t) { t.lotExpiry = kToday; }) << ""
            << ""
            << "";
        QTest::newRow("expiry not recorded") << Change([](Treatment &t) { t.lotExpiry = {}; }) << ""
                                             << ""
                                             << "";
        QTest::newRow("lot number too long")
            << Change([](Treatment &t) { t.lotNumber = QString(41, u'A'); }) << "lotNumber"
            << ""
            << "longer than 40";

        // Adverse events start on or after the treatment, and not after today.
        QTest::newRow("onset before the treatment")
            << Change([](Treatment &t) {
                   t.date = kToday.addDays(-10);
                   t.adverseEvents = {{AdverseEventCode::Ptosis, kToday.addDays(-11), {}}};
               })
            << "adverseEvents"
            << ""
            << "Ptosis (drooping eyelid) can't start before the treatment";
        QTest::newRow("onset on the treatment day") << Change([](Treatment &t) {
            t.adverseEvents = {{AdverseEventCode::NeckPain, kToday, {}}};
        }) << ""
                                                    << ""
                                                    << "";
        QTest::newRow("onset after today") << Change([](Treatment &t) {
            t.adverseEvents = {{AdverseEventCode::HeadacheFlare, kToday.addDays(1), {}}};
        }) << "adverseEvents"
                                           << ""
                                           << "onset after today";
        QTest::newRow("onset not known") << Change([](Treatment &t) {
            t.adverseEvents = {{AdverseEventCode::Other, {}, QStringLiteral("Bruising")}};
        }) << ""
                                         << ""
                                         << "";

        // ICD-10 codes.
        QTest::newRow("ICD-10 chronic migraine, lower case tidied")
            << Change([](Treatment &t) { t.diagnosisCode = QStringLiteral(" g43.709 "); }) << ""
            << ""
            << "";
        QTest::newRow("ICD-10 category only")
            << Change([](Treatment &t) { t.diagnosisCode = QStringLiteral("G43"); }) << ""
            << ""
            << "";
        QTest::newRow("ICD-10 left out")
            << Change([](Treatment &t) { t.diagnosisCode.clear(); }) << ""
            << ""
            << "";
        QTest::newRow("not ICD-10: digits first")
            << Change([](Treatment &t) { t.diagnosisCode = QStringLiteral("346.71"); })
            << "diagnosisCode"
            << ""
            << "\u201C346.71\u201D is not an ICD-10 code";
        QTest::newRow("not ICD-10: U is not a chapter")
            << Change([](Treatment &t) { t.diagnosisCode = QStringLiteral("U07.1"); })
            << "diagnosisCode"
            << ""
            << "not an ICD-10 code";
        QTest::newRow("not ICD-10: five after the dot")
            << Change([](Treatment &t) { t.diagnosisCode = QStringLiteral("G43.70912"); })
            << "diagnosisCode"
            << ""
            << "not an ICD-10 code";

        // The treatment date.
        QTest::newRow("today") << Change([](Treatment &) {}) << ""
                               << ""
                               << "";
        QTest::newRow("tomorrow") << Change([](Treatment &t) { t.date = kToday.addDays(1); })
                                  << "date"
                                  << ""
                                  << "can't be recorded for Nov 26, 2026, which is after today";
        QTest::newRow("no date") << Change([](Treatment &t) { t.date = {}; }) << "date"
                                 << ""
                                 << "required";
        QTest::newRow("paper history from 2001") << Change([](Treatment &t) {
            t.date = QDate(2001, 2, 3);
            t.lotExpiry = {};
        }) << ""
                                                 << ""
                                                 << "";
        QTest::newRow("before 2000") << Change([](Treatment &t) {
            t.date = QDate(1999, 12, 31);
            t.lotExpiry = {};
        }) << "date"
                                     << ""
                                     << "too long ago";

        QTest::newRow("notes of 10,000 characters")
            << Change([](Treatment &t) { t.notes = QString(10000, u'x'); }) << ""
            << ""
            << "";
        QTest::newRow("notes over the limit") << Change([](Treatment &t) {
            t.notes = QString(TreatmentValidator::kMaxNotesLength + 1, u'x');
        }) << "notes"
                                              << ""
                                              << "longer than";
    }

    void shouldRefuseOrWarnByRule()
    {
        QFETCH(Change, change);
        QFETCH(QString, errorField);
        QFETCH(QString, warningField);
        QFETCH(QString, message);

        // given
        Treatment t = standard();
        change(t);

        // when
        const auto outcome = TreatmentValidator::check(t, kToday);

        // then
        if (errorField.isEmpty()) {
            QVERIFY2(outcome.ok(), qPrintable(outcome.errors.value(0).field + QStringLiteral(": ") +
                                              outcome.errors.value(0).message));
        } else {
            QCOMPARE(outcome.errors.size(), 1);
            QCOMPARE(outcome.errors.constFirst().field, errorField);
            QVERIFY2(outcome.messageFor(errorField).contains(message),
                     qPrintable(outcome.messageFor(errorField)));
        }
        if (warningField.isEmpty()) {
            QVERIFY2(outcome.warnings.isEmpty(),
                     qPrintable(outcome.warnings.value(0).field + QStringLiteral(": ") +
                                outcome.warnings.value(0).message));
        } else {
            QCOMPARE(outcome.warnings.size(), 1);
            QCOMPARE(outcome.warnings.constFirst().field, warningField);
            QVERIFY2(outcome.warningFor(warningField).contains(message),
                     qPrintable(outcome.warningFor(warningField)));
        }
    }

    void shouldTidyWhatWasTyped()
    {
        Treatment t = standard();
        t.diagnosisCode = QStringLiteral("  g43.709 ");
        t.lotNumber = QStringLiteral(" c1234ab5  ");
        t.product = QStringLiteral(" Botox   (onabotulinumtoxinA) ");
        const auto outcome = TreatmentValidator::check(t, kToday);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.treatment.diagnosisCode, QStringLiteral("G43.709"));
        QCOMPARE(outcome.treatment.lotNumber, QStringLiteral("C1234AB5"));
        QCOMPARE(outcome.treatment.product, QStringLiteral("Botox (onabotulinumtoxinA)"));
    }

    void shouldBillWithJzWhenNothingIsDiscarded()
    {
        Treatment t = standard();
        t.vialUnits = 100;
        t.vialCount = 2;
        t.unitsGiven = 200;
        t.unitsDiscarded = 0;
        QCOMPARE(t.wasteModifier(), QStringLiteral("JZ"));
        t.unitsGiven = 195;
        t.unitsDiscarded = 5;
        QCOMPARE(t.wasteModifier(), QStringLiteral("JW"));
    }
};

QTEST_GUILESS_MAIN(tst_TreatmentValidator)
#include "tst_treatmentvalidator.moc"
