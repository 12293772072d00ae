#include "sqlpatientrepository.h"

#include "audittrail.h"
#include "database.h"
#include "searchkey.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace ClinicDesk::Db {

using namespace ClinicDesk::Core;

namespace {

const QString kColumns = QStringLiteral(
    "id, mrn, first_name, middle_name, last_name, preferred_name, date_of_birth, sex, "
    "mobile_phone, home_phone, email, address_line1, address_line2, city, state, postal_code, "
    "preferred_contact, voicemail_consent, text_consent, emergency_name, emergency_relation, "
    "emergency_phone, insurance_payer, insurance_member_id, insurance_group, "
    "referring_physician, notes, active, created_at, updated_at, last_key, first_key");

// Column values bound by insert and update, with the derived search columns.
QList<QPair<QString, QVariant>> columnValues(const Patient &p)
{
    auto reversed = [](const QString &digits) {
        QString r = digits;
        std::reverse(r.begin(), r.end());
        return r;
    };
    QList<QPair<QString, QVariant>> values = {
        {QStringLiteral("first_name"), p.firstName},
        {QStringLiteral("middle_name"), p.middleName},
        {QStringLiteral("last_name"), p.lastName},
        {QStringLiteral("preferred_name"), p.preferredName},
        {QStringLiteral("date_of_birth"), p.dateOfBirth.toString(Qt::ISODate)},
        {QStringLiteral("sex"), sexCode(p.sex)},
        {QStringLiteral("mobile_phone"), p.mobilePhone},
        {QStringLiteral("home_phone"), p.homePhone},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("address_line1"), p.address.line1},
        {QStringLiteral("address_line2"), p.address.line2},
        {QStringLiteral("city"), p.address.city},
        {QStringLiteral("state"), p.address.state},
        {QStringLiteral("postal_code"), p.address.postalCode},
        {QStringLiteral("preferred_contact"), contactMethodCode(p.preferredContact)},
        {QStringLiteral("voicemail_consent"), int(p.voicemailConsent)},
        {QStringLiteral("text_consent"), int(p.textConsent)},
        {QStringLiteral("emergency_name"), p.emergencyContact.name},
        {QStringLiteral("emergency_relation"), p.emergencyContact.relationship},
        {QStringLiteral("emergency_phone"), p.emergencyContact.phone},
        {QStringLiteral("insurance_payer"), p.insurance.payer},
        {QStringLiteral("insurance_member_id"), p.insurance.memberId},
        {QStringLiteral("insurance_group"), p.insurance.groupNumber},
        {QStringLiteral("referring_physician"), p.referringPhysician},
        {QStringLiteral("notes"), p.notes},
        {QStringLiteral("active"), int(p.active)},
        {QStringLiteral("created_at"), toStoredDateTime(p.createdAt)},
        {QStringLiteral("updated_at"), toStoredDateTime(p.updatedAt)},
        {QStringLiteral("last_key"), SearchKey::fold(p.lastName)},
        {QStringLiteral("first_key"), SearchKey::fold(p.firstName)},
        {QStringLiteral("preferred_key"), SearchKey::fold(p.preferredName)},
        {QStringLiteral("mobile_rev"), reversed(p.mobilePhone)},
        {QStringLiteral("home_rev"), reversed(p.homePhone)},
    };
    // NOT NULL text columns keep '' for "none" (see storedText).
    for (auto &[column, value] : values)
        if (value.typeId() == QMetaType::QString)
            value = storedText(value.toString());
    return values;
}

