#pragma once

#include "patient.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ClinicDesk::Core {

// What a column of an imported patient file holds: the patient fields another system exports.
// A previous system's record number cannot become the MRN (ClinicDesk numbers its own patients),
// so it is kept in the notes as "Previous record number: …".
enum class ImportField {
    Ignore,
    FirstName,
    MiddleName,
    LastName,
    PreferredName,
    DateOfBirth,
    Sex,
    MobilePhone,
    HomePhone,
    Email,
    AddressLine1,
    AddressLine2,
    City,
    State,
    PostalCode,
    EmergencyName,
    EmergencyRelationship,
    EmergencyPhone,
    Payer,
    MemberId,
    GroupNumber,
    ReferringPhysician,
    PreviousRecordNumber,
    Notes,
};

// Which field each column of the file goes to, by column index.
using ColumnMapping = QList<ImportField>;

// One thing wrong with a row: the field in words ("date of birth") and why.
struct RowProblem {
    QString field;
    QString reason;

    friend bool operator==(const RowProblem &, const RowProblem &) = default;
};

namespace PatientImportFields {

// Every field in the order a mapping list offers them (Ignore first).
QList<ImportField> all();
// "Date of birth"; "(not imported)" for Ignore.
QString label(ImportField field);

// The field a column header names, by the usual names other systems use ("DOB", "Last_Name",
// "E-mail", "Cell Phone"), ignoring case, spaces, underscores, dots and dashes; Ignore when the
// header is none of them.
ImportField guess(const QString &header);
// A field per header; a field already taken by an earlier column is not given twice (a second
// phone column becomes the home phone).
ColumnMapping guessMapping(const QStringList &header);

// A date of birth as other systems write them: ISO 1975-03-14 or US 3/14/1975 and 03/14/1975.
// Two-digit years are refused (is 03/14/25 1925 or 2025?); `error` says what is wrong.
QDate parseDate(const QString &text, QString *error);

// The patient a row describes, before the clinic's rules tidy and check it; problems that the
// rules cannot see (an unreadable date or sex) go to `problems`.
Patient toPatient(const QStringList &cells, const ColumnMapping &mapping,
                  QList<RowProblem> *problems);

} // namespace PatientImportFields
} // namespace ClinicDesk::Core
