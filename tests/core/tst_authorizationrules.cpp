// Prior authorizations: which one decides on a day, and what the desk is told.
#include "authorization.h"

#include <QTest>
#include <algorithm>

using namespace ClinicDesk::Core;
using State = AuthorizationStanding::State;

Q_DECLARE_METATYPE(ClinicDesk::Core::Authorization)
Q_DECLARE_METATYPE(ClinicDesk::Core::AuthorizationStanding::State)

namespace {

const QDate kToday(2026, 11, 25);

struct Limits {
    int visits = 0;
    int visitsUsed = 0;
    int units = 0;
    int unitsUsed = 0;
};

Authorization auth(const QString &number, AuthorizationCovers covers, QDate from, QDate to,
                   Limits limits = {}, const QString &payer = QStringLiteral("Aetna"))
{
    static qint64 nextId = 1;
    Authorization a;
    a.id = nextId++;
    a.patientId = 7;
    a.payer = payer;
    a.number = number;
    a.covers = covers;
    a.validFrom = from;
    a.validTo = to;
    a.approvedVisits = limits.visits;
    a.visitsUsed = limits.visitsUsed;
    a.approvedUnits = limits.units;
    a.unitsUsed = limits.unitsUsed;
    return a;
}

Authorization both(const QString &number, QDate from, QDate to, Limits limits = {})
{
    return auth(number, AuthorizationCovers::Both, from, to, limits);
}

} // namespace

class tst_AuthorizationRules : public QObject
{
    Q_OBJECT

private slots:
    void shouldNameWhatAnAuthorizationCovers_data();
    void shouldNameWhatAnAuthorizationCovers();
    void shouldRefuseAnUnknownCoversCode();
    void shouldTellWhereATreatmentStands_data();
    void shouldTellWhereATreatmentStands();
    void shouldNotDependOnTheOrderOfTheList();
    void shouldDescribeOneAuthorizationAsARow_data();
    void shouldDescribeOneAuthorizationAsARow();
    void shouldWarnOnlyWhenNotCovered_data();
    void shouldWarnOnlyWhenNotCovered();
};

void tst_AuthorizationRules::shouldNameWhatAnAuthorizationCovers_data()
{
    QTest::addColumn<AuthorizationCovers>("covers");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("label");

    QTest::newRow("drug") << AuthorizationCovers::Drug << "drug"
                          << "Drug";
    QTest::newRow("procedure") << AuthorizationCovers::Procedure << "procedure"
                               << "Procedure";
    QTest::newRow("both") << AuthorizationCovers::Both << "both"
                          << "Drug and procedure";
}

void tst_AuthorizationRules::shouldNameWhatAnAuthorizationCovers()
{
    QFETCH(AuthorizationCovers, covers);
    QFETCH(QString, code);
    QFETCH(QString, label);

    QCOMPARE(coversCode(covers), code);
    QCOMPARE(coversLabel(covers), label);
    QCOMPARE(coversFromCode(code), std::optional(covers));
    QCOMPARE(coversFromCode(u' ' + code.toUpper() + u' '), std::optional(covers));
}

void tst_AuthorizationRules::shouldRefuseAnUnknownCoversCode()
{
    QCOMPARE(coversFromCode(QStringLiteral("drugs")), std::nullopt);
    QCOMPARE(coversFromCode(QString()), std::nullopt);
}

