#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace ClinicDesk::Core {

// What a receptionist typed into the patient search, understood. The search box takes a name
// ("lee", "ann lee", "lee, ann"), phone digits ("503405", "8718"), a date of birth (3/14/1975)
// or a record number; the repository turns this into indexed look-ups.
struct PatientQuery {
    enum class Kind {
        Empty,    // nothing to search for
        Name,     // name tokens, folded; see `tokens`
        LastFirst,// "last, first": `last` prefix and `first` prefix
        Digits,   // phone digits (prefix, or the last digits) or a record number
        BirthDate // an exact date of birth
    };

    Kind kind = Kind::Empty;
    QStringList tokens; // Name: folded words in the order typed
    QString last;       // LastFirst
    QString first;      // LastFirst (may be empty: "lee," finds every Lee)
    QString digits;     // Digits
    QDate birthDate;    // BirthDate

    static PatientQuery parse(const QString &text, QDate today);
};

struct PatientSearchOptions {
    int limit = 200;          // results on screen; the query never reads more
    bool includeInactive = false;
};

} // namespace ClinicDesk::Core
