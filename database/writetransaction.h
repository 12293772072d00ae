#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace ClinicDesk::Db {

// A write transaction taken with BEGIN IMMEDIATE: it holds the write lock from the start, so a
// check made inside it (a conflict, a rule) still holds when the write commits, even with another
// workstation on the same file. Rolls back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // Whether BEGIN succeeded; `error()` says why not.
    bool isActive() const { return m_active; }
    const Core::Error &error() const { return m_error; }
    Core::Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Core::Error m_error;
};

} // namespace ClinicDesk::Db
