#include "authorization.h"

#include "clinicdate.h"

#include <QLocale>
#include <limits>

namespace ClinicDesk::Core {

namespace {

struct CoversName {
    AuthorizationCovers covers;
    const char *code;
    const char *label;
};

constexpr CoversName kCoversNames[] = {
    {AuthorizationCovers::Drug, "drug", "Drug"},
    {AuthorizationCovers::Procedure, "procedure", "Procedure"},
    {AuthorizationCovers::Both, "both", "Drug and procedure"},
};

} // namespace

QString coversCode(AuthorizationCovers covers)
{
    for (const CoversName &name : kCoversNames)
        if (name.covers == covers)
            return QString::fromLatin1(name.code);
    return {};
}

QString coversLabel(AuthorizationCovers covers)
{
    for (const CoversName &name : kCoversNames)
        if (name.covers == covers)
            return QString::fromLatin1(name.label);
    return {};
}

std::optional<AuthorizationCovers> coversFromCode(const QString &code)
{
    const QString wanted = code.trimmed();
    for (const CoversName &name : kCoversNames)
        if (wanted.compare(QLatin1String(name.code), Qt::CaseInsensitive) == 0)
            return name.covers;
    return std::nullopt;
}

namespace AuthorizationRules {

namespace {

using State = AuthorizationStanding::State;

// The two things a treatment needs paid for.
enum class Half { Drug, Procedure };

QString halfName(Half half)
{
    return half == Half::Drug ? QStringLiteral("drug") : QStringLiteral("procedure");
}

bool coversHalf(const Authorization &a, Half half)
{
    if (a.covers == AuthorizationCovers::Both)
        return true;
    return half == Half::Drug ? a.covers == AuthorizationCovers::Drug
                              : a.covers == AuthorizationCovers::Procedure;
}

bool hasRoom(const Authorization &a)
{
    return a.visitsLeft() != 0 && a.unitsLeft() != 0;
}

bool isGood(State state)
{
    return state == State::Valid || state == State::ExpiringSoon;
}

// Unlimited visits (-1) count as the most left.
int visitsRank(const Authorization &a)
{
    return a.visitsLeft() < 0 ? std::numeric_limits<int>::max() : a.visitsLeft();
}

// The one ending last; on a tie the one with more visits left, then the newer one, so the
// choice does not depend on the order of the list.
const Authorization *endingLast(const Authorization *current, const Authorization &candidate)
{
    if (!current || candidate.validTo > current->validTo)
        return &candidate;
    if (candidate.validTo < current->validTo)
        return current;
    if (visitsRank(candidate) != visitsRank(*current))
        return visitsRank(candidate) > visitsRank(*current) ? &candidate : current;
    return candidate.id > current->id ? &candidate : current;
}

const Authorization *startingFirst(const Authorization *current, const Authorization &candidate)
{
    if (!current || candidate.validFrom < current->validFrom ||
        (candidate.validFrom == current->validFrom && candidate.id > current->id))
        return &candidate;
    return current;
}

// "Mar 3" within half a year of `day` either way, where no one can mistake the year; else
// "Mar 3, 2028".
QString shortDate(QDate date, QDate day)
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    return us.toString(date, qAbs(day.daysTo(date)) < 183 ? QStringLiteral("MMM d")
                                                          : QStringLiteral("MMM d, yyyy"));
}

QString visitsLeftText(int visits)
{
    return visits == 1 ? QStringLiteral("1 visit left")
                       : QStringLiteral("%1 visits left").arg(visits);
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// An authorization valid on `day` with visits and units left: Valid or ExpiringSoon.
// `carriedOn`: another one on file takes over the day after it ends.
AuthorizationStanding goodStanding(const Authorization &a, QDate day, int leadDays, bool carriedOn)
{
    AuthorizationStanding standing;
    standing.authorization = &a;
    const qint64 daysLeft = day.daysTo(a.validTo);
    const bool ending = !carriedOn && daysLeft <= leadDays;
    const bool lastVisit = a.visitsLeft() == 1;
    QStringList parts;
    if (ending) {
        parts << (daysLeft == 0   ? QStringLiteral("Expires today")
                  : daysLeft == 1 ? QStringLiteral("Expires tomorrow")
                                  : QStringLiteral("Expires in %1 days").arg(daysLeft));
    } else {
        parts << QStringLiteral("Valid to %1").arg(shortDate(a.validTo, day));
    }
    if (a.visitsLeft() > 0)
        parts << visitsLeftText(a.visitsLeft());
    standing.label = parts.join(QStringLiteral(" \u00b7 "));
    standing.state = ending || lastVisit ? State::ExpiringSoon : State::Valid;
    if (ending)
        standing.reason =
            QStringLiteral("%1 ends on %2").arg(displayName(a), ClinicDate::formatLong(a.validTo));
    else if (lastVisit)
        standing.reason = QStringLiteral("%1 has 1 approved visit left").arg(displayName(a));
    return standing;
}

// "all 4 approved visits used", naming visits when they ran out, else units.
QString usedUpDetail(const Authorization &a)
{
    if (a.approvedVisits > 0 && a.visitsLeft() == 0)
        return QStringLiteral("all %1 approved visits used").arg(a.approvedVisits);
    return QStringLiteral("all %1 approved units used").arg(a.approvedUnits);
}

AuthorizationStanding usedUpStanding(const Authorization &a)
{
    AuthorizationStanding standing;
    standing.state = State::UsedUp;
    standing.authorization = &a;
    const bool visits = a.approvedVisits > 0 && a.visitsLeft() == 0;
    standing.label = visits ? QStringLiteral("Visits used up") : QStringLiteral("Units used up");
    standing.reason = displayName(a) + QStringLiteral(": ") + usedUpDetail(a);
    return standing;
}

// Where one half stands; for Missing, `detail` is " (Aetna 12345 ended Jan 31)" or empty.
struct HalfStanding {
    AuthorizationStanding standing;
    QString detail;
};

HalfStanding halfStanding(const QList<Authorization> &all, Half half, QDate day, int leadDays)
{
    const Authorization *usable = nullptr;
    const Authorization *spent = nullptr;
    const Authorization *ended = nullptr;
    const Authorization *upcoming = nullptr;
    for (const Authorization &a : all) {
        if (!coversHalf(a, half))
            continue;
        if (a.isValidOn(day) && hasRoom(a))
            usable = endingLast(usable, a);
        else if (a.isValidOn(day))
            spent = endingLast(spent, a);
        else if (a.validTo < day)
            ended = endingLast(ended, a);
        else
            upcoming = startingFirst(upcoming, a);
    }
    HalfStanding result;
    if (usable) {
        const QDate nextDay = usable->validTo.addDays(1);
        bool carriedOn = false;
        for (const Authorization &a : all)
            if (&a != usable && coversHalf(a, half) && a.validFrom <= nextDay &&
                a.validTo > usable->validTo && hasRoom(a))
                carriedOn = true;
        result.standing = goodStanding(*usable, day, leadDays, carriedOn);
        return result;
    }
    if (spent) {
        result.standing = usedUpStanding(*spent);
        return result;
    }
    result.standing.state = State::Missing;
    result.standing.label = QStringLiteral("No authorization");
    if (ended) {
        result.standing.authorization = ended;
        result.detail = QStringLiteral(" (%1 ended %2)")
                            .arg(displayName(*ended), shortDate(ended->validTo, day));
    } else if (upcoming) {
        result.standing.authorization = upcoming;
        result.detail = QStringLiteral(" (%1 starts %2)")
                            .arg(displayName(*upcoming), shortDate(upcoming->validFrom, day));
    }
    return result;
}

// What is wrong with one half, as part of a longer sentence.
QString halfProblem(const HalfStanding &h, Half half, QDate day)
{
    if (h.standing.state == State::UsedUp)
        return QStringLiteral("%1 (%2): %3")
            .arg(displayName(*h.standing.authorization), halfName(half),
                 usedUpDetail(*h.standing.authorization));
    return QStringLiteral("no %1 authorization valid on %2%3")
        .arg(halfName(half), ClinicDate::formatLong(day), h.detail);
}

// Of two halves that are both covered, the one closer to running out.
const AuthorizationStanding &worse(const AuthorizationStanding &a, const AuthorizationStanding &b)
{
    if (a.state != b.state)
        return a.state == State::ExpiringSoon ? a : b;
    if (a.authorization->validTo != b.authorization->validTo)
        return a.authorization->validTo < b.authorization->validTo ? a : b;
    return visitsRank(*a.authorization) <= visitsRank(*b.authorization) ? a : b;
}

} // namespace

QString displayName(const Authorization &authorization)
{
    const QString payer = authorization.payer.trimmed();
    const QString number = authorization.number.trimmed();
    if (payer.isEmpty())
        return QStringLiteral("Authorization %1").arg(number);
    return number.isEmpty() ? payer : payer + u' ' + number;
}

AuthorizationStanding standingOn(const QList<Authorization> &authorizations, QDate day,
                                 int leadDays, bool selfPay)
{
    AuthorizationStanding standing;
    if (selfPay) {
        standing.state = State::NotNeeded;
        standing.label = QStringLiteral("Self-pay");
        return standing;
    }
    if (authorizations.isEmpty()) {
        standing.state = State::Missing;
        standing.label = QStringLiteral("No authorization");
        standing.reason = QStringLiteral("No authorization on file");
        return standing;
    }

    const HalfStanding drug = halfStanding(authorizations, Half::Drug, day, leadDays);
    const HalfStanding procedure = halfStanding(authorizations, Half::Procedure, day, leadDays);
    const bool drugGood = isGood(drug.standing.state);
    const bool procedureGood = isGood(procedure.standing.state);
    if (drugGood && procedureGood)
        return worse(drug.standing, procedure.standing);

    if (drugGood || procedureGood) {
        // One half covered: say which half is missing.
        const HalfStanding &good = drugGood ? drug : procedure;
        const HalfStanding &bad = drugGood ? procedure : drug;
        const Half badHalf = drugGood ? Half::Procedure : Half::Drug;
        const Half goodHalf = drugGood ? Half::Drug : Half::Procedure;
        standing = bad.standing;
        if (bad.standing.state == State::Missing) {
            standing.label = QStringLiteral("%1 not covered").arg(capitalized(halfName(badHalf)));
            standing.reason = QStringLiteral("%1 covers the %2 only: %3")
                                  .arg(displayName(*good.standing.authorization),
                                       halfName(goodHalf), halfProblem(bad, badHalf, day));
        } else {
            standing.reason = capitalized(halfProblem(bad, badHalf, day));
        }
        return standing;
    }

    // Neither half covered.
    if (drug.standing.state == procedure.standing.state &&
        drug.standing.authorization == procedure.standing.authorization) {
        standing = drug.standing;
        if (standing.state == State::Missing)
            standing.reason = QStringLiteral("No authorization valid on %1%2")
                                  .arg(ClinicDate::formatLong(day), drug.detail);
        return standing;
    }
    const bool anyMissing =
        drug.standing.state == State::Missing || procedure.standing.state == State::Missing;
    const HalfStanding &first =
        (!anyMissing || drug.standing.state == State::Missing) ? drug : procedure;
    standing = first.standing;
    standing.reason = capitalized(halfProblem(drug, Half::Drug, day)) + QStringLiteral("; ") +
                      halfProblem(procedure, Half::Procedure, day);
    return standing;
}

AuthorizationStanding standingOf(const Authorization &authorization, QDate day, int leadDays)
{
    AuthorizationStanding standing;
    standing.authorization = &authorization;
    if (day < authorization.validFrom) {
        standing.state = State::Missing;
        standing.label = QStringLiteral("Starts %1").arg(shortDate(authorization.validFrom, day));
        standing.reason =
            QStringLiteral("%1 is valid from %2")
                .arg(displayName(authorization), ClinicDate::formatLong(authorization.validFrom));
        return standing;
    }
    if (day > authorization.validTo) {
        standing.state = State::Missing;
        standing.label = QStringLiteral("Expired %1").arg(shortDate(authorization.validTo, day));
        standing.reason =
            QStringLiteral("%1 ended on %2")
                .arg(displayName(authorization), ClinicDate::formatLong(authorization.validTo));
        return standing;
    }
    if (!hasRoom(authorization))
        return usedUpStanding(authorization);
    return goodStanding(authorization, day, leadDays, false);
}

} // namespace AuthorizationRules

} // namespace ClinicDesk::Core
