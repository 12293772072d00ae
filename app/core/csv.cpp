#include "csv.h"

namespace ClinicDesk::Core::Csv {

QString field(const QString &text)
{
    QString cell = text;
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && kFormulaStarts.contains(cell.front()))
        cell.prepend(u'\'');
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r'))
        cell = u'"' + cell.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return cell;
}

QString row(const QStringList &cells)
{
    QStringList safe;
    safe.reserve(cells.size());
    for (const QString &cell : cells)
        safe << field(cell);
    return safe.join(u',') + QStringLiteral("\r\n");
}

} // namespace ClinicDesk::Core::Csv
