#include "audittrail.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ClinicDesk::Db {

QString toStoredDateTime(const QDateTime &at)
{
    return at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

namespace {
// Digits at [from, from + count) as a number, or -1. Hand-rolled: QDateTime::fromString with a
// format costs tens of microseconds, and a day's schedule reads hundreds of these.
int digits(const QString &text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}
} // namespace

QDate fromStoredDate(const QString &text)
{
    if (text.size() < 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    return QDate(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
}

QDateTime fromStoredDateTime(const QString &text)
{
    const QDate date = fromStoredDate(text);
    if (!date.isValid() || text.size() < 16 || text.at(10) != u'T')
        return {};
    const int seconds = text.size() >= 19 ? digits(text, 17, 2) : 0;
    return QDateTime(date, QTime(digits(text, 11, 2), digits(text, 14, 2), std::max(0, seconds)));
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
