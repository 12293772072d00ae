// Patients from another system's CSV file: columns mapped by the names other systems use, dates
// as US clinics write them, every row checked with the patient form's rules, duplicates flagged,
// and the plan (what goes in, what is left out and why) before anything is written.

#include "patientimport.h"

#include <QTest>

using namespace ClinicDesk::Core;

Q_DECLARE_METATYPE(ClinicDesk::Core::ImportField)

namespace {

const QDate kToday(2026, 11, 25);

PatientImport importOf(const QByteArray &csv)
{
    auto import = PatientImport::fromCsv(csv);
    if (!import)
        qFatal("test CSV unreadable: %s", qPrintable(import.error().message));
    return std::move(import).value();
}

PatientIdentity onFile(const QString &mrn, const QString &first, const QString &last, QDate dob)
{
    return {mrn.toLongLong(), mrn, first, last, dob};
}

} // namespace

class tst_PatientImport : public QObject
{
    Q_OBJECT

private slots:
    void shouldGuessTheFieldFromUsualHeaderNames_data();
    void shouldGuessTheFieldFromUsualHeaderNames();
    void shouldGiveASecondPhoneColumnToTheHomePhone();
    void shouldReadDatesAsUsClinicsWriteThem_data();
    void shouldReadDatesAsUsClinicsWriteThem();
    void shouldRefuseAMappingWithoutRequiredFields();
    void shouldRefuseAFieldMappedTwice();
    void shouldCheckEveryRowWithThePatientFormRules();
    void shouldReportRaggedRows();
    void shouldPassOverRowsOfEmptyValues();
    void shouldFlagDuplicatesOnFileAndWithinTheFile();
    void shouldNotTreatASharedPhoneAsADuplicate();
    void shouldPlanNothingWhileInvalidRowsRemainUnlessSkipped();
    void shouldImportDuplicatesOnlyWhenAsked();
    void shouldKeepThePreviousRecordNumberInTheNotes();
    void shouldFollowAChangedMapping();
    void shouldWriteRejectedRowsWithLineAndReason();
    void shouldSummariseInPlainWords();
};

void tst_PatientImport::shouldGuessTheFieldFromUsualHeaderNames_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<ImportField>("field");

    QTest::newRow("First Name") << "First Name" << ImportField::FirstName;
    QTest::newRow("first_name") << "first_name" << ImportField::FirstName;
    QTest::newRow("FIRSTNAME") << "FIRSTNAME" << ImportField::FirstName;
    QTest::newRow("Given name") << "Given name" << ImportField::FirstName;
    QTest::newRow("Surname") << "Surname" << ImportField::LastName;
    QTest::newRow("Family_Name") << "Family_Name" << ImportField::LastName;
    QTest::newRow("last") << " last " << ImportField::LastName;
    QTest::newRow("DOB") << "DOB" << ImportField::DateOfBirth;
    QTest::newRow("D.O.B.") << "D.O.B." << ImportField::DateOfBirth;
    QTest::newRow("Date of Birth") << "Date of Birth" << ImportField::DateOfBirth;
    QTest::newRow("birth_date") << "birth_date" << ImportField::DateOfBirth;
    QTest::newRow("Gender") << "Gender" << ImportField::Sex;
    QTest::newRow("Phone") << "Phone" << ImportField::MobilePhone;
    QTest::newRow("Cell Phone") << "Cell Phone" << ImportField::MobilePhone;
    QTest::newRow("Home phone") << "Home phone" << ImportField::HomePhone;
    QTest::newRow("E-mail") << "E-mail" << ImportField::Email;
    QTest::newRow("Email Address") << "Email Address" << ImportField::Email;
    QTest::newRow("Street Address") << "Street Address" << ImportField::AddressLine1;
    QTest::newRow("Zip Code") << "Zip Code" << ImportField::PostalCode;
    QTest::newRow("State") << "State" << ImportField::State;
    QTest::newRow("Insurance") << "Insurance" << ImportField::Payer;
    QTest::newRow("Member ID") << "Member ID" << ImportField::MemberId;
    QTest::newRow("MRN") << "MRN" << ImportField::PreviousRecordNumber;
    QTest::newRow("Chart Number") << "Chart Number" << ImportField::PreviousRecordNumber;
    QTest::newRow("Notes") << "Notes" << ImportField::Notes;
    QTest::newRow("unknown") << "Favourite colour" << ImportField::Ignore;
    QTest::newRow("empty") << "" << ImportField::Ignore;
}

