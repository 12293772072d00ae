#include "sqltreatmentrepository.h"

#include "audittrail.h"
#include "database.h"
#include "patient.h"
#include "writetransaction.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace ClinicDesk::Db {

using namespace ClinicDesk::Core;

namespace {

QVariant dateOrNull(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

QVariant idOrNull(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

const QString kTreatmentColumns = QStringLiteral(
    "id, patient_id, appointment_id, treated_on, provider_id, diagnosis_code, product, ndc, "
    "vial_units, vial_count, lot_number, lot_expiry, units_given, units_discarded, "
    "consent_signed, notes, recorded_by, recorded_at");

Treatment treatmentFrom(const QSqlQuery &q)
{
    Treatment t;
    t.id = q.value(0).toLongLong();
    t.patientId = q.value(1).toLongLong();
    t.appointmentId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    t.date = fromStoredDate(q.value(3).toString());
    t.providerId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    t.diagnosisCode = q.value(5).toString();
    t.product = q.value(6).toString();
    t.ndc = q.value(7).toString();
    t.vialUnits = q.value(8).toInt();
    t.vialCount = q.value(9).toInt();
    t.lotNumber = q.value(10).toString();
    t.lotExpiry = fromStoredDate(q.value(11).toString());
    t.unitsGiven = q.value(12).toInt();
    t.unitsDiscarded = q.value(13).toInt();
    t.consentSigned = q.value(14).toBool();
    t.notes = q.value(15).toString();
    t.recordedBy = q.value(16).toString();
    t.recordedAt = fromStoredDateTime(q.value(17).toString());
    return t;
}

// The statements that store a treatment, prepared once per transaction (a batch of history
// reuses them for every row).
class TreatmentWriter
{
public:
    explicit TreatmentWriter(QSqlDatabase db)
        : m_insert(db)
        , m_update(db)
        , m_area(db)
        , m_event(db)
        , m_clearAreas(db)
        , m_clearEvents(db)
    {
        m_insert.prepare(QStringLiteral(
            "INSERT INTO treatments (patient_id, appointment_id, treated_on, provider_id, "
            "diagnosis_code, product, ndc, vial_units, vial_count, lot_number, lot_expiry, "
            "units_given, units_discarded, consent_signed, notes, recorded_by, recorded_at) "
            "VALUES (:patient, :appointment, :date, :provider, :diagnosis, :product, :ndc, "
            ":vial_units, :vial_count, :lot, :lot_expiry, :given, :discarded, :consent, :notes, "
            ":by, :at)"));
        m_update.prepare(QStringLiteral(
            "UPDATE treatments SET patient_id = :patient, appointment_id = :appointment, "
            "treated_on = :date, provider_id = :provider, diagnosis_code = :diagnosis, "
            "product = :product, ndc = :ndc, vial_units = :vial_units, vial_count = :vial_count, "
            "lot_number = :lot, lot_expiry = :lot_expiry, units_given = :given, "
            "units_discarded = :discarded, consent_signed = :consent, notes = :notes "
            "WHERE id = :id"));
        m_area.prepare(QStringLiteral(
            "INSERT INTO treatment_areas (treatment_id, position, area, sites, units, additional) "
            "VALUES (:treatment, :position, :area, :sites, :units, :additional)"));
        m_event.prepare(
            QStringLiteral("INSERT INTO adverse_events (treatment_id, code, onset_on, notes) "
                           "VALUES (:treatment, :code, :onset, :notes)"));
        m_clearAreas.prepare(
            QStringLiteral("DELETE FROM treatment_areas WHERE treatment_id = :id"));
        m_clearEvents.prepare(
            QStringLiteral("DELETE FROM adverse_events WHERE treatment_id = :id"));
    }

    Result<qint64> write(const Treatment &t, bool insert)
    {
        QSqlQuery &q = insert ? m_insert : m_update;
        q.bindValue(QStringLiteral(":patient"), t.patientId);
        q.bindValue(QStringLiteral(":appointment"), idOrNull(t.appointmentId));
        q.bindValue(QStringLiteral(":date"), t.date.toString(Qt::ISODate));
        q.bindValue(QStringLiteral(":provider"), idOrNull(t.providerId));
        q.bindValue(QStringLiteral(":diagnosis"), storedText(t.diagnosisCode));
        q.bindValue(QStringLiteral(":product"), storedText(t.product));
        q.bindValue(QStringLiteral(":ndc"), storedText(t.ndc));
        q.bindValue(QStringLiteral(":vial_units"), t.vialUnits);
        q.bindValue(QStringLiteral(":vial_count"), t.vialCount);
        q.bindValue(QStringLiteral(":lot"), storedText(t.lotNumber));
        q.bindValue(QStringLiteral(":lot_expiry"), dateOrNull(t.lotExpiry));
        q.bindValue(QStringLiteral(":given"), t.unitsGiven);
        q.bindValue(QStringLiteral(":discarded"), t.unitsDiscarded);
        q.bindValue(QStringLiteral(":consent"), int(t.consentSigned));
        q.bindValue(QStringLiteral(":notes"), storedText(t.notes));
        if (insert) {
            q.bindValue(QStringLiteral(":by"), storedText(t.recordedBy));
            q.bindValue(QStringLiteral(":at"), toStoredDateTime(t.recordedAt));
        } else {
            q.bindValue(QStringLiteral(":id"), t.id);
        }
        if (!q.exec()) {
            if (q.lastError().databaseText().contains(QStringLiteral("UNIQUE")))
                return Error::conflict(QStringLiteral("A treatment is already recorded for this "
                                                      "appointment."));
            if (q.lastError().databaseText().contains(QStringLiteral("FOREIGN KEY")))
                return Error::notFound(QStringLiteral("The patient, provider or appointment of "
                                                      "this treatment no longer exists."));
            return storageError(QStringLiteral("Cannot store the treatment"), q.lastError());
        }
        const qint64 id = insert ? q.lastInsertId().toLongLong() : t.id;
        if (!insert) {
            if (q.numRowsAffected() != 1)
                return Error::notFound(QStringLiteral("Treatment %1 no longer exists.").arg(t.id));
            for (QSqlQuery *clear : {&m_clearAreas, &m_clearEvents}) {
                clear->bindValue(QStringLiteral(":id"), id);
                if (!clear->exec())
                    return storageError(QStringLiteral("Cannot store the treatment"),
                                        clear->lastError());
            }
        }
        for (qsizetype i = 0; i < t.areas.size(); ++i) {
            const AreaDose &dose = t.areas[i];
            m_area.bindValue(QStringLiteral(":treatment"), id);
            m_area.bindValue(QStringLiteral(":position"), int(i));
            m_area.bindValue(QStringLiteral(":area"), areaCode(dose.area));
            m_area.bindValue(QStringLiteral(":sites"), dose.sites);
            m_area.bindValue(QStringLiteral(":units"), dose.units);
            m_area.bindValue(QStringLiteral(":additional"), int(dose.additional));
            if (!m_area.exec())
                return storageError(QStringLiteral("Cannot store the injection areas"),
                                    m_area.lastError());
        }
        for (const AdverseEvent &event : t.adverseEvents) {
            m_event.bindValue(QStringLiteral(":treatment"), id);
            m_event.bindValue(QStringLiteral(":code"), adverseEventCode(event.code));
            m_event.bindValue(QStringLiteral(":onset"), dateOrNull(event.onset));
            m_event.bindValue(QStringLiteral(":notes"), storedText(event.notes));
            if (!m_event.exec())
                return storageError(QStringLiteral("Cannot store the adverse events"),
                                    m_event.lastError());
        }
        return id;
    }

private:
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_area;
    QSqlQuery m_event;
    QSqlQuery m_clearAreas;
    QSqlQuery m_clearEvents;
};

QString describe(const Treatment &t)
{
    return QStringLiteral("%1 %2 U given, %3 U discarded, lot %4")
        .arg(t.date.toString(Qt::ISODate))
        .arg(t.unitsGiven)
        .arg(t.unitsDiscarded)
        .arg(t.lotNumber.isEmpty() ? QStringLiteral("-") : t.lotNumber);
}

const QString kHeldNotCompleted = QStringLiteral("('booked', 'confirmed', 'arrived', 'in_room')");

} // namespace

SqlTreatmentRepository::SqlTreatmentRepository(Database &database)
    : m_database(database)
{}

Result<QList<Treatment>> SqlTreatmentRepository::select(const QString &where, const QString &name,
                                                        const QVariant &value)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // `where` is one of this file's constants; only the value comes from outside.
    q.prepare(QStringLiteral("SELECT ") + kTreatmentColumns +
              QStringLiteral(" FROM treatments WHERE ") + where +
              QStringLiteral(" ORDER BY treated_on, id"));
    q.bindValue(name, value);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot read treatments"), q.lastError());
    QList<Treatment> list;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), list.size());
        list.append(treatmentFrom(q));
    }
    if (list.isEmpty())
        return list;
    QSqlQuery areas(db);
    areas.setForwardOnly(true);
    areas.prepare(QStringLiteral("SELECT treatment_id, area, sites, units, additional FROM "
                                 "treatment_areas WHERE treatment_id IN (SELECT id FROM treatments "
                                 "WHERE ") +
                  where + QStringLiteral(") ORDER BY treatment_id, position"));
    areas.bindValue(name, value);
    if (!areas.exec())
        return storageError(QStringLiteral("Cannot read injection areas"), areas.lastError());
    while (areas.next()) {
        const auto area = areaFromCode(areas.value(1).toString());
        if (!area)
            continue;
        list[index.value(areas.value(0).toLongLong())].areas.append(
            {*area, areas.value(2).toInt(), areas.value(3).toInt(), areas.value(4).toBool()});
    }
    QSqlQuery events(db);
    events.setForwardOnly(true);
    events.prepare(QStringLiteral("SELECT treatment_id, code, onset_on, notes FROM adverse_events "
                                  "WHERE treatment_id IN (SELECT id FROM treatments WHERE ") +
                   where + QStringLiteral(") ORDER BY treatment_id, id"));
    events.bindValue(name, value);
    if (!events.exec())
        return storageError(QStringLiteral("Cannot read adverse events"), events.lastError());
    while (events.next()) {
        list[index.value(events.value(0).toLongLong())].adverseEvents.append(
            {adverseEventFromCode(events.value(1).toString()).value_or(AdverseEventCode::Other),
             fromStoredDate(events.value(2).toString()), events.value(3).toString()});
    }
    return list;
}

