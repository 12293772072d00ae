#pragma once

#include "clinicsetup.h"

#include <QAbstractTableModel>
#include <QList>

namespace ClinicDesk::Ui {

// The clinic's providers, one a row, as the settings list them: name, credentials, colour (a
// swatch with its hex code) and whether they can be booked. Inactive providers stay listed, greyed
// and marked "Inactive" in words, because past and booked appointments still name them.
class ProviderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Credentials, Colour, Status, ColumnCount };
    enum Role {
        ProviderIdRole = Qt::UserRole + 1, // qint64
        ActiveRole, // bool
    };

    explicit ProviderTableModel(QObject *parent = nullptr);

    void setProviders(QList<Core::Provider> providers);
    const QList<Core::Provider> &providers() const { return m_providers; }
    const Core::Provider *providerAt(int row) const;
    int rowOf(qint64 providerId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Core::Provider> m_providers;
};

} // namespace ClinicDesk::Ui
