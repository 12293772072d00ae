#pragma once

#include "appointment.h"
#include "appointmentservice.h"
#include "authorizationservice.h"
#include "clinicsetupservice.h"
#include "clock.h"
#include "patientservice.h"
#include "retreatmentservice.h"
#include "schedulesetupservice.h"
#include "treatmentservice.h"
#include "waitlistservice.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>

namespace ClinicDesk::Ui {

// The core services the appointment book works through. The schedule screen, its views and its
// dialogs hold these pointers; the main window owns what they point to.
struct ScheduleServices {
    Core::AppointmentService *appointments = nullptr;
    Core::ScheduleSetupService *scheduleSetup = nullptr;
    Core::ClinicSetupService *setup = nullptr;
    Core::PatientService *patients = nullptr;
    const Core::Clock *clock = nullptr;
    // Optional (issue 4): retreatment marks, override reasons, treatment records, drug supply.
    Core::TreatmentService *treatments = nullptr;
    Core::RetreatmentService *retreatment = nullptr;
    // Optional (issue 4): whether a Botox visit is covered by a prior authorization.
    Core::AuthorizationService *authorizations = nullptr;
    // Optional (issue 4): offers a cancelled Botox visit's time to waitlisted patients.
    Core::WaitlistService *waitlist = nullptr;
};

// What the columns of the day view stand for (and whose week the week view shows).
enum class ColumnsBy { Providers, Rooms };
// How much of the book the schedule shows at once.
enum class ViewMode { Day, Week, Month };

// The clinic's people, rooms and visit types, read once per reload and looked up by id while
// painting. Small tables: a clinic has a handful of each.
struct ScheduleDirectory {
    QList<Core::Provider> providers;
    QList<Core::Room> rooms;
    QList<Core::AppointmentType> types;

    // Reads all three; on failure the message says what could not be read.
    static Core::Result<ScheduleDirectory> load(const Core::ClinicSetupService &setup);

    const Core::Provider *provider(qint64 id) const;
    const Core::Room *room(qint64 id) const;
    const Core::AppointmentType *type(qint64 id) const;
    QList<Core::Provider> activeProviders() const;
    QList<Core::Room> activeRooms() const;
    QList<Core::AppointmentType> activeTypes() const;
};

// The hours and blocked time of the people and rooms on screen over a range of days, read
// through the schedule set-up service. The appointments of the range are read separately
// (AppointmentService::between), so this never touches the appointment table.
Core::Result<Core::Availability> loadHours(const Core::ScheduleSetupService &setup, QDate from,
                                           QDate to, const QList<qint64> &providerIds);

// Colours from the set-up ("#b8d4f0"); a calm grey when the stored text is not a colour.
QColor colourOf(const QString &stored, const QColor &fallback = QColor(0xe3, 0xe3, 0xe3));
// Dark or white text, whichever reads better on the background (WCAG relative luminance).
QColor textColourOn(const QColor &background);
double contrastRatio(const QColor &a, const QColor &b);

} // namespace ClinicDesk::Ui