Result<QList<Treatment>> SqlTreatmentRepository::forPatient(qint64 patientId)
{
    return select(QStringLiteral("patient_id = :value"), QStringLiteral(":value"), patientId);
}

Result<Treatment> SqlTreatmentRepository::byId(qint64 id)
{
    auto found = select(QStringLiteral("id = :value"), QStringLiteral(":value"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(QStringLiteral("Treatment %1 does not exist.").arg(id));
    return found->constFirst();
}

Result<std::optional<Treatment>> SqlTreatmentRepository::byAppointment(qint64 appointmentId)
{
    auto found =
        select(QStringLiteral("appointment_id = :value"), QStringLiteral(":value"), appointmentId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Treatment>();
    return std::optional<Treatment>(found->constFirst());
}

Status SqlTreatmentRepository::refreshCourse(QSqlDatabase db, qint64 patientId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO treatment_courses (patient_id, first_treated_on, last_treated_on, cycles, "
        "last_provider_id) SELECT :patient, MIN(treated_on), MAX(treated_on), COUNT(*), "
        "(SELECT provider_id FROM treatments WHERE patient_id = :patient2 "
        " ORDER BY treated_on DESC, id DESC LIMIT 1) "
        "FROM treatments WHERE patient_id = :patient3 "
        "ON CONFLICT (patient_id) DO UPDATE SET first_treated_on = excluded.first_treated_on, "
        "last_treated_on = excluded.last_treated_on, cycles = excluded.cycles, "
        "last_provider_id = excluded.last_provider_id"));
    q.bindValue(QStringLiteral(":patient"), patientId);
    q.bindValue(QStringLiteral(":patient2"), patientId);
    q.bindValue(QStringLiteral(":patient3"), patientId);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot update the treatment course"), q.lastError());
    return {};
}

Result<Treatment> SqlTreatmentRepository::add(const Treatment &treatment,
                                              const ChangeContext &context)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    TreatmentWriter writer(db);
    auto id = writer.write(treatment, true);
    if (!id)
        return id.error();
    if (Status s = refreshCourse(db, treatment.patientId); !s)
        return s.error();
    if (Status s = writeAudit(db, context, QStringLiteral("record"), QStringLiteral("treatment"),
                              id.value(), describe(treatment));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    Treatment stored = treatment;
    stored.id = id.value();
    return stored;
}

Status SqlTreatmentRepository::update(const Treatment &treatment, const ChangeContext &context)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery before(db);
    before.prepare(QStringLiteral("SELECT patient_id FROM treatments WHERE id = :id"));
    before.bindValue(QStringLiteral(":id"), treatment.id);
    if (!before.exec())
        return storageError(QStringLiteral("Cannot read the treatment"), before.lastError());
    if (!before.next())
        return Error::notFound(QStringLiteral("Treatment %1 no longer exists.").arg(treatment.id));
    const qint64 previousPatient = before.value(0).toLongLong();
    TreatmentWriter writer(db);
    if (auto id = writer.write(treatment, false); !id)
        return id.error();
    for (qint64 patient : QSet<qint64>{previousPatient, treatment.patientId})
        if (Status s = refreshCourse(db, patient); !s)
            return s;
    if (Status s = writeAudit(db, context, QStringLiteral("correct"), QStringLiteral("treatment"),
                              treatment.id, describe(treatment));
        !s)
        return s;
    return transaction.commit();
}

Status SqlTreatmentRepository::remove(qint64 id, const ChangeContext &context)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto found = byId(id);
    if (!found)
        return found.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM treatments WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot remove the treatment"), q.lastError());
    if (Status s = refreshCourse(db, found->patientId); !s)
        return s;
    if (Status s = writeAudit(db, context, QStringLiteral("remove"), QStringLiteral("treatment"),
                              id, describe(found.value()));
        !s)
        return s;
    return transaction.commit();
}

