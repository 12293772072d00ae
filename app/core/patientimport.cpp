#include "patientimport.h"

#include "csv.h"
#include "patientvalidator.h"
#include "searchkey.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace ClinicDesk::Core {

namespace {

const QList<ImportField> kRequired = {ImportField::FirstName, ImportField::LastName,
                                      ImportField::DateOfBirth};

// "Date of birth" -> "date of birth", but "ZIP code" stays as it is.
QString inSentence(const QString &label)
{
    if (label.size() > 1 && label.at(1).isLower())
        return label.at(0).toLower() + label.mid(1);
    return label;
}

QString identityKey(const QString &last, const QString &first, QDate dob)
{
    return SearchKey::fold(last) + u'|' + SearchKey::fold(first) + u'|' + dob.toString(Qt::ISODate);
}

QString number(int n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n);
}

QString counted(int n, const QString &one, const QString &many)
{
    return number(n) + u' ' + (n == 1 ? one : many);
}

} // namespace

QString PatientImport::Row::reason() const
{
    QStringList parts;
    for (const RowProblem &p : problems)
        parts << p.field + QStringLiteral(": ") + p.reason;
    if (parts.isEmpty() && state == RowState::DuplicateOnFile)
        parts << QStringLiteral("already on file as %1 (same name and date of birth)")
                     .arg(duplicateOf);
    if (parts.isEmpty() && state == RowState::DuplicateInFile)
        parts << QStringLiteral("same name and date of birth as %1 of the file").arg(duplicateOf);
    return parts.join(QStringLiteral("; "));
}

QStringList PatientImport::Row::messages() const
{
    QStringList lines;
    const QString prefix = QStringLiteral("line %1: ").arg(line);
    for (const RowProblem &p : problems)
        lines << prefix + p.field + QStringLiteral(": ") + p.reason;
    if (lines.isEmpty() && isDuplicate())
        lines << prefix + QStringLiteral("duplicate: ") + reason();
    return lines;
}

PatientImport PatientImport::fromTable(CsvReader::Table table)
{
    PatientImport import;
    import.m_header = std::move(table.header.fields);
    import.m_records.reserve(table.rows.size());
    for (CsvRecord &record : table.rows) {
        // Spreadsheets save rows that once held something as bare commas: nothing to import,
        // and nothing to report either.
        const bool empty = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                       [](const QString &f) { return f.trimmed().isEmpty(); });
        if (!empty)
            import.m_records << std::move(record);
    }
    import.m_mapping = PatientImportFields::guessMapping(import.m_header);
    return import;
}

Result<PatientImport> PatientImport::fromCsv(const QByteArray &bytes)
{
    auto table = CsvReader::table(bytes);
    if (!table)
        return table.error();
    return fromTable(std::move(table).value());
}

Result<PatientImport> PatientImport::fromFile(const QString &path)
{
    auto table = CsvReader::readFile(path);
    if (!table)
        return table.error();
    return fromTable(std::move(table).value());
}

QString PatientImport::sample(int column) const
{
    QStringList values;
    for (const CsvRecord &record : m_records) {
        if (values.size() >= 3)
            break;
        if (column < record.fields.size() && !record.fields.at(column).trimmed().isEmpty())
            values << record.fields.at(column).simplified().left(30);
    }
    return values.join(QStringLiteral(", "));
}

void PatientImport::setMapping(const ColumnMapping &mapping)
{
    m_mapping = mapping;
    m_mapping.resize(m_header.size(), ImportField::Ignore);
    m_rows.clear();
    m_analysed = false;
}

void PatientImport::setField(int column, ImportField field)
{
    if (column < 0 || column >= m_mapping.size() || m_mapping.at(column) == field)
        return;
    ColumnMapping mapping = m_mapping;
    mapping[column] = field;
    setMapping(mapping);
}