void tst_PatientImport::shouldGuessTheFieldFromUsualHeaderNames()
{
    QFETCH(QString, header);
    QFETCH(ImportField, field);
    QCOMPARE(PatientImportFields::guess(header), field);
}

void tst_PatientImport::shouldGiveASecondPhoneColumnToTheHomePhone()
{
    using F = ImportField;
    QCOMPARE(
        PatientImportFields::guessMapping({"First", "Last", "DOB", "Mobile", "Phone"}),
        (ColumnMapping{F::FirstName, F::LastName, F::DateOfBirth, F::MobilePhone, F::HomePhone}));
    // a plain "Phone" before a named cell phone: the cell is the mobile
    QCOMPARE(PatientImportFields::guessMapping({"Phone", "Cell"}),
             (ColumnMapping{F::HomePhone, F::MobilePhone}));
    // a third phone has nowhere to go
    QCOMPARE(PatientImportFields::guessMapping({"Mobile", "Home Phone", "Telephone"}),
             (ColumnMapping{F::MobilePhone, F::HomePhone, F::Ignore}));
}

void tst_PatientImport::shouldReadDatesAsUsClinicsWriteThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("error");

    QTest::newRow("MM/dd/yyyy") << "03/14/1975" << QDate(1975, 3, 14) << "";
    QTest::newRow("M/d/yyyy") << "3/4/1975" << QDate(1975, 3, 4) << "";
    QTest::newRow("ISO") << "1975-03-14" << QDate(1975, 3, 14) << "";
    QTest::newRow("ISO with time") << "1975-03-14T00:00:00" << QDate(1975, 3, 14) << "";
    QTest::newRow("spaces around") << "  3/14/1975 " << QDate(1975, 3, 14) << "";
    QTest::newRow("leap day") << "02/29/1980" << QDate(1980, 2, 29) << "";
    QTest::newRow("no leap day") << "02/29/1981" << QDate()
                                 << "'02/29/1981' is not a date (use MM/DD/YYYY or YYYY-MM-DD)";
    QTest::newRow("day-month swapped") << "13/45/1975" << QDate()
                                       << "'13/45/1975' is not a date (use MM/DD/YYYY or "
                                          "YYYY-MM-DD)";
    QTest::newRow("two-digit year") << "03/14/75" << QDate()
                                    << "'03/14/75' has a two-digit year; write the year in full "
                                       "(MM/DD/YYYY)";
    QTest::newRow("words") << "March 14, 1975" << QDate()
                           << "'March 14, 1975' is not a date (use MM/DD/YYYY or YYYY-MM-DD)";
    QTest::newRow("ISO month 13") << "1975-13-01" << QDate()
                                  << "'1975-13-01' is not a date (use MM/DD/YYYY or YYYY-MM-DD)";
    QTest::newRow("dots") << "14.03.1975" << QDate()
                          << "'14.03.1975' is not a date (use MM/DD/YYYY or YYYY-MM-DD)";
    QTest::newRow("empty") << "" << QDate() << "date of birth is missing";
}

void tst_PatientImport::shouldReadDatesAsUsClinicsWriteThem()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(QString, error);

    QString message;
    QCOMPARE(PatientImportFields::parseDate(text, &message), date);
    QCOMPARE(message, error);
}