Result<int> SqlTreatmentRepository::addMany(const QList<Treatment> &treatments,
                                            const ChangeContext &context,
                                            const std::function<bool(int)> &progress)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    TreatmentWriter writer(db);
    QSet<qint64> patients;
    int done = 0;
    for (const Treatment &t : treatments) {
        if (auto id = writer.write(t, true); !id)
            return Error{id.error().kind,
                         QStringLiteral("Treatment %1 (%2): %3")
                             .arg(done + 1)
                             .arg(t.date.toString(Qt::ISODate), id.error().message),
                         {}};
        patients.insert(t.patientId);
        ++done;
        if (progress && done % 1000 == 0 && !progress(done))
            return Error::refused(QStringLiteral("Stopped; nothing was stored."));
    }
    for (qint64 patient : std::as_const(patients))
        if (Status s = refreshCourse(db, patient); !s)
            return s.error();
    if (Status s = writeAudit(db, context, QStringLiteral("import"), QStringLiteral("treatment"), 0,
                              QStringLiteral("%1 treatments").arg(done));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return done;
}

Result<TreatmentCourse> SqlTreatmentRepository::course(qint64 patientId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT first_treated_on, last_treated_on, cycles, discontinued_on, "
                             "discontinued_reason FROM treatment_courses WHERE patient_id = :id"));
    q.bindValue(QStringLiteral(":id"), patientId);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot read the treatment course"), q.lastError());
    TreatmentCourse c;
    c.patientId = patientId;
    if (q.next()) {
        c.firstTreated = fromStoredDate(q.value(0).toString());
        c.lastTreated = fromStoredDate(q.value(1).toString());
        c.cycles = q.value(2).toInt();
        c.discontinuedOn = fromStoredDate(q.value(3).toString());
        c.discontinuedReason = q.value(4).toString();
    }
    return c;
}

