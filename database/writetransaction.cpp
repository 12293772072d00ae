#include "writetransaction.h"

#include "database.h"

#include <QSqlQuery>

namespace ClinicDesk::Db {

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = storageError(QStringLiteral("Cannot start saving"), q.lastError());
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Core::Status WriteTransaction::commit()
{
    if (!m_active)
        return m_error.message.isEmpty()
                   ? Core::Error::storage(QStringLiteral("Nothing to save: this change was "
                                                         "already saved or abandoned."))
                   : m_error;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return storageError(QStringLiteral("Cannot save"), q.lastError());
    m_active = false;
    return {};
}

} // namespace ClinicDesk::Db
