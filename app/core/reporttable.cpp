#include "reporttable.h"

#include "clinicdate.h"
#include "csv.h"

#include <QLocale>

namespace ClinicDesk::Core {

namespace {

// Reports read the same on every machine: the clinic's US English, whatever the desk's locale.
const QLocale &reportLocale()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString percentText(double value, bool forCsv)
{
    if (forCsv)
        return QString::number(value, 'f', 1);
    return reportLocale().toString(value, 'f', 1) + u'%';
}

} // namespace

QStringList ReportTable::headers() const
{
    QStringList list;
    for (const ReportColumn &column : columns)
        list << column.header;
    return list;
}

QVariant ReportTable::value(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= rows[row].size())
        return {};
    return rows[row][column];
}

QString ReportTable::displayText(int row, int column) const
{
    if (column < 0 || column >= columnCount())
        return {};
    const QVariant v = value(row, column);
    switch (columns[column].kind) {
    case ReportColumn::Kind::Text:
        return v.toString();
    case ReportColumn::Kind::Count:
        return v.isNull() ? QString() : reportLocale().toString(v.toLongLong());
    case ReportColumn::Kind::Percent:
        return v.isNull() ? QStringLiteral("\u2013") : percentText(v.toDouble(), false);
    case ReportColumn::Kind::Month:
        return ReportMonths::label(v.toDate());
    case ReportColumn::Kind::Date:
        return v.toDate().isValid() ? ClinicDate::formatLong(v.toDate()) : QString();
    }
    return {};
}

QString ReportTable::csvText(int row, int column) const
{
    if (column < 0 || column >= columnCount())
        return {};
    const QVariant v = value(row, column);
    switch (columns[column].kind) {
    case ReportColumn::Kind::Text:
        return v.toString();
    case ReportColumn::Kind::Count:
        return v.isNull() ? QString() : QString::number(v.toLongLong());
    case ReportColumn::Kind::Percent:
        return v.isNull() ? QString() : percentText(v.toDouble(), true);
    case ReportColumn::Kind::Month:
        return ReportMonths::key(v.toDate());
    case ReportColumn::Kind::Date:
        return v.toDate().toString(Qt::ISODate);
    }
    return {};
}

QList<double> ReportTable::numbers(int column) const
{
    QList<double> list;
    list.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        list << value(row, column).toDouble();
    return list;
}

QString reportCsv(const ReportTable &table)
{
    QString text = Csv::row(table.headers());
    for (int row = 0; row < table.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table.columnCount(); ++column)
            cells << table.csvText(row, column);
        text += Csv::row(cells);
    }
    return text;
}

QList<QStringList> reportTextRows(const ReportTable &table)
{
    QList<QStringList> lines{table.headers()};
    for (int row = 0; row < table.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table.columnCount(); ++column)
            cells << table.displayText(row, column);
        lines << cells;
    }
    return lines;
}

QList<QDate> ReportMonths::between(QDate from, QDate to)
{
    QList<QDate> months;
    if (!from.isValid() || !to.isValid() || from > to)
        return months;
    const QDate last(to.year(), to.month(), 1);
    for (QDate month(from.year(), from.month(), 1); month <= last; month = month.addMonths(1))
        months << month;
    return months;
}

QString ReportMonths::key(QDate day)
{
    return day.isValid() ? day.toString(QStringLiteral("yyyy-MM")) : QString();
}

QString ReportMonths::label(QDate month)
{
    return month.isValid() ? reportLocale().toString(month, QStringLiteral("MMM yyyy")) : QString();
}

} // namespace ClinicDesk::Core
