#pragma once

#include "appointment.h"
#include "authorization.h"
#include "followup.h"
#include "retreatmentpolicy.h"
#include "treatment.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

namespace ClinicDesk::Core {

// The treatment side of the demo clinic, made from its generated appointment book
// (DemoSchedule): a treatment record for every completed Botox visit, older cycles brought from
// paper charts, patients who stopped treatment or let their next one lapse, the desk's calls to
// overdue patients, specialty-pharmacy orders for coming treatments and prior authorizations.
// As of `now` the board then shows patients overdue, due now, with a window opening soon,
// booked, booked too early (with the reason it was allowed) and discontinued. The same seed and
// book give the same plan.
class DemoTreatments
{
public:
    struct Options {
        QDateTime now;
        quint32 seed = 1;
        QSet<qint64> botoxTypeIds;
        QHash<qint64, QString> payers; // each patient's payer
        RetreatmentSettings settings; // the payers' minimum intervals, self-pay's name
        TreatmentDefaults defaults;
    };

    struct Discontinuation {
        qint64 patientId = 0;
        QDate on;
        QString reason;
    };
    // A drug supply for the appointment at `visit` in the plan's appointments.
    struct Supply {
        qsizetype visit = -1;
        DrugSupply supply;
    };

    struct Plan {
        // The book to store: the generated one without the Botox visits of patients who stopped
        // or lapsed after their last treatment, and with an override reason on every Botox visit
        // that comes sooner after the one before than the patient's payer allows.
        QList<Appointment> appointments;
        // Date order per patient; appointmentId is 0 here (the visits have no ids yet).
        QList<Treatment> treatments;
        // For each treatment, its visit's position in `appointments`; -1 for history from paper.
        QList<qsizetype> treatmentVisits;
        QList<Discontinuation> discontinued;
        QList<ContactAttempt> contacts; // in time order
        QList<Supply> supplies;
        QList<Authorization> authorizations;
    };

    static Plan plan(const QList<Appointment> &book, const Options &options);
    static QStringList discontinuationReasons();
    static QStringList overrideReasons();
};

} // namespace ClinicDesk::Core
