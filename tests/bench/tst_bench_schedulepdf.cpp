// The whole clinic's printed day on a busy day: 300 visits (10 providers, 30 each, a quarter of
// them Botox with their window, authorization and drug looked up). Goal: under 300 ms from the
// database to the finished PDF. Reports figures; asserts no wall-clock limits.
#include "busyday.h"
#include "scheduledocument.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ClinicDesk;

class tst_BenchSchedulePdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildTheDay();
    void layOutAndWriteThePdf();
    void wholeClinicPdfFromTheDatabase();

private:
    Core::DailySchedule build()
    {
        auto &context = m_clinic.context();
        const Core::DailyScheduleBuilder builder(context.appointments(), context.setup(),
                                                 context.retreatment(), context.authorizations());
        Core::DailyScheduleRequest request;
        request.date = Test::fixedToday();
        return builder.build(request, QStringLiteral("manager")).value();
    }

    Test::TempClinic m_clinic;
    Test::BusyDay m_day;
    QTemporaryDir m_out;
};

void tst_BenchSchedulePdf::initTestCase()
{
    Test::fixEnvironment();
    QVERIFY2(m_clinic.isValid(), qPrintable(m_clinic.errorMessage()));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_day.create(m_clinic, 10, 30));
    QCOMPARE(m_day.visits, 300);
    qInfo("Busy day: %d visits for %lld providers, set up in %lld ms", m_day.visits,
          qlonglong(m_day.providers.size()), qlonglong(timer.elapsed()));
}

void tst_BenchSchedulePdf::buildTheDay()
{
    int visits = 0;
    QBENCHMARK {
        visits = build().visitCount();
    }
    QCOMPARE(visits, 300);
}

void tst_BenchSchedulePdf::layOutAndWriteThePdf()
{
    const Documents::PrintedDocument document = Documents::ScheduleDocument::document(build());
    const QString file = m_out.filePath(QStringLiteral("day.pdf"));
    int pages = 0;
    QBENCHMARK {
        pages = Documents::writePdf(document, file, {}).value();
    }
    qInfo("%d Letter pages, %lld KiB", pages, qlonglong(QFileInfo(file).size() / 1024));
    QVERIFY(pages > 10);
}

void tst_BenchSchedulePdf::wholeClinicPdfFromTheDatabase()
{
    const QString file = m_out.filePath(QStringLiteral("whole.pdf"));
    QList<qint64> runs;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto pages =
            Documents::writePdf(Documents::ScheduleDocument::document(build()), file, {});
        runs << timer.elapsed();
        QVERIFY(pages);
    }
    std::sort(runs.begin(), runs.end());
    qInfo("Whole-clinic schedule PDF, 300 visits, database to file: p50 %lld ms, max %lld ms "
          "(goal < 300 ms)",
          qlonglong(runs[runs.size() / 2]), qlonglong(runs.last()));
    QVERIFY(QFileInfo(file).size() > 0);
}

QTEST_MAIN(tst_BenchSchedulePdf)
#include "tst_bench_schedulepdf.moc"
