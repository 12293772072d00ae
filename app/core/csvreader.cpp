#include "csvreader.h"

#include <QFile>
#include <QFileInfo>

namespace ClinicDesk::Core {

namespace {

const QByteArray kUtf8Bom("\xEF\xBB\xBF", 3);

// Offset of the first byte that does not start or continue a well-formed UTF-8 sequence
// (overlong forms, surrogates and code points past U+10FFFF count as bad), or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        if (s[i + 1] < low || s[i + 1] > high)
            return i;
        for (int k = 2; k <= extra; ++k)
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        i += extra + 1;
    }
    return -1;
}

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = bytes.at(i);
        if (c == '\n')
            ++line;
        else if (c == '\r' && (i + 1 >= bytes.size() || bytes.at(i + 1) != '\n'))
            ++line;
    }
    return line;
}

bool looksLikeUtf16(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return true;
    // Without a byte-order mark, UTF-16 text in Latin script is half zero bytes.
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 512);
    qsizetype zeros = 0;
    for (qsizetype i = 0; i < sample; ++i)
        if (bytes.at(i) == '\0')
            ++zeros;
    return sample > 0 && zeros * 4 >= sample;
}

const QString kSaveAsUtf8 = QStringLiteral(
    "Save it from the spreadsheet as \u201CCSV UTF-8 (comma delimited)\u201D and try again.");

} // namespace

QList<int> CsvReader::Table::raggedLines() const
{
    QList<int> lines;
    for (const CsvRecord &row : rows)
        if (row.fields.size() != header.fields.size())
            lines << row.line;
    return lines;
}

int CsvReader::firstInvalidUtf8Line(const QByteArray &bytes)
{
    const qsizetype bad = firstInvalidUtf8(bytes);
    return bad < 0 ? 0 : lineOfOffset(bytes, bad);
}

Result<QList<CsvRecord>> CsvReader::parse(const QByteArray &input)
{
    if (looksLikeUtf16(input))
        return Error::invalid(
            QStringLiteral("The file is saved as UTF-16 (\u201CUnicode text\u201D), "
                           "not UTF-8. ") +
            kSaveAsUtf8);
    const QByteArray bytes = input.startsWith(kUtf8Bom) ? input.mid(3) : input;
    if (const int line = firstInvalidUtf8Line(bytes); line > 0)
        return Error::invalid(QStringLiteral("Line %1 is not UTF-8 text: the file is probably "
                                             "saved as Latin-1 or Windows-1252. ")
                                  .arg(line) +
                              kSaveAsUtf8);
    const QString text = QString::fromUtf8(bytes);

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int quoteLine = 0;
    record.line = 1;

    auto endField = [&] {
        record.fields << field;
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        // A blank line is one empty unquoted value: skip it.
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            records << std::move(record);
        record = CsvRecord{};
        record.line = nextLine;
    };

    const qsizetype n = text.size();
    const QChar *s = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && s[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
                continue;
            }
            if (c == u'\r' || c == u'\n') {
                // A line break inside a value is kept as \n, whatever the file used.
                if (c == u'\r' && i + 1 < n && s[i + 1] == u'\n')
                    ++i;
                field += u'\n';
                ++line;
                continue;
            }
            field += c;
            continue;
        }
        if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && s[i + 1] == u'\n')
                ++i;
            ++line;
            endRecord(line);
        } else if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else {
            // A quote inside an unquoted value, or text after a closing quote, is kept as it
            // is: other systems write such files and the row's values are still clear.
            field += c;
        }
    }
    if (inQuotes)
        return Error::invalid(QStringLiteral("Line %1: a value opens a quote (\") that is never "
                                             "closed, so the rest of the file would be one "
                                             "value. Check that line in a spreadsheet.")
                                  .arg(quoteLine));
    if (!field.isEmpty() || !record.fields.isEmpty() || fieldWasQuoted)
        endRecord(line);
    return records;
}

Result<CsvReader::Table> CsvReader::table(const QByteArray &bytes)
{
    auto records = parse(bytes);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error::invalid(QStringLiteral("The file is empty."));
    QList<CsvRecord> all = std::move(records).value();
    Table table;
    table.header = all.takeFirst();
    table.rows = std::move(all);
    return table;
}

Result<CsvReader::Table> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return Error::invalid(QStringLiteral("There is no file \u201C%1\u201D.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(
            QStringLiteral("Cannot read \u201C%1\u201D: %2.").arg(path, file.errorString()));
    return table(file.readAll());
}

} // namespace ClinicDesk::Core