void tst_PatientImport::shouldRefuseAMappingWithoutRequiredFields()
{
    PatientImport import = importOf("Name,Born,Phone\nAnn Lee,03/14/1975,5034058718\n");

    const Status analysed = import.analyse(kToday, {});

    QVERIFY(!analysed.ok());
    QVERIFY2(analysed.error().message.contains(QStringLiteral("\u201CFirst name\u201D")),
             qPrintable(analysed.error().message));
    QVERIFY(import.rows().isEmpty());
    QVERIFY(!import.isAnalysed());
}

void tst_PatientImport::shouldRefuseAFieldMappedTwice()
{
    PatientImport import = importOf("First,Last,DOB,Nick\nAnn,Lee,03/14/1975,Annie\n");
    import.setField(3, ImportField::FirstName);

    const Status checked = import.checkMapping();

    QVERIFY(!checked.ok());
    QVERIFY2(
        checked.error().message.contains(QStringLiteral("\u201CFirst\u201D and \u201CNick\u201D")),
        qPrintable(checked.error().message));
    import.setField(3, ImportField::PreferredName);
    QVERIFY(import.checkMapping().ok());
}

void tst_PatientImport::shouldCheckEveryRowWithThePatientFormRules()
{
    // given rows breaking the form's rules, each on its own line
    PatientImport import = importOf("First,Last,DOB,Phone,Email,Zip,Sex\r\n"
                                    "Ann,Lee,03/14/1975,(503) 405-8718,Ann@Example.COM,97205,F\r\n"
                                    ",Jones,1980-01-01,,,,\r\n"
                                    "Cara,Smith,13/45/1975,,,,\r\n"
                                    "Dan,Brown,01/01/2030,123,not-mail,9720,Q\r\n"
                                    "Eve,O'Neil,3/4/1975,,,,\r\n");
    // when
    QVERIFY(import.analyse(kToday, {}).ok());
    // then
    const QList<PatientImport::Row> &rows = import.rows();
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows[0].state, PatientImport::RowState::Ready);
    QCOMPARE(rows[0].patient.mobilePhone, QStringLiteral("5034058718"));
    QCOMPARE(rows[0].patient.email, QStringLiteral("Ann@example.com"));
    QCOMPARE(rows[0].patient.sex, Sex::Female);

    QCOMPARE(rows[1].state, PatientImport::RowState::Invalid);
    QCOMPARE(rows[1].messages(),
             QStringList{QStringLiteral("line 3: first name: First name is required.")});

    QCOMPARE(rows[2].messages(),
             QStringList{QStringLiteral("line 4: date of birth: '13/45/1975' is not a date (use "
                                        "MM/DD/YYYY or YYYY-MM-DD)")});

    QStringList fields;
    for (const RowProblem &p : rows[3].problems)
        fields << p.field;
    fields.sort();
    QCOMPARE(fields, (QStringList{"ZIP code", "date of birth", "email", "mobile phone", "sex"}));
    QVERIFY2(rows[3].reason().contains(QStringLiteral("in the future")),
             qPrintable(rows[3].reason()));

    QCOMPARE(rows[4].state, PatientImport::RowState::Ready);
    QCOMPARE(rows[4].line, 6);

    const PatientImport::Counts counts = import.counts();
    QCOMPARE(counts.rows, 5);
    QCOMPARE(counts.ready, 2);
    QCOMPARE(counts.invalid, 3);
    QCOMPARE(counts.duplicates, 0);
}

void tst_PatientImport::shouldReportRaggedRows()
{
    PatientImport import = importOf("First,Last,DOB\nAnn,Lee\nBob,Jones,1/1/1970,extra\n"
                                    "Cara,Smith,1/1/1970\n");

    QVERIFY(import.analyse(kToday, {}).ok());

    QCOMPARE(import.rows()[0].messages(),
             QStringList{QStringLiteral("line 2: row: has 2 values but the header has 3 columns "
                                        "(a missing or extra comma?)")});
    QCOMPARE(import.rows()[1].state, PatientImport::RowState::Invalid);
    QCOMPARE(import.rows()[2].state, PatientImport::RowState::Ready);
}

