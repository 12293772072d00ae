#pragma once

#include "patientimport.h"

#include <QAbstractTableModel>
#include <QList>

namespace ClinicDesk::Ui {

// The rows of a patient import as the file has them, each with its line number and what will
// happen to it (ready, or why not). Shows at most kMaxRows rows, all of them or only those with
// problems: the counts cover every row, the preview is for the eye.
class PatientImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The file's own columns follow Status, one per column of the file.
    enum Column { Line, Status, FirstFileColumn };
    enum Role {
        RowStateRole = Qt::UserRole + 1, // int: Core::PatientImport::RowState
        LineRole, // int: the physical line in the file
    };
    static constexpr int kMaxRows = 200;

    explicit PatientImportPreviewModel(QObject *parent = nullptr);

    // The import must outlive the model's use of it; nullptr empties the model.
    void setImport(const Core::PatientImport *import);
    // Re-reads the rows (after the mapping changed and the import was checked again).
    void refresh();
    void setOnlyProblems(bool only);
    bool onlyProblems() const { return m_onlyProblems; }
    const Core::PatientImport::Row *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Ready", "Invalid", "Duplicate"
    static QString stateText(Core::PatientImport::RowState state);

private:
    const Core::PatientImport *m_import = nullptr;
    QList<const Core::PatientImport::Row *> m_rows;
    int m_fileColumns = 0;
    bool m_onlyProblems = false;
};

} // namespace ClinicDesk::Ui
