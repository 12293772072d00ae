// Each report's numbers from a real SQLite clinic: appointments counted per month by status
// (the range edges, a year's end, an empty month, late cancels), treatments and vial use, the
// overdue counts the retreatment board gives, authorizations expiring in the range; and the
// range queries answered from their covering indexes alone.

#include "reportservice.h"
#include "sqlreportrepository.h"
#include "testsupport.h"

#include <QTest>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;

class tst_ReportService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldCountAppointmentsPerMonthByStatus();
    void shouldCountTreatmentsAndVialUsePerMonth();
    void shouldCountTheBoardsPatientsPerProvider();
    void shouldListAuthorizationsEndingInTheRange();
    void shouldRefuseABackwardsRange();
    void shouldReadTheRangeThroughTheDateIndexes();

private:
    Appointment visit(qint64 patient, QDate day, int hour, AppointmentStatus status,
                      const QDateTime &changedAt = {});
    Treatment treatment(qint64 patient, QDate day, qint64 provider, int given, int discarded,
                        int vialUnits = 200, int vials = 1);

    std::unique_ptr<Test::TempClinic> m_clinic;
    Provider m_fiks;
    Provider m_alvarez;
    Room m_room;
    qint64 m_typeId = 0;
    QList<qint64> m_patients;
};

Appointment tst_ReportService::visit(qint64 patient, QDate day, int hour, AppointmentStatus status,
                                     const QDateTime &changedAt)
{
    Appointment a;
    a.patientId = patient;
    a.providerId = m_fiks.id;
    a.roomId = m_room.id;
    a.typeId = m_typeId;
    a.slot = {day, hour * 60, hour * 60 + 30};
    a.status = status;
    if (!holdsTime(status))
        a.statusReason = QStringLiteral("Patient ill");
    a.bookedBy = a.updatedBy = QStringLiteral("test");
    a.bookedAt = QDateTime(day.addDays(-30), QTime(9, 0));
    a.updatedAt = changedAt.isValid() ? changedAt : a.bookedAt;
    return a;
}

Treatment tst_ReportService::treatment(qint64 patient, QDate day, qint64 provider, int given,
                                       int discarded, int vialUnits, int vials)
{
    Treatment t = m_clinic->context().treatments().draftFor(0);
    t.patientId = patient;
    t.date = day;
    t.providerId = provider;
    t.unitsGiven = given;
    t.unitsDiscarded = discarded;
    t.vialUnits = vialUnits;
    t.vialCount = vials;
    return t;
}

void tst_ReportService::initTestCase()
{
    Test::fixEnvironment();
    m_clinic = std::make_unique<Test::TempClinic>();
    QVERIFY2(m_clinic->isValid(), qPrintable(m_clinic->errorMessage()));
    Test::TempClinic &clinic = *m_clinic;
    m_fiks = clinic.setup()
                 .addProvider({0, QStringLiteral("Vladimir Fiks"), QStringLiteral("MD"), {}, true})
                 .value();
    m_alvarez =
        clinic.setup()
            .addProvider({0, QStringLiteral("Maria Alvarez"), QStringLiteral("NP"), {}, true})
            .value();
    m_room = clinic.setup().addRoom({0, QStringLiteral("Room 1"), true}).value();
    m_typeId = clinic.setup().appointmentTypes().value().constFirst().id;
    for (int i = 0; i < 6; ++i)
        m_patients
            << clinic.add(QStringLiteral("Ann%1").arg(QChar(u'a' + i)), QStringLiteral("Lee")).id;
    QVERIFY(m_patients.constLast() > 0);

    // given: appointments around the range Dec 1, 2025 .. Feb 28, 2026
    using S = AppointmentStatus;
    const qint64 p = m_patients[0];
    const QDate dec3(2025, 12, 3);
    const QList<Appointment> visits{
        visit(p, QDate(2025, 11, 30), 16, S::Completed), // the day before the range
        visit(p, QDate(2025, 12, 1), 8, S::Completed), // the first day, first hour
        visit(p, dec3, 9, S::Completed), visit(p, dec3, 10, S::Completed),
        visit(p, dec3, 11, S::NoShow),
        // cancelled two hours before: late; three days before: not
        visit(p, dec3, 12, S::Cancelled, QDateTime(dec3, QTime(10, 0))),
        visit(p, dec3, 13, S::Cancelled, QDateTime(dec3.addDays(-3), QTime(13, 0))),
        // January: nothing
        visit(p, QDate(2026, 2, 2), 9, S::Completed),
        visit(p, QDate(2026, 2, 28), 16, S::Completed), // the last day, last hour
        visit(p, QDate(2026, 2, 28), 17, S::Booked),
        visit(p, QDate(2026, 3, 1), 8, S::Completed), // the day after the range
    };
    auto booked = clinic.context().appointments().bookMany(visits);
    QVERIFY2(booked, qPrintable(booked ? QString() : booked.error().message));

    // and: treatments, each patient's last one deciding where they stand on the board today
    // (Nov 25, 2026): the first three long overdue, the fourth due now, the fifth's window
    // opening within two weeks, the sixth with a treatment booked.
    const QList<Treatment> treatments{
        treatment(m_patients[0], QDate(2025, 11, 30), m_fiks.id, 155, 45), // before the range
        treatment(m_patients[0], QDate(2025, 12, 1), m_fiks.id, 155, 45),
        treatment(m_patients[1], QDate(2025, 12, 31), m_fiks.id, 200, 0), // JZ
        treatment(m_patients[2], QDate(2026, 2, 28), m_alvarez.id, 95, 5, 100),
        treatment(m_patients[3], QDate(2026, 9, 1), m_alvarez.id, 155, 45),
        treatment(m_patients[4], QDate(2026, 9, 10), m_fiks.id, 155, 45),
        treatment(m_patients[5], QDate(2026, 9, 1), m_fiks.id, 155, 45),
    };
    auto recorded = clinic.context().treatments().recordMany(treatments);
    QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().message));
    AppointmentType botox;
    for (const AppointmentType &t : clinic.setup().appointmentTypes().value())
        if (t.isBotox)
            botox = t;
    Appointment next = visit(m_patients[5], QDate(2026, 11, 30), 10, S::Booked);
    next.typeId = botox.id;
    QVERIFY(clinic.context().appointments().book(next));
}

