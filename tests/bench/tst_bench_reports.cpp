// How long each report takes on two generated clinics: one the size of the demo clinic (2,000
// patients, about 55,000 appointments over three years) and a large one (50,000 patients, about
// 500,000 appointments and 200,000 Botox treatments over three years). Measures building each
// report (the SQL and the builders) over the last 12 months and over all three years, and the
// Reports screen loading it (report, table and chart). Reports figures; asserts no time limits.
#include "democlinic.h"
#include "reportsscreen.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <algorithm>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;

Q_DECLARE_METATYPE(ClinicDesk::Core::ReportKind)

namespace {

struct ClinicSize {
    int patients = 0;
    int providers = 0;
    int visitsPerProviderDay = 0; // 20-minute visits from 8:00, weekdays
};

const ClinicSize kDemoSize{2000, 5, 14};
const ClinicSize kLargeSize{50000, 24, 28};
constexpr int kYears = 3;

// QBENCHMARK runs a test function again until its figure settles; the figures of our own are
// printed on the first run only.
bool firstRun()
{
    static QSet<QString> seen;
    const QString key = QString::fromLatin1(QTest::currentTestFunction()) + u'/' +
                        QString::fromLatin1(QTest::currentDataTag());
    if (seen.contains(key))
        return false;
    seen.insert(key);
    return true;
}

QPair<double, double> percentiles(const std::function<void()> &call, int runs)
{
    QList<qint64> micros;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        call();
        micros << timer.nsecsElapsed() / 1000;
    }
    std::sort(micros.begin(), micros.end());
    return {micros[runs / 2] / 1000.0, micros[runs * 95 / 100] / 1000.0};
}

} // namespace

class tst_BenchReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildReport_data();
    void buildReport();
    void loadScreen_data();
    void loadScreen();

private:
    // Fills the clinic: patients; visits on every weekday of the past three years and the next
    // eight weeks (past ones completed, about 6% no-shows and 7% cancelled; future ones booked);
    // half the patients on Botox with a treatment every 12 to 15 weeks; an authorization for
    // one Botox patient in ten (for a year, starting any time in the past three years). Returns a
    // line saying what was built.
    static QString fill(Test::TempClinic &clinic, const ClinicSize &size);
    Test::TempClinic &clinicNamed(const QString &name);

    std::unique_ptr<Test::TempClinic> m_demo;
    std::unique_ptr<Test::TempClinic> m_large;
};

QString tst_BenchReports::fill(Test::TempClinic &clinic, const ClinicSize &size)
{
    QElapsedTimer timer;
    timer.start();
    const QDate today = Test::fixedToday();
    const QDate first = today.addYears(-kYears);
    (void)clinic.database().setCommitsWaitForDisk(false);
    QList<qint64> providers;
    for (int i = 1; i <= size.providers; ++i)
        providers << clinic.setup()
                         .addProvider({0,
                                       QStringLiteral("Provider %1").arg(i, 2, 10, QChar(u'0')),
                                       QStringLiteral("MD"),
                                       {},
                                       true})
                         .value()
                         .id;
    const auto created =
        clinic.patients().createMany(DemoClinic::patients({size.patients, kYears, 42, today}));
    if (!created)
        return QStringLiteral("patients could not be stored: ") + created.error().message;
    qint64 followUp = 0;
    for (const AppointmentType &type : clinic.setup().appointmentTypes().value())
        if (!type.isBotox && followUp == 0)
            followUp = type.id;

    QRandomGenerator random(5);
    QList<Appointment> visits;
    visits.reserve(size.providers * size.visitsPerProviderDay * 800);
    qint64 patient = 0;
    for (QDate day = first; day <= today.addDays(56); day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        for (int p = 0; p < size.providers; ++p) {
            for (int slot = 0; slot < size.visitsPerProviderDay; ++slot) {
                Appointment a;
                a.patientId = 1 + (patient++ % size.patients);
                a.providerId = providers[p];
                a.typeId = followUp; // no room: a phone follow-up holds none
                const int start = 8 * 60 + slot * 20;
                a.slot = {day, start, start + 20};
                const quint32 roll = random.bounded(100);
                if (day >= today)
                    a.status = AppointmentStatus::Booked;
                else if (roll < 6)
                    a.status = AppointmentStatus::NoShow;
                else if (roll < 13)
                    a.status = AppointmentStatus::Cancelled;
                else
                    a.status = AppointmentStatus::Completed;
                if (!holdsTime(a.status))
                    a.statusReason = QStringLiteral("Patient ill");
                a.bookedBy = a.updatedBy = QStringLiteral("bench");
                a.bookedAt = QDateTime(day.addDays(-21), QTime(10, 0));
                // One cancellation in five comes the day before: a late cancel.
                a.updatedAt = a.status == AppointmentStatus::Cancelled && roll % 5 == 0
                                  ? QDateTime(day.addDays(-1), QTime(15, 0))
                                  : a.bookedAt;
                visits << a;
            }
        }
    }
    const auto booked = clinic.context().appointments().bookMany(visits);
    if (!booked)
        return QStringLiteral("visits could not be stored: ") + booked.error().message;

    QList<Treatment> treatments;
    const Treatment draft = clinic.context().treatments().draftFor(0);
    for (qint64 p = 2; p <= size.patients; p += 2) {
        QDate day = today.addDays(-int(random.bounded(700)));
        while (day >= first) {
            Treatment t = draft;
            t.patientId = p;
            t.providerId = providers[int(p % providers.size())];
            t.date = day;
            t.unitsGiven = random.bounded(4) == 0 ? 195 : 155;
            t.unitsDiscarded = 200 - t.unitsGiven;
            treatments << t;
            day = day.addDays(-84 - int(random.bounded(21)));
        }
    }
    const auto recorded = clinic.context().treatments().recordMany(treatments);
    if (!recorded)
        return QStringLiteral("treatments could not be stored: ") + recorded.error().message;

    int authorizations = 0;
    AuthorizationService &service = clinic.context().authorizations();
    for (qint64 p = 2; p <= size.patients; p += 20) {
        Authorization a = service.draftFor(p);
        a.payer = QStringLiteral("Aetna");
        a.number = QStringLiteral("A%1").arg(p);
        a.validFrom = today.addDays(-int(random.bounded(1100)));
        a.validTo = a.validFrom.addMonths(12).addDays(-1);
        a.approvedVisits = 2;
        if (!service.addEntered(a, clinic.context().clock().now()))
            return QStringLiteral("authorizations could not be stored");
        ++authorizations;
    }
    (void)clinic.database().setCommitsWaitForDisk(true);
    return QStringLiteral("%1 patients, %2 providers, %3 appointments, %4 treatments, "
                          "%5 authorizations, built in %6 s")
        .arg(size.patients)
        .arg(size.providers)
        .arg(booked.value())
        .arg(recorded.value())
        .arg(authorizations)
        .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
}

