// The outcomes panel driven as the desk and the clinician use it: the headache diary typed in, the
// chart of headache days with treatments, baseline and reduction lines, and the flag for a
// patient below the response threshold.
#include "diaryentrydialog.h"
#include "diarytablemodel.h"
#include "outcomechart.h"
#include "outcomespanel.h"
#include "settingstestsupport.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "theme.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QValueAxis>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;
using Test::child;

namespace {

DiaryEntry month(qint64 patientId, int year, int m, int headache, int migraine, double hours = -1,
                 bool baseline = false)
{
    DiaryEntry e;
    e.patientId = patientId;
    e.month = QDate(year, m, 1);
    e.headacheDays = headache;
    e.migraineDays = migraine;
    e.hoursPerDay = hours;
    e.isBaseline = baseline;
    return e;
}

QLineSeries *series(QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series())
        if (s->objectName() == name)
            return qobject_cast<QLineSeries *>(s);
    return nullptr;
}

QStringList seriesNames(QChart *chart)
{
    QStringList names;
    for (QAbstractSeries *s : chart->series())
        names << s->objectName();
    return names;
}

QList<qreal> yValues(QLineSeries *line)
{
    QList<qreal> ys;
    if (line)
        for (const QPointF &p : line->points())
            ys << p.y();
    return ys;
}

// How much of the picture is not plain white: a blank render is a defect.
double inkedShare(const QImage &image)
{
    qint64 inked = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                ++inked;
    return double(inked) / ((image.width() / 2) * (image.height() / 2));
}


void typeMonth(QWidget *dialog, const QString &mmyyyy)
{
    auto *field = child<QDateEdit>(dialog, QStringLiteral("month"));
    QVERIFY(field);
    field->setFocus();
    field->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClicks(field, mmyyyy);
}

void typeDays(QWidget *dialog, const QString &field, const QString &days)
{
    auto *box = child<QSpinBox>(dialog, field);
    QVERIFY2(box, qPrintable(field));
    Test::retype(box, days);
}

} // namespace

class tst_OutcomesPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shouldPassTheModelTesterThroughResets();
    void shouldListMonthsWithTheBaselineInWords();
    void shouldSayWhatToAddWhenThereIsNoDiary();
    void shouldAddAMonthByTyping();
    void shouldShowWhatIsWrongUnderTheFieldAndKeepTheForm_data();
    void shouldShowWhatIsWrongUnderTheFieldAndKeepTheForm();
    void shouldDrawTheDiaryTreatmentsAndReductionLines();
    void shouldDrawOneReductionLineWhenTheThresholdIsFifty();
    void shouldFlagAPatientBelowTheThresholdUntilTheyRespond();
    void shouldMarkAndUnmarkTheBaseline();
    void shouldRemoveAMonthOnlyWhenConfirmed();
    void shouldRenderForAPrintedSummary();
    void shouldLookRightWithASixMonthDiary();

private:
    OutcomeService &outcomes() { return m_clinic->context().outcomes(); }
    void treat(QDate on);
    // Ann's six months: baseline April (22), cycle 1 on May 12, cycle 2 on Aug 4, 12 by Sept.
    void sixMonthDiary();
    // Ann responds poorly: 20 at baseline, 16 after cycle 2 (−20%).
    void poorResponse();
    void showPanel();

    std::unique_ptr<Test::TempClinic> m_clinic;
    std::unique_ptr<Ui::OutcomesPanel> m_panel;
    qint64 m_ann = 0;
    QStringList m_questions;
    bool m_answer = true;
};

void tst_OutcomesPanel::initTestCase()
{
    Test::fixEnvironment();
    Ui::Theme::apply(*qApp);
}

void tst_OutcomesPanel::init()
{
    m_clinic = std::make_unique<Test::TempClinic>();
    QVERIFY2(m_clinic->isValid(), qPrintable(m_clinic->errorMessage()));
    m_ann = m_clinic->add(QStringLiteral("Ann"), QStringLiteral("Lee")).id;
    QVERIFY(m_ann > 0);
    m_panel = std::make_unique<Ui::OutcomesPanel>(outcomes());
    m_questions.clear();
    m_answer = true;
    m_panel->setConfirmer([this](QWidget *, const Ui::Question &q) {
        m_questions << q.objectName;
        return m_answer;
    });
}

void tst_OutcomesPanel::cleanup()
{
    m_panel.reset();
    m_clinic.reset();
}

