#pragma once

#include "reporttable.h"

#include <QAbstractTableModel>

namespace ClinicDesk::Ui {

// Any report as a table: the report's own columns (each report names them in an enum Column in
// app/core/reports.h), text as the desk reads it, numbers right-aligned, and the raw values
// under SortRole so that "1,234" sorts after "987" and months sort by date.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(const Core::ReportTable &table);
    void clear();
    const Core::ReportTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Core::ReportTable m_table;
};

} // namespace ClinicDesk::Ui