Patient patientFrom(const QSqlQuery &q)
{
    Patient p;
    int i = 0;
    auto next = [&]() { return q.value(i++); };
    p.id = next().toLongLong();
    p.mrn = next().toString();
    p.firstName = next().toString();
    p.middleName = next().toString();
    p.lastName = next().toString();
    p.preferredName = next().toString();
    p.dateOfBirth = QDate::fromString(next().toString(), Qt::ISODate);
    p.sex = sexFromCode(next().toString());
    p.mobilePhone = next().toString();
    p.homePhone = next().toString();
    p.email = next().toString();
    p.address.line1 = next().toString();
    p.address.line2 = next().toString();
    p.address.city = next().toString();
    p.address.state = next().toString();
    p.address.postalCode = next().toString();
    p.preferredContact = contactMethodFromCode(next().toString());
    p.voicemailConsent = next().toInt() != 0;
    p.textConsent = next().toInt() != 0;
    p.emergencyContact.name = next().toString();
    p.emergencyContact.relationship = next().toString();
    p.emergencyContact.phone = next().toString();
    p.insurance.payer = next().toString();
    p.insurance.memberId = next().toString();
    p.insurance.groupNumber = next().toString();
    p.referringPhysician = next().toString();
    p.notes = next().toString();
    p.active = next().toInt() != 0;
    p.createdAt = fromStoredDateTime(next().toString());
    p.updatedAt = fromStoredDateTime(next().toString());
    return p;
}

// The first string after every string that starts with `prefix`, in binary order: `x >= prefix
// AND x < upper` is then an index range (portable, unlike LIKE's index rules).
QString upperBound(const QString &prefix)
{
    QString upper = prefix;
    while (!upper.isEmpty()) {
        const QChar last = upper.back();
        if (last.unicode() < 0xFFFF) {
            upper.back() = QChar(last.unicode() + 1);
            return upper;
        }
        upper.chop(1);
    }
    return QStringLiteral("\uFFFF");
}

QString reversedDigits(const QString &digits)
{
    QString r = digits;
    std::reverse(r.begin(), r.end());
    return r;
}

// Sorts merged results of several look-ups by name, folding each name once (not per comparison).
void sortByName(QList<Patient> &patients)
{
    struct Keyed {
        QString last, first;
        const Patient *patient;
    };
    QList<Keyed> keyed;
    keyed.reserve(patients.size());
    for (const Patient &p : patients)
        keyed.append({SearchKey::fold(p.lastName), SearchKey::fold(p.firstName), &p});
    std::sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        if (a.last != b.last)
            return a.last < b.last;
        if (a.first != b.first)
            return a.first < b.first;
        return a.patient->id < b.patient->id;
    });
    QList<Patient> sorted;
    sorted.reserve(patients.size());
    for (const Keyed &k : keyed)
        sorted.append(*k.patient);
    patients = std::move(sorted);
}

void appendNew(QList<Patient> &into, const QList<Patient> &more, int limit)
{
    for (const Patient &p : more) {
        if (into.size() >= limit)
            return;
        const bool seen = std::any_of(into.cbegin(), into.cend(),
                                      [&](const Patient &q) { return q.id == p.id; });
        if (!seen)
            into.append(p);
    }
}

} // namespace

SqlPatientRepository::SqlPatientRepository(Database &database)
    : m_database(database)
{
}

Result<int> SqlPatientRepository::insertBatch(const QList<Patient> &patients,
                                              const std::function<bool(int)> &progress,
                                              Patient *lastStored)
{
    // One read of the record-number counter, one prepared INSERT reused for every row, one
    // write of the counter: three statements a patient made large imports slow.
    QSqlDatabase db = m_database.connection();
    QSqlQuery seq(db);
    seq.prepare(QStringLiteral("SELECT next_value FROM sequences WHERE name = :name"));
    seq.bindValue(QStringLiteral(":name"), QStringLiteral("patient_mrn"));
    if (!seq.exec() || !seq.next())
        return storageError(QStringLiteral("Cannot number the new patients"), seq.lastError());
    qint64 number = seq.value(0).toLongLong();
    seq.finish();

    QSqlQuery q(db);
    int done = 0;
    for (const Patient &patient : patients) {
        Patient stored = patient;
        stored.mrn = QString::number(number++);
        const auto values = columnValues(stored);
        if (done == 0) {
            QStringList names{QStringLiteral("mrn")};
            QStringList params{QStringLiteral("?")};
            for (const auto &column : values) {
                names << column.first;
                params << QStringLiteral("?");
            }
            q.prepare(QStringLiteral("INSERT INTO patients (%1) VALUES (%2)")
                          .arg(names.join(u','), params.join(u',')));
        }
        q.addBindValue(stored.mrn);
        for (const auto &column : values)
            q.addBindValue(column.second);
        if (!q.exec())
            return storageError(QStringLiteral("Cannot save %1").arg(patient.fullName()),
                                q.lastError());
        ++done;
        if (lastStored) {
            stored.id = q.lastInsertId().toLongLong();
            *lastStored = stored;
        }
        if (progress && done % 500 == 0 && !progress(done))
            return Error::refused(QStringLiteral("Cancelled; no patients were added."));
    }
    q.finish();

    seq.prepare(QStringLiteral("UPDATE sequences SET next_value = :next WHERE name = :name"));
    seq.bindValue(QStringLiteral(":next"), number);
    seq.bindValue(QStringLiteral(":name"), QStringLiteral("patient_mrn"));
    if (!seq.exec())
        return storageError(QStringLiteral("Cannot number the new patients"), seq.lastError());
    return done;
}