Status SqlTreatmentRepository::setDiscontinued(qint64 patientId, QDate on, const QString &reason,
                                               const ChangeContext &context)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s = refreshCourse(db, patientId); !s)
        return s;
    const bool stop = !reason.isEmpty();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE treatment_courses SET discontinued_on = :on, "
                             "discontinued_reason = :reason WHERE patient_id = :id"));
    q.bindValue(QStringLiteral(":on"), stop ? dateOrNull(on) : dateOrNull(QDate()));
    q.bindValue(QStringLiteral(":reason"), storedText(stop ? reason : QString()));
    q.bindValue(QStringLiteral(":id"), patientId);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot record the change"), q.lastError());
    if (Status s =
            writeAudit(db, context, stop ? QStringLiteral("discontinue") : QStringLiteral("resume"),
                       QStringLiteral("patient"), patientId, reason);
        !s)
        return s;
    return transaction.commit();
}

Result<QList<BoardCandidate>> SqlTreatmentRepository::boardCandidates(const BoardQuery &query)
{
    // The courses whose last treatment falls in the range: an index range on last_treated_on.
    return candidates(QStringLiteral("c.last_treated_on >= :from AND c.last_treated_on <= :to "
                                     "AND p.active = 1 AND (c.discontinued_on IS NULL OR "
                                     ":discontinued = 1)"),
                      {{QStringLiteral(":from"), query.lastTreatedFrom.toString(Qt::ISODate)},
                       {QStringLiteral(":to"), query.lastTreatedTo.toString(Qt::ISODate)},
                       {QStringLiteral(":discontinued"), int(query.includeDiscontinued)}},
                      query.today, query.lastTreatedFrom);
}

