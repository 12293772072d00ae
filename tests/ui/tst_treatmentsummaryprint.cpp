// A patient's printed Botox summary: every cycle with its interval, units, vials and lot, the
// adverse events, the headache diary with the chart and the response, read back from the PDF;
// and the record's "Print summary…" opening the preview.
#include "outcomechart.h"
#include "patientrecordtabs.h"
#include "scheduledocument.h"
#include "testsupport.h"
#include "treatmentsummary.h"
#include "treatmentsummarydocument.h"
#include "busyday.h"
#include "uitestsupport.h"

#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTest>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;

namespace {

struct Course {
    Patient ann;
    Provider fiks;
};

Course setUp(Test::TempClinic &clinic)
{
    Course c;
    c.fiks = clinic.setup()
                 .addProvider({0, QStringLiteral("Vladimir Fiks"), QStringLiteral("MD"), {}, true})
                 .value();
    Patient ann = Test::TempClinic::draft(QStringLiteral("Ann"), QStringLiteral("O'Neil-Núñez"));
    ann.insurance.payer = QStringLiteral("Aetna");
    c.ann = clinic.patients().create(ann).value();
    const QList<QDate> dates{QDate(2026, 2, 4), QDate(2026, 4, 29), QDate(2026, 7, 22)};
    for (int i = 0; i < dates.size(); ++i) {
        Treatment t = clinic.context().treatments().draftFor(c.ann.id);
        t.date = dates[i];
        t.providerId = c.fiks.id;
        t.lotNumber = QStringLiteral("C%1A7").arg(5000 + i);
        t.lotExpiry = QDate(2027, 6, 30);
        if (i == 1)
            t.adverseEvents << AdverseEvent{AdverseEventCode::NeckPain, QDate(2026, 5, 2),
                                            QStringLiteral("Mild, two days")};
        const auto recorded = clinic.context().treatments().record(t);
        if (!recorded)
            qWarning("%s", qPrintable(recorded.error().message));
    }
    const QList<QPair<QDate, int>> diary{{QDate(2026, 1, 1), 22}, {QDate(2026, 3, 1), 18},
                                         {QDate(2026, 6, 1), 12}, {QDate(2026, 9, 1), 9}};
    for (const auto &[month, days] : diary) {
        DiaryEntry entry;
        entry.patientId = c.ann.id;
        entry.month = month;
        entry.headacheDays = days;
        entry.migraineDays = days / 2;
        entry.hoursPerDay = 6.5;
        if (!clinic.context().outcomes().add(entry))
            qWarning("diary month not added");
    }
    return c;
}

TreatmentSummary summaryOf(Test::TempClinic &clinic, qint64 patientId)
{
    auto &ctx = clinic.context();
    const TreatmentSummaryBuilder builder(ctx.patients(), ctx.treatments(), ctx.retreatment(),
                                          ctx.setup(), ctx.outcomes());
    auto built = builder.build(patientId, QStringLiteral("drfiks"));
    if (!built)
        qWarning("%s", qPrintable(built.error().message));
    return built.ok() ? built.value() : TreatmentSummary{};
}

} // namespace

class tst_TreatmentSummaryPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::fixEnvironment(); }
    void shouldGatherTheCourse();
    void shouldPrintEveryCycleAndTheDiary();
    void shouldPrintAPatientWithoutTreatments();
    void shouldRefuseAPatientNotOnFile();
    void shouldOpenThePreviewFromTheRecord();

private:
    QTemporaryDir m_out;
};

void tst_TreatmentSummaryPrint::shouldGatherTheCourse()
{
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    const Course c = setUp(clinic);

    const TreatmentSummary summary = summaryOf(clinic, c.ann.id);

    QCOMPARE(summary.patient.id, c.ann.id);
    QCOMPARE(summary.cycles.size(), 3);
    QCOMPARE(summary.cycles[0].cycle.number, 1);
    QCOMPARE(summary.cycles[1].cycle.daysSincePrevious, 84);
    QCOMPARE(summary.cycles[2].provider, QStringLiteral("Vladimir Fiks, MD"));
    QCOMPARE(summary.unitsGiven(), 3 * 155);
    QCOMPARE(summary.outcome.entries.size(), 4);
    QCOMPARE(summary.printedBy, QStringLiteral("drfiks"));
}

