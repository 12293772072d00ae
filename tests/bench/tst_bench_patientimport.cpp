// How long a patient import of 50,000 rows takes from the CSV bytes to the committed
// transaction: reading, mapping and checking every row (rules and duplicates), then writing.
// Into an empty clinic and into one that already holds 50,000 patients (the duplicate check reads
// them all). Goal: under 5 s. Reports figures; asserts no wall-clock limits.
#include "democlinic.h"
#include "patientcsv.h"
#include "patientimport.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;

namespace {
constexpr int kRows = 50000;
} // namespace

class tst_BenchPatientImport : public QObject
{
    Q_OBJECT

private slots:
    void import_data();
    void import();
};

void tst_BenchPatientImport::import_data()
{
    QTest::addColumn<int>("onFile");
    QTest::newRow("50,000 rows into an empty clinic") << 0;
    QTest::newRow("50,000 rows into a clinic of 50,000") << 50000;
}

void tst_BenchPatientImport::import()
{
    QFETCH(int, onFile);
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    if (onFile > 0)
        QVERIFY(clinic.patients().createMany(
            DemoClinic::patients({onFile, 1, 42, Test::fixedToday()})));
    const QByteArray csv = Test::generatedPatientCsv(kRows);

    qint64 readMs = 0, checkMs = 0, writeMs = 0;
    int imported = 0;
    QBENCHMARK_ONCE
    {
        QElapsedTimer timer;
        timer.start();
        auto import = PatientImport::fromCsv(csv);
        QVERIFY(import.ok());
        readMs = timer.restart();
        QVERIFY(import.value().analyse(clinic.patients()).ok());
        checkMs = timer.restart();
        const auto ran = import.value().run(clinic.patients(), {});
        QVERIFY2(ran.ok(), ran.ok() ? "" : qPrintable(ran.error().message));
        imported = ran->imported;
        writeMs = timer.elapsed();
    }
    QCOMPARE(imported, kRows);
    QCOMPARE(clinic.patients().count().value(), kRows + onFile);
    qInfo("%d rows (%lld KB) with %d on file: read %lld ms, checked %lld ms, written %lld ms; "
          "%lld ms in all",
          kRows, qint64(csv.size() / 1024), onFile, readMs, checkMs, writeMs,
          readMs + checkMs + writeMs);
}

QTEST_GUILESS_MAIN(tst_BenchPatientImport)
#include "tst_bench_patientimport.moc"
