#pragma once

// Shared set-up for the schedule's widget tests: a real clinic database (Test::TempClinic) with
// providers and rooms from the demo clinic, the default visit types and opening hours
// (Monday to Friday, 8:00 to 17:00), and helpers that book through the real service.

#include "democlinic.h"
#include "schedulecontext.h"
#include "testsupport.h"

#include <QTest>

namespace ClinicDesk::Test {

class ScheduleFixture
{
public:
    explicit ScheduleFixture(int providerCount = 2, int roomCount = 2)
    {
        if (!clinic.isValid())
            return;
        const QList<Core::Provider> demoProviders = Core::DemoClinic::providers();
        for (int i = 0; i < providerCount && i < demoProviders.size(); ++i)
            if (auto added = clinic.setup().addProvider(demoProviders[i]))
                providers << added.value();
        const QList<Core::Room> demoRooms = Core::DemoClinic::rooms();
        for (int i = 0; i < roomCount && i < demoRooms.size(); ++i)
            if (auto added = clinic.setup().addRoom(demoRooms[i]))
                rooms << added.value();
        if (auto list = clinic.setup().appointmentTypes())
            types = list.value();
    }

    bool isValid() const { return clinic.isValid() && !types.isEmpty(); }

    Core::AppointmentService &appointments() { return clinic.context().appointments(); }
    Core::ScheduleSetupService &scheduleSetup() { return clinic.context().scheduleSetup(); }
    const Core::Clock &clock() { return clinic.context().clock(); }

    Ui::ScheduleServices services()
    {
        return {&appointments(), &scheduleSetup(), &clinic.setup(), &clinic.patients(),
                &clinic.context().clock()};
    }

    Core::AppointmentType type(const QString &name) const
    {
        for (const Core::AppointmentType &t : types)
            if (t.name == name)
                return t;
        return {};
    }

    // A draft with the default length of the type unless `minutes` says otherwise; room -1
    // means none.
    Core::Appointment draft(const Core::Patient &patient, int provider, const QString &typeName,
                            QTime start, int minutes = 0, int room = -1,
                            QDate day = fixedToday()) const
    {
        const Core::AppointmentType t = type(typeName);
        Core::Appointment a;
        a.patientId = patient.id;
        a.providerId = providers.value(provider).id;
        a.roomId = room >= 0 ? rooms.value(room).id : 0;
        a.typeId = t.id;
        a.slot =
            Core::TimeSlot::from(QDateTime(day, start), minutes > 0 ? minutes : t.defaultMinutes);
        return a;
    }

    // Books through the service; a refusal fails the calling test with the service's message.
    Core::Appointment book(const Core::Patient &patient, int provider, const QString &typeName,
                           QTime start, int minutes = 0, int room = -1, QDate day = fixedToday())
    {
        auto booked =
            appointments().book(draft(patient, provider, typeName, start, minutes, room, day));
        if (!booked) {
            qWarning("booking failed: %s", qPrintable(booked.error().message));
            return {};
        }
        return booked.value();
    }

    // Lunch for every provider, every weekday (a weekly block per weekday).
    void addLunchBlocks()
    {
        for (const Core::Provider &p : std::as_const(providers)) {
            for (int weekday = 1; weekday <= 5; ++weekday) {
                Core::BlockedTime lunch;
                lunch.providerId = p.id;
                lunch.firstDate = fixedToday().addDays(weekday - fixedToday().dayOfWeek() - 14);
                lunch.weekly = true;
                lunch.startMinute = 12 * 60;
                lunch.endMinute = 13 * 60;
                lunch.reason = QStringLiteral("Lunch");
                if (auto added = scheduleSetup().addBlock(lunch); !added)
                    qWarning("block failed: %s", qPrintable(added.error().message));
            }
        }
    }

    Core::ScheduleEntry stored(qint64 id)
    {
        auto entry = appointments().byId(id);
        return entry ? entry.value() : Core::ScheduleEntry{};
    }

    TempClinic clinic;
    QList<Core::Provider> providers;
    QList<Core::Room> rooms;
    QList<Core::AppointmentType> types;
};

} // namespace ClinicDesk::Test