void tst_TreatmentSummaryPrint::shouldPrintEveryCycleAndTheDiary()
{
    Test::TempClinic clinic;
    const Course c = setUp(clinic);
    const TreatmentSummary summary = summaryOf(clinic, c.ann.id);
    int chartsDrawn = 0;
    const QString file = m_out.filePath(QStringLiteral("summary.pdf"));

    const auto pages = Documents::writePdf(
        Documents::TreatmentSummaryDocument::document(
            summary,
            [&](QPainter &painter, const QRectF &target) {
                ++chartsDrawn;
                Ui::OutcomeChart::paint(summary.outcome, &painter, target);
            }),
        file, {});

    QVERIFY(pages);
    QCOMPARE(chartsDrawn, 1);
    const QString text = Test::pdfPages(file).join(QString());
    const QString flat = text.simplified();
    QVERIFY(flat.contains(QStringLiteral("Botox treatment summary")));
    QVERIFY2(flat.contains(QStringLiteral("O'Neil-Núñez, Ann \u00B7 DOB 03/14/1975")), qPrintable(flat));
    QVERIFY(flat.contains(QStringLiteral("Aetna")));
    QVERIFY(flat.contains(QStringLiteral("3 cycles since Feb 4, 2026")));
    QVERIFY(flat.contains(QStringLiteral("465 U given")));
    for (const QString &date : {QStringLiteral("02/04/2026"), QStringLiteral("04/29/2026"),
                                QStringLiteral("07/22/2026")})
        QVERIFY2(flat.contains(date), qPrintable(date));
    for (const QString &lot : {QStringLiteral("C5000A7"), QStringLiteral("C5001A7"),
                               QStringLiteral("C5002A7")})
        QVERIFY2(flat.contains(lot), qPrintable(lot));
    QVERIFY(flat.contains(QStringLiteral("84 days")));
    QVERIFY(flat.contains(QStringLiteral("First")));
    QVERIFY(flat.contains(QStringLiteral("Mild, two days")));
    QVERIFY(flat.contains(QStringLiteral("Headache diary and response")));
    QVERIFY(flat.contains(QStringLiteral("January 2026")) || flat.contains(QStringLiteral("Jan 2026")));
    QVERIFY(flat.contains(QStringLiteral("Page 1 of")));
}

void tst_TreatmentSummaryPrint::shouldPrintAPatientWithoutTreatments()
{
    Test::TempClinic clinic;
    const Patient bob = clinic.add(QStringLiteral("Bob"), QStringLiteral("Smith"));
    const QString file = m_out.filePath(QStringLiteral("none.pdf"));

    QVERIFY(Documents::writePdf(
        Documents::TreatmentSummaryDocument::document(summaryOf(clinic, bob.id)), file, {}));

    const QString flat = Test::pdfPages(file).join(QString()).simplified();
    QVERIFY(flat.contains(QStringLiteral("No Botox treatment recorded.")));
    QVERIFY(flat.contains(QStringLiteral("No headache diary recorded.")));
}

void tst_TreatmentSummaryPrint::shouldRefuseAPatientNotOnFile()
{
    Test::TempClinic clinic;
    auto &ctx = clinic.context();
    const TreatmentSummaryBuilder builder(ctx.patients(), ctx.treatments(), ctx.retreatment(),
                                          ctx.setup(), ctx.outcomes());
    QVERIFY(!builder.build(4242, {}));
}

void tst_TreatmentSummaryPrint::shouldOpenThePreviewFromTheRecord()
{
    Test::TempClinic clinic;
    const Course c = setUp(clinic);
    auto &ctx = clinic.context();
    Ui::PatientRecordTabs::Services services;
    services.appointments = &ctx.appointments();
    services.treatments = &ctx.treatments();
    services.retreatment = &ctx.retreatment();
    services.setup = &ctx.setup();
    services.authorizations = &ctx.authorizations();
    services.outcomes = &ctx.outcomes();
    services.patients = &ctx.patients();
    Ui::PatientRecordTabs record(services);
    record.resize(900, 600);
    record.show();
    QPushButton *print = record.printSummaryButton();
    QVERIFY(print);
    QVERIFY(!print->isEnabled()); // nobody selected yet

    record.setPatient(c.ann.id);
    QVERIFY(print->isEnabled());
    QTest::mouseClick(print, Qt::LeftButton);

    auto *preview = record.findChild<QPrintPreviewDialog *>(QStringLiteral("treatmentSummaryPreview"));
    QVERIFY(preview);
    QTRY_VERIFY(preview->isVisible());
    auto *pages = preview->findChild<QPrintPreviewWidget *>();
    QVERIFY(pages);
    QTRY_VERIFY(pages->pageCount() >= 1);
    QVERIFY(Test::saveShot(preview, QStringLiteral("treatment-summary-preview")));
    QVERIFY(Test::saveShot(&record, QStringLiteral("patient-record-print-summary")));
    preview->close();
}

QTEST_MAIN(tst_TreatmentSummaryPrint)
#include "tst_treatmentsummaryprint.moc"
