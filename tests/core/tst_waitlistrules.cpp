// The waitlist's pure rules: which free slot suits an entry, how the desk reads an entry, and the
// checks on what was typed into the waitlist form.
#include "waitlistservice.h"

#include <QTest>

using namespace ClinicDesk::Core;

namespace {

constexpr qint64 kFiks = 1;
constexpr qint64 kAlvarez = 2;
constexpr qint64 kBotox = 10;
constexpr qint64 kConsult = 11;

// Tuesdays and Thursdays, 8:00 to 12:00, Botox with any provider.
WaitlistEntry tueThuMornings()
{
    WaitlistEntry e;
    e.patientId = 7;
    e.typeId = kBotox;
    e.weekdays = {2, 4};
    e.earliestMinute = 8 * 60;
    e.latestMinute = 12 * 60;
    return e;
}

} // namespace

class tst_WaitlistRules : public QObject
{
    Q_OBJECT

private slots:
    void shouldFitOnlySlotsThatSuitTheEntry_data();
    void shouldFitOnlySlotsThatSuitTheEntry();
    void shouldStoreWeekdaysAsDigits_data();
    void shouldStoreWeekdaysAsDigits();
    void shouldWordDaysAndTimesForTheDesk_data();
    void shouldWordDaysAndTimesForTheDesk();
    void shouldSayWhatThePatientWants();
    void shouldReportEachProblemBesideItsField_data();
    void shouldReportEachProblemBesideItsField();
    void shouldTidyWhatWasTyped();
};

void tst_WaitlistRules::shouldFitOnlySlotsThatSuitTheEntry_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<qint64>("wantedProvider"); // 0: any
    QTest::addColumn<qint64>("wantedType"); // 0: any
    QTest::addColumn<qint64>("slotProvider");
    QTest::addColumn<qint64>("slotType");
    QTest::addColumn<bool>("fits");

    const QDate tuesday(2026, 12, 1);
    const QDate wednesday(2026, 12, 2);
    const QDate thursday(2026, 12, 3);
    const QDate sunday(2026, 12, 6);
    // Weekdays.
    QTest::newRow("Tuesday") << tuesday << 600 << 615 << 0LL << kBotox << kFiks << kBotox << true;
    QTest::newRow("Thursday") << thursday << 600 << 615 << 0LL << kBotox << kFiks << kBotox << true;
    QTest::newRow("Wednesday is not wanted")
        << wednesday << 600 << 615 << 0LL << kBotox << kFiks << kBotox << false;
    QTest::newRow("Sunday is not wanted")
        << sunday << 600 << 615 << 0LL << kBotox << kFiks << kBotox << false;
    // Time edges: the whole visit inside 8:00..12:00.
    QTest::newRow("starts at the earliest")
        << tuesday << 480 << 495 << 0LL << kBotox << kFiks << kBotox << true;
    QTest::newRow("starts a minute early")
        << tuesday << 479 << 494 << 0LL << kBotox << kFiks << kBotox << false;
    QTest::newRow("ends at the latest")
        << tuesday << 705 << 720 << 0LL << kBotox << kFiks << kBotox << true;
    QTest::newRow("ends a minute late")
        << tuesday << 706 << 721 << 0LL << kBotox << kFiks << kBotox << false;
    QTest::newRow("starts at the latest")
        << tuesday << 720 << 735 << 0LL << kBotox << kFiks << kBotox << false;
    QTest::newRow("afternoon") << tuesday << 840 << 855 << 0LL << kBotox << kFiks << kBotox
                               << false;
    // Provider: any or the same.
    QTest::newRow("any provider, Dr Alvarez's slot")
        << tuesday << 600 << 615 << 0LL << kBotox << kAlvarez << kBotox << true;
    QTest::newRow("wants Dr Fiks, Dr Fiks's slot")
        << tuesday << 600 << 615 << kFiks << kBotox << kFiks << kBotox << true;
    QTest::newRow("wants Dr Fiks, Dr Alvarez's slot")
        << tuesday << 600 << 615 << kFiks << kBotox << kAlvarez << kBotox << false;
    // Type: any or the same.
    QTest::newRow("any type, a consult slot")
        << tuesday << 600 << 630 << 0LL << 0LL << kFiks << kConsult << true;
    QTest::newRow("any type, a Botox slot")
        << tuesday << 600 << 615 << 0LL << 0LL << kFiks << kBotox << true;
    QTest::newRow("wants Botox, a consult slot")
        << tuesday << 600 << 630 << 0LL << kBotox << kFiks << kConsult << false;
}