void tst_AuthorizationRules::shouldTellWhereATreatmentStands_data()
{
    QTest::addColumn<QList<Authorization>>("authorizations");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("leadDays");
    QTest::addColumn<bool>("selfPay");
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("decidedBy"); // the deciding one's number; empty: none

    const QDate june1(2026, 6, 1);
    const QDate mar3(2027, 3, 3);
    const auto D = AuthorizationCovers::Drug;
    const auto P = AuthorizationCovers::Procedure;

    QTest::newRow("nothing on file")
        << QList<Authorization>{} << kToday << 28 << false << State::Missing << "No authorization"
        << "No authorization on file"
        << "";
    QTest::newRow("valid with visits left")
        << QList{both("12345", june1, mar3, {4, 2})} << kToday << 28 << false << State::Valid
        << "Valid to Mar 3 \u00b7 2 visits left"
        << ""
        << "12345";
    QTest::newRow("valid, visits not limited") << QList{both("12345", june1, mar3)} << kToday << 28
                                               << false << State::Valid << "Valid to Mar 3"
                                               << ""
                                               << "12345";
    QTest::newRow("valid into another year names it")
        << QList{both("12345", june1, QDate(2028, 1, 10))} << kToday << 28 << false << State::Valid
        << "Valid to Jan 10, 2028"
        << ""
        << "12345";
    QTest::newRow("first day it is valid") << QList{both("12345", kToday, mar3)} << kToday << 28
                                           << false << State::Valid << "Valid to Mar 3"
                                           << ""
                                           << "12345";
    QTest::newRow("ended yesterday")
        << QList{both("12345", june1, kToday.addDays(-1))} << kToday << 28 << false
        << State::Missing << "No authorization"
        << "No authorization valid on Nov 25, 2026 (Aetna 12345 ended Nov 24)"
        << "12345";
    QTest::newRow("ended last year")
        << QList{both("12345", QDate(2025, 1, 1), QDate(2025, 12, 31))} << kToday << 28 << false
        << State::Missing << "No authorization"
        << "No authorization valid on Nov 25, 2026 (Aetna 12345 ended Dec 31, 2025)"
        << "12345";
    QTest::newRow("not valid yet")
        << QList{both("12345", kToday.addDays(6), mar3)} << kToday << 28 << false << State::Missing
        << "No authorization"
        << "No authorization valid on Nov 25, 2026 (Aetna 12345 starts Dec 1)"
        << "12345";
    QTest::newRow("the latest that ended is named")
        << QList{both("OLD", QDate(2025, 1, 1), QDate(2025, 6, 30)),
                 both("LATER", QDate(2025, 7, 1), QDate(2026, 10, 31))}
        << kToday << 28 << false << State::Missing << "No authorization"
        << "No authorization valid on Nov 25, 2026 (Aetna LATER ended Oct 31)"
        << "LATER";

    // Lead time: ExpiringSoon when it ends on day + leadDays at the latest.
    QTest::newRow("last day it is valid") << QList{both("12345", june1, kToday)} << kToday << 28
                                          << false << State::ExpiringSoon << "Expires today"
                                          << "Aetna 12345 ends on Nov 25, 2026"
                                          << "12345";
    QTest::newRow("ends tomorrow") << QList{both("12345", june1, kToday.addDays(1))} << kToday << 28
                                   << false << State::ExpiringSoon << "Expires tomorrow"
                                   << "Aetna 12345 ends on Nov 26, 2026"
                                   << "12345";
    QTest::newRow("ends on the last day of the lead time")
        << QList{both("12345", june1, kToday.addDays(28))} << kToday << 28 << false
        << State::ExpiringSoon << "Expires in 28 days"
        << "Aetna 12345 ends on Dec 23, 2026"
        << "12345";
    QTest::newRow("ends the day after the lead time")
        << QList{both("12345", june1, kToday.addDays(29))} << kToday << 28 << false << State::Valid
        << "Valid to Dec 24"
        << ""
        << "12345";
    QTest::newRow("lead time of 0, ends tomorrow")
        << QList{both("12345", june1, kToday.addDays(1))} << kToday << 0 << false << State::Valid
        << "Valid to Nov 26"
        << ""
        << "12345";
    QTest::newRow("a longer lead time")
        << QList{both("12345", june1, kToday.addDays(40))} << kToday << 42 << false
        << State::ExpiringSoon << "Expires in 40 days"
        << "Aetna 12345 ends on Jan 4, 2027"
        << "12345";
    QTest::newRow("lead time across a leap day")
        << QList{both("12345", QDate(2027, 6, 1), QDate(2028, 2, 29))} << QDate(2028, 2, 1) << 28
        << false << State::ExpiringSoon << "Expires in 28 days"
        << "Aetna 12345 ends on Feb 29, 2028"
        << "12345";
    QTest::newRow("expiring with visits left says both")
        << QList{both("12345", june1, kToday.addDays(12), {4, 1})} << kToday << 28 << false
        << State::ExpiringSoon << "Expires in 12 days \u00b7 3 visits left"
        << "Aetna 12345 ends on Dec 7, 2026"
        << "12345";
    QTest::newRow("renewal on file from the next day")
        << QList{both("OLD", june1, kToday.addDays(10)),
                 both("NEW", kToday.addDays(11), QDate(2027, 11, 30))}
        << kToday << 28 << false << State::Valid << "Valid to Dec 5"
        << ""
        << "OLD";
    QTest::newRow("renewal that leaves a gap")
        << QList{both("OLD", june1, kToday.addDays(10)),
                 both("NEW", kToday.addDays(12), QDate(2027, 11, 30))}
        << kToday << 28 << false << State::ExpiringSoon << "Expires in 10 days"
        << "Aetna OLD ends on Dec 5, 2026"
        << "OLD";
    QTest::newRow("renewal for the drug only does not carry a both")
        << QList{both("OLD", june1, kToday.addDays(10)),
                 auth("NEWD", D, kToday.addDays(11), QDate(2027, 11, 30))}
        << kToday << 28 << false << State::ExpiringSoon << "Expires in 10 days"
        << "Aetna OLD ends on Dec 5, 2026"
        << "OLD";

    // Visits and units.
    QTest::newRow("one visit left")
        << QList{both("12345", june1, mar3, {4, 3})} << kToday << 28 << false << State::ExpiringSoon
        << "Valid to Mar 3 \u00b7 1 visit left"
        << "Aetna 12345 has 1 approved visit left"
        << "12345";
    QTest::newRow("visits used up") << QList{both("12345", june1, mar3, {4, 4})} << kToday << 28
                                    << false << State::UsedUp << "Visits used up"
                                    << "Aetna 12345: all 4 approved visits used"
                                    << "12345";
    QTest::newRow("more visits used than approved")
        << QList{both("12345", june1, mar3, {4, 5})} << kToday << 28 << false << State::UsedUp
        << "Visits used up"
        << "Aetna 12345: all 4 approved visits used"
        << "12345";
    QTest::newRow("units used up") << QList{both("12345", june1, mar3, {0, 3, 600, 600})} << kToday
                                   << 28 << false << State::UsedUp << "Units used up"
                                   << "Aetna 12345: all 600 approved units used"
                                   << "12345";
    QTest::newRow("units left") << QList{both("12345", june1, mar3, {0, 3, 600, 465})} << kToday
                                << 28 << false << State::Valid << "Valid to Mar 3"
                                << ""
                                << "12345";
    QTest::newRow("a used-up one beside a fresh one")
        << QList{both("SPENT", june1, QDate(2027, 5, 31), {2, 2}),
                 both("FRESH", QDate(2026, 11, 1), mar3, {4, 0})}
        << kToday << 28 << false << State::Valid << "Valid to Mar 3 \u00b7 4 visits left"
        << ""
        << "FRESH";
    QTest::newRow("of two valid ones, the one ending last")
        << QList{both("SOONER", june1, mar3), both("LATER", june1, QDate(2027, 6, 1))} << kToday
        << 28 << false << State::Valid << "Valid to Jun 1, 2027"
        << ""
        << "LATER";

    // Drug and procedure approved separately.
    QTest::newRow("drug and procedure: the one ending first decides")
        << QList{auth("D1", D, june1, mar3), auth("P1", P, june1, QDate(2027, 5, 1))} << kToday
        << 28 << false << State::Valid << "Valid to Mar 3"
        << ""
        << "D1";
    QTest::newRow("drug expiring, procedure fine")
        << QList{auth("D1", D, june1, kToday.addDays(5)), auth("P1", P, june1, mar3)} << kToday
        << 28 << false << State::ExpiringSoon << "Expires in 5 days"
        << "Aetna D1 ends on Nov 30, 2026"
        << "D1";
    QTest::newRow("drug only")
        << QList{auth("D1", D, june1, mar3)} << kToday << 28 << false << State::Missing
        << "Procedure not covered"
        << "Aetna D1 covers the drug only: no procedure authorization valid on Nov 25, 2026"
        << "";
    QTest::newRow("procedure only, the drug's ended")
        << QList{auth("P1", P, june1, mar3), auth("D0", D, june1, QDate(2026, 10, 31))} << kToday
        << 28 << false << State::Missing << "Drug not covered"
        << "Aetna P1 covers the procedure only: no drug authorization valid on Nov 25, 2026 "
           "(Aetna D0 ended Oct 31)"
        << "D0";
    QTest::newRow("drug fine, procedure visits used up")
        << QList{auth("D1", D, june1, mar3), auth("P1", P, june1, mar3, {4, 4})} << kToday << 28
        << false << State::UsedUp << "Visits used up"
        << "Aetna P1 (procedure): all 4 approved visits used"
        << "P1";
    QTest::newRow("neither half valid")
        << QList{auth("D0", D, june1, QDate(2026, 10, 31))} << kToday << 28 << false
        << State::Missing << "No authorization"
        << "No drug authorization valid on Nov 25, 2026 (Aetna D0 ended Oct 31); no procedure "
           "authorization valid on Nov 25, 2026"
        << "D0";
    QTest::newRow("drug ended, procedure used up")
        << QList{auth("D0", D, june1, QDate(2026, 10, 31)), auth("P1", P, june1, mar3, {2, 2})}
        << kToday << 28 << false << State::Missing << "No authorization"
        << "No drug authorization valid on Nov 25, 2026 (Aetna D0 ended Oct 31); Aetna P1 "
           "(procedure): all 2 approved visits used"
        << "D0";

    // Self-pay.
    QTest::newRow("self-pay with nothing on file")
        << QList<Authorization>{} << kToday << 28 << true << State::NotNeeded << "Self-pay"
        << ""
        << "";
    QTest::newRow("self-pay with an expired one on file")
        << QList{both("12345", june1, QDate(2026, 10, 1))} << kToday << 28 << true
        << State::NotNeeded << "Self-pay"
        << ""
        << "";
}