void tst_ReportService::shouldCountAppointmentsPerMonthByStatus()
{
    // when
    const auto table = m_clinic->context().reports().build(ReportKind::AppointmentStatus,
                                                           QDate(2025, 12, 1), QDate(2026, 2, 28));

    // then: three months, January empty, the edges in and the days around them out
    QVERIFY2(table, qPrintable(table ? QString() : table.error().message));
    using C = AppointmentStatusReport::Column;
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->displayText(0, C::Month), QStringLiteral("Dec 2025"));
    QCOMPARE(table->value(0, C::Booked).toInt(), 6);
    QCOMPARE(table->value(0, C::Completed).toInt(), 3);
    QCOMPARE(table->value(0, C::NoShows).toInt(), 1);
    QCOMPARE(table->value(0, C::Cancelled).toInt(), 2);
    QCOMPARE(table->value(0, C::LateCancelled).toInt(), 1);
    QCOMPARE(table->value(0, C::NoShowRate).toDouble(), 25.0);
    QCOMPARE(table->value(0, C::CancellationRate).toDouble(), 100.0 * 2 / 6);
    QCOMPARE(table->value(1, C::Booked).toInt(), 0);
    QVERIFY(table->value(1, C::NoShowRate).isNull());
    QCOMPARE(table->value(2, C::Booked).toInt(), 3);
    QCOMPARE(table->value(2, C::Completed).toInt(), 2);
    QCOMPARE(table->value(2, C::StillOpen).toInt(), 1);
    QCOMPARE(table->value(2, C::NoShowRate).toDouble(), 0.0);
}

void tst_ReportService::shouldCountTreatmentsAndVialUsePerMonth()
{
    const auto table = m_clinic->context().reports().build(ReportKind::VialUse, QDate(2025, 12, 1),
                                                           QDate(2026, 2, 28));
    QVERIFY2(table, qPrintable(table ? QString() : table.error().message));
    using C = VialUseReport::Column;
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->value(0, C::Treatments).toInt(), 2);
    QCOMPARE(table->value(0, C::UnitsGiven).toInt(), 355);
    QCOMPARE(table->value(0, C::UnitsDiscarded).toInt(), 45);
    QCOMPARE(table->value(0, C::VialUnits).toInt(), 400);
    QCOMPARE(table->value(0, C::Vials).toInt(), 2);
    QCOMPARE(table->value(0, C::WithoutWaste).toInt(), 1);
    QCOMPARE(table->value(0, C::Waste).toDouble(), 11.25);
    QCOMPARE(table->value(1, C::Treatments).toInt(), 0);
    QCOMPARE(table->value(2, C::Treatments).toInt(), 1);
    QCOMPARE(table->value(2, C::Waste).toDouble(), 5.0);
}