void tst_WaitlistRules::shouldFitOnlySlotsThatSuitTheEntry()
{
    QFETCH(QDate, day);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(qint64, wantedProvider);
    QFETCH(qint64, wantedType);
    QFETCH(qint64, slotProvider);
    QFETCH(qint64, slotType);
    QFETCH(bool, fits);

    // given
    WaitlistEntry entry = tueThuMornings();
    entry.providerId = wantedProvider;
    entry.typeId = wantedType;

    // when / then
    QCOMPARE(WaitlistRules::fits(entry, {day, start, end}, slotProvider, slotType), fits);
}

void tst_WaitlistRules::shouldStoreWeekdaysAsDigits_data()
{
    QTest::addColumn<QList<int>>("days");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QList<int>>("readBack");

    QTest::newRow("Mon-Fri") << QList<int>{1, 2, 3, 4, 5} << "12345" << QList<int>{1, 2, 3, 4, 5};
    QTest::newRow("unsorted, repeated") << QList<int>{5, 1, 3, 1} << "135" << QList<int>{1, 3, 5};
    QTest::newRow("out of range dropped") << QList<int>{0, 7, 8} << "7" << QList<int>{7};
    QTest::newRow("none") << QList<int>{} << "" << QList<int>{};
}

void tst_WaitlistRules::shouldStoreWeekdaysAsDigits()
{
    QFETCH(QList<int>, days);
    QFETCH(QString, code);
    QFETCH(QList<int>, readBack);

    QCOMPARE(WaitlistRules::weekdaysCode(days), code);
    QCOMPARE(WaitlistRules::weekdaysFromCode(code), readBack);
    QCOMPARE(WaitlistRules::weekdaysFromCode(QStringLiteral("9x") + code), readBack);
}

void tst_WaitlistRules::shouldWordDaysAndTimesForTheDesk_data()
{
    QTest::addColumn<QList<int>>("days");
    QTest::addColumn<int>("earliest");
    QTest::addColumn<int>("latest");
    QTest::addColumn<QString>("text");

    QTest::newRow("Tue/Thu mornings") << QList<int>{2, 4} << 480 << 720 << "Tue/Thu mornings";
    QTest::newRow("weekdays, any time")
        << QList<int>{1, 2, 3, 4, 5} << 480 << 1020 << "Mon\u2013Fri any time";
    QTest::newRow("a run and a single day")
        << QList<int>{1, 2, 3, 5} << 720 << 1020 << "Mon\u2013Wed/Fri afternoons";
    QTest::newRow("two days are not a run")
        << QList<int>{4, 5} << 570 << 660 << "Thu/Fri 9:30\u201311:00";
    QTest::newRow("every day") << QList<int>{1, 2, 3, 4, 5, 6, 7} << 420 << 1080
                               << "Any day any time";
    QTest::newRow("a late morning is a range")
        << QList<int>{3} << 600 << 720 << "Wed 10:00\u201312:00";
}

void tst_WaitlistRules::shouldWordDaysAndTimesForTheDesk()
{
    QFETCH(QList<int>, days);
    QFETCH(int, earliest);
    QFETCH(int, latest);
    QFETCH(QString, text);

    WaitlistEntry e;
    e.weekdays = days;
    e.earliestMinute = earliest;
    e.latestMinute = latest;

    QCOMPARE(WaitlistRules::availabilityText(e), text);
}

