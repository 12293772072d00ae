#pragma once

#include "authorization.h"

#include <QAbstractTableModel>
#include <QList>

namespace ClinicDesk::Ui {

// Authorizations that expire or run out of visits soon, one a row, with whom to call: patient,
// phone, payer, number, the day it ends, visits left and why it is listed.
class ExpiringAuthorizationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Patient, Phone, Payer, Number, Ends, VisitsLeft, Why, ColumnCount };
    enum Role {
        PatientIdRole = Qt::UserRole + 1, // qint64
        AuthorizationIdRole, // qint64
    };

    explicit ExpiringAuthorizationTableModel(QObject *parent = nullptr);

    void setRows(QList<Core::ExpiringAuthorization> rows);
    const QList<Core::ExpiringAuthorization> &rows() const { return m_rows; }
    const Core::ExpiringAuthorization *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Every row with a header line, for a spreadsheet: cells that start with = + - @ are
    // neutralised; dates are ISO, phones formatted.
    QString csv() const;

private:
    QList<Core::ExpiringAuthorization> m_rows;
};

} // namespace ClinicDesk::Ui
