#include "patientimportpreviewmodel.h"

#include "theme.h"

#include <QBrush>

namespace ClinicDesk::Ui {

using Core::PatientImport;

PatientImportPreviewModel::PatientImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PatientImportPreviewModel::setImport(const PatientImport *import)
{
    m_import = import;
    refresh();
}

void PatientImportPreviewModel::setOnlyProblems(bool only)
{
    if (m_onlyProblems == only)
        return;
    m_onlyProblems = only;
    refresh();
}

void PatientImportPreviewModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_fileColumns = m_import ? int(m_import->header().size()) : 0;
    if (m_import) {
        for (const PatientImport::Row &row : m_import->rows()) {
            if (m_rows.size() >= kMaxRows)
                break;
            if (!m_onlyProblems || row.state != PatientImport::RowState::Ready)
                m_rows << &row;
        }
    }
    endResetModel();
}

const PatientImport::Row *PatientImportPreviewModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : nullptr;
}

int PatientImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PatientImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFileColumn + m_fileColumns;
}

QString PatientImportPreviewModel::stateText(PatientImport::RowState state)
{
    switch (state) {
    case PatientImport::RowState::Ready:
        return tr("Ready");
    case PatientImport::RowState::Invalid:
        return tr("Invalid");
    case PatientImport::RowState::DuplicateOnFile:
    case PatientImport::RowState::DuplicateInFile:
        return tr("Duplicate");
    }
    return {};
}

QVariant PatientImportPreviewModel::data(const QModelIndex &index, int role) const
{
    const PatientImport::Row *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() >= columnCount())
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Line)
            return row->line;
        if (column == Status) {
            // The word carries the meaning; the colour only repeats it.
            const QString reason = row->reason();
            return reason.isEmpty() ? stateText(row->state)
                                    : stateText(row->state) + QStringLiteral(": ") + reason;
        }
        if (column - FirstFileColumn < row->cells.size())
            return row->cells.at(column - FirstFileColumn).simplified();
        return {};
    case Qt::ToolTipRole:
        if (column == Status && row->state != PatientImport::RowState::Ready)
            return row->reason();
        if (column >= FirstFileColumn && column - FirstFileColumn < row->cells.size())
            return row->cells.at(column - FirstFileColumn);
        return {};
    case Qt::BackgroundRole:
        if (row->state == PatientImport::RowState::Invalid)
            return QBrush(Theme::errorBackground);
        if (row->isDuplicate())
            return QBrush(Theme::warningBackground);
        return {};
    case Qt::ForegroundRole:
        if (column == Status && row->state == PatientImport::RowState::Invalid)
            return QBrush(Theme::errorText);
        if (column == Status && row->isDuplicate())
            return QBrush(Theme::warningText);
        if (column == Status)
            return QBrush(Theme::okText);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Line)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RowStateRole:
        return int(row->state);
    case LineRole:
        return row->line;
    default:
        return {};
    }
}

QVariant PatientImportPreviewModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCount())
        return {};
    if (section == Line)
        return tr("Line");
    if (section == Status)
        return tr("Status");
    const int fileColumn = section - FirstFileColumn;
    const QString name = m_import->header().at(fileColumn);
    const Core::ImportField field = m_import->mapping().value(fileColumn);
    // The file's name for the column, and where it goes.
    return field == Core::ImportField::Ignore
               ? name + QStringLiteral("\n(not imported)")
               : name + QStringLiteral("\n\u2192 ") + Core::PatientImportFields::label(field);
}

} // namespace ClinicDesk::Ui
