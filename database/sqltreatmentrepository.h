#pragma once

#include "treatmentrepository.h"

#include <QSqlDatabase>

namespace ClinicDesk::Db {

class Database;

// Treatments with their areas and adverse events, the per-patient course summary, contact
// attempts and drug supplies, in SQLite. The course row is rewritten from `treatments` in the
// same transaction as every treatment change, so it can never disagree with the history.
class SqlTreatmentRepository : public Core::TreatmentRepository
{
public:
    explicit SqlTreatmentRepository(Database &database);

    Core::Result<QList<Core::Treatment>> forPatient(qint64 patientId) override;
    Core::Result<Core::Treatment> byId(qint64 id) override;
    Core::Result<std::optional<Core::Treatment>> byAppointment(qint64 appointmentId) override;
    Core::Result<Core::Treatment> add(const Core::Treatment &treatment,
                                      const Core::ChangeContext &context) override;
    Core::Status update(const Core::Treatment &treatment,
                        const Core::ChangeContext &context) override;
    Core::Status remove(qint64 id, const Core::ChangeContext &context) override;
    Core::Result<int> addMany(const QList<Core::Treatment> &treatments,
                              const Core::ChangeContext &context,
                              const std::function<bool(int)> &progress = {}) override;

    Core::Result<Core::TreatmentCourse> course(qint64 patientId) override;
    Core::Status setDiscontinued(qint64 patientId, QDate on, const QString &reason,
                                 const Core::ChangeContext &context) override;
    Core::Result<QList<Core::BoardCandidate>>
    boardCandidates(const Core::BoardQuery &query) override;
    Core::Result<QList<Core::BoardCandidate>> candidatesFor(const QList<qint64> &patientIds,
                                                            QDate today) override;

    Core::Result<QList<Core::ContactAttempt>> contactAttempts(qint64 patientId) override;
    Core::Result<Core::ContactAttempt>
    addContactAttempt(const Core::ContactAttempt &attempt,
                      const Core::ChangeContext &context) override;

    Core::Result<std::optional<Core::DrugSupply>> drugSupply(qint64 appointmentId) override;
    Core::Status setDrugSupply(const Core::DrugSupply &supply,
                               const Core::ChangeContext &context) override;

private:
    Core::Result<QList<Core::Treatment>> select(const QString &where, const QString &name,
                                                const QVariant &value);
    // Writes the treatment's own row, areas and adverse events (the row exists or `insert`).
    Core::Result<qint64> writeTreatment(QSqlDatabase db, const Core::Treatment &treatment,
                                        bool insert);
    static Core::Status refreshCourse(QSqlDatabase db, qint64 patientId);
    // Courses chosen by `where` (bound `values`), then their next booking and last contact.
    Core::Result<QList<Core::BoardCandidate>>
    // `onlyTheseIds`: `values` holds ":ids", a JSON array; bookings and calls are read for
    // those patients only (else for everyone on or after the dates).
    candidates(const QString &where, const QVariantMap &values, QDate today, QDate contactsFrom,
               bool onlyTheseIds = false);

    Database &m_database;
};

} // namespace ClinicDesk::Db
