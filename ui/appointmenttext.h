#pragma once

#include "appointment.h"
#include "retreatmentpolicy.h"
#include "patient.h"

#include <QDate>
#include <QString>

namespace ClinicDesk::Ui {

// How the appointment book writes dates, visits and patients, in one place so that the views,
// the dialogs and the status bar read the same.
namespace AppointmentText {

// "Wednesday, Nov 25, 2026"
QString longDate(QDate date);
// "Wed Nov 25"
QString shortDate(QDate date);
// "○ Booked": the status mark and its word, so colour never carries it alone.
QString status(Core::AppointmentStatus status);
// "Lee, Ann — 03/14/1975 — (503) 405-8718 — MRN 000123"
QString patientLine(const Core::Patient &patient);
// "Botox treatment for Lee, Ann with Vladimir Fiks in Procedure 1 on Wed Nov 25, 10:00–10:15"
QString bookingSummary(const QString &typeName, const QString &patientName,
                       const QString &providerName, const QString &roomName,
                       const Core::TimeSlot &slot);
// Everything about a visit, as rich text for a tooltip: patient, phone, date of birth, type,
// time, provider, room, status (with its reason), notes, who booked it and when.
// A Botox visit adds its cycle, where it falls in the retreatment window, an override reason
// and whether the drug has arrived.
QString tooltip(const Core::ScheduleEntry &entry,
                Core::RetreatmentPolicy::Mark mark = Core::RetreatmentPolicy::Mark::None);
// "Cycle 5 · inside the retreatment window" (empty for other visits).
QString retreatmentLine(const Core::ScheduleEntry &entry, Core::RetreatmentPolicy::Mark mark);
// "jdoe, Nov 20 at 14:05"
QString byWhen(const QString &user, const QDateTime &when);

} // namespace AppointmentText
} // namespace ClinicDesk::Ui