Result<Patient> SqlPatientRepository::add(const Patient &patient, const ChangeContext &context)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return transaction.error();
    Patient stored;
    if (auto inserted = insertBatch({patient}, {}, &stored); !inserted)
        return inserted.error();
    if (Status s = writeAudit(m_database.connection(), context, QStringLiteral("create"),
                              QStringLiteral("patient"), stored.id,
                              stored.displayName() + QStringLiteral(" (MRN ") + stored.mrn
                                  + u')');
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return stored;
}

Result<int> SqlPatientRepository::addMany(const QList<Patient> &patients,
                                          const ChangeContext &context,
                                          const std::function<bool(int)> &progress)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return transaction.error();
    auto inserted = insertBatch(patients, progress, nullptr);
    if (!inserted)
        return inserted.error();
    const int done = inserted.value();
    if (Status s = writeAudit(m_database.connection(), context, QStringLiteral("import"),
                              QStringLiteral("patient"), 0,
                              QStringLiteral("%1 patients added").arg(done));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    if (progress)
        progress(done);
    return done;
}

Status SqlPatientRepository::update(const Patient &patient, const ChangeContext &context)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const auto values = columnValues(patient);
    QStringList assignments;
    for (const auto &[column, value] : values)
        if (column != u"created_at")
            assignments << column + QStringLiteral(" = :") + column;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE patients SET %1 WHERE id = :id")
                  .arg(assignments.join(QStringLiteral(", "))));
    for (const auto &[column, value] : values)
        if (column != u"created_at")
            q.bindValue(u':' + column, value);
    q.bindValue(QStringLiteral(":id"), patient.id);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot save %1").arg(patient.fullName()),
                            q.lastError());
    if (q.numRowsAffected() != 1)
        return Error::notFound(QStringLiteral("Patient %1 no longer exists.").arg(patient.mrn));
    if (Status s = writeAudit(db, context, QStringLiteral("update"), QStringLiteral("patient"),
                              patient.id, patient.displayName() + QStringLiteral(" (MRN ")
                                              + patient.mrn + u')');
        !s)
        return s;
    return transaction.commit();
}

Result<QList<Patient>> SqlPatientRepository::select(const QString &where, const QString &orderBy,
                                                    const QVariantMap &values, int limit)
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM patients WHERE %2 ORDER BY %3 LIMIT :limit")
                  .arg(kColumns, where, orderBy));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(it.key(), it.value());
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return storageError(QStringLiteral("Cannot search patients"), q.lastError());
    QList<Patient> patients;
    while (q.next())
        patients.append(patientFrom(q));
    return patients;
}

