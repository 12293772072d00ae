#include "patientquery.h"

#include "clinicdate.h"
#include "phonenumber.h"
#include "searchkey.h"

#include <QRegularExpression>

namespace ClinicDesk::Core {

PatientQuery PatientQuery::parse(const QString &text, QDate today)
{
    PatientQuery q;
    const QString t = text.trimmed().left(200);
    if (t.isEmpty())
        return q;

    if (ClinicDate::looksLikeDate(t)) {
        // "3/14/19" and "3/14/20" are a four-digit year being typed, not 2019 and 2020.
        static const QRegularExpression yearBeingTyped(
            QStringLiteral("^\\d{1,2}[/\\-.]\\d{1,2}[/\\-.](19|20)$"));
        const QDate date =
            yearBeingTyped.match(t).hasMatch() ? QDate() : ClinicDate::parse(t, today);
        if (date.isValid()) {
            q.kind = Kind::BirthDate;
            q.birthDate = date;
        }
        // A date still being typed ("3/14/19") finds nobody rather than everybody.
        return q;
    }

    static const QRegularExpression phoneLike(QStringLiteral("^[0-9()+.\\-\\s]+$"));
    if (phoneLike.match(t).hasMatch()) {
        q.digits = PhoneNumber::digitsOf(t);
        if (q.digits.size() == 11 && q.digits.startsWith(u'1'))
            q.digits.remove(0, 1);
        q.kind = q.digits.isEmpty() ? Kind::Empty : Kind::Digits;
        return q;
    }

    if (const qsizetype comma = t.indexOf(u','); comma >= 0) {
        q.last = SearchKey::fold(t.left(comma));
        q.first = SearchKey::fold(t.mid(comma + 1));
        q.kind = q.last.isEmpty() ? Kind::Empty : Kind::LastFirst;
        if (q.last.isEmpty() && !q.first.isEmpty()) {
            q.kind = Kind::Name;
            q.tokens = {q.first};
        }
        return q;
    }

    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (const QString &word : t.split(spaces, Qt::SkipEmptyParts)) {
        const QString key = SearchKey::fold(word);
        if (!key.isEmpty())
            q.tokens << key;
    }
    q.kind = q.tokens.isEmpty() ? Kind::Empty : Kind::Name;
    return q;
}

} // namespace ClinicDesk::Core
