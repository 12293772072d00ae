#include "authorizationtablemodel.h"

#include "clinicdate.h"
#include "theme.h"

#include <QColor>

namespace ClinicDesk::Ui {

using Core::Authorization;
using Core::AuthorizationStanding;
using State = AuthorizationStanding::State;

AuthorizationTableModel::AuthorizationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuthorizationTableModel::setAuthorizations(QList<Authorization> authorizations, QDate today,
                                                int leadDays)
{
    beginResetModel();
    m_authorizations = std::move(authorizations);
    m_today = today;
    m_standings.clear();
    for (const Authorization &a : std::as_const(m_authorizations)) {
        AuthorizationStanding standing = Core::AuthorizationRules::standingOf(a, today, leadDays);
        // The row is the authorization itself; no pointer is kept into a list that may move.
        standing.authorization = nullptr;
        m_standings.append(standing);
    }
    endResetModel();
}

const Authorization *AuthorizationTableModel::authorizationAt(int row) const
{
    return row >= 0 && row < m_authorizations.size() ? &m_authorizations[row] : nullptr;
}

int AuthorizationTableModel::rowOf(qint64 authorizationId) const
{
    for (int row = 0; row < m_authorizations.size(); ++row)
        if (m_authorizations[row].id == authorizationId)
            return row;
    return -1;
}

int AuthorizationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_authorizations.size());
}

int AuthorizationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuthorizationTableModel::validText(const Authorization &a)
{
    return Core::ClinicDate::format(a.validFrom) + QStringLiteral("\u2013") +
           Core::ClinicDate::format(a.validTo);
}

QString AuthorizationTableModel::usedText(int used, int approved)
{
    return approved > 0 ? tr("%1 of %2").arg(used).arg(approved) : tr("%1 (no limit)").arg(used);
}

QString AuthorizationTableModel::displayText(const Authorization &a,
                                             const AuthorizationStanding &standing,
                                             int column) const
{
    switch (column) {
    case Payer:
        return a.payer;
    case Number:
        return a.number;
    case Covers:
        // Short for the column; the tooltip says it in full.
        return a.covers == Core::AuthorizationCovers::Both ? tr("Both")
                                                           : Core::coversLabel(a.covers);
    case Valid:
        return validText(a);
    case Visits:
        return usedText(a.visitsUsed, a.approvedVisits);
    case Units:
        return usedText(a.unitsUsed, a.approvedUnits);
    case Standing:
        return standing.label;
    }
    return {};
}

QVariant AuthorizationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Authorization &a = m_authorizations[index.row()];
    const AuthorizationStanding &standing = m_standings[index.row()];
    const bool expired = a.validTo < m_today;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(a, standing, index.column());
    case Qt::ToolTipRole: {
        QStringList lines{Core::AuthorizationRules::displayName(a) + QStringLiteral(": ") +
                          Core::coversLabel(a.covers).toLower() + QStringLiteral(", ") +
                          Core::ClinicDate::formatLong(a.validFrom) + QStringLiteral(" to ") +
                          Core::ClinicDate::formatLong(a.validTo)};
        if (!standing.reason.isEmpty())
            lines << standing.reason;
        if (!a.notes.isEmpty())
            lines << a.notes;
        return lines.join(u'\n');
    }
    case Qt::ForegroundRole:
        // Colour goes with the words of the Standing column, never alone.
        if (expired || a.validFrom > m_today)
            return Theme::inactiveText;
        if (index.column() == Standing && standing.state == State::UsedUp)
            return Theme::errorText;
        if (index.column() == Standing && standing.state == State::ExpiringSoon)
            return Theme::warningText;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Visits || index.column() == Units)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case AuthorizationIdRole:
        return a.id;
    case ExpiredRole:
        return expired;
    case StateRole:
        return int(standing.state);
    }
    return {};
}

QVariant AuthorizationTableModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Payer:
        return tr("Payer");
    case Number:
        return tr("Number");
    case Covers:
        return tr("Covers");
    case Valid:
        return tr("Valid");
    case Visits:
        return tr("Visits used");
    case Units:
        return tr("Units used");
    case Standing:
        return tr("Standing");
    }
    return {};
}

} // namespace ClinicDesk::Ui