void tst_OutcomesPanel::treat(QDate on)
{
    Treatment t = m_clinic->context().treatments().draftFor(m_ann);
    t.date = on;
    t.consentSigned = true;
    t.lotNumber = QStringLiteral("C1234AB");
    t.lotExpiry = on.addYears(1);
    auto recorded = m_clinic->context().treatments().record(t);
    QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().message));
}

void tst_OutcomesPanel::sixMonthDiary()
{
    const QList<DiaryEntry> months{
        month(m_ann, 2026, 4, 22, 12, 6, true), month(m_ann, 2026, 5, 20, 10, 5.5),
        month(m_ann, 2026, 6, 17, 8, 5),        month(m_ann, 2026, 7, 15, 7),
        month(m_ann, 2026, 8, 14, 6, 4),        month(m_ann, 2026, 9, 12, 5, 3.5)};
    for (const DiaryEntry &e : months)
        QVERIFY(outcomes().save(e).ok());
    treat(QDate(2026, 5, 12));
    treat(QDate(2026, 8, 4));
}

void tst_OutcomesPanel::poorResponse()
{
    for (const DiaryEntry &e :
         {month(m_ann, 2026, 4, 20, 9), month(m_ann, 2026, 6, 19, 9), month(m_ann, 2026, 9, 16, 7)})
        QVERIFY(outcomes().save(e).ok());
    treat(QDate(2026, 5, 12));
    treat(QDate(2026, 8, 4));
}

void tst_OutcomesPanel::showPanel()
{
    m_panel->resize(900, 720);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_OutcomesPanel::shouldPassTheModelTesterThroughResets()
{
    Ui::DiaryTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({month(1, 2026, 4, 22, 12), month(1, 2026, 5, 20, 10, 4.5)}, QDate(2026, 4, 1),
                     false);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(Ui::DiaryTableModel::ColumnCount));
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
    model.setEntries({month(1, 2026, 6, 3, 1)});
    QCOMPARE(model.rowCount(), 1);
}

void tst_OutcomesPanel::shouldListMonthsWithTheBaselineInWords()
{
    using Model = Ui::DiaryTableModel;
    Model model;
    model.setEntries({month(1, 2026, 3, 22, 12, 6), month(1, 2026, 4, 20, 10)}, QDate(2026, 3, 1),
                     false);
    auto cell = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };

    QCOMPARE(cell(0, Model::Month), QStringLiteral("Mar 2026"));
    QCOMPARE(cell(0, Model::HeadacheDays), QStringLiteral("22"));
    QCOMPARE(cell(0, Model::MigraineDays), QStringLiteral("12"));
    QCOMPARE(cell(0, Model::HoursPerDay), QStringLiteral("6"));
    QCOMPARE(cell(1, Model::HoursPerDay), QStringLiteral("—"));
    QCOMPARE(cell(0, Model::Baseline), QStringLiteral("Baseline (assumed)"));
    QCOMPARE(cell(1, Model::Baseline), QString());
    QCOMPARE(model.index(0, 0).data(Model::MonthRole).toDate(), QDate(2026, 3, 1));
    QVERIFY(model.index(0, 0).data(Model::IsBaselineRole).toBool());
    QVERIFY(!model.index(0, 0).data(Model::IsMarkedBaselineRole).toBool());
    QCOMPARE(model.headerData(Model::HeadacheDays, Qt::Horizontal).toString(),
             QStringLiteral("Headache days"));

    model.setEntries({month(1, 2026, 3, 22, 12, 6, true)}, QDate(2026, 3, 1), true);
    QCOMPARE(cell(0, Model::Baseline), QStringLiteral("Baseline"));
    QVERIFY(model.index(0, 0).data(Model::IsMarkedBaselineRole).toBool());
}

