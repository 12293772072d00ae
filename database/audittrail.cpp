#include "audittrail.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ClinicDesk::Db {

QString toStoredDateTime(const QDateTime &at)
{
    return at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QDateTime fromStoredDateTime(const QString &text)
{
    return QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

Core::Status writeAudit(QSqlDatabase db, const Core::ChangeContext &context,
                        const QString &action, const QString &entity, qint64 entityId,
                        const QString &summary)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, entity_id, "
                             "summary) VALUES (:at, :user, :action, :entity, :id, :summary)"));
    q.bindValue(QStringLiteral(":at"), toStoredDateTime(context.at));
    q.bindValue(QStringLiteral(":user"), storedText(context.user));
    q.bindValue(QStringLiteral(":action"), action);
    q.bindValue(QStringLiteral(":entity"), entity);
    q.bindValue(QStringLiteral(":id"), entityId);
    q.bindValue(QStringLiteral(":summary"), storedText(summary.left(500)));
    if (!q.exec())
        return storageError(QStringLiteral("Cannot write the audit trail"), q.lastError());
    return {};
}

} // namespace ClinicDesk::Db
