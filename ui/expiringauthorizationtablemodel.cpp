#include "expiringauthorizationtablemodel.h"

#include "authorizationservice.h"
#include "clinicdate.h"
#include "phonenumber.h"

namespace ClinicDesk::Ui {

using Core::ExpiringAuthorization;

namespace {

QString visitsLeftText(const Core::Authorization &a)
{
    return a.visitsLeft() < 0 ? QObject::tr("No limit") : QString::number(a.visitsLeft());
}

} // namespace

ExpiringAuthorizationTableModel::ExpiringAuthorizationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ExpiringAuthorizationTableModel::setRows(QList<ExpiringAuthorization> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const ExpiringAuthorization *ExpiringAuthorizationTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ExpiringAuthorizationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExpiringAuthorizationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExpiringAuthorizationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExpiringAuthorization &e = m_rows[index.row()];
    const Core::Authorization &a = e.authorization;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Patient:
            return e.patientName;
        case Phone:
            return Core::PhoneNumber::format(e.patientPhone);
        case Payer:
            return a.payer;
        case Number:
            return a.number;
        case Ends:
            return Core::ClinicDate::formatLong(a.validTo);
        case VisitsLeft:
            return visitsLeftText(a);
        case Why:
            return e.why;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 (MRN %2): %3 %4, %5")
            .arg(e.patientName, e.patientMrn, a.payer, a.number,
                 Core::coversLabel(a.covers).toLower());
    case Qt::TextAlignmentRole:
        if (index.column() == VisitsLeft)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PatientIdRole:
        return a.patientId;
    case AuthorizationIdRole:
        return a.id;
    }
    return {};
}

QVariant ExpiringAuthorizationTableModel::headerData(int section, Qt::Orientation orientation,
                                                     int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Patient:
        return tr("Patient");
    case Phone:
        return tr("Phone");
    case Payer:
        return tr("Payer");
    case Number:
        return tr("Number");
    case Ends:
        return tr("Ends");
    case VisitsLeft:
        return tr("Visits left");
    case Why:
        return tr("Why");
    }
    return {};
}

QString ExpiringAuthorizationTableModel::csv() const
{
    return Core::expiringAuthorizationsCsv(m_rows);
}

} // namespace ClinicDesk::Ui