void tst_AuthorizationRules::shouldTellWhereATreatmentStands()
{
    QFETCH(QList<Authorization>, authorizations);
    QFETCH(QDate, day);
    QFETCH(int, leadDays);
    QFETCH(bool, selfPay);
    QFETCH(State, state);
    QFETCH(QString, label);
    QFETCH(QString, reason);
    QFETCH(QString, decidedBy);

    // when
    const AuthorizationStanding standing =
        AuthorizationRules::standingOn(authorizations, day, leadDays, selfPay);

    // then
    QCOMPARE(standing.label, label);
    QCOMPARE(standing.reason, reason);
    QCOMPARE(standing.state, state);
    QCOMPARE(standing.authorization ? standing.authorization->number : QString(), decidedBy);
    if (standing.authorization) {
        // It points into the list given.
        const bool inList =
            std::any_of(authorizations.cbegin(), authorizations.cend(),
                        [&](const Authorization &a) { return &a == standing.authorization; });
        QVERIFY(inList);
    }
}

void tst_AuthorizationRules::shouldNotDependOnTheOrderOfTheList()
{
    // given: the same five authorizations, in every rotation
    QList<Authorization> list{
        both("A", QDate(2026, 1, 1), QDate(2026, 12, 31), {4, 1}),
        both("B", QDate(2026, 6, 1), QDate(2026, 12, 31), {6, 1}),
        auth("C", AuthorizationCovers::Drug, QDate(2026, 6, 1), QDate(2027, 2, 1)),
        auth("D", AuthorizationCovers::Procedure, QDate(2026, 6, 1), QDate(2026, 12, 1)),
        both("E", QDate(2025, 1, 1), QDate(2025, 12, 31)),
    };
    const AuthorizationStanding first = AuthorizationRules::standingOn(list, kToday, 28);
    // Copied out: `authorization` points into the list, which rotating rearranges.
    const QString decidedBy = first.authorization->number;
    QCOMPARE(decidedBy, QStringLiteral("B"));
    for (int i = 0; i < list.size(); ++i) {
        std::rotate(list.begin(), list.begin() + 1, list.end());
        const AuthorizationStanding again = AuthorizationRules::standingOn(list, kToday, 28);
        QCOMPARE(again.state, first.state);
        QCOMPARE(again.label, first.label);
        QCOMPARE(again.authorization->number, decidedBy);
    }
    std::reverse(list.begin(), list.end());
    QCOMPARE(AuthorizationRules::standingOn(list, kToday, 28).authorization->number,
             QStringLiteral("B"));
}

