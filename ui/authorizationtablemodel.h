#pragma once

#include "authorization.h"

#include <QAbstractTableModel>
#include <QList>

namespace ClinicDesk::Ui {

// A patient's prior authorizations, one a row, ending last first: payer, number, what it covers,
// its dates, visits and units used of those approved, and where it stands today. Expired ones
// stay listed, greyed and saying "Expired" in words.
class AuthorizationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Payer, Number, Covers, Valid, Visits, Units, Standing, ColumnCount };
    enum Role {
        AuthorizationIdRole = Qt::UserRole + 1, // qint64
        ExpiredRole, // bool: ended before today
        StateRole, // int: AuthorizationStanding::State
    };

    explicit AuthorizationTableModel(QObject *parent = nullptr);

    // `today` and `leadDays` decide each row's standing.
    void setAuthorizations(QList<Core::Authorization> authorizations, QDate today, int leadDays);
    const QList<Core::Authorization> &authorizations() const { return m_authorizations; }
    const Core::Authorization *authorizationAt(int row) const;
    int rowOf(qint64 authorizationId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "01/04/2027–07/03/2027"
    static QString validText(const Core::Authorization &authorization);
    // "2 of 4", or "2 (no limit)"
    static QString usedText(int used, int approved);

private:
    QString displayText(const Core::Authorization &a, const Core::AuthorizationStanding &standing,
                        int column) const;

    QList<Core::Authorization> m_authorizations;
    QList<Core::AuthorizationStanding> m_standings;
    QDate m_today;
};

} // namespace ClinicDesk::Ui
