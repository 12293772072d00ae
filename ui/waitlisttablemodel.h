#pragma once

#include "waitlist.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace ClinicDesk::Ui {

// The open waitlist, one patient's wish a row, longest waiting first: patient, phone, what they
// want (visit type and provider, or any), the days and times that suit them, since when they have
// waited, and notes.
class WaitlistTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Patient, Phone, Wants, Days, Times, Since, Notes, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // qint64
        PatientIdRole, // qint64
        DaysWaitingRole, // int: whole days since the patient joined the list
    };

    explicit WaitlistTableModel(QObject *parent = nullptr);

    // `today` gives the days waited.
    void setEntries(QList<Core::WaitlistEntry> entries, QDate today);
    const QList<Core::WaitlistEntry> &entries() const { return m_entries; }
    const Core::WaitlistEntry *entryAt(int row) const;
    int rowOf(qint64 entryId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "8:00–12:00"
    static QString timesText(const Core::WaitlistEntry &entry);
    // "Nov 3 (22 days)", "Today"
    static QString sinceText(const Core::WaitlistEntry &entry, QDate today);

private:
    QString displayText(const Core::WaitlistEntry &entry, int column) const;

    QList<Core::WaitlistEntry> m_entries;
    QDate m_today;
};

} // namespace ClinicDesk::Ui