void tst_OutcomesPanel::shouldSayWhatToAddWhenThereIsNoDiary()
{
    m_panel->setPatient(m_ann);
    showPanel();

    QVERIFY(!m_panel->chart()->isShowingChart());
    QCOMPARE(m_panel->chart()->message(),
             QStringLiteral("No diary yet: add the baseline month before cycle 1"));
    QVERIFY(child<QLabel>(m_panel.get(), QStringLiteral("outcomeChartMessage"))->isVisible());
    QVERIFY(!child<QFrame>(m_panel.get(), QStringLiteral("outcomeFlag"))->isVisible());
    QVERIFY(child<QPushButton>(m_panel.get(), QStringLiteral("addMonthButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(m_panel.get(), QStringLiteral("editMonthButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(m_panel.get(), QStringLiteral("removeMonthButton"))->isEnabled());
    QVERIFY(Test::saveShot(m_panel.get(), QStringLiteral("outcomes-empty.png")));

    m_panel->setPatient(0);
    QVERIFY(!child<QPushButton>(m_panel.get(), QStringLiteral("addMonthButton"))->isEnabled());
}

void tst_OutcomesPanel::shouldAddAMonthByTyping()
{
    // given a patient with no diary
    m_panel->setPatient(m_ann);
    showPanel();
    QSignalSpy changed(m_panel.get(), &Ui::OutcomesPanel::diaryChanged);

    // when the desk adds October by typing
    auto opened = Test::onNextDialog(QStringLiteral("diaryEntryDialog"), [](QDialog *dialog) {
        // An untreated patient's first month is offered as the baseline.
        QVERIFY(child<QCheckBox>(dialog, QStringLiteral("isBaseline"))->isChecked());
        typeMonth(dialog, QStringLiteral("10/2026"));
        typeDays(dialog, QStringLiteral("headacheDays"), QStringLiteral("18"));
        typeDays(dialog, QStringLiteral("migraineDays"), QStringLiteral("7"));
        auto *hours = child<QLineEdit>(dialog, QStringLiteral("hoursPerDay"));
        hours->setFocus();
        Test::typeText(hours, QStringLiteral("4.5"));
        Test::click(dialog, QStringLiteral("saveButton"));
    });
    Test::click(m_panel.get(), QStringLiteral("addMonthButton"));

    // then it is stored, listed, selected and charted
    QVERIFY(*opened);
    const auto stored = outcomes().entries(m_ann);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->constFirst(), month(m_ann, 2026, 10, 18, 7, 4.5, true));
    auto *table = child<QTableView>(m_panel.get(), QStringLiteral("diaryTable"));
    QCOMPARE(Test::cellText(table, QStringLiteral("Oct 2026"), Ui::DiaryTableModel::HeadacheDays),
             QStringLiteral("18"));
    QCOMPARE(Test::cellText(table, QStringLiteral("Oct 2026"), Ui::DiaryTableModel::Baseline),
             QStringLiteral("Baseline"));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(Test::shown(m_panel.get(), QStringLiteral("diaryMessage")),
             QStringLiteral("October 2026 added to the diary."));
    QVERIFY(m_panel->chart()->isShowingChart());
    QCOMPARE(series(m_panel->chart()->chart(), QStringLiteral("headacheDays"))->count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().toLongLong(), m_ann);
}

void tst_OutcomesPanel::shouldShowWhatIsWrongUnderTheFieldAndKeepTheForm_data()
{
    QTest::addColumn<QString>("monthTyped");
    QTest::addColumn<QString>("headache");
    QTest::addColumn<QString>("migraine");
    QTest::addColumn<QString>("hours");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("30 days in February") << "02/2026"
                                         << "30"
                                         << "4"
                                         << ""
                                         << "headacheDays"
                                         << "February 2026 has 28 days; headache days are 0 to 28.";
    QTest::newRow("more migraine than headache days")
        << "10/2026"
        << "8"
        << "9"
        << ""
        << "migraineDays"
        << "Migraine days count as headache days too: 9 migraine days need at least 9 headache "
           "days (8 entered).";
    QTest::newRow("hours not a number") << "10/2026"
                                        << "8"
                                        << "2"
                                        << "lots"
                                        << "hoursPerDay"
                                        << "Type hours a day as a number from 0 to 24, like 4 or "
                                           "4.5, or leave it empty.";
    QTest::newRow("more than 24 hours") << "10/2026"
                                        << "8"
                                        << "2"
                                        << "25"
                                        << "hoursPerDay"
                                        << "Hours a day are 0 to 24; leave it empty when the "
                                           "patient does not know.";
    QTest::newRow("a month not begun")
        << "12/2026"
        << "8"
        << "2"
        << ""
        << "month"
        << "December 2026 has not started yet; the latest month that can be recorded is November "
           "2026.";
    QTest::newRow("a month already in the diary")
        << "09/2026"
        << "8"
        << "2"
        << ""
        << "month"
        << "September 2026 is already in the diary (11 headache days); edit that month instead.";
}

void tst_OutcomesPanel::shouldShowWhatIsWrongUnderTheFieldAndKeepTheForm()
{
    QFETCH(QString, monthTyped);
    QFETCH(QString, headache);
    QFETCH(QString, migraine);
    QFETCH(QString, hours);
    QFETCH(QString, field);
    QFETCH(QString, message);

    // given September is in the diary
    QVERIFY(outcomes().save(month(m_ann, 2026, 9, 11, 4)).ok());
    DiaryEntry draft;
    draft.patientId = m_ann;
    draft.month = QDate(2026, 10, 1);
    Ui::DiaryEntryDialog dialog(outcomes(), draft, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setConfirmer([](QWidget *, const Ui::Question &) { return true; });

    // when
    typeMonth(&dialog, monthTyped);
    typeDays(&dialog, QStringLiteral("headacheDays"), headache);
    typeDays(&dialog, QStringLiteral("migraineDays"), migraine);
    if (!hours.isEmpty()) {
        auto *edit = child<QLineEdit>(&dialog, QStringLiteral("hoursPerDay"));
        edit->setFocus();
        Test::typeText(edit, hours);
    }
    Test::click(&dialog, QStringLiteral("saveButton"));

    // then the message is under the field, the form stays open and nothing new is stored
    QCOMPARE(Test::shown(&dialog, QStringLiteral("error_") + field), message);
    QVERIFY(dialog.isVisible());
    if (QTest::currentDataTag() == QLatin1String("30 days in February")) {
        QTest::qWait(50); // the form grows to fit the message
        QVERIFY(Test::saveShot(&dialog, QStringLiteral("outcomes-dialog.png")));
    }
    QCOMPARE(outcomes().entries(m_ann)->size(), 1);
    QCOMPARE(outcomes().entries(m_ann)->constFirst().headacheDays, 11);
}

void tst_OutcomesPanel::shouldDrawTheDiaryTreatmentsAndReductionLines()
{
    // given six months with a marked baseline of 22 and two cycles
    sixMonthDiary();

    // when
    m_panel->setPatient(m_ann);
    showPanel();

    // then: the two diary lines, the baseline, the 30% and 50% lines, one line per treatment
    QChart *chart = m_panel->chart()->chart();
    QVERIFY(chart);
    QCOMPARE(seriesNames(chart),
             (QStringList{"headacheDays", "migraineDays", "baseline", "reduction30", "reduction50",
                          "treatment1", "treatment2"}));
    QCOMPARE(yValues(series(chart, QStringLiteral("headacheDays"))),
             (QList<qreal>{22, 20, 17, 15, 14, 12}));
    QCOMPARE(yValues(series(chart, QStringLiteral("migraineDays"))),
             (QList<qreal>{12, 10, 8, 7, 6, 5}));
    QCOMPARE(yValues(series(chart, QStringLiteral("baseline"))), (QList<qreal>{22, 22}));
    QCOMPARE(yValues(series(chart, QStringLiteral("reduction30"))), (QList<qreal>{15.4, 15.4}));
    QCOMPARE(yValues(series(chart, QStringLiteral("reduction50"))), (QList<qreal>{11, 11}));
    QCOMPARE(series(chart, QStringLiteral("reduction30"))->name(),
             QStringLiteral("30% reduction (15.4)"));
    QCOMPARE(series(chart, QStringLiteral("reduction50"))->name(),
             QStringLiteral("50% reduction (11)"));
    QCOMPARE(series(chart, QStringLiteral("baseline"))->name(), QStringLiteral("Baseline 22"));

    // lines differ in style, not only colour
    QCOMPARE(series(chart, QStringLiteral("headacheDays"))->pen().style(), Qt::SolidLine);
    QVERIFY(series(chart, QStringLiteral("headacheDays"))->pointsVisible());
    QCOMPARE(series(chart, QStringLiteral("migraineDays"))->pen().style(), Qt::DashLine);
    QCOMPARE(series(chart, QStringLiteral("reduction30"))->pen().style(), Qt::DashDotLine);
    QCOMPARE(series(chart, QStringLiteral("reduction50"))->pen().style(), Qt::DashDotDotLine);

    // each treatment is a vertical line on its date, labelled with its cycle
    for (int cycle : {1, 2}) {
        QLineSeries *line = series(chart, QStringLiteral("treatment%1").arg(cycle));
        const QDate on = cycle == 1 ? QDate(2026, 5, 12) : QDate(2026, 8, 4);
        QCOMPARE(line->count(), 2);
        QCOMPARE(line->at(0).x(), line->at(1).x());
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(line->at(0).x())).date(), on);
        QCOMPARE(line->pointLabelsFormat(), QStringLiteral("C%1").arg(cycle));
        QVERIFY(line->pointLabelsVisible());
    }
    // one legend entry stands for all treatments
    int treatmentMarkers = 0;
    for (QLegendMarker *marker : chart->legend()->markers())
        if (marker->isVisible() && marker->series()->objectName().startsWith(u"treatment"))
            ++treatmentMarkers;
    QCOMPARE(treatmentMarkers, 1);

    // the current reduction is the title; months on the axis
    QCOMPARE(chart->title(), QStringLiteral("\u221245% headache days (baseline 22, now 12)"));
    auto *months = qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).constFirst());
    QVERIFY(months);
    QCOMPARE(months->format(), QStringLiteral("MMM yyyy"));
    QVERIFY(months->min().date() < QDate(2026, 4, 15));
    QVERIFY(months->max().date() > QDate(2026, 9, 15));
    auto *daysAxis = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).constFirst());
    QVERIFY(daysAxis->max() >= 22);
    QVERIFY(!child<QFrame>(m_panel.get(), QStringLiteral("outcomeFlag"))->isVisible());
}

