#include "authorizationservice.h"

#include "clinicdate.h"
#include "csv.h"
#include "phonenumber.h"

namespace ClinicDesk::Core {

namespace {

void checkText(const QString &value, const QString &field, const QString &missing,
               const QString &label, QList<FieldError> &errors)
{
    if (value.isEmpty())
        errors.append({field, missing});
    else if (value.size() > AuthorizationService::kMaxTextLength)
        errors.append({field, QStringLiteral("%1 is longer than %2 characters.")
                                  .arg(label)
                                  .arg(AuthorizationService::kMaxTextLength)});
}

// A real day between 2000 and five years from today; false (with the error added) otherwise.
bool checkDate(QDate date, const QString &field, const QString &missing, const QString &label,
               QDate today, QList<FieldError> &errors)
{
    if (!date.isValid()) {
        errors.append({field, missing});
        return false;
    }
    const QDate first(2000, 1, 1);
    const QDate last = today.addYears(5);
    if (date < first || date > last) {
        errors.append(
            {field, QStringLiteral("%1 must fall between %2 and %3.")
                        .arg(label, ClinicDate::formatLong(first), ClinicDate::formatLong(last))});
        return false;
    }
    return true;
}

void checkCount(int value, int max, const QString &field, const QString &label,
                QList<FieldError> &errors)
{
    if (value < 0 || value > max)
        errors.append(
            {field, QStringLiteral("%1 must be 0 (no limit) to %2.").arg(label).arg(max)});
}

} // namespace

QString AuthorizationService::Outcome::messageFor(const QString &field) const
{
    for (const FieldError &error : errors)
        if (error.field == field)
            return error.message;
    return {};
}

AuthorizationService::AuthorizationService(AuthorizationRepository &repository,
                                           PatientRepository &patients,
                                           ClinicSetupRepository &setup, const Clock &clock,
                                           QString user)
    : m_repository(repository)
    , m_patients(patients)
    , m_setup(setup)
    , m_clock(clock)
    , m_user(std::move(user))
{}

AuthorizationService::Outcome AuthorizationService::validate(const Authorization &draft,
                                                             QDate today)
{
    Outcome outcome;
    Authorization &a = outcome.authorization;
    a = draft;
    a.payer = draft.payer.simplified();
    a.number = draft.number.trimmed();
    a.notes = draft.notes.trimmed();
    QList<FieldError> &errors = outcome.errors;

    checkText(a.payer, QStringLiteral("payer"),
              QStringLiteral("Enter the payer that approved it (e.g. Aetna)."),
              QStringLiteral("Payer"), errors);
    checkText(a.number, QStringLiteral("number"), QStringLiteral("Enter the authorization number."),
              QStringLiteral("Authorization number"), errors);
    const bool fromOk =
        checkDate(a.validFrom, QStringLiteral("validFrom"),
                  QStringLiteral("Enter the first day it is valid, like 1/15/2027."),
                  QStringLiteral("Valid from"), today, errors);
    const bool toOk = checkDate(a.validTo, QStringLiteral("validTo"),
                                QStringLiteral("Enter the last day it is valid, like 7/14/2027."),
                                QStringLiteral("Valid to"), today, errors);
    if (fromOk && toOk) {
        if (a.validTo < a.validFrom)
            errors.append(
                {QStringLiteral("validTo"),
                 QStringLiteral("Valid to (%1) is before valid from (%2).")
                     .arg(ClinicDate::formatLong(a.validTo), ClinicDate::formatLong(a.validFrom))});
        else if (a.validTo > a.validFrom.addYears(kMaxSpanYears))
            errors.append(
                {QStringLiteral("validTo"),
                 QStringLiteral("%1 to %2 is more than %3 years; check the dates.")
                     .arg(ClinicDate::formatLong(a.validFrom), ClinicDate::formatLong(a.validTo))
                     .arg(kMaxSpanYears)});
    }
    checkCount(a.approvedUnits, kMaxUnits, QStringLiteral("approvedUnits"),
               QStringLiteral("Approved units"), errors);
    checkCount(a.approvedVisits, kMaxVisits, QStringLiteral("approvedVisits"),
               QStringLiteral("Approved visits"), errors);
    if (a.notes.size() > kMaxNotesLength)
        errors.append(
            {QStringLiteral("notes"),
             QStringLiteral("Notes are longer than %1 characters.").arg(kMaxNotesLength)});
    return outcome;
}

Result<Authorization> AuthorizationService::tidyForWrite(const Authorization &draft) const
{
    const Outcome outcome = check(draft);
    if (!outcome.ok()) {
        const FieldError &first = outcome.errors.constFirst();
        return Error::invalid(first.message, first.field);
    }
    Authorization a = outcome.authorization;
    // The payer as the clinic spells it, when it is one of the clinic's payers.
    if (auto payers = m_setup.payers()) {
        for (const Payer &payer : payers.value())
            if (payer.name.compare(a.payer, Qt::CaseInsensitive) == 0)
                a.payer = payer.name;
    }
    auto patient = m_patients.byId(a.patientId);
    if (!patient)
        return patient.error();
    auto existing = m_repository.forPatient(a.patientId);
    if (!existing)
        return existing.error();
    bool found = a.id == 0;
    for (const Authorization &other : existing.value()) {
        if (other.id == a.id) {
            found = true;
            continue;
        }
        if (other.payer.compare(a.payer, Qt::CaseInsensitive) == 0 &&
            other.number.compare(a.number, Qt::CaseInsensitive) == 0)
            return Error::invalid(
                QStringLiteral("%1 is already on file for %2.")
                    .arg(AuthorizationRules::displayName(other), patient->fullName()),
                QStringLiteral("number"));
    }
    if (!found)
        return Error::notFound(QStringLiteral("Authorization %1 no longer exists.")
                                   .arg(AuthorizationRules::displayName(a)));
    return a;
}

Result<Authorization> AuthorizationService::add(const Authorization &draft)
{
    Authorization blank = draft;
    blank.id = 0;
    auto tidied = tidyForWrite(blank);
    if (!tidied)
        return tidied.error();
    return m_repository.add(tidied.value(), context());
}

Result<Authorization> AuthorizationService::addEntered(const Authorization &draft,
                                                       const QDateTime &enteredAt)
{
    Authorization blank = draft;
    blank.id = 0;
    const Outcome checked = validate(blank, m_clock.today());
    if (!checked.ok())
        return Error::invalid(QStringLiteral("Authorization %1: %2")
                                  .arg(AuthorizationRules::displayName(blank),
                                       checked.errors.constFirst().message));
    ChangeContext entered = context();
    if (enteredAt.isValid() && enteredAt < entered.at)
        entered.at = enteredAt;
    return m_repository.add(checked.authorization, entered);
}

Result<Authorization> AuthorizationService::update(const Authorization &edited)
{
    if (edited.id <= 0)
        return Error::invalid(QStringLiteral("This authorization has not been saved yet."));
    auto tidied = tidyForWrite(edited);
    if (!tidied)
        return tidied.error();
    if (Status s = m_repository.update(tidied.value(), context()); !s)
        return s.error();
    auto stored = m_repository.forPatient(tidied->patientId);
    if (!stored)
        return stored.error();
    for (const Authorization &a : stored.value())
        if (a.id == edited.id)
            return a;
    return Error::notFound(QStringLiteral("Authorization %1 no longer exists.")
                               .arg(AuthorizationRules::displayName(tidied.value())));
}

Authorization AuthorizationService::draftFor(qint64 patientId) const
{
    Authorization a;
    a.patientId = patientId;
    a.covers = AuthorizationCovers::Both;
    a.validFrom = m_clock.today();
    a.validTo = a.validFrom.addMonths(6).addDays(-1);
    if (auto patient = m_patients.byId(patientId); patient && !isSelfPay(patient.value()))
        a.payer = patient->insurance.payer.simplified();
    return a;
}

QStringList AuthorizationService::payerNames() const
{
    QStringList names;
    if (auto payers = m_setup.payers()) {
        for (const Payer &payer : payers.value())
            if (payer.active)
                names << payer.name;
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

Status AuthorizationService::remove(qint64 id)
{
    return m_repository.remove(id, context());
}

Result<QList<Authorization>> AuthorizationService::forPatient(qint64 patientId) const
{
    return m_repository.forPatient(patientId);
}

int AuthorizationService::leadDays() const
{
    auto value = m_setup.setting(SettingKey::authorizationLeadDays);
    if (!value || !value->has_value())
        return kDefaultLeadDays;
    bool ok = false;
    const int days = (*value)->trimmed().toInt(&ok);
    return ok && days >= 0 && days <= 365 ? days : kDefaultLeadDays;
}

bool AuthorizationService::isSelfPay(const Patient &patient) const
{
    QString selfPayName = QStringLiteral("Self-pay");
    if (auto name = m_setup.setting(SettingKey::selfPayName);
        name && name->has_value() && !(*name)->trimmed().isEmpty())
        selfPayName = (*name)->trimmed();
    return patient.insurance.payer.simplified().compare(selfPayName, Qt::CaseInsensitive) == 0;
}

Result<AuthorizationStanding> AuthorizationService::standingFor(qint64 patientId, QDate day) const
{
    auto patient = m_patients.byId(patientId);
    if (!patient)
        return patient.error();
    auto authorizations = m_repository.forPatient(patientId);
    if (!authorizations)
        return authorizations.error();
    AuthorizationStanding standing = AuthorizationRules::standingOn(
        authorizations.value(), day, leadDays(), isSelfPay(patient.value()));
    standing.authorization = nullptr;
    return standing;
}

Result<QList<ExpiringAuthorization>> AuthorizationService::expiring(int withinDays) const
{
    const QDate today = m_clock.today();
    return m_repository.expiring(today, today.addDays(qMax(0, withinDays)), 1);
}

Result<QList<ExpiringAuthorization>> AuthorizationService::expiringBetween(QDate from,
                                                                           QDate until) const
{
    return m_repository.expiring(from, until, 1);
}

QString expiringAuthorizationsCsv(const QList<ExpiringAuthorization> &rows)
{
    auto left = [](int n) {
        return n < 0 ? QStringLiteral("No limit") : QString::number(n);
    };
    QString text = Csv::row(
        {QStringLiteral("Patient"), QStringLiteral("MRN"), QStringLiteral("Phone"),
         QStringLiteral("Payer"), QStringLiteral("Number"), QStringLiteral("Covers"),
         QStringLiteral("Valid from"), QStringLiteral("Valid to"), QStringLiteral("Visits left"),
         QStringLiteral("Units left"), QStringLiteral("Why")});
    for (const ExpiringAuthorization &e : rows) {
        const Authorization &a = e.authorization;
        text += Csv::row({e.patientName, e.patientMrn, PhoneNumber::format(e.patientPhone), a.payer,
                          a.number, coversLabel(a.covers), a.validFrom.toString(Qt::ISODate),
                          a.validTo.toString(Qt::ISODate), left(a.visitsLeft()),
                          left(a.unitsLeft()), e.why});
    }
    return text;
}

} // namespace ClinicDesk::Core