Result<QList<BoardCandidate>> SqlTreatmentRepository::candidatesFor(const QList<qint64> &patientIds,
                                                                    QDate today)
{
    if (patientIds.isEmpty())
        return QList<BoardCandidate>();
    // The ids travel as one bound JSON array (SQLite's json_each; PostgreSQL would take an
    // array parameter), and the bookings and calls read are theirs alone: a search result's
    // statuses cost what is on screen, not the clinic's whole future book.
    QStringList numbers;
    numbers.reserve(patientIds.size());
    for (qint64 id : patientIds)
        numbers.append(QString::number(id));
    return candidates(QStringLiteral("c.patient_id IN (SELECT value FROM json_each(:ids))"),
                      {{QStringLiteral(":ids"), QStringLiteral("[%1]").arg(numbers.join(u','))}},
                      today, today.addYears(-2), true);
}

Result<QList<BoardCandidate>> SqlTreatmentRepository::candidates(const QString &where,
                                                                 const QVariantMap &values,
                                                                 QDate today, QDate contactsFrom,
                                                                 bool onlyTheseIds)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT c.patient_id, p.last_name, p.first_name, p.preferred_name, p.mrn, "
                  "p.mobile_phone, p.home_phone, p.insurance_payer, c.first_treated_on, "
                  "c.last_treated_on, "
                  "c.cycles, c.discontinued_on, c.discontinued_reason, c.last_provider_id, pr.name "
                  "FROM treatment_courses c JOIN patients p ON p.id = c.patient_id "
                  "LEFT JOIN providers pr ON pr.id = c.last_provider_id WHERE ") +
              where);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return storageError(QStringLiteral("Cannot read the retreatment board"), q.lastError());
    QList<BoardCandidate> list;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        BoardCandidate c;
        c.patientId = q.value(0).toLongLong();
        Patient name;
        name.lastName = q.value(1).toString();
        name.firstName = q.value(2).toString();
        name.preferredName = q.value(3).toString();
        c.patientName = name.displayName();
        c.patientMrn = q.value(4).toString();
        const QString mobile = q.value(5).toString();
        c.patientPhone = mobile.isEmpty() ? q.value(6).toString() : mobile;
        c.payer = q.value(7).toString();
        c.course.patientId = c.patientId;
        c.course.firstTreated = fromStoredDate(q.value(8).toString());
        c.course.lastTreated = fromStoredDate(q.value(9).toString());
        c.course.cycles = q.value(10).toInt();
        c.course.discontinuedOn = fromStoredDate(q.value(11).toString());
        c.course.discontinuedReason = q.value(12).toString();
        c.lastProviderId = q.value(13).isNull() ? 0 : q.value(13).toLongLong();
        c.lastProviderName = q.value(14).toString();
        index.insert(c.patientId, list.size());
        list.append(c);
    }
    if (list.isEmpty())
        return list;

    // 2. Botox bookings from today on (bounded by the future book, not history): the first per
    //    patient is their next treatment.
    QSqlQuery next(db);
    next.setForwardOnly(true);
    next.prepare(QStringLiteral("SELECT a.patient_id, a.id, a.starts_at, a.provider_id "
                                "FROM appointments a JOIN appointment_types t ON t.id = a.type_id "
                                "WHERE a.starts_at >= :today AND t.is_botox = 1 AND a.status IN ") +
                 kHeldNotCompleted +
                 (onlyTheseIds ? QStringLiteral(" AND a.patient_id IN (SELECT value FROM "
                                                "json_each(:ids))")
                               : QString()) +
                 QStringLiteral(" ORDER BY a.starts_at"));
    next.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    if (onlyTheseIds)
        next.bindValue(QStringLiteral(":ids"), values.value(QStringLiteral(":ids")));
    if (!next.exec())
        return storageError(QStringLiteral("Cannot read booked treatments"), next.lastError());
    while (next.next()) {
        const auto it = index.constFind(next.value(0).toLongLong());
        if (it == index.cend())
            continue;
        BoardCandidate &c = list[it.value()];
        if (c.nextAppointmentId != 0)
            continue;
        c.nextAppointmentId = next.value(1).toLongLong();
        c.nextBookedOn = fromStoredDate(next.value(2).toString().left(10));
        c.nextProviderId = next.value(3).toLongLong();
    }

    // 3. Contact attempts since the earliest last treatment on the board: the latest per patient.
    QSqlQuery calls(db);
    calls.setForwardOnly(true);
    calls.prepare(QStringLiteral("SELECT id, patient_id, contacted_at, outcome, note, contacted_by "
                                 "FROM contact_attempts WHERE contacted_at >= :from ") +
                  (onlyTheseIds ? QStringLiteral("AND patient_id IN (SELECT value FROM "
                                                 "json_each(:ids)) ")
                                : QString()) +
                  QStringLiteral("ORDER BY contacted_at, id"));
    calls.bindValue(QStringLiteral(":from"), contactsFrom.toString(Qt::ISODate));
    if (onlyTheseIds)
        calls.bindValue(QStringLiteral(":ids"), values.value(QStringLiteral(":ids")));
    if (!calls.exec())
        return storageError(QStringLiteral("Cannot read contact attempts"), calls.lastError());
    while (calls.next()) {
        const auto it = index.constFind(calls.value(1).toLongLong());
        if (it == index.cend())
            continue;
        ContactAttempt a;
        a.id = calls.value(0).toLongLong();
        a.patientId = calls.value(1).toLongLong();
        a.at = fromStoredDateTime(calls.value(2).toString());
        a.outcome =
            contactOutcomeFromCode(calls.value(3).toString()).value_or(ContactOutcome::Spoke);
        a.note = calls.value(4).toString();
        a.by = calls.value(5).toString();
        list[it.value()].lastContact = a;
    }
    return list;
}