void tst_WaitlistRules::shouldSayWhatThePatientWants()
{
    WaitlistEntry e;
    QCOMPARE(WaitlistRules::wantsText(e), QStringLiteral("Any visit"));
    e.providerId = kFiks;
    e.providerName = QStringLiteral("Vladimir Fiks");
    QCOMPARE(WaitlistRules::wantsText(e), QStringLiteral("Any visit with Vladimir Fiks"));
    e.typeId = kBotox;
    e.typeName = QStringLiteral("Botox treatment");
    QCOMPARE(WaitlistRules::wantsText(e), QStringLiteral("Botox treatment with Vladimir Fiks"));
}

void tst_WaitlistRules::shouldReportEachProblemBesideItsField_data()
{
    QTest::addColumn<qint64>("patientId");
    QTest::addColumn<QList<int>>("days");
    QTest::addColumn<int>("earliest");
    QTest::addColumn<int>("latest");
    QTest::addColumn<int>("notesLength");
    QTest::addColumn<QStringList>("fields");

    const QList<int> tue{2};
    QTest::newRow("valid") << 7LL << tue << 480 << 720 << 2000 << QStringList{};
    QTest::newRow("no patient") << 0LL << tue << 480 << 720 << 0 << QStringList{"patient"};
    QTest::newRow("no weekday") << 7LL << QList<int>{} << 480 << 720 << 0
                                << QStringList{"weekdays"};
    QTest::newRow("only days that do not exist")
        << 7LL << QList<int>{0, 8} << 480 << 720 << 0 << QStringList{"weekdays"};
    QTest::newRow("earliest equals latest")
        << 7LL << tue << 600 << 600 << 0 << QStringList{"latestTime"};
    QTest::newRow("earliest after latest")
        << 7LL << tue << 720 << 480 << 0 << QStringList{"latestTime"};
    QTest::newRow("a minute apart") << 7LL << tue << 600 << 601 << 0 << QStringList{};
    QTest::newRow("notes too long") << 7LL << tue << 480 << 720 << 2001 << QStringList{"notes"};
    QTest::newRow("everything wrong") << 0LL << QList<int>{} << 720 << 480 << 2001
                                      << QStringList{"patient", "weekdays", "latestTime", "notes"};
}

void tst_WaitlistRules::shouldReportEachProblemBesideItsField()
{
    QFETCH(qint64, patientId);
    QFETCH(QList<int>, days);
    QFETCH(int, earliest);
    QFETCH(int, latest);
    QFETCH(int, notesLength);
    QFETCH(QStringList, fields);

    WaitlistEntry draft;
    draft.patientId = patientId;
    draft.weekdays = days;
    draft.earliestMinute = earliest;
    draft.latestMinute = latest;
    draft.notes = QString(notesLength, u'x');

    const WaitlistService::Outcome outcome = WaitlistService::validate(draft);

    QStringList got;
    for (const FieldError &e : outcome.errors) {
        got << e.field;
        QVERIFY2(!e.message.isEmpty(), qPrintable(e.field));
    }
    QCOMPARE(got, fields);
    QCOMPARE(outcome.ok(), fields.isEmpty());
}

void tst_WaitlistRules::shouldTidyWhatWasTyped()
{
    WaitlistEntry draft = tueThuMornings();
    draft.weekdays = {4, 2, 4};
    draft.earliestMinute = 11 * 60;
    draft.latestMinute = 9 * 60;
    draft.notes = QStringLiteral("  Can come at short notice  ");

    const WaitlistService::Outcome outcome = WaitlistService::validate(draft);

    QCOMPARE(outcome.entry.weekdays, (QList<int>{2, 4}));
    QCOMPARE(outcome.entry.notes, QStringLiteral("Can come at short notice"));
    QCOMPARE(outcome.messageFor(QStringLiteral("latestTime")),
             QStringLiteral("The latest time (9:00) must come after the earliest (11:00)."));
}

QTEST_GUILESS_MAIN(tst_WaitlistRules)
#include "tst_waitlistrules.moc"
