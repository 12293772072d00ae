#include "csv.h"

#include <QDir>
#include <QSaveFile>

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

Status save(const QString &path, const QString &text)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write("\xEF\xBB\xBF") < 0 ||
        out.write(text.toUtf8()) < 0 || !out.commit())
        return Error::storage(QStringLiteral("Could not write %1: %2")
                                  .arg(QDir::toNativeSeparators(path), out.errorString()));
    return {};
}

} // namespace ClinicDesk::Core::Csv