void tst_ReportService::shouldCountTheBoardsPatientsPerProvider()
{
    const auto table = m_clinic->context().reports().build(ReportKind::OverdueByProvider,
                                                           QDate(2026, 11, 1), QDate(2026, 11, 30));
    QVERIFY2(table, qPrintable(table ? QString() : table.error().message));

    // then: by the provider of the last treatment; the booked patient is not counted
    using C = OverdueByProviderReport::Column;
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->value(0, C::Provider).toString(), QStringLiteral("Maria Alvarez"));
    QCOMPARE(table->value(0, C::Overdue).toInt(), 1);
    QCOMPARE(table->value(0, C::DueNow).toInt(), 1);
    QCOMPARE(table->value(0, C::OpensSoon).toInt(), 0);
    QCOMPARE(table->value(1, C::Provider).toString(), QStringLiteral("Vladimir Fiks"));
    QCOMPARE(table->value(1, C::Overdue).toInt(), 2);
    QCOMPARE(table->value(1, C::DueNow).toInt(), 0);
    QCOMPARE(table->value(1, C::OpensSoon).toInt(), 1);
    QCOMPARE(table->value(1, C::Total).toInt(), 3);

    // and: the same counts the board itself gives
    int boardCount = 0;
    using State = RetreatmentStatus::State;
    for (const BoardRow &row : m_clinic->context().retreatment().board({}).value())
        boardCount += row.status.state == State::Overdue || row.status.state == State::DueNow ||
                      row.status.state == State::WindowOpensSoon;
    QCOMPARE(table->value(0, C::Total).toInt() + table->value(1, C::Total).toInt(), boardCount);
}

void tst_ReportService::shouldListAuthorizationsEndingInTheRange()
{
    // given: one ending in the range, one running past it, one ending in it but renewed
    AuthorizationService &service = m_clinic->context().authorizations();
    auto authorization = [&](qint64 patient, const QString &number, QDate from, QDate to) {
        Authorization a = service.draftFor(patient);
        a.payer = QStringLiteral("Aetna");
        a.number = number;
        a.validFrom = from;
        a.validTo = to;
        a.approvedVisits = 0;
        a.approvedUnits = 0;
        return service.add(a);
    };
    QVERIFY(authorization(m_patients[0], QStringLiteral("A-ENDS"), QDate(2025, 6, 1),
                          QDate(2026, 1, 15)));
    QVERIFY(authorization(m_patients[1], QStringLiteral("A-RUNS"), QDate(2025, 6, 1),
                          QDate(2026, 6, 30)));
    QVERIFY(authorization(m_patients[2], QStringLiteral("A-OLD"), QDate(2025, 6, 1),
                          QDate(2026, 1, 20)));
    QVERIFY(authorization(m_patients[2], QStringLiteral("A-NEW"), QDate(2026, 1, 21),
                          QDate(2026, 12, 31)));

    const auto table = m_clinic->context().reports().build(ReportKind::ExpiringAuthorizations,
                                                           QDate(2025, 12, 1), QDate(2026, 2, 28));
    QVERIFY2(table, qPrintable(table ? QString() : table.error().message));
    using C = ExpiringAuthorizationsReport::Column;
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->value(0, C::Number).toString(), QStringLiteral("A-ENDS"));
    QCOMPARE(table->value(0, C::Ends).toDate(), QDate(2026, 1, 15));
    QCOMPARE(table->value(0, C::Patient).toString(), QStringLiteral("Lee, Anna"));
}

void tst_ReportService::shouldRefuseABackwardsRange()
{
    for (ReportKind kind : allReports()) {
        const auto table =
            m_clinic->context().reports().build(kind, QDate(2026, 3, 1), QDate(2026, 2, 1));
        QVERIFY(!table);
        QCOMPARE(table.error().kind, Error::Kind::Invalid);
        QCOMPARE(table.error().field, QStringLiteral("to"));
    }
}

void tst_ReportService::shouldReadTheRangeThroughTheDateIndexes()
{
    Db::SqlReportRepository repository(m_clinic->database());
    const auto appointments = repository.appointmentsPlan();
    QVERIFY2(appointments, qPrintable(appointments ? QString() : appointments.error().message));
    const QString appointmentPlan = appointments->join(u'\n');
    QVERIFY2(appointmentPlan.contains(QStringLiteral("COVERING INDEX appointments_by_start_status "
                                                     "(starts_at>? AND starts_at<?)")),
             qPrintable(appointmentPlan));
    QVERIFY2(!appointmentPlan.contains(QStringLiteral("SCAN appointments")),
             qPrintable(appointmentPlan));

    const auto treatments = repository.treatmentsPlan();
    QVERIFY(treatments);
    const QString treatmentPlan = treatments->join(u'\n');
    QVERIFY2(treatmentPlan.contains(QStringLiteral("COVERING INDEX treatments_by_date_units "
                                                   "(treated_on>? AND treated_on<?)")),
             qPrintable(treatmentPlan));
    QVERIFY2(!treatmentPlan.contains(QStringLiteral("SCAN treatments")), qPrintable(treatmentPlan));
}

QTEST_GUILESS_MAIN(tst_ReportService)
#include "tst_reportservice.moc"
