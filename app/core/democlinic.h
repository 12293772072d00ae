#pragma once

#include "clinicsetup.h"
#include "patient.h"

#include <QDate>
#include <QList>

namespace ClinicDesk::Core {

// A realistic, reproducible demo clinic: the same seed gives the same clinic. Names include the
// awkward ones real clinics have (O'Brien, Núñez, Zoë, Smith-Jones); phones are Portland's 503
// and 971 area codes.
class DemoClinic
{
public:
    struct Options {
        int patients = 2000;
        int years = 3;      // how far back patients were registered
        quint32 seed = 1;
        QDate today;
    };

    static QList<Provider> providers();
    static QList<Room> rooms();
    static QList<Patient> patients(const Options &options);
    static QStringList payers();
    // The payers that allow a treatment sooner than the clinic's default 84 days (a few plans
    // pay after 10 weeks).
    static QList<QPair<QString, int>> payerMinimumDays();
};

} // namespace ClinicDesk::Core