Result<Patient> SqlPatientRepository::byId(qint64 id)
{
    auto found = select(QStringLiteral("id = :id"), QStringLiteral("id"),
                        {{QStringLiteral(":id"), id}}, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(QStringLiteral("There is no patient with id %1.").arg(id));
    return found->constFirst();
}

Result<Patient> SqlPatientRepository::byRecordNumber(const QString &mrn)
{
    auto found = select(QStringLiteral("mrn = :mrn"), QStringLiteral("id"),
                        {{QStringLiteral(":mrn"), mrn}}, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(
            QStringLiteral("There is no patient with record number %1.").arg(mrn));
    return found->constFirst();
}

Result<QList<Patient>> SqlPatientRepository::search(const PatientQuery &query,
                                                    const PatientSearchOptions &options)
{
    const int limit = std::max(1, options.limit);
    const QString active = options.includeInactive ? QString() : QStringLiteral(" AND active = 1");
    const QString byNameOrder = QStringLiteral("last_key, first_key, id");
    auto range = [](const QString &column, const QString &param) {
        return QStringLiteral("%1 >= :%2_lo AND %1 < :%2_hi").arg(column, param);
    };
    auto bindRange = [](QVariantMap &values, const QString &param, const QString &prefix) {
        values.insert(u':' + param + QStringLiteral("_lo"), prefix);
        values.insert(u':' + param + QStringLiteral("_hi"), upperBound(prefix));
    };

    QList<Patient> results;
    switch (query.kind) {
    case PatientQuery::Kind::Empty:
        return results;

    case PatientQuery::Kind::BirthDate:
        return select(QStringLiteral("date_of_birth = :dob") + active, byNameOrder,
                      {{QStringLiteral(":dob"), query.birthDate.toString(Qt::ISODate)}}, limit);

    case PatientQuery::Kind::LastFirst: {
        QVariantMap values;
        bindRange(values, QStringLiteral("l"), query.last);
        QString where = range(QStringLiteral("last_key"), QStringLiteral("l"));
        if (!query.first.isEmpty()) {
            bindRange(values, QStringLiteral("f"), query.first);
            where += QStringLiteral(" AND ") + range(QStringLiteral("first_key"),
                                                     QStringLiteral("f"));
        }
        return select(where + active, byNameOrder, values, limit);
    }

    case PatientQuery::Kind::Name: {
        if (query.tokens.size() == 1) {
            // Last names first (the way the desk asks), then first and preferred names.
            QVariantMap values;
            bindRange(values, QStringLiteral("t"), query.tokens.first());
            auto byLast = select(range(QStringLiteral("last_key"), QStringLiteral("t")) + active,
                                 byNameOrder, values, limit);
            if (!byLast)
                return byLast;
            results = byLast.value();
            if (results.size() < limit) {
                auto byFirst = select(range(QStringLiteral("first_key"), QStringLiteral("t"))
                                          + active,
                                      QStringLiteral("first_key, last_key, id"), values,
                                      limit);
                if (!byFirst)
                    return byFirst;
                appendNew(results, byFirst.value(), limit);
            }
            if (results.size() < limit) {
                auto byPreferred = select(range(QStringLiteral("preferred_key"),
                                                QStringLiteral("t"))
                                              + QStringLiteral(" AND preferred_key <> ''")
                                              + active,
                                          QStringLiteral("preferred_key, last_key, id"), values,
                                          limit);
                if (!byPreferred)
                    return byPreferred;
                appendNew(results, byPreferred.value(), limit);
            }
            return results;
        }
        // Several words: "ann lee", "lee ann", or a last name of several words ("de la cruz").
        const QString all = query.tokens.join(QString());
        const QString head = query.tokens.first();
        const QString tail = query.tokens.mid(1).join(QString());
        QList<Patient> merged;
        const QList<QPair<QString, QString>> tries = {{all, QString()}, {tail, head}, {head, tail}};
        for (const auto &[lastPrefix, firstPrefix] : tries) {
            QVariantMap values;
            bindRange(values, QStringLiteral("l"), lastPrefix);
            QString where = range(QStringLiteral("last_key"), QStringLiteral("l"));
            if (!firstPrefix.isEmpty()) {
                bindRange(values, QStringLiteral("f"), firstPrefix);
                where += QStringLiteral(" AND (") + range(QStringLiteral("first_key"),
                                                          QStringLiteral("f"))
                         + QStringLiteral(" OR (preferred_key >= :f_lo AND preferred_key < "
                                          ":f_hi))");
            }
            auto found = select(where + active, byNameOrder, values, limit);
            if (!found)
                return found;
            appendNew(merged, found.value(), 3 * limit);
        }
        sortByName(merged);
        return merged.mid(0, limit);
    }

    case PatientQuery::Kind::Digits: {
        QList<Patient> merged;
        auto collect = [&](const QString &where, const QString &order, const QVariantMap &v) {
            auto found = select(where + active, order, v, limit);
            if (found)
                appendNew(merged, found.value(), 4 * limit);
            return found.ok() ? Status() : Status(found.error());
        };
        QVariantMap values;
        bindRange(values, QStringLiteral("d"), query.digits);
        bindRange(values, QStringLiteral("r"), reversedDigits(query.digits));
        // The phone indexes are partial (WHERE column <> ''); SQLite uses them only when the
        // query repeats that condition, since it cannot tell a bound prefix is not empty.
        const QList<QPair<QString, QString>> lookups = {
            {range(QStringLiteral("mrn"), QStringLiteral("d")), QStringLiteral("mrn")},
            {range(QStringLiteral("mobile_phone"), QStringLiteral("d"))
                 + QStringLiteral(" AND mobile_phone <> ''"),
             QStringLiteral("mobile_phone")},
            {range(QStringLiteral("home_phone"), QStringLiteral("d"))
                 + QStringLiteral(" AND home_phone <> ''"),
             QStringLiteral("home_phone")},
        };
        for (const auto &[where, order] : lookups) {
            QVariantMap v;
            v.insert(QStringLiteral(":d_lo"), values.value(QStringLiteral(":d_lo")));
            v.insert(QStringLiteral(":d_hi"), values.value(QStringLiteral(":d_hi")));
            if (Status s = collect(where, order, v); !s)
                return s.error();
        }
        // The last digits of a number ("8718"), as callers often give them.
        if (query.digits.size() >= 4 && query.digits.size() < 10) {
            for (const QString &column : {QStringLiteral("mobile_rev"), QStringLiteral("home_rev")}) {
                QVariantMap v;
                v.insert(QStringLiteral(":r_lo"), values.value(QStringLiteral(":r_lo")));
                v.insert(QStringLiteral(":r_hi"), values.value(QStringLiteral(":r_hi")));
                const QString where = range(column, QStringLiteral("r")) + QStringLiteral(" AND ")
                                      + column + QStringLiteral(" <> ''");
                if (Status s = collect(where, column, v); !s)
                    return s.error();
            }
        }
        sortByName(merged);
        return merged.mid(0, limit);
    }
    }
    return results;
}

Result<QList<Patient>> SqlPatientRepository::possibleDuplicates(const Patient &patient, int limit)
{
    QList<Patient> found;
    QVariantMap values{{QStringLiteral(":id"), patient.id}};
    if (patient.dateOfBirth.isValid() && !patient.lastName.isEmpty()) {
        QVariantMap v = values;
        v.insert(QStringLiteral(":last"), SearchKey::fold(patient.lastName));
        v.insert(QStringLiteral(":first"), SearchKey::fold(patient.firstName));
        v.insert(QStringLiteral(":dob"), patient.dateOfBirth.toString(Qt::ISODate));
        auto same = select(QStringLiteral("last_key = :last AND first_key = :first AND "
                                          "date_of_birth = :dob AND id <> :id"),
                           QStringLiteral("id"), v, limit);
        if (!same)
            return same;
        appendNew(found, same.value(), limit);
    }
    for (const QString &phone : {patient.mobilePhone, patient.homePhone}) {
        if (phone.isEmpty())
            continue;
        QVariantMap v = values;
        v.insert(QStringLiteral(":phone"), phone);
        for (const QString &column : {QStringLiteral("mobile_phone"), QStringLiteral("home_phone")}) {
            auto same = select(column + QStringLiteral(" = :phone AND ") + column
                                   + QStringLiteral(" <> '' AND id <> :id"),
                               QStringLiteral("id"), v, limit);
            if (!same)
                return same;
            appendNew(found, same.value(), limit);
        }
    }
    return found;
}

Result<int> SqlPatientRepository::count()
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM patients")) || !q.next())
        return storageError(QStringLiteral("Cannot count patients"), q.lastError());
    return q.value(0).toInt();
}

Result<QList<PatientIdentity>> SqlPatientRepository::identities()
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, mrn, first_name, last_name, date_of_birth "
                               "FROM patients")))
        return storageError(QStringLiteral("Cannot read the patients on file"), q.lastError());
    QList<PatientIdentity> found;
    while (q.next())
        found.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), fromStoredDate(q.value(4).toString())});
    return found;
}

} // namespace ClinicDesk::Db
