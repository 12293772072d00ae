#include "democlinic.h"
#include "patientvalidator.h"
#include "testsupport.h"

#include <QSet>
#include <QTest>

using namespace ClinicDesk::Core;
using ClinicDesk::Test::fixedToday;

namespace {

DemoClinic::Options options(int patients, quint32 seed)
{
    DemoClinic::Options o;
    o.patients = patients;
    o.years = 3;
    o.seed = seed;
    o.today = fixedToday();
    return o;
}

} // namespace

// The demo clinic: reproducible from its seed, and made only of records the clinic's rules
// accept, so demos, screenshots and benchmarks show real behaviour.
class tst_DemoClinic : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void shouldGiveSamePatientsForSameSeed();
    void shouldGiveDifferentPatientsForDifferentSeed();
    void shouldHonourCount_data();
    void shouldHonourCount();
    void shouldGeneratePatientsTheValidatorAccepts();
    void shouldUsePortlandPhoneNumbers();
    void shouldKeepDatesPlausible();
    void shouldIncludeAwkwardNames();
    void shouldNameProvidersAndRoomsUniquely();

private:
    QList<Patient> m_patients; // 2,000 patients, seed 7
};

void tst_DemoClinic::initTestCase()
{
    ClinicDesk::Test::fixEnvironment();
    m_patients = DemoClinic::patients(options(2000, 7));
    QCOMPARE(m_patients.size(), 2000);
}

void tst_DemoClinic::shouldGiveSamePatientsForSameSeed()
{
    const auto again = DemoClinic::patients(options(2000, 7));

    QCOMPARE(again, m_patients);
}

void tst_DemoClinic::shouldGiveDifferentPatientsForDifferentSeed()
{
    const auto other = DemoClinic::patients(options(2000, 8));

    QCOMPARE(other.size(), m_patients.size());
    int same = 0;
    for (qsizetype i = 0; i < other.size(); ++i)
        if (other[i].fullName() == m_patients[i].fullName()
            && other[i].dateOfBirth == m_patients[i].dateOfBirth)
            ++same;
    QVERIFY2(same < 20, qPrintable(QStringLiteral("%1 of 2000 patients alike").arg(same)));
}

void tst_DemoClinic::shouldHonourCount_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("a small clinic") << 250;
}

void tst_DemoClinic::shouldHonourCount()
{
    QFETCH(int, count);

    QCOMPARE(DemoClinic::patients(options(count, 1)).size(), qsizetype(count));
}

void tst_DemoClinic::shouldGeneratePatientsTheValidatorAccepts()
{
    for (const Patient &p : std::as_const(m_patients)) {
        const auto outcome = PatientValidator::normalize(p, fixedToday());
        if (!outcome.ok())
            QFAIL(qPrintable(p.fullName() + QStringLiteral(": ")
                             + outcome.errors.constFirst().message));
        // Already tidy: what is generated is what would be stored.
        QCOMPARE(outcome.patient, p);
    }
}

void tst_DemoClinic::shouldUsePortlandPhoneNumbers()
{
    int homes = 0, emergencies = 0;
    for (const Patient &p : std::as_const(m_patients)) {
        QVERIFY2(!p.mobilePhone.isEmpty(), qPrintable(p.fullName()));
        for (const QString &phone : {p.mobilePhone, p.homePhone, p.emergencyContact.phone}) {
            if (phone.isEmpty())
                continue;
            QCOMPARE(phone.size(), 10);
            QVERIFY2(phone.startsWith(u"503") || phone.startsWith(u"971"), qPrintable(phone));
        }
        homes += !p.homePhone.isEmpty();
        emergencies += !p.emergencyContact.phone.isEmpty();
    }
    // Optional numbers are there for some patients, not all.
    QVERIFY(homes > 0 && homes < m_patients.size());
    QVERIFY(emergencies > 0 && emergencies < m_patients.size());
}

void tst_DemoClinic::shouldKeepDatesPlausible()
{
    const QDate today = fixedToday();
    for (const Patient &p : std::as_const(m_patients)) {
        QVERIFY2(p.ageOn(today) >= 18 && p.ageOn(today) <= 85, qPrintable(p.fullName()));
        QVERIFY(p.createdAt.date() <= today);
        QVERIFY(p.createdAt.date() >= today.addYears(-3));
        QCOMPARE(p.updatedAt, p.createdAt);
    }
}

void tst_DemoClinic::shouldIncludeAwkwardNames()
{
    QSet<QString> lastNames;
    for (const Patient &p : std::as_const(m_patients))
        lastNames.insert(p.lastName);

    for (const QString &awkward : {QStringLiteral("O'Brien"), QString::fromUtf16(u"Núñez"),
                                   QStringLiteral("Smith-Jones"), QStringLiteral("De la Cruz")})
        QVERIFY2(lastNames.contains(awkward), qPrintable(awkward));
}

void tst_DemoClinic::shouldNameProvidersAndRoomsUniquely()
{
    QSet<QString> providers, rooms;
    for (const Provider &p : DemoClinic::providers())
        providers.insert(p.name);
    for (const Room &r : DemoClinic::rooms())
        rooms.insert(r.name);

    QCOMPARE(providers.size(), DemoClinic::providers().size());
    QCOMPARE(rooms.size(), DemoClinic::rooms().size());
    QVERIFY(!providers.isEmpty());
    QVERIFY(!rooms.isEmpty());
}

QTEST_GUILESS_MAIN(tst_DemoClinic)
#include "tst_democlinic.moc"
