// The printed daily schedule read back with pdftotext: every visit of the day present once, in
// time order per provider, page numbers right, headings repeated and no row split across pages.
#include "busyday.h"
#include "scheduledocument.h"

#include <QTest>

using namespace ClinicDesk;

namespace {

Core::DailySchedule buildDay(Test::TempClinic &clinic, qint64 providerId = 0)
{
    auto &context = clinic.context();
    const Core::DailyScheduleBuilder builder(context.appointments(), context.setup(),
                                             context.retreatment(), context.authorizations());
    Core::DailyScheduleRequest request;
    request.date = Test::fixedToday();
    request.providerId = providerId;
    auto built = builder.build(request, QStringLiteral("frontdesk"));
    if (!built)
        qWarning("%s", qPrintable(built.error().message));
    return built.ok() ? built.value() : Core::DailySchedule{};
}

// The page (0-based) each text appears on, -1 when it is missing, -2 when it appears twice.
int pageOf(const QStringList &pages, const QString &text)
{
    int found = -1;
    for (int p = 0; p < pages.size(); ++p) {
        const qsizetype count = pages[p].count(text);
        if (count == 0)
            continue;
        if (found >= 0 || count > 1)
            return -2;
        found = p;
    }
    return found;
}


} // namespace

class tst_ScheduleDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::fixEnvironment(); }
    void shouldPrintAQuietDayOnOnePage();
    void shouldBreakALongDayAcrossThreePagesCleanly();
    void shouldPrintTheBotoxFactsAndTheOverrideReason();
    void shouldUseThePaperAndOrientationAsked_data();
    void shouldUseThePaperAndOrientationAsked();
    void shouldSayWhenNothingIsBooked();
    void shouldRefuseAFileItCannotWrite();

private:
    QTemporaryDir m_out;
};

void tst_ScheduleDocument::shouldPrintAQuietDayOnOnePage()
{
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    Test::BusyDay day;
    QVERIFY(day.create(clinic, 2, 3));
    const QString file = m_out.filePath(QStringLiteral("quiet.pdf"));

    const auto pages = Documents::writePdf(
        Documents::ScheduleDocument::document(buildDay(clinic)), file, {});

    QVERIFY2(pages, qPrintable(pages.ok() ? QString() : pages.error().message));
    QCOMPARE(pages.value(), 1);
    const QStringList text = Test::pdfPages(file);
    QCOMPARE(text.size(), 1);
    const QString &page = text.first();
    QVERIFY(page.contains(QStringLiteral("Daily schedule")));
    QVERIFY(page.contains(QStringLiteral("Wednesday, November 25, 2026 \u00B7 Whole clinic")));
    QVERIFY(page.contains(QStringLiteral("6 visits \u00B7 2 Botox")));
    QVERIFY(page.contains(QStringLiteral("Page 1 of 1")));
    QVERIFY(page.contains(QStringLiteral("Printed Nov 25, 2026 at")));
    QVERIFY(page.contains(QStringLiteral("by frontdesk")));
    QVERIFY(page.contains(QStringLiteral("Blocked: Lunch")));
    // Each provider's visits in time order, the providers one after the other.
    qsizetype at = 0;
    for (int p = 0; p < day.providers.size(); ++p) {
        const qsizetype heading = page.indexOf(day.providers[p].displayName(), at);
        QVERIFY2(heading >= at, qPrintable(day.providers[p].displayName()));
        at = heading;
        for (const QString &name : day.namesByProvider[p]) {
            const qsizetype found = page.indexOf(name, at);
            QVERIFY2(found > at, qPrintable(name + QStringLiteral(" out of order")));
            at = found;
        }
    }
    QVERIFY(page.contains(QStringLiteral("8:00 AM")));
    QVERIFY(page.contains(QStringLiteral("(555)")) || page.contains(QStringLiteral("DOB ")));
}

void tst_ScheduleDocument::shouldBreakALongDayAcrossThreePagesCleanly()
{
    Test::TempClinic clinic;
    Test::BusyDay day;
    QVERIFY(day.create(clinic, 2, 21)); // 42 visits and two lunches: three Letter pages
    const QString file = m_out.filePath(QStringLiteral("long.pdf"));

    const auto pages = Documents::writePdf(
        Documents::ScheduleDocument::document(buildDay(clinic)), file, {});

    QVERIFY(pages);
    QCOMPARE(pages.value(), 3);
    const QStringList text = Test::pdfPages(file);
    QCOMPARE(text.size(), 3);
    for (int p = 0; p < 3; ++p) {
        QVERIFY2(text[p].contains(QStringLiteral("Page %1 of 3").arg(p + 1)), qPrintable(text[p]));
        QVERIFY(text[p].contains(QStringLiteral("Daily schedule")));
        QVERIFY(text[p].contains(QStringLiteral("Advanced")) || text[p].contains(
                    clinic.setup().clinicName().left(12)));
        // The column headings head every page's table.
        QVERIFY2(text[p].contains(QStringLiteral("Visit / room")), qPrintable(text[p]));
    }
    // A page that continues a provider's table says so.
    QVERIFY(text[1].contains(QStringLiteral("(continued)")) ||
            text[2].contains(QStringLiteral("(continued)")));

    // Every visit once, in time order across the pages, and its row whole: the patient's name
    // and the date of birth printed under it are on the same page.
    int lastPage = 0;
    for (int p = 0; p < day.providers.size(); ++p) {
        for (qsizetype v = 0; v < day.namesByProvider[p].size(); ++v) {
            const QString &name = day.namesByProvider[p][v];
            const int page = pageOf(text, name);
            QVERIFY2(page >= 0, qPrintable(name + (page == -1 ? QStringLiteral(" missing")
                                                               : QStringLiteral(" twice"))));
            QVERIFY2(page >= lastPage, qPrintable(name + QStringLiteral(" out of order")));
            lastPage = page;
            const QString row = text[page].mid(text[page].indexOf(name));
            QVERIFY2(row.contains(QStringLiteral("DOB ")), qPrintable(name));
        }
    }
    QCOMPARE(lastPage, 2);
}