Result<QList<ContactAttempt>> SqlTreatmentRepository::contactAttempts(qint64 patientId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, patient_id, contacted_at, outcome, note, contacted_by "
                             "FROM contact_attempts WHERE patient_id = :id "
                             "ORDER BY contacted_at DESC, id DESC"));
    q.bindValue(QStringLiteral(":id"), patientId);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot read contact attempts"), q.lastError());
    QList<ContactAttempt> list;
    while (q.next()) {
        ContactAttempt a;
        a.id = q.value(0).toLongLong();
        a.patientId = q.value(1).toLongLong();
        a.at = fromStoredDateTime(q.value(2).toString());
        a.outcome = contactOutcomeFromCode(q.value(3).toString()).value_or(ContactOutcome::Spoke);
        a.note = q.value(4).toString();
        a.by = q.value(5).toString();
        list.append(a);
    }
    return list;
}

Result<ContactAttempt> SqlTreatmentRepository::addContactAttempt(const ContactAttempt &attempt,
                                                                 const ChangeContext &context)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO contact_attempts (patient_id, contacted_at, outcome, "
                             "note, contacted_by) VALUES (:patient, :at, :outcome, :note, :by)"));
    q.bindValue(QStringLiteral(":patient"), attempt.patientId);
    q.bindValue(QStringLiteral(":at"), toStoredDateTime(attempt.at));
    q.bindValue(QStringLiteral(":outcome"), contactOutcomeCode(attempt.outcome));
    q.bindValue(QStringLiteral(":note"), storedText(attempt.note));
    q.bindValue(QStringLiteral(":by"), storedText(attempt.by));
    if (!q.exec()) {
        if (q.lastError().databaseText().contains(QStringLiteral("FOREIGN KEY")))
            return Error::notFound(QStringLiteral("That patient no longer exists."));
        return storageError(QStringLiteral("Cannot log the call"), q.lastError());
    }
    ContactAttempt stored = attempt;
    stored.id = q.lastInsertId().toLongLong();
    if (Status s = writeAudit(db, context, QStringLiteral("contact"), QStringLiteral("patient"),
                              attempt.patientId, contactOutcomeLabel(attempt.outcome));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return stored;
}