void tst_AuthorizationRules::shouldDescribeOneAuthorizationAsARow_data()
{
    QTest::addColumn<Authorization>("authorization");
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("label");

    const QDate june1(2026, 6, 1);
    QTest::newRow("expired") << both("1", june1, kToday.addDays(-1)) << State::Missing
                             << "Expired Nov 24";
    QTest::newRow("expired last year") << both("1", QDate(2025, 1, 1), QDate(2025, 3, 31))
                                       << State::Missing << "Expired Mar 31, 2025";
    QTest::newRow("starts later") << both("1", QDate(2026, 12, 1), QDate(2027, 5, 31))
                                  << State::Missing << "Starts Dec 1";
    QTest::newRow("valid") << both("1", june1, QDate(2027, 3, 3), {4, 2}) << State::Valid
                           << "Valid to Mar 3 \u00b7 2 visits left";
    QTest::newRow("drug only is fine on its own")
        << auth("1", AuthorizationCovers::Drug, june1, QDate(2027, 3, 3)) << State::Valid
        << "Valid to Mar 3";
    QTest::newRow("expiring") << both("1", june1, kToday.addDays(12)) << State::ExpiringSoon
                              << "Expires in 12 days";
    QTest::newRow("used up") << both("1", june1, QDate(2027, 3, 3), {4, 4}) << State::UsedUp
                             << "Visits used up";
}

void tst_AuthorizationRules::shouldDescribeOneAuthorizationAsARow()
{
    QFETCH(Authorization, authorization);
    QFETCH(State, state);
    QFETCH(QString, label);

    const AuthorizationStanding standing =
        AuthorizationRules::standingOf(authorization, kToday, 28);
    QCOMPARE(standing.label, label);
    QCOMPARE(standing.state, state);
    QCOMPARE(standing.authorization, &authorization);
}

void tst_AuthorizationRules::shouldWarnOnlyWhenNotCovered_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<bool>("warns");

    QTest::newRow("not needed") << State::NotNeeded << false;
    QTest::newRow("missing") << State::Missing << true;
    QTest::newRow("valid") << State::Valid << false;
    QTest::newRow("expiring soon") << State::ExpiringSoon << false;
    QTest::newRow("used up") << State::UsedUp << true;
}

void tst_AuthorizationRules::shouldWarnOnlyWhenNotCovered()
{
    QFETCH(State, state);
    QFETCH(bool, warns);

    AuthorizationStanding standing;
    standing.state = state;
    QCOMPARE(standing.warns(), warns);
}

QTEST_GUILESS_MAIN(tst_AuthorizationRules)
#include "tst_authorizationrules.moc"
