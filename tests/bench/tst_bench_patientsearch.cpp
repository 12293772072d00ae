// How fast the patient search answers each keystroke on a clinic of 50,000 patients (the demo
// clinic, seed 42): names letter by letter, two words, "last, first", phone prefixes, the last
// four digits, a date of birth and a record number. Reports figures; asserts no wall-clock limits.
#include "democlinic.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTest>
#include <algorithm>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;

namespace {

constexpr int kPatients = 50000;
constexpr int kRuns = 200;

struct Query {
    const char *tag;
    const char *text;
};

// What a receptionist types, keystroke by keystroke where it matters.
const Query kQueries[] = {
    {"name s", "s"},
    {"name sm", "sm"},
    {"name smi", "smi"},
    {"name smit", "smit"},
    {"name smith", "smith"},
    {"name smith-jones", "smith-jones"},
    {"two words ann lee", "ann lee"},
    {"last, first lee, a", "lee, a"},
    {"phone prefix 503", "503"},
    {"phone prefix 503405", "503405"},
    {"last four 8718", "8718"},
    {"full phone 5034058718", "5034058718"},
    {"date of birth 3/14/1975", "3/14/1975"},
    {"record number 125000", "125000"},
};

} // namespace

class tst_BenchPatientSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void search_data();
    void search();
    void percentiles();

private:
    std::unique_ptr<Test::TempClinic> m_clinic;
};

void tst_BenchPatientSearch::initTestCase()
{
    m_clinic = std::make_unique<Test::TempClinic>();
    QVERIFY2(m_clinic->isValid(), qPrintable(m_clinic->errorMessage()));

    QElapsedTimer timer;
    timer.start();
    const QList<Patient> patients = DemoClinic::patients({kPatients, 5, 42, Test::fixedToday()});
    const qint64 generated = timer.elapsed();
    const auto stored = m_clinic->patients().createMany(patients);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    QCOMPARE(stored.value(), kPatients);
    qInfo("%d patients: generated in %lld ms, validated and stored in %lld ms (%lld ms in all)",
          kPatients, generated, timer.elapsed() - generated, timer.elapsed());
}

void tst_BenchPatientSearch::cleanupTestCase()
{
    m_clinic.reset();
}

void tst_BenchPatientSearch::search_data()
{
    QTest::addColumn<QString>("text");
    for (const Query &q : kQueries)
        QTest::newRow(q.tag) << QString::fromLatin1(q.text);
}

void tst_BenchPatientSearch::search()
{
    QFETCH(QString, text);
    PatientService &service = m_clinic->patients();
    const auto first = service.search(text);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));

    int found = 0;
    QBENCHMARK
    {
        found = int(service.search(text)->size());
    }
    QCOMPARE(found, int(first->size()));
}

void tst_BenchPatientSearch::percentiles()
{
    PatientService &service = m_clinic->patients();
    QStringList table{QStringLiteral("| query | found | p50 µs | p95 µs |"),
                      QStringLiteral("|---|---:|---:|---:|")};
    QElapsedTimer timer;
    for (const Query &q : kQueries) {
        const QString text = QString::fromLatin1(q.text);
        QList<qint64> micros;
        micros.reserve(kRuns);
        qsizetype found = 0;
        for (int i = 0; i < kRuns; ++i) {
            timer.start();
            const auto result = service.search(text);
            micros << timer.nsecsElapsed() / 1000;
            QVERIFY(result);
            found = result->size();
        }
        std::sort(micros.begin(), micros.end());
        table << QStringLiteral("| `%1` | %2 | %3 | %4 |")
                     .arg(text)
                     .arg(found)
                     .arg(micros[kRuns * 50 / 100])
                     .arg(micros[kRuns * 95 / 100]);
    }
    qInfo("Patient search on %d patients, %d runs per query:\n%s", kPatients, kRuns,
          qPrintable(table.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_BenchPatientSearch)
#include "tst_bench_patientsearch.moc"
