#pragma once

#include <QString>

namespace ClinicDesk::Cli {

// Removes a database file that this run created, with SQLite's side files, unless the run says
// to keep it: a failed `init` or `seed-demo` leaves nothing half-made behind. Declare it before
// the AppContext so that the connection is closed by the time the file goes.
class NewFileGuard
{
public:
    explicit NewFileGuard(QString path);
    ~NewFileGuard();
    NewFileGuard(const NewFileGuard &) = delete;
    NewFileGuard &operator=(const NewFileGuard &) = delete;

    bool isNew() const { return m_isNew; }
    void keep() { m_keep = true; }

private:
    QString m_path;
    bool m_isNew = false;
    bool m_keep = false;
};

} // namespace ClinicDesk::Cli
