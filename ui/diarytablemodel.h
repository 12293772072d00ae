#pragma once

#include "headachediary.h"

#include <QAbstractTableModel>
#include <QList>

namespace ClinicDesk::Ui {

// A patient's headache diary, one month a row, oldest first: headache days, migraine days, hours
// a day ("—" when not recorded) and which month is the baseline, in words: "Baseline" when marked,
// "Baseline (assumed)" for the last month before cycle 1 when none is.
class DiaryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Month, HeadacheDays, MigraineDays, HoursPerDay, Baseline, ColumnCount };
    enum Role {
        MonthRole = Qt::UserRole + 1, // QDate, the first of the month
        IsMarkedBaselineRole, // bool
        IsBaselineRole, // bool: marked, or assumed when none is
    };

    explicit DiaryTableModel(QObject *parent = nullptr);

    // `baseline` is the month the summary measures against (invalid: none), `marked` whether
    // the patient's diary marks it.
    void setEntries(QList<Core::DiaryEntry> entries, QDate baseline = {}, bool marked = false);
    const QList<Core::DiaryEntry> &entries() const { return m_entries; }
    const Core::DiaryEntry *entryAt(int row) const;
    int rowOf(QDate month) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString baselineText(const Core::DiaryEntry &entry) const;

    QList<Core::DiaryEntry> m_entries;
    QDate m_baseline;
    bool m_baselineMarked = false;
};

} // namespace ClinicDesk::Ui
