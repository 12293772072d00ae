#pragma once

#include <QDateTime>
#include <QString>

namespace ClinicDesk::Core {

// Who makes a change and when: written to the audit trail in the same transaction as the change.
struct ChangeContext {
    QString user;
    QDateTime at;
};

} // namespace ClinicDesk::Core
