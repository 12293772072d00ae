#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace ClinicDesk::Core {

// One column of a report: its heading and what its cells hold, which decides how they read on
// screen, in a terminal and in a spreadsheet.
struct ReportColumn {
    enum class Kind {
        Text, // QString
        Count, // int; "1,234" on screen, 1234 in CSV
        Percent, // double 0..100, or a null QVariant when there is nothing to divide by
        Month, // QDate, the first of the month; "Nov 2026" on screen, 2026-11 in CSV
        Date, // QDate; "Nov 25, 2026" on screen, ISO in CSV
    };
    QString header;
    Kind kind = Kind::Text;
};

// What every report is: a title, columns, rows of values and a footnote that says how the
// numbers were counted. The Reports screen, the CSV export and the command line all render
// this one shape, so each report is defined once.
struct ReportTable {
    QString title;
    QDate from;
    QDate to;
    QList<ReportColumn> columns;
    QList<QVariantList> rows; // one value per column
    QString footnote;

    int columnCount() const { return int(columns.size()); }
    int rowCount() const { return int(rows.size()); }
    QStringList headers() const;
    QVariant value(int row, int column) const;
    // As a person reads it: counts with thousands separators, "12.5%", "Nov 2026", "–" for a
    // rate with nothing to divide by.
    QString displayText(int row, int column) const;
    // As a spreadsheet wants it: plain numbers (12.5 for a percent), ISO dates, 2026-11.
    QString csvText(int row, int column) const;
    // The column's values as numbers (0 for empty cells), for charts.
    QList<double> numbers(int column) const;
};

// The report as CSV: a header row, then one line per row; cells made safe by Core::Csv.
QString reportCsv(const ReportTable &table);
// The report as aligned plain text lines for a terminal: header, then rows.
QList<QStringList> reportTextRows(const ReportTable &table);

// Calendar months, as reports bucket by them.
namespace ReportMonths {
// The first day of each month that `from`..`to` touches, in order; empty when from > to.
QList<QDate> between(QDate from, QDate to);
// "2026-11": the month of an ISO date, as the database groups by it (the first 7 characters).
QString key(QDate day);
// "Nov 2026"
QString label(QDate month);
} // namespace ReportMonths

} // namespace ClinicDesk::Core