void tst_ScheduleDocument::shouldPrintTheBotoxFactsAndTheOverrideReason()
{
    Test::TempClinic clinic;
    Test::BusyDay day;
    QVERIFY(day.create(clinic, 1, 2, false));
    Core::Patient early = Test::TempClinic::draft(QStringLiteral("Eve"), QStringLiteral("Early"));
    early.insurance.payer = QStringLiteral("Self-pay");
    early = clinic.patients().create(early).value();
    Core::Treatment t = clinic.context().treatments().draftFor(early.id);
    t.date = Test::fixedToday().addDays(-30);
    t.providerId = day.providers[0].id;
    QVERIFY(clinic.context().treatments().record(t));
    Core::Appointment a;
    a.patientId = early.id;
    a.providerId = day.providers[0].id;
    a.roomId = day.rooms[0].id;
    for (const Core::AppointmentType &type : clinic.setup().appointmentTypes().value())
        if (type.isBotox)
            a.typeId = type.id;
    a.slot = {Test::fixedToday(), 15 * 60, 15 * 60 + 15};
    a.overrideReason = QStringLiteral("Moving to Spain next week");
    QVERIFY(clinic.context().appointments().book(a));
    const QString file = m_out.filePath(QStringLiteral("botox.pdf"));

    QVERIFY(Documents::writePdf(Documents::ScheduleDocument::document(buildDay(clinic)), file,
                                {Documents::PaperOptions::Size::Letter, true}));

    const QString page = Test::pdfPages(file).value(0).simplified();
    QVERIFY2(page.contains(QStringLiteral("TOO EARLY")), qPrintable(page));
    QVERIFY(page.contains(QStringLiteral("Moving to Spain next week")));
    QVERIFY(page.contains(QStringLiteral("in the window")));
    QVERIFY(page.contains(QStringLiteral("Drug: on hand")));
    QVERIFY(page.contains(QStringLiteral("1 needs attention")));
}

void tst_ScheduleDocument::shouldUseThePaperAndOrientationAsked_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<QString>("points");
    QTest::newRow("letter") << int(Documents::PaperOptions::Size::Letter) << false
                            << QStringLiteral("612 x 792");
    QTest::newRow("letter landscape") << int(Documents::PaperOptions::Size::Letter) << true
                                      << QStringLiteral("792 x 612");
    QTest::newRow("a4") << int(Documents::PaperOptions::Size::A4) << false
                        << QStringLiteral("595 x 842");
    QTest::newRow("a4 landscape") << int(Documents::PaperOptions::Size::A4) << true
                                  << QStringLiteral("842 x 595");
}

void tst_ScheduleDocument::shouldUseThePaperAndOrientationAsked()
{
    QFETCH(int, size);
    QFETCH(bool, landscape);
    QFETCH(QString, points);
    Test::TempClinic clinic;
    Test::BusyDay day;
    QVERIFY(day.create(clinic, 1, 2));
    const QString file = m_out.filePath(QStringLiteral("paper.pdf"));

    QVERIFY(Documents::writePdf(Documents::ScheduleDocument::document(buildDay(clinic)), file,
                                {Documents::PaperOptions::Size(size), landscape}));

    QCOMPARE(Test::pdfPageSize(file).section(QStringLiteral(" pts"), 0, 0), points);
}

void tst_ScheduleDocument::shouldSayWhenNothingIsBooked()
{
    Test::TempClinic clinic;
    Test::BusyDay day;
    QVERIFY(day.create(clinic, 1, 0, false));
    const QString file = m_out.filePath(QStringLiteral("empty.pdf"));

    QVERIFY(Documents::writePdf(Documents::ScheduleDocument::document(buildDay(clinic)), file, {}));

    const QString page = Test::pdfPages(file).value(0);
    QVERIFY2(page.contains(QStringLiteral("No appointments.")), qPrintable(page));
    QVERIFY(page.contains(QStringLiteral("0 visits")));
    QVERIFY(page.contains(QStringLiteral("Page 1 of 1")));
}

void tst_ScheduleDocument::shouldRefuseAFileItCannotWrite()
{
    Test::TempClinic clinic;
    const QString file = m_out.filePath(QStringLiteral("no-such-folder/day.pdf"));

    const auto pages = Documents::writePdf(
        Documents::ScheduleDocument::document(buildDay(clinic)), file, {});

    QVERIFY(!pages);
    QVERIFY2(pages.error().message.contains(QStringLiteral("no-such-folder")),
             qPrintable(pages.error().message));
    QVERIFY(!QFile::exists(file));
}

QTEST_MAIN(tst_ScheduleDocument)
#include "tst_scheduledocument.moc"
