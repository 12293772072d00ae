#pragma once

#include "csvreader.h"
#include "patientimportfields.h"
#include "patientservice.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace ClinicDesk::Core {

// What the user chose for the rows that cannot simply go in.
struct ImportOptions {
    bool skipInvalid = false; // import the valid rows and leave the invalid ones out
    bool importDuplicates = false; // also add rows that look already on file (or twice in it)
};

// Patients from another system's CSV file: the columns mapped to patient fields (guessed from
// the header, changeable), every row read and checked with the same rules as the patient form,
// and duplicates flagged, both of patients already on file (same name and date of birth) and of
// an earlier row of the file. Nothing is written until run(), which writes all planned patients
// in one transaction or none.
//
// Duplicates are not imported unless asked (ImportOptions::importDuplicates): adding a second
// record for someone already on file splits their history, which is harder to undo than adding
// a skipped row by hand. A shared phone number, which the patient form warns about, is not
// treated as a duplicate here: families share phones, and an import has no one to judge each case.
class PatientImport
{
public:
    enum class RowState {
        Ready, // valid and new: will be imported
        Invalid, // breaks a rule: never imported
        DuplicateOnFile, // same name and date of birth as a patient already on file
        DuplicateInFile, // same name and date of birth as an earlier row of the file
    };

    struct Row {
        int line = 0; // the physical line the row starts on
        QStringList cells; // as in the file
        Patient patient; // tidied by the clinic's rules
        QList<RowProblem> problems;
        RowState state = RowState::Ready;
        QString duplicateOf; // "MRN 100023 (Lee, Ann)" or "line 5"

        bool isDuplicate() const
        {
            return state == RowState::DuplicateOnFile || state == RowState::DuplicateInFile;
        }
        // Why the row is not ready, in one line ("date of birth: … ; email: …").
        QString reason() const;
        // One line per problem: "line 14: date of birth: '13/45/1975' is not a date (…)".
        QStringList messages() const;
    };

    struct Counts {
        int rows = 0;
        int ready = 0;
        int invalid = 0;
        int duplicates = 0;
    };

    // What run() would do with the options chosen.
    struct Plan {
        QList<Patient> patients;
        QList<const Row *> rejected; // invalid rows
        QList<const Row *> skippedDuplicates; // duplicates left out
        bool blocked = false; // invalid rows and no skipping: nothing will be imported
    };

    struct Outcome {
        int imported = 0;
        int rejected = 0;
        int duplicatesSkipped = 0;
        int duplicatesImported = 0;
    };

    static Result<PatientImport> fromCsv(const QByteArray &bytes);
    static Result<PatientImport> fromFile(const QString &path);

    const QStringList &header() const { return m_header; }
    // A few values of a column, to show beside its mapping.
    QString sample(int column) const;
    const ColumnMapping &mapping() const { return m_mapping; }
    // Changing the mapping clears the rows until the next analyse().
    void setMapping(const ColumnMapping &mapping);
    void setField(int column, ImportField field);
    // Whether first name, last name and date of birth each have a column and no field has two.
    Status checkMapping() const;

    // Reads every row through the mapping and checks it against the rules and the patients on
    // file. Fails only when the mapping cannot work (checkMapping()).
    Status analyse(QDate today, const QList<PatientIdentity> &onFile);
    // The same with the service's today and the patients it has on file.
    Status analyse(const PatientService &service);
    bool isAnalysed() const { return m_analysed; }

    const QList<Row> &rows() const { return m_rows; }
    Counts counts() const;
    Plan plan(const ImportOptions &options) const;
    static Outcome outcomeOf(const Plan &plan);

    // Writes the planned patients through the service, all or none; refuses when invalid rows
    // remain and skipping was not chosen. `progress(done)` may return false to cancel.
    Result<Outcome> run(PatientService &service, const ImportOptions &options,
                        const std::function<bool(int)> &progress = {}) const;

    // The rows left out, as CSV: the file's own columns, then the line number and the reason.
    QString rejectedCsv(const ImportOptions &options) const;

    // "Imported 118 patients; 2 rows rejected; 1 duplicate skipped"; "Would import …" for a
    // dry run.
    static QString summary(const Outcome &outcome, bool dryRun = false);
    // "1,204 rows: 1,198 ready, 4 invalid, 2 duplicates"
    static QString countsText(const Counts &counts);
    // Why run() refuses a blocked plan.
    static QString blockedMessage(int invalidRows);

private:
    static PatientImport fromTable(CsvReader::Table table);

    QStringList m_header;
    QList<CsvRecord> m_records;
    ColumnMapping m_mapping;
    QList<Row> m_rows;
    bool m_analysed = false;
};

} // namespace ClinicDesk::Core
