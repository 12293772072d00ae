#pragma once

#include "appointment.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ClinicDesk::Core {

class AppointmentService;
class AuthorizationService;
class ClinicSetupService;
class RetreatmentService;

// The day's schedule as staff read it on paper: per provider, in time order, the visits and the
// blocked time, every fact already in words. The printed page, its PDF and the CSV are drawn
// from this one value, so the three never disagree.
struct DailySchedule {
    struct Line {
        enum class Kind { Visit, Blocked };
        Kind kind = Kind::Visit;
        TimeSlot slot;
        qint64 appointmentId = 0;
        QString patientName;   // "O'Brien-Núñez, José"
        QString dateOfBirth;   // "03/14/1975"
        QString recordNumber;
        QString phone;         // "(555) 201-3344"
        QString type;          // "Botox" / "Blocked: Lunch"
        QString room;
        QString status;        // "Confirmed"
        bool inactiveStatus = false; // cancelled or no-show: printed muted
        QString notes;         // shortened for paper (see kNoteLimit)
        // Botox visits only, each a short line: "Cycle 5 · in the window (earliest Nov 3)",
        // "Authorization: Valid to Mar 3 · 2 visits left", "Drug: on hand". A fact that warns
        // (too early, no authorization, drug not here) is printed in red.
        struct Fact {
            QString text;
            bool warns = false;
        };
        QList<Fact> botox;
        QString botoxText() const; // the facts joined by "; " (CSV)
        bool needsAttention = false; // too early, authorization missing/used up, drug not here

        int minutes() const { return slot.minutes(); }
    };

    struct Section {
        qint64 providerId = 0;
        QString provider;      // "Vladimir Fiks, MD"
        QString hours;         // "8:00 AM – 5:00 PM" or "Not working"
        QList<Line> lines;     // visits and blocks in time order
        int visitCount() const;
    };

    QString clinicName;
    QDate date;
    QString scope;             // "Whole clinic" or the provider's name
    QList<Section> sections;
    int hiddenCancelled = 0;   // cancelled visits and no-shows left out
    QDateTime printedAt;
    QString printedBy;

    int visitCount() const;
    int botoxCount() const;
    int attentionCount() const;
    // "42 visits · 12 Botox · 3 need attention"
    QString summary() const;

    // Notes longer than this are cut for paper with "… (full note in ClinicDesk)".
    static constexpr int kNoteLimit = 280;
    static QString shortenedNote(const QString &notes);

    // One row per visit and block, a header row, CRLF line ends, formula cells neutralised.
    QString csv() const;
};

struct DailyScheduleRequest {
    QDate date;
    qint64 providerId = 0; // 0: the whole clinic
    bool includeCancelled = false;
};

// Gathers the day from the services: visits with their names, each provider's hours and blocked
// time, and for Botox visits the retreatment window, the authorization standing and the drug.
// Reads only the day asked for (and the Botox patients on it).
class DailyScheduleBuilder
{
public:
    DailyScheduleBuilder(AppointmentService &appointments, ClinicSetupService &setup,
                         RetreatmentService &retreatment, AuthorizationService &authorizations);

    Result<DailySchedule> build(const DailyScheduleRequest &request, const QString &user) const;

private:
    AppointmentService &m_appointments;
    ClinicSetupService &m_setup;
    RetreatmentService &m_retreatment;
    AuthorizationService &m_authorizations;
};

} // namespace ClinicDesk::Core
