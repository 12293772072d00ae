#pragma once

#include "clock.h"
#include "patient.h"
#include "retreatmentpolicy.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ClinicDesk::Ui {

// The rows of a patient search, one patient a row, as the front desk reads them: record number,
// "Last, First", date of birth, age, the number to call and the payer. Inactive patients stay
// visible (when asked for) but are greyed and say "Inactive", never marked by colour alone.
// Botox patients show where they stand in the retreatment window ("▲ Overdue by 12 days");
// patients who never had Botox show nothing there.
class PatientTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RecordNumber,
        Name,
        DateOfBirth,
        Age,
        Phone,
        Payer,
        Status,
        Retreatment,
        ColumnCount
    };
    enum Role {
        PatientIdRole = Qt::UserRole + 1, // qint64
        ActiveRole, // bool
    };

    // Ages are counted to the clock's today, so a model left open overnight stays right.
    explicit PatientTableModel(const Core::Clock &clock, QObject *parent = nullptr);

    void setPatients(QList<Core::Patient> patients);
    const QList<Core::Patient> &patients() const { return m_patients; }
    const Core::Patient *patientAt(int row) const;
    // The row showing the patient, or -1.
    int rowOf(qint64 patientId) const;
    // Puts a changed patient in place without resetting the view (keeps selection and scroll).
    bool replacePatient(const Core::Patient &patient);
    // The retreatment status of the Botox patients among the rows, by patient id (setPatients()
    // clears them).
    void setRetreatmentStatuses(QHash<qint64, Core::RetreatmentStatus> statuses);
    std::optional<Core::RetreatmentStatus> retreatmentStatus(qint64 patientId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString displayText(const Core::Patient &patient, int column) const;

    const Core::Clock &m_clock;
    QList<Core::Patient> m_patients;
    QHash<qint64, Core::RetreatmentStatus> m_retreatment;
};

} // namespace ClinicDesk::Ui
