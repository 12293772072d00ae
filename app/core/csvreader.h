#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ClinicDesk::Core {

// One record of a CSV file and the physical line it starts on (1-based), so that a message can
// send the user to the right line even when an earlier value spans several lines.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// A CSV file as another system exports it (RFC 4180, read leniently): UTF-8 with or without a
// byte-order mark, values quoted with commas, doubled quotes and line breaks inside, CRLF, LF
// or CR line ends. Blank lines are skipped. Text that is not UTF-8 (Latin-1, UTF-16) is refused
// with a message naming the first bad line rather than read as mojibake.
class CsvReader
{
public:
    struct Table {
        CsvRecord header;
        QList<CsvRecord> rows;

        // Rows with more or fewer values than the header.
        QList<int> raggedLines() const;
    };

    // The records of the text, the first one included.
    static Result<QList<CsvRecord>> parse(const QByteArray &bytes);
    // The first record as the header and the rest as rows; an empty file is an error.
    static Result<Table> table(const QByteArray &bytes);
    static Result<Table> readFile(const QString &path);

    // The 1-based line of the first byte that is not valid UTF-8, or 0 when all of it is.
    static int firstInvalidUtf8Line(const QByteArray &bytes);
};

} // namespace ClinicDesk::Core
