#pragma once

// A clinic day of a chosen size for the printed-schedule tests and benchmark: providers named
// after the demo clinic's, working 8:00 to 17:00, each with back-to-back visits from 8:00 in
// booking order, patients with accented and apostrophised names, every fourth visit Botox with
// a treatment 90 days before (inside the window), a lunch block for the whole clinic.

#include "testsupport.h"

#include <QProcess>
#include <QStringList>

namespace ClinicDesk::Test {

struct BusyDay {
    QDate day = fixedToday();
    QList<Core::Provider> providers;
    QList<Core::Room> rooms;
    // Per provider, the patients' names as the schedule prints them ("Lee, Ann"), in time order.
    QList<QStringList> namesByProvider;
    int visits = 0;

    // `visitsPerProvider` visits of 15 minutes (8:00–12:00, then from 13:00; at most 32).
    bool create(TempClinic &clinic, int providerCount, int visitsPerProvider,
                bool withLunch = true)
    {
        static const QStringList kFirst{QStringLiteral("Ann"),    QStringLiteral("José"),
                                        QStringLiteral("Siobhán"), QStringLiteral("Zoë"),
                                        QStringLiteral("Mary-Kate"), QStringLiteral("Bob")};
        static const QStringList kLast{QStringLiteral("Lee"),   QStringLiteral("O'Brien"),
                                       QStringLiteral("Núñez"), QStringLiteral("Kim"),
                                       QStringLiteral("Nguyen"), QStringLiteral("D'Angelo")};
        // Names carry no digits (the patient form refuses them): 6 x 6 x 10 different ones.
        static const QStringList kSuffix{QString(),           QStringLiteral("-Li"),
                                         QStringLiteral("-Wu"), QStringLiteral("-Ng"),
                                         QStringLiteral("-Ho"), QStringLiteral("-Yu"),
                                         QStringLiteral("-Ma"), QStringLiteral("-Xu"),
                                         QStringLiteral("-Lu"), QStringLiteral("-Hu")};
        Core::AppointmentType botox;
        Core::AppointmentType followUp;
        for (const Core::AppointmentType &t : clinic.setup().appointmentTypes().value()) {
            if (t.isBotox)
                botox = t;
            else if (t.name.contains(QStringLiteral("Follow")))
                followUp = t;
        }
        if (botox.id == 0 || followUp.id == 0)
            return false;
        for (int p = 0; p < providerCount; ++p) {
            auto provider = clinic.setup().addProvider(
                {0, QStringLiteral("Provider %1 Test").arg(QChar(u'A' + p)), QStringLiteral("MD"),
                 {}, true});
            auto room = clinic.setup().addRoom({0, QStringLiteral("Room %1").arg(p + 1), true});
            if (!provider || !room) {
                qWarning("could not add provider or room");
                return false;
            }
            providers << provider.value();
            rooms << room.value();
        }
        if (withLunch) {
            Core::BlockedTime lunch;
            lunch.firstDate = day;
            lunch.startMinute = 12 * 60;
            lunch.endMinute = 13 * 60;
            lunch.reason = QStringLiteral("Lunch");
            if (!clinic.context().scheduleSetup().addBlock(lunch))
                return false;
        }

        QList<Core::Appointment> appointments;
        namesByProvider.resize(providerCount);
        for (int p = 0; p < providerCount; ++p) {
            for (int v = 0; v < visitsPerProvider && v < 32; ++v) {
                const int n = p * visitsPerProvider + v;
                Core::Patient draft =
                    TempClinic::draft(kFirst[n % kFirst.size()],
                                      kLast[(n / 6) % 6] + kSuffix[(n / 36) % kSuffix.size()],
                                      QDate(1950 + n % 50, 1 + n % 12, 1 + n % 28));
                draft.insurance.payer = QStringLiteral("Self-pay");
                const auto patient = clinic.patients().create(draft);
                if (!patient) {
                    qWarning("%s", qPrintable(patient.error().message));
                    return false;
                }
                const bool isBotox = v % 4 == 1;
                if (isBotox && !recordTreatment(clinic, patient->id, providers[p].id))
                    return false;
                Core::Appointment a;
                a.patientId = patient->id;
                a.providerId = providers[p].id;
                a.roomId = rooms[p].id;
                a.typeId = isBotox ? botox.id : followUp.id;
                const int start = 8 * 60 + v * 15 + (withLunch && v >= 16 ? 60 : 0);
                a.slot = {day, start, start + 15};
                a.bookedBy = QStringLiteral("frontdesk"); // a batch keeps who and when
                a.bookedAt = QDateTime(day.addDays(-14), QTime(9, 0));
                a.updatedBy = a.bookedBy;
                a.updatedAt = a.bookedAt;
                a.notes = v % 5 == 0 ? QStringLiteral("Prefers the left arm; call ahead") : QString();
                appointments << a;
                namesByProvider[p] << patient->displayName();
            }
        }
        auto booked = clinic.context().appointments().bookMany(appointments);
        if (!booked) {
            qWarning("%s", qPrintable(booked.error().message));
            return false;
        }
        visits = booked.value();
        return true;
    }

private:
    bool recordTreatment(TempClinic &clinic, qint64 patientId, qint64 providerId)
    {
        Core::Treatment t = clinic.context().treatments().draftFor(patientId);
        t.date = day.addDays(-90);
        t.providerId = providerId;
        return clinic.context().treatments().record(t).ok();
    }
};

// The PDF's text as pdftotext reads it, one string per page (pdftotext ends pages with \f).
inline QStringList pdfPages(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path,
                                                  QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60'000) || pdftotext.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(pdftotext.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// The first page's size as pdfinfo says it: "612 x 792 pts (letter)", "842 x 595 pts (A4)".
inline QString pdfPageSize(const QString &path)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    info.waitForFinished(30'000);
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    const qsizetype at = text.indexOf(QStringLiteral("Page size:"));
    return at < 0 ? text : text.mid(at + 10).section(u'\n', 0, 0).simplified();
}

} // namespace ClinicDesk::Test