void tst_PatientImport::shouldPassOverRowsOfEmptyValues()
{
    // given the bare-comma rows a spreadsheet leaves after the data
    PatientImport import = importOf("First,Last,DOB\r\nAnn,Lee,03/14/1975\r\n,,\r\n , ,\r\n");
    QVERIFY(import.analyse(kToday, {}).ok());
    QCOMPARE(import.counts().rows, 1);
    QCOMPARE(import.counts().ready, 1);
}

void tst_PatientImport::shouldFlagDuplicatesOnFileAndWithinTheFile()
{
    // given Ann Lee on file, and the file holding her (accents and case aside) and Bob twice
    PatientImport import = importOf("First,Last,DOB\n"
                                    "ANN,lee,03/14/1975\n"
                                    "Bob,Jones,1/1/1970\n"
                                    "Bob,Jones,1970-01-01\n"
                                    "Bob,Jones,1970-01-02\n"
                                    "Zoë,Núñez,2/2/1990\n");
    const QList<PatientIdentity> existing = {
        onFile("100001", "Ann", "Lee", QDate(1975, 3, 14)),
        onFile("100002", "Zoe", "Nunez", QDate(1990, 2, 2)),
    };
    // when
    QVERIFY(import.analyse(kToday, existing).ok());
    // then
    const auto &rows = import.rows();
    QCOMPARE(rows[0].state, PatientImport::RowState::DuplicateOnFile);
    QCOMPARE(rows[0].messages(),
             QStringList{QStringLiteral("line 2: duplicate: already on file as MRN 100001 (Lee, "
                                        "Ann) (same name and date of birth)")});
    QCOMPARE(rows[1].state, PatientImport::RowState::Ready);
    QCOMPARE(rows[2].state, PatientImport::RowState::DuplicateInFile);
    QCOMPARE(rows[2].duplicateOf, QStringLiteral("line 3"));
    QCOMPARE(rows[3].state, PatientImport::RowState::Ready); // another day: another person
    QCOMPARE(rows[4].state, PatientImport::RowState::DuplicateOnFile);
    QCOMPARE(import.counts().duplicates, 3);
}

void tst_PatientImport::shouldNotTreatASharedPhoneAsADuplicate()
{
    PatientImport import = importOf("First,Last,DOB,Phone\n"
                                    "Ann,Lee,03/14/1975,5034058718\n"
                                    "Amy,Lee,05/01/2005,5034058718\n");
    QVERIFY(import.analyse(kToday, {}).ok());
    QCOMPARE(import.counts().ready, 2);
}

void tst_PatientImport::shouldPlanNothingWhileInvalidRowsRemainUnlessSkipped()
{
    PatientImport import = importOf("First,Last,DOB\nAnn,Lee,03/14/1975\nBob,,1/1/1970\n");
    QVERIFY(import.analyse(kToday, {}).ok());

    const auto blocked = import.plan({});
    QVERIFY(blocked.blocked);
    QVERIFY(blocked.patients.isEmpty());
    QCOMPARE(blocked.rejected.size(), 1);

    const auto skipping = import.plan({.skipInvalid = true});
    QVERIFY(!skipping.blocked);
    QCOMPARE(skipping.patients.size(), 1);
    QCOMPARE(skipping.patients.first().firstName, QStringLiteral("Ann"));
    QCOMPARE(skipping.rejected.first()->line, 3);
}

void tst_PatientImport::shouldImportDuplicatesOnlyWhenAsked()
{
    PatientImport import = importOf("First,Last,DOB\nAnn,Lee,03/14/1975\nBob,Jones,1/1/1970\n");
    QVERIFY(import.analyse(kToday, {onFile("100001", "Ann", "Lee", QDate(1975, 3, 14))}).ok());

    const auto byDefault = import.plan({});
    QCOMPARE(byDefault.patients.size(), 1);
    QCOMPARE(byDefault.skippedDuplicates.size(), 1);
    QVERIFY(!byDefault.blocked);

    const auto anyway = import.plan({.importDuplicates = true});
    QCOMPARE(anyway.patients.size(), 2);
    QVERIFY(anyway.skippedDuplicates.isEmpty());
}