Result<std::optional<DrugSupply>> SqlTreatmentRepository::drugSupply(qint64 appointmentId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT source, pharmacy, ordered_on, shipped_on, received_on "
                             "FROM drug_supplies WHERE appointment_id = :id"));
    q.bindValue(QStringLiteral(":id"), appointmentId);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot read the drug supply"), q.lastError());
    if (!q.next())
        return std::optional<DrugSupply>();
    DrugSupply s;
    s.appointmentId = appointmentId;
    s.source = drugSourceFromCode(q.value(0).toString()).value_or(DrugSource::ClinicStock);
    s.pharmacy = q.value(1).toString();
    s.orderedOn = fromStoredDate(q.value(2).toString());
    s.shippedOn = fromStoredDate(q.value(3).toString());
    s.receivedOn = fromStoredDate(q.value(4).toString());
    return std::optional<DrugSupply>(s);
}

Status SqlTreatmentRepository::setDrugSupply(const DrugSupply &supply, const ChangeContext &context)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO drug_supplies (appointment_id, source, pharmacy, ordered_on, shipped_on, "
        "received_on) VALUES (:id, :source, :pharmacy, :ordered, :shipped, :received) "
        "ON CONFLICT (appointment_id) DO UPDATE SET source = excluded.source, "
        "pharmacy = excluded.pharmacy, ordered_on = excluded.ordered_on, "
        "shipped_on = excluded.shipped_on, received_on = excluded.received_on"));
    q.bindValue(QStringLiteral(":id"), supply.appointmentId);
    q.bindValue(QStringLiteral(":source"), drugSourceCode(supply.source));
    q.bindValue(QStringLiteral(":pharmacy"), storedText(supply.pharmacy));
    q.bindValue(QStringLiteral(":ordered"), dateOrNull(supply.orderedOn));
    q.bindValue(QStringLiteral(":shipped"), dateOrNull(supply.shippedOn));
    q.bindValue(QStringLiteral(":received"), dateOrNull(supply.receivedOn));
    if (!q.exec()) {
        if (q.lastError().databaseText().contains(QStringLiteral("FOREIGN KEY")))
            return Error::notFound(QStringLiteral("That appointment no longer exists."));
        return storageError(QStringLiteral("Cannot save the drug supply"), q.lastError());
    }
    if (Status s = writeAudit(db, context, QStringLiteral("drug"), QStringLiteral("appointment"),
                              supply.appointmentId, supply.label());
        !s)
        return s;
    return transaction.commit();
}

} // namespace ClinicDesk::Db