void tst_OutcomesPanel::shouldDrawOneReductionLineWhenTheThresholdIsFifty()
{
    sixMonthDiary();
    QVERIFY(m_clinic->setup().setSetting(SettingKey::responseThresholdPercent, "50").ok());

    m_panel->setPatient(m_ann);

    QChart *chart = m_panel->chart()->chart();
    QVERIFY(chart);
    QVERIFY(!series(chart, QStringLiteral("reduction30")));
    QCOMPARE(yValues(series(chart, QStringLiteral("reduction50"))), (QList<qreal>{11, 11}));
}

void tst_OutcomesPanel::shouldFlagAPatientBelowTheThresholdUntilTheyRespond()
{
    // given 20 headache days at baseline and 16 in September, after cycle 2
    poorResponse();

    // when the clinician opens the patient's outcomes
    m_panel->setPatient(m_ann);
    showPanel();

    // then the flag says so in words, beside a warning icon
    auto *flag = child<QFrame>(m_panel.get(), QStringLiteral("outcomeFlag"));
    QVERIFY(flag->isVisible());
    QCOMPARE(Test::shown(m_panel.get(), QStringLiteral("outcomeFlagText")),
             QStringLiteral("Below 30% response after cycle 2 \u2014 review with the clinician. "
                            "\u221220% headache days (baseline 20, now 16)."));
    QVERIFY(!child<QLabel>(m_panel.get(), QStringLiteral("outcomeFlagIcon"))->pixmap().isNull());
    QVERIFY(Test::saveShot(m_panel.get(), QStringLiteral("outcomes-flag.png")));

    // when the desk corrects September to 12 days (−40%)
    auto *table = child<QTableView>(m_panel.get(), QStringLiteral("diaryTable"));
    QVERIFY(Test::clickRow(table, QStringLiteral("Sep 2026")));
    auto opened = Test::onNextDialog(QStringLiteral("diaryEntryDialog"), [](QDialog *dialog) {
        QVERIFY(!child<QDateEdit>(dialog, QStringLiteral("month"))->isEnabled());
        typeDays(dialog, QStringLiteral("headacheDays"), QStringLiteral("12"));
        Test::click(dialog, QStringLiteral("saveButton"));
    });
    Test::click(m_panel.get(), QStringLiteral("editMonthButton"));

    // then the flag goes and the title shows the new figure
    QVERIFY(*opened);
    QVERIFY(!flag->isVisible());
    QCOMPARE(m_panel->chart()->chart()->title(),
             QStringLiteral("\u221240% headache days (baseline 20, now 12)"));
    QCOMPARE(Test::shown(m_panel.get(), QStringLiteral("diaryMessage")),
             QStringLiteral("September 2026 saved."));
}

