#pragma once

// Patient CSV files as another system exports them, generated for the import tests and the
// benchmark: as many rows as asked, every one valid and distinct.

#include <QByteArray>
#include <QString>

namespace ClinicDesk::Test {

// A name made of letters only (the clinic's rules allow no digits): 0 -> "Aaaaa", 1 -> "Aaaab".
inline QString letterName(int serial)
{
    QString name(5, u'a');
    for (int i = 4; i >= 0; --i) {
        name[i] = QChar(u'a' + serial % 26);
        serial /= 26;
    }
    name[0] = name[0].toUpper();
    return name;
}

// "First Name,Last Name,DOB,Phone,Email,Address,City,State,Zip,Notes" and `rows` valid rows,
// CRLF line ends, US dates, a quoted note with a comma in it; names start at `firstSerial`.
inline QByteArray generatedPatientCsv(int rows, int firstSerial = 0)
{
    QByteArray csv("First Name,Last Name,DOB,Phone,Email,Address,City,State,Zip,Notes\r\n");
    csv.reserve(rows * 120);
    for (int i = 0; i < rows; ++i) {
        const int serial = firstSerial + i;
        const QString first = letterName(serial);
        const QString last = letterName(serial * 7 + 3);
        const QString line =
            QStringLiteral("%1,%2,%3/%4/%5,(503) %6-%7,%8.%9@example.com,%10 Main St,Portland,OR,"
                           "97205,\"Referred by Dr Fiks, neurology\"\r\n")
                .arg(first, last)
                .arg(1 + serial % 12, 2, 10, QLatin1Char('0'))
                .arg(1 + serial % 28, 2, 10, QLatin1Char('0'))
                .arg(1940 + serial % 60)
                .arg(200 + serial % 800)
                .arg(serial % 10000, 4, 10, QLatin1Char('0'))
                .arg(first.toLower(), last.toLower())
                .arg(1 + serial % 9000);
        csv += line.toUtf8();
    }
    return csv;
}

} // namespace ClinicDesk::Test
