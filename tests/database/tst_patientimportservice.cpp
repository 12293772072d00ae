// Importing patients into a real clinic database: all of them in one transaction or none,
// skipping invalid rows only when asked, duplicates of patients on file left out, the audit
// trail written, and 100,000 rows in one go.

#include "database.h"
#include "patientcsv.h"
#include "patientimport.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;
using Test::TempClinic;

namespace {

int auditCount(TempClinic &clinic)
{
    QSqlQuery q(clinic.database().connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next() ? q.value(0).toInt()
                                                                                : -1;
}

PatientImport checked(TempClinic &clinic, const QByteArray &csv)
{
    auto import = PatientImport::fromCsv(csv);
    if (!import)
        qFatal("test CSV unreadable: %s", qPrintable(import.error().message));
    PatientImport result = std::move(import).value();
    if (Status s = result.analyse(clinic.patients()); !s)
        qFatal("analyse failed: %s", qPrintable(s.error().message));
    return result;
}

const QByteArray kOneBadRow("First Name,Last Name,DOB,Phone\r\n"
                            "Ann,Lee,03/14/1975,(503) 405-8718\r\n"
                            "Bob,Jones,13/45/1975,\r\n"
                            "Cara,Smith,1980-02-29,\r\n");

} // namespace

class tst_PatientImportService : public QObject
{
    Q_OBJECT

private slots:
    void shouldWriteNothingWhileARowIsInvalid();
    void shouldImportTheValidRowsWhenSkipping();
    void shouldSkipPatientsAlreadyOnFile();
    void shouldImportDuplicatesWhenAsked();
    void shouldRollBackEverythingWhenCancelled();
    void shouldReadTheIdentitiesOfEveryPatientOnFile();
    void shouldImportAHundredThousandRows();
};

void tst_PatientImportService::shouldWriteNothingWhileARowIsInvalid()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const int auditBefore = auditCount(clinic);
    const PatientImport import = checked(clinic, kOneBadRow);

    const auto ran = import.run(clinic.patients(), {});

    QVERIFY(!ran.ok());
    QCOMPARE(ran.error().kind, Error::Kind::Invalid);
    QVERIFY2(ran.error().message.startsWith(QStringLiteral("Nothing was imported: 1 row is "
                                                           "invalid.")),
             qPrintable(ran.error().message));
    QCOMPARE(clinic.patients().count().value(), 0);
    QCOMPARE(auditCount(clinic), auditBefore);
}

void tst_PatientImportService::shouldImportTheValidRowsWhenSkipping()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const int auditBefore = auditCount(clinic);
    const PatientImport import = checked(clinic, kOneBadRow);

    const auto ran = import.run(clinic.patients(), {.skipInvalid = true});

    QVERIFY2(ran.ok(), ran.ok() ? "" : qPrintable(ran.error().message));
    QCOMPARE(ran->imported, 2);
    QCOMPARE(ran->rejected, 1);
    QCOMPARE(clinic.patients().count().value(), 2);
    const auto ann = clinic.patients().search(QStringLiteral("lee, ann"));
    QCOMPARE(ann->size(), 1);
    QCOMPARE(ann->first().mobilePhone, QStringLiteral("5034058718"));
    QCOMPARE(ann->first().dateOfBirth, QDate(1975, 3, 14));
    QVERIFY(!ann->first().mrn.isEmpty());
    QCOMPARE(auditCount(clinic), auditBefore + 1); // one entry for the import
}

void tst_PatientImportService::shouldSkipPatientsAlreadyOnFile()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    QVERIFY(ann.id > 0);
    const PatientImport import = checked(clinic, "First,Last,DOB\r\n"
                                                 "ann,LEE,03/14/1975\r\n"
                                                 "Bob,Jones,1/1/1970\r\n");

    QCOMPARE(import.rows().first().duplicateOf, QStringLiteral("MRN %1 (Lee, Ann)").arg(ann.mrn));
    const auto ran = import.run(clinic.patients(), {});

    QVERIFY(ran.ok());
    QCOMPARE(ran->imported, 1);
    QCOMPARE(ran->duplicatesSkipped, 1);
    QCOMPARE(clinic.patients().count().value(), 2);
}

void tst_PatientImportService::shouldImportDuplicatesWhenAsked()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    QVERIFY(clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee")).id > 0);
    const PatientImport import = checked(clinic, "First,Last,DOB\r\nAnn,Lee,03/14/1975\r\n");

    const auto ran = import.run(clinic.patients(), {.importDuplicates = true});

    QVERIFY(ran.ok());
    QCOMPARE(ran->imported, 1);
    QCOMPARE(ran->duplicatesImported, 1);
    QCOMPARE(clinic.patients().count().value(), 2);
}

void tst_PatientImportService::shouldRollBackEverythingWhenCancelled()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const PatientImport import = checked(clinic, Test::generatedPatientCsv(1200));

    const auto ran = import.run(clinic.patients(), {}, [](int done) { return done < 1000; });

    QVERIFY(!ran.ok());
    QCOMPARE(ran.error().kind, Error::Kind::Refused);
    QCOMPARE(clinic.patients().count().value(), 0);
}

void tst_PatientImportService::shouldReadTheIdentitiesOfEveryPatientOnFile()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Patient ann = clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    const Patient bob =
        clinic.add(QStringLiteral("Bob"), QStringLiteral("Jones"), QDate(1970, 1, 2));

    const auto found = clinic.patients().identities();

    QVERIFY(found.ok());
    QCOMPARE(found->size(), 2);
    QCOMPARE(found->at(1).id, bob.id);
    QCOMPARE(found->at(1).mrn, bob.mrn);
    QCOMPARE(found->at(1).lastName, QStringLiteral("Jones"));
    QCOMPARE(found->at(1).dateOfBirth, QDate(1970, 1, 2));
    QCOMPARE(found->at(0).firstName, ann.firstName);
}

void tst_PatientImportService::shouldImportAHundredThousandRows()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    // given 100,000 rows, one of them broken near the end and one a duplicate of an earlier row
    QByteArray csv = Test::generatedPatientCsv(100'000);
    csv += "Zed,Broken,02/30/1980,,,,,,,\r\n";
    csv += csv.mid(csv.indexOf("\r\n") + 2,
                   csv.indexOf("\r\n", csv.indexOf("\r\n") + 2) - csv.indexOf("\r\n"));
    QElapsedTimer timer;
    timer.start();

    // when
    const PatientImport import = checked(clinic, csv);
    const qint64 checkedMs = timer.elapsed();
    const auto refused = import.run(clinic.patients(), {});
    const auto ran = import.run(clinic.patients(), {.skipInvalid = true});

    // then
    QVERIFY(!refused.ok());
    QVERIFY2(ran.ok(), ran.ok() ? "" : qPrintable(ran.error().message));
    QCOMPARE(import.counts().rows, 100'002);
    QCOMPARE(import.counts().invalid, 1);
    QCOMPARE(import.counts().duplicates, 1);
    QCOMPARE(import.rows().at(100'000).line, 100'002);
    QCOMPARE(ran->imported, 100'000);
    QCOMPARE(clinic.patients().count().value(), 100'000);
    qInfo("100,000 rows: read and checked in %lld ms, all in %lld ms", checkedMs, timer.elapsed());
}

QTEST_GUILESS_MAIN(tst_PatientImportService)
#include "tst_patientimportservice.moc"
