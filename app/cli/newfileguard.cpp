#include "newfileguard.h"

#include <QFile>
#include <QFileInfo>

namespace ClinicDesk::Cli {

NewFileGuard::NewFileGuard(QString path)
    : m_path(std::move(path))
    , m_isNew(!QFileInfo::exists(m_path))
{
}

NewFileGuard::~NewFileGuard()
{
    if (!m_isNew || m_keep)
        return;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(m_path + suffix);
}

} // namespace ClinicDesk::Cli