void tst_PatientImport::shouldKeepThePreviousRecordNumberInTheNotes()
{
    PatientImport import = importOf("MRN,First,Last,DOB,Notes\n"
                                    "A-77,Ann,Lee,03/14/1975,Prefers mornings\n"
                                    "A-78,Bob,Jones,1/1/1970,\n");
    QVERIFY(import.analyse(kToday, {}).ok());
    QCOMPARE(import.rows()[0].patient.notes,
             QStringLiteral("Previous record number: A-77\nPrefers mornings"));
    QCOMPARE(import.rows()[1].patient.notes, QStringLiteral("Previous record number: A-78"));
    QVERIFY(import.rows()[0].patient.mrn.isEmpty());
}

void tst_PatientImport::shouldFollowAChangedMapping()
{
    // given a file whose "Name" column holds the first name
    PatientImport import = importOf("Name,Last,DOB,Other\nAnn,Lee,03/14/1975,x\n");
    QVERIFY(!import.analyse(kToday, {}).ok());
    // when the user says so
    import.setField(0, ImportField::FirstName);
    // then the rows are read again
    QVERIFY(!import.isAnalysed());
    QVERIFY(import.analyse(kToday, {}).ok());
    QCOMPARE(import.rows().first().state, PatientImport::RowState::Ready);
    QCOMPARE(import.rows().first().patient.firstName, QStringLiteral("Ann"));
    QCOMPARE(import.sample(3), QStringLiteral("x"));
}

void tst_PatientImport::shouldWriteRejectedRowsWithLineAndReason()
{
    PatientImport import = importOf("First,Last,DOB,Phone\r\n"
                                    "Ann,Lee,03/14/1975,\r\n"
                                    "\"Bob, Jr\",Jones,13/45/1975,+1 555\r\n"
                                    "Ann,Lee,3/14/1975,\r\n"
                                    "Eve,Short\r\n");
    QVERIFY(import.analyse(kToday, {}).ok());

    const QString csv = import.rejectedCsv({.skipInvalid = true});

    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QStringLiteral("First,Last,DOB,Phone,Line,Reason"));
    QVERIFY2(lines[1].startsWith(QStringLiteral("\"Bob, Jr\",Jones,13/45/1975,'+1 555,3,")),
             qPrintable(lines[1]));
    QVERIFY2(lines[1].contains(QStringLiteral("first name: First name may hold letters")),
             qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QStringLiteral("Ann,Lee,3/14/1975,,4,same name and date of "
                                                "birth as line 2")),
             qPrintable(lines[2]));
    QVERIFY2(lines[3].startsWith(QStringLiteral("Eve,Short,,,5,row: has 2 values")),
             qPrintable(lines[3]));
}

void tst_PatientImport::shouldSummariseInPlainWords()
{
    PatientImport::Outcome outcome;
    outcome.imported = 118;
    outcome.rejected = 2;
    outcome.duplicatesSkipped = 1;
    QCOMPARE(PatientImport::summary(outcome),
             QStringLiteral("Imported 118 patients; 2 rows rejected; 1 duplicate skipped"));
    outcome = {};
    outcome.imported = 1;
    QCOMPARE(PatientImport::summary(outcome, true),
             QStringLiteral("Would import 1 patient; 0 rows rejected; 0 duplicates skipped "
                            "(dry run: nothing was written)"));
    QCOMPARE(PatientImport::countsText({1204, 1198, 4, 2}),
             QStringLiteral("1,204 rows: 1,198 ready, 4 invalid, 2 duplicates"));
}

QTEST_GUILESS_MAIN(tst_PatientImport)
#include "tst_patientimport.moc"