Status PatientImport::checkMapping() const
{
    for (ImportField field : kRequired)
        if (!m_mapping.contains(field))
            return Error::invalid(
                QStringLiteral("No column is set to \u201C%1\u201D. Choose the column that holds "
                               "it (the file's columns are: %2).")
                    .arg(PatientImportFields::label(field), m_header.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < m_mapping.size(); ++i) {
        const ImportField field = m_mapping.at(i);
        if (field == ImportField::Ignore)
            continue;
        const qsizetype other = m_mapping.indexOf(field, i + 1);
        if (other >= 0)
            return Error::invalid(QStringLiteral("Two columns are set to \u201C%1\u201D: "
                                                 "\u201C%2\u201D and \u201C%3\u201D. Set one of "
                                                 "them to another field or \u201C%4\u201D.")
                                      .arg(PatientImportFields::label(field), m_header.at(i),
                                           m_header.at(other),
                                           PatientImportFields::label(ImportField::Ignore)));
    }
    return {};
}

Status PatientImport::analyse(QDate today, const QList<PatientIdentity> &onFile)
{
    m_rows.clear();
    m_analysed = false;
    if (Status s = checkMapping(); !s)
        return s;

    QHash<QString, QString> existing;
    existing.reserve(onFile.size());
    for (const PatientIdentity &p : onFile)
        existing.insert(identityKey(p.lastName, p.firstName, p.dateOfBirth),
                        QStringLiteral("MRN %1 (%2, %3)").arg(p.mrn, p.lastName, p.firstName));
    QHash<QString, int> seen; // key -> line of the first row with it

    const qsizetype columns = m_header.size();
    m_rows.reserve(m_records.size());
    for (const CsvRecord &record : m_records) {
        Row row;
        row.line = record.line;
        row.cells = record.fields;
        if (record.fields.size() != columns) {
            row.state = RowState::Invalid;
            row.problems << RowProblem{
                QStringLiteral("row"),
                QStringLiteral("has %1 values but the header has %2 columns (a missing or extra "
                               "comma?)")
                    .arg(record.fields.size())
                    .arg(columns)};
            m_rows << std::move(row);
            continue;
        }
        QList<RowProblem> problems;
        const Patient draft = PatientImportFields::toPatient(record.fields, m_mapping, &problems);
        const bool dateUnreadable =
            std::any_of(problems.cbegin(), problems.cend(),
                        [](const RowProblem &p) { return p.field == u"date of birth"; });
        auto outcome = PatientValidator::normalize(draft, today);
        for (const FieldError &e : outcome.errors) {
            if (dateUnreadable && e.field == u"dateOfBirth")
                continue;
            problems << RowProblem{inSentence(PatientValidator::fieldLabel(e.field)), e.message};
        }
        row.patient = std::move(outcome.patient);
        row.problems = std::move(problems);
        if (!row.problems.isEmpty()) {
            row.state = RowState::Invalid;
        } else {
            const QString key =
                identityKey(row.patient.lastName, row.patient.firstName, row.patient.dateOfBirth);
            if (const auto it = existing.constFind(key); it != existing.cend()) {
                row.state = RowState::DuplicateOnFile;
                row.duplicateOf = it.value();
            } else if (const auto first = seen.constFind(key); first != seen.cend()) {
                row.state = RowState::DuplicateInFile;
                row.duplicateOf = QStringLiteral("line %1").arg(first.value());
            } else {
                seen.insert(key, row.line);
            }
        }
        m_rows << std::move(row);
    }
    m_analysed = true;
    return {};
}

Status PatientImport::analyse(const PatientService &service)
{
    auto onFile = service.identities();
    if (!onFile)
        return onFile.error();
    return analyse(service.clock().today(), onFile.value());
}

PatientImport::Counts PatientImport::counts() const
{
    Counts c;
    c.rows = int(m_rows.size());
    for (const Row &row : m_rows) {
        if (row.state == RowState::Ready)
            ++c.ready;
        else if (row.state == RowState::Invalid)
            ++c.invalid;
        else
            ++c.duplicates;
    }
    return c;
}

PatientImport::Plan PatientImport::plan(const ImportOptions &options) const
{
    Plan plan;
    for (const Row &row : m_rows) {
        switch (row.state) {
        case RowState::Ready:
            plan.patients << row.patient;
            break;
        case RowState::Invalid:
            plan.rejected << &row;
            break;
        case RowState::DuplicateOnFile:
        case RowState::DuplicateInFile:
            if (options.importDuplicates)
                plan.patients << row.patient;
            else
                plan.skippedDuplicates << &row;
            break;
        }
    }
    plan.blocked = !plan.rejected.isEmpty() && !options.skipInvalid;
    if (plan.blocked)
        plan.patients.clear();
    return plan;
}

PatientImport::Outcome PatientImport::outcomeOf(const Plan &plan)
{
    Outcome outcome;
    outcome.imported = int(plan.patients.size());
    outcome.rejected = int(plan.rejected.size());
    outcome.duplicatesSkipped = int(plan.skippedDuplicates.size());
    return outcome;
}

QString PatientImport::blockedMessage(int invalidRows)
{
    return QStringLiteral("Nothing was imported: %1 invalid. Correct %2 in the file, or choose "
                          "to skip invalid rows and import the rest.")
        .arg(counted(invalidRows, QStringLiteral("row is"), QStringLiteral("rows are")),
             invalidRows == 1 ? QStringLiteral("it") : QStringLiteral("them"));
}

Result<PatientImport::Outcome> PatientImport::run(PatientService &service,
                                                  const ImportOptions &options,
                                                  const std::function<bool(int)> &progress) const
{
    if (!m_analysed)
        return Error::invalid(QStringLiteral("The file has not been checked yet."));
    const Plan plan = this->plan(options);
    if (plan.blocked)
        return Error::invalid(blockedMessage(int(plan.rejected.size())));
    Outcome outcome = outcomeOf(plan);
    if (options.importDuplicates)
        outcome.duplicatesImported = counts().duplicates;
    if (plan.patients.isEmpty())
        return outcome;
    auto created = service.createMany(plan.patients, progress);
    if (!created)
        return created.error();
    outcome.imported = created.value();
    return outcome;
}

QString PatientImport::rejectedCsv(const ImportOptions &options) const
{
    const Plan plan = this->plan(options);
    QString text =
        Csv::row(m_header + QStringList{QStringLiteral("Line"), QStringLiteral("Reason")});
    QList<const Row *> left = plan.rejected + plan.skippedDuplicates;
    std::sort(left.begin(), left.end(),
              [](const Row *a, const Row *b) { return a->line < b->line; });
    for (const Row *row : left) {
        QStringList cells = row->cells;
        cells.resize(m_header.size()); // a ragged row's extra values are in its reason
        if (row->cells.size() > m_header.size())
            cells.last() = row->cells.mid(m_header.size() - 1).join(u',');
        text += Csv::row(cells + QStringList{QString::number(row->line), row->reason()});
    }
    return text;
}

QString PatientImport::summary(const Outcome &outcome, bool dryRun)
{
    QStringList parts;
    const QString patients =
        counted(outcome.imported, QStringLiteral("patient"), QStringLiteral("patients"));
    parts << (dryRun ? QStringLiteral("Would import ") : QStringLiteral("Imported ")) + patients;
    parts << counted(outcome.rejected, QStringLiteral("row rejected"),
                     QStringLiteral("rows rejected"));
    if (outcome.duplicatesImported > 0)
        parts << counted(outcome.duplicatesImported, QStringLiteral("duplicate imported anyway"),
                         QStringLiteral("duplicates imported anyway"));
    else
        parts << counted(outcome.duplicatesSkipped, QStringLiteral("duplicate skipped"),
                         QStringLiteral("duplicates skipped"));
    QString text = parts.join(QStringLiteral("; "));
    if (dryRun)
        text += QStringLiteral(" (dry run: nothing was written)");
    return text;
}

QString PatientImport::countsText(const Counts &c)
{
    return QStringLiteral("%1: %2 ready, %3 invalid, %4")
        .arg(counted(c.rows, QStringLiteral("row"), QStringLiteral("rows")), number(c.ready),
             number(c.invalid),
             counted(c.duplicates, QStringLiteral("duplicate"), QStringLiteral("duplicates")));
}

} // namespace ClinicDesk::Core