void tst_OutcomesPanel::shouldMarkAndUnmarkTheBaseline()
{
    poorResponse();
    m_panel->setPatient(m_ann);
    showPanel();
    auto *table = child<QTableView>(m_panel.get(), QStringLiteral("diaryTable"));
    auto *button = child<QPushButton>(m_panel.get(), QStringLiteral("baselineButton"));
    QCOMPARE(Test::cellText(table, QStringLiteral("Apr 2026"), Ui::DiaryTableModel::Baseline),
             QStringLiteral("Baseline (assumed)"));

    // when April is marked
    QVERIFY(Test::clickRow(table, QStringLiteral("Apr 2026")));
    QCOMPARE(button->text(), QStringLiteral("Mark as baseline"));
    Test::click(m_panel.get(), QStringLiteral("baselineButton"));

    QCOMPARE(Test::cellText(table, QStringLiteral("Apr 2026"), Ui::DiaryTableModel::Baseline),
             QStringLiteral("Baseline"));
    QVERIFY(outcomes().entries(m_ann)->constFirst().isBaseline);
    QCOMPARE(button->text(), QStringLiteral("Unmark baseline"));
    QCOMPARE(Test::shown(m_panel.get(), QStringLiteral("diaryMessage")),
             QStringLiteral("April 2026 is the baseline."));

    // when September (after cycle 1) is marked: refused, in words
    QVERIFY(Test::clickRow(table, QStringLiteral("Sep 2026")));
    Test::click(m_panel.get(), QStringLiteral("baselineButton"));
    QCOMPARE(Test::shown(m_panel.get(), QStringLiteral("diaryMessage")),
             QStringLiteral("The baseline is a month before treatment: September 2026 is after "
                            "cycle 1 (May 12, 2026)."));

    // when April is unmarked again
    QVERIFY(Test::clickRow(table, QStringLiteral("Apr 2026")));
    Test::click(m_panel.get(), QStringLiteral("baselineButton"));
    QVERIFY(!outcomes().entries(m_ann)->constFirst().isBaseline);
    QCOMPARE(Test::cellText(table, QStringLiteral("Apr 2026"), Ui::DiaryTableModel::Baseline),
             QStringLiteral("Baseline (assumed)"));
}