void tst_BenchReports::initTestCase()
{
    Test::fixEnvironment();
    m_demo = std::make_unique<Test::TempClinic>();
    QVERIFY2(m_demo->isValid(), qPrintable(m_demo->errorMessage()));
    const QString demo = fill(*m_demo, kDemoSize);
    qInfo("demo-size clinic: %s", qPrintable(demo));
    QVERIFY2(demo.contains(QStringLiteral("built in")), qPrintable(demo));
    m_large = std::make_unique<Test::TempClinic>();
    QVERIFY2(m_large->isValid(), qPrintable(m_large->errorMessage()));
    const QString large = fill(*m_large, kLargeSize);
    qInfo("large clinic: %s", qPrintable(large));
    QVERIFY2(large.contains(QStringLiteral("built in")), qPrintable(large));
}

Test::TempClinic &tst_BenchReports::clinicNamed(const QString &name)
{
    return name == u"large" ? *m_large : *m_demo;
}

void tst_BenchReports::buildReport_data()
{
    QTest::addColumn<QString>("clinic");
    QTest::addColumn<ReportKind>("kind");
    QTest::addColumn<int>("months");
    for (const char *clinic : {"demo", "large"})
        for (ReportKind kind : allReports())
            for (int months : {12, 36})
                QTest::addRow("%s, %s, %d months", clinic, qPrintable(reportCode(kind)), months)
                    << QString::fromLatin1(clinic) << kind << months;
}

void tst_BenchReports::buildReport()
{
    QFETCH(QString, clinic);
    QFETCH(ReportKind, kind);
    QFETCH(int, months);
    ReportService &reports = clinicNamed(clinic).context().reports();
    const QDate today = Test::fixedToday();
    const QDate to(today.year(), today.month(), today.daysInMonth());
    const QDate from = QDate(today.year(), today.month(), 1).addMonths(1 - months);
    int rows = 0;
    if (firstRun()) {
        const auto [p50, p95] =
            percentiles([&] { rows = reports.build(kind, from, to)->rowCount(); }, 10);
        QVERIFY(rows > 0);
        qInfo("%s: %d rows, p50 %.1f ms, p95 %.1f ms", QTest::currentDataTag(), rows, p50, p95);
    }
    QBENCHMARK
    {
        rows = reports.build(kind, from, to)->rowCount();
    }
}

void tst_BenchReports::loadScreen_data()
{
    QTest::addColumn<QString>("clinic");
    QTest::addColumn<ReportKind>("kind");
    for (const char *clinic : {"demo", "large"})
        for (ReportKind kind : allReports())
            QTest::addRow("%s, %s, last 12 months", clinic, qPrintable(reportCode(kind)))
                << QString::fromLatin1(clinic) << kind;
}

void tst_BenchReports::loadScreen()
{
    QFETCH(QString, clinic);
    QFETCH(ReportKind, kind);
    Ui::ReportsScreen screen(clinicNamed(clinic).context().reports());
    screen.resize(1366, 768);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    screen.showReport(kind);
    QVERIFY(screen.table().rowCount() > 0);
    if (firstRun()) {
        const auto [p50, p95] = percentiles(
            [&] {
                screen.refresh();
                screen.repaint();
            },
            10);
        qInfo("screen %s: %d rows shown, load %.1f ms; with painting p50 %.1f ms, p95 %.1f ms",
              QTest::currentDataTag(), screen.table().rowCount(), screen.lastLoadMs(), p50, p95);
    }
    QBENCHMARK
    {
        screen.refresh();
    }
}

QTEST_MAIN(tst_BenchReports)
#include "tst_bench_reports.moc"
