#pragma once

#include "changecontext.h"
#include "result.h"

#include <QSqlDatabase>

namespace ClinicDesk::Db {

// Writes one audit entry on the caller's connection, so it commits or rolls back with the change.
Core::Status writeAudit(QSqlDatabase db, const Core::ChangeContext &context,
                        const QString &action, const QString &entity, qint64 entityId,
                        const QString &summary);

// ISO text as stored: dates yyyy-MM-dd, times yyyy-MM-ddTHH:mm:ss (clinic wall-clock).
// Qt's SQLite driver binds a null QString as SQL NULL; the schema keeps "none" as '' in its
// NOT NULL text columns. Every optional text bound for a write goes through this.
inline QString storedText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString toStoredDateTime(const QDateTime &at);
QDateTime fromStoredDateTime(const QString &text);
QDate fromStoredDate(const QString &text);

} // namespace ClinicDesk::Db
