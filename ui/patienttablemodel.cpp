#include "patienttablemodel.h"

#include "clinicdate.h"
#include "phonenumber.h"
#include "retreatmentmark.h"
#include "theme.h"

#include <QBrush>

namespace ClinicDesk::Ui {

using Core::Patient;

PatientTableModel::PatientTableModel(const Core::Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{}

void PatientTableModel::setPatients(QList<Patient> patients)
{
    beginResetModel();
    m_patients = std::move(patients);
    m_retreatment.clear(); // the statuses of these rows follow with setRetreatmentStatuses()
    endResetModel();
}

const Patient *PatientTableModel::patientAt(int row) const
{
    if (row < 0 || row >= m_patients.size())
        return nullptr;
    return &m_patients.at(row);
}

int PatientTableModel::rowOf(qint64 patientId) const
{
    for (qsizetype row = 0; row < m_patients.size(); ++row)
        if (m_patients.at(row).id == patientId)
            return int(row);
    return -1;
}

bool PatientTableModel::replacePatient(const Patient &patient)
{
    const int row = rowOf(patient.id);
    if (row < 0)
        return false;
    m_patients[row] = patient;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void PatientTableModel::setRetreatmentStatuses(QHash<qint64, Core::RetreatmentStatus> statuses)
{
    m_retreatment = std::move(statuses);
    if (!m_patients.isEmpty())
        emit dataChanged(index(0, Retreatment), index(int(m_patients.size()) - 1, Retreatment));
}

std::optional<Core::RetreatmentStatus> PatientTableModel::retreatmentStatus(qint64 patientId) const
{
    const auto it = m_retreatment.constFind(patientId);
    if (it == m_retreatment.cend())
        return std::nullopt;
    return it.value();
}

int PatientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_patients.size());
}

int PatientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PatientTableModel::displayText(const Patient &patient, int column) const
{
    switch (column) {
    case RecordNumber:
        return patient.mrn;
    case Name:
        return patient.displayName();
    case DateOfBirth:
        return Core::ClinicDate::format(patient.dateOfBirth);
    case Age: {
        const int age = patient.ageOn(m_clock.today());
        return age >= 0 ? QString::number(age) : QString();
    }
    case Phone:
        return Core::PhoneNumber::format(patient.primaryPhone());
    case Payer:
        return patient.insurance.payer;
    case Status:
        return patient.active ? tr("Active") : tr("Inactive");
    case Retreatment: {
        const auto it = m_retreatment.constFind(patient.id);
        return it == m_retreatment.cend() ? QString() : RetreatmentMark::text(it.value());
    }
    }
    return {};
}

QVariant PatientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Patient &patient = m_patients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(patient, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return patient.fullName();
        if (index.column() == Status && !patient.active)
            return tr("Inactive patient: kept for history; reactivate to book visits.");
        if (index.column() == Retreatment && m_retreatment.contains(patient.id))
            return tr("Botox retreatment: %1").arg(m_retreatment.value(patient.id).label());
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Retreatment && m_retreatment.contains(patient.id)) {
            const QColor tint = RetreatmentMark::tint(m_retreatment.value(patient.id).state);
            if (tint.isValid())
                return QBrush(tint);
        }
        return {};
    case Qt::ForegroundRole:
        if (!patient.active)
            return QBrush(Theme::inactiveText);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Age)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case PatientIdRole:
        return patient.id;
    case ActiveRole:
        return patient.active;
    }
    return {};
}

QVariant PatientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordNumber:
        return tr("MRN");
    case Name:
        return tr("Name");
    case DateOfBirth:
        return tr("Date of birth");
    case Age:
        return tr("Age");
    case Phone:
        return tr("Phone");
    case Payer:
        return tr("Payer");
    case Status:
        return tr("Status");
    case Retreatment:
        return tr("Botox");
    }
    return {};
}

QHash<int, QByteArray> PatientTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(PatientIdRole, "patientId");
    names.insert(ActiveRole, "active");
    return names;
}

} // namespace ClinicDesk::Ui