void tst_OutcomesPanel::shouldRemoveAMonthOnlyWhenConfirmed()
{
    poorResponse();
    m_panel->setPatient(m_ann);
    showPanel();
    auto *table = child<QTableView>(m_panel.get(), QStringLiteral("diaryTable"));

    // when the question is declined
    m_answer = false;
    QVERIFY(Test::clickRow(table, QStringLiteral("Jun 2026")));
    Test::click(m_panel.get(), QStringLiteral("removeMonthButton"));
    QCOMPARE(m_questions, QStringList{"removeDiaryMonthQuestion"});
    QCOMPARE(outcomes().entries(m_ann)->size(), 3);

    // when it is accepted
    m_answer = true;
    Test::click(m_panel.get(), QStringLiteral("removeMonthButton"));
    QCOMPARE(outcomes().entries(m_ann)->size(), 2);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(Test::shown(m_panel.get(), QStringLiteral("diaryMessage")),
             QStringLiteral("June 2026 removed from the diary."));
    QVERIFY(!child<QPushButton>(m_panel.get(), QStringLiteral("removeMonthButton"))->isEnabled());
}

void tst_OutcomesPanel::shouldRenderForAPrintedSummary()
{
    sixMonthDiary();
    const auto outcome = outcomes().outcomeFor(m_ann);
    QVERIFY(outcome);

    const QPixmap chart = Ui::OutcomeChart::render(outcome.value(), QSize(800, 420));
    const QPixmap empty = Ui::OutcomeChart::render(PatientOutcome{}, QSize(600, 200));

    QCOMPARE(chart.size(), QSize(800, 420));
    // Lines, labels and legend: far more than a blank page or a lone message.
    QVERIFY2(inkedShare(chart.toImage()) > 0.03,
             qPrintable(QString::number(inkedShare(chart.toImage()))));
    QVERIFY(inkedShare(empty.toImage()) > 0.001);
    QVERIFY(inkedShare(empty.toImage()) < 0.05);
}

void tst_OutcomesPanel::shouldLookRightWithASixMonthDiary()
{
    sixMonthDiary();
    m_panel->setPatient(m_ann);
    showPanel();
    QVERIFY(m_panel->chart()->isShowingChart());

    QVERIFY(Test::saveShot(m_panel.get(), QStringLiteral("outcomes.png")));
    const QString folder = qEnvironmentVariable("CLINICDESK_SHOTS");
    if (!folder.isEmpty())
        QVERIFY(m_panel->chart()
                    ->renderTo(QSize(900, 420))
                    .save(QDir(folder).filePath(QStringLiteral("outcomes-print.png"))));
}

QTEST_MAIN(tst_OutcomesPanel)
#include "tst_outcomespanel.moc"
