// A patient's Botox course in their record: the retreatment badge and window, the treatments as
// cycles with their intervals, and recording, correcting, removing, stopping and resuming.
#include "reasondialog.h"
#include "testsupport.h"
#include "treatmentcyclemodel.h"
#include "treatmentdialog.h"
#include "treatmenthistorywidget.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <memory>

using namespace ClinicDesk;
using Test::fixedToday;
using Ui::TreatmentCycleModel;
using Ui::TreatmentHistoryWidget;

class tst_TreatmentHistoryWidget : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempClinic> m_clinic;
    std::unique_ptr<TreatmentHistoryWidget> m_widget;
    Core::Provider m_fiks;
    Core::Patient m_ann;
    QList<Ui::Question> m_asked;
    bool m_answer = true;

    Core::TreatmentService &treatments() { return m_clinic->context().treatments(); }
    Core::RetreatmentService &retreatment() { return m_clinic->context().retreatment(); }

    qint64 record(QDate date)
    {
        Core::Treatment t = treatments().draftFor(m_ann.id);
        t.date = date;
        t.providerId = m_fiks.id;
        t.lotNumber = QStringLiteral("C1234AB5");
        auto recorded = treatments().record(t);
        if (!recorded)
            qWarning("record failed: %s", qPrintable(recorded.error().message));
        return recorded ? recorded->id : 0;
    }
    QString shown(const char *name)
    {
        auto *label = m_widget->findChild<QLabel *>(QString::fromLatin1(name));
        return label && label->isVisible() ? label->text() : QString();
    }
    QPushButton *button(const char *name)
    {
        return m_widget->findChild<QPushButton *>(QString::fromLatin1(name));
    }
    QTableView *table()
    {
        return m_widget->findChild<QTableView *>(QStringLiteral("treatmentTable"));
    }
    QString cell(int row, int column)
    {
        return m_widget->model()->index(row, column).data().toString();
    }
    void selectCycle(int number)
    {
        for (int row = 0; row < m_widget->model()->rowCount(); ++row)
            if (m_widget->model()->index(row, 0).data(TreatmentCycleModel::CycleRole).toInt() ==
                number)
                table()->selectRow(row);
    }

private slots:
    void initTestCase() { Test::fixEnvironment(); }

    void init()
    {
        m_clinic = std::make_unique<Test::TempClinic>();
        QVERIFY2(m_clinic->isValid(), qPrintable(m_clinic->errorMessage()));
        m_fiks =
            m_clinic->setup()
                .addProvider({0, QStringLiteral("Vladimir Fiks"), QStringLiteral("MD"), {}, true})
                .value();
        Core::Patient ann = Test::TempClinic::draft(QStringLiteral("Ann"), QStringLiteral("Lee"));
        ann.insurance.payer = QStringLiteral("Acme Health");
        auto created = m_clinic->patients().create(ann);
        QVERIFY(created);
        m_ann = created.value();
        // 84 days, then 70: the last one came two weeks sooner than the payer allows.
        QVERIFY(record(QDate(2026, 2, 2)));
        QVERIFY(record(QDate(2026, 4, 27)));
        QVERIFY(record(QDate(2026, 7, 6)));

        m_widget = std::make_unique<TreatmentHistoryWidget>(treatments(), retreatment(),
                                                            m_clinic->setup());
        new QAbstractItemModelTester(m_widget->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_widget.get());
        m_asked.clear();
        m_answer = true;
        m_widget->setConfirmer([this](QWidget *, const Ui::Question &q) {
            m_asked << q;
            return m_answer;
        });
        m_widget->setPatient(m_ann.id, QStringLiteral("Lee, Ann"));
        m_widget->resize(900, 380);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    }

    void cleanup()
    {
        m_widget.reset();
        m_clinic.reset();
    }

    void shouldListTheCyclesNewestFirstWithTheirIntervals()
    {
        QCOMPARE(m_widget->model()->rowCount(), 3);
        QCOMPARE(m_widget->model()->columnCount(), int(TreatmentCycleModel::ColumnCount));
        QCOMPARE(cell(0, TreatmentCycleModel::Cycle), QStringLiteral("3"));
        QCOMPARE(cell(0, TreatmentCycleModel::Date), QStringLiteral("Jul 6, 2026"));
        QCOMPARE(cell(0, TreatmentCycleModel::Interval), QStringLiteral("\u26A0 70 days"));
        QVERIFY(m_widget->model()
                    ->index(0, TreatmentCycleModel::Interval)
                    .data(TreatmentCycleModel::TooSoonRole)
                    .toBool());
        QCOMPARE(m_widget->model()
                     ->index(0, TreatmentCycleModel::Interval)
                     .data(Qt::ToolTipRole)
                     .toString(),
                 QStringLiteral("70 days after the treatment before: sooner than the 84 days the "
                                "payer allows."));
        QCOMPARE(cell(1, TreatmentCycleModel::Cycle), QStringLiteral("2"));
        QCOMPARE(cell(1, TreatmentCycleModel::Interval), QStringLiteral("84 days"));
        QVERIFY(!m_widget->model()
                     ->index(1, TreatmentCycleModel::Interval)
                     .data(TreatmentCycleModel::TooSoonRole)
                     .toBool());
        QCOMPARE(cell(2, TreatmentCycleModel::Cycle), QStringLiteral("1"));
        QCOMPARE(cell(2, TreatmentCycleModel::Interval), QStringLiteral("\u2014"));
        QCOMPARE(cell(0, TreatmentCycleModel::Provider), QStringLiteral("Vladimir Fiks, MD"));
        QCOMPARE(cell(0, TreatmentCycleModel::Units), QStringLiteral("155 U"));
        QCOMPARE(cell(0, TreatmentCycleModel::Discarded), QStringLiteral("45 U \u00B7 JW"));
        QCOMPARE(cell(0, TreatmentCycleModel::Lot), QStringLiteral("C1234AB5"));
        QCOMPARE(cell(0, TreatmentCycleModel::AdverseEvents), QStringLiteral("None"));
        QCOMPARE(m_widget->model()->headerData(TreatmentCycleModel::Interval, Qt::Horizontal),
                 QVariant(QStringLiteral("Interval")));
        m_widget->grab().save(QStringLiteral("/tmp/treatment-history.png"));
    }

    void shouldShowWhereThePatientStands()
    {
        QCOMPARE(shown("treatmentStatusBadge"), QStringLiteral("\u25B2 Overdue by 58 days"));
        QCOMPARE(shown("treatmentWindow"),
                 QStringLiteral("Earliest Sep 28 \u00B7 Due Sep 28 \u00B7 Overdue after Oct 12"));
        QCOMPARE(shown("treatmentCourse"), QStringLiteral("3 treatments since Feb 2, 2026"));
        QVERIFY(button("stopTreatmentButton")->isVisible());
        QVERIFY(!button("resumeTreatmentButton")->isVisible());
        QVERIFY(!button("editTreatmentButton")->isEnabled());
        QCOMPARE(TreatmentHistoryWidget::windowText({QDate(2026, 11, 20), QDate(2027, 2, 12),
                                                     QDate(2027, 2, 12), QDate(2027, 2, 26)},
                                                    fixedToday()),
                 QStringLiteral("Earliest Feb 12, 2027 \u00B7 Due Feb 12, 2027 \u00B7 Overdue "
                                "after Feb 26, 2027"));
    }

    void shouldSayWhenThereIsNoTreatmentYet()
    {
        const Core::Patient bob = m_clinic->add(QStringLiteral("Bob"), QStringLiteral("Jones"));
        m_widget->setPatient(bob.id, QStringLiteral("Jones, Bob"));
        QCOMPARE(m_widget->model()->rowCount(), 0);
        QCOMPARE(shown("treatmentStatusBadge"), QStringLiteral("\u25CB No treatment yet"));
        QCOMPARE(shown("treatmentWindow"), QString());
        QVERIFY(!shown("noTreatments").isEmpty());
        QVERIFY(!table()->isVisible());
        QVERIFY(button("recordTreatmentButton")->isEnabled());

        m_widget->setPatient(0);
        QCOMPARE(shown("treatmentStatusBadge"), QString());
        QVERIFY(!button("recordTreatmentButton")->isEnabled());
    }

    void shouldRecordATreatmentAsTheNextCycle()
    {
        QSignalSpy changed(m_widget.get(), &TreatmentHistoryWidget::changed);
        QSignalSpy opened(m_widget.get(), &TreatmentHistoryWidget::dialogOpened);
        QTest::mouseClick(button("recordTreatmentButton"), Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        auto *dialog =
            qobject_cast<Ui::TreatmentDialog *>(opened.first().first().value<QDialog *>());
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Record treatment \u2014 Lee, Ann"));
        QCOMPARE(dialog->treatment().date, fixedToday());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QCOMPARE(changed.size(), 1);

        QCOMPARE(m_widget->model()->rowCount(), 4);
        QCOMPARE(cell(0, TreatmentCycleModel::Cycle), QStringLiteral("4"));
        QCOMPARE(cell(0, TreatmentCycleModel::Interval), QStringLiteral("142 days"));
        QCOMPARE(shown("treatmentStatusBadge"), QStringLiteral("\u25CB Not due yet (from Feb 17)"));
        QCOMPARE(shown("treatmentMessage"),
                 QStringLiteral("\u2713 Treatment of Nov 25, 2026 recorded."));
        QCOMPARE(m_widget->selectedTreatmentId(),
                 treatments().forPatient(m_ann.id)->constLast().id);
    }

    void shouldOpenTheSelectedTreatmentToCorrectIt()
    {
        QSignalSpy opened(m_widget.get(), &TreatmentHistoryWidget::dialogOpened);
        selectCycle(2);
        QVERIFY(button("editTreatmentButton")->isEnabled());
        QTest::mouseClick(button("editTreatmentButton"), Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        auto *dialog =
            qobject_cast<Ui::TreatmentDialog *>(opened.first().first().value<QDialog *>());
        QVERIFY(dialog);
        QCOMPARE(dialog->treatment().date, QDate(2026, 4, 27));
        QVERIFY(!dialog->isNewTreatment());
        dialog->close();
    }

    void shouldRemoveATreatmentOnlyWhenConfirmed()
    {
        QSignalSpy changed(m_widget.get(), &TreatmentHistoryWidget::changed);
        selectCycle(2);
        m_answer = false;
        QTest::mouseClick(button("removeTreatmentButton"), Qt::LeftButton);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.constFirst().objectName, QStringLiteral("removeTreatmentQuestion"));
        QVERIFY(
            m_asked.constFirst().text.contains(QStringLiteral("Apr 27, 2026 (cycle 2, 155 U)")));
        QCOMPARE(m_widget->model()->rowCount(), 3);
        QCOMPARE(changed.size(), 0);

        m_answer = true;
        QTest::mouseClick(button("removeTreatmentButton"), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_widget->model()->rowCount(), 2);
        // Renumbered, and the interval now spans the gap.
        QCOMPARE(cell(0, TreatmentCycleModel::Cycle), QStringLiteral("2"));
        QCOMPARE(cell(0, TreatmentCycleModel::Interval), QStringLiteral("154 days"));
        QCOMPARE(treatments().forPatient(m_ann.id)->size(), 2);
    }

    void shouldStopAndResumeTreatment()
    {
        QSignalSpy changed(m_widget.get(), &TreatmentHistoryWidget::changed);
        QSignalSpy opened(m_widget.get(), &TreatmentHistoryWidget::dialogOpened);
        QTest::mouseClick(button("stopTreatmentButton"), Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        auto *dialog = qobject_cast<Ui::ReasonDialog *>(opened.first().first().value<QDialog *>());
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("reasonOk"));
        QVERIFY(!ok->isEnabled()); // a reason is required
        auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonEdit"));
        QTest::keyClicks(reason->lineEdit(), QStringLiteral("Side effects"));
        QTest::mouseClick(ok, Qt::LeftButton);

        QCOMPARE(changed.size(), 1);
        QCOMPARE(shown("treatmentStatusBadge"),
                 QStringLiteral("\u2014 Discontinued: Side effects"));
        QCOMPARE(shown("treatmentWindow"),
                 QStringLiteral("Stopped on Nov 25, 2026 \u00B7 Earliest Sep 28 \u00B7 Due Sep 28 "
                                "\u00B7 Overdue after Oct 12"));
        QVERIFY(!button("stopTreatmentButton")->isVisible());
        QVERIFY(button("resumeTreatmentButton")->isVisible());
        auto stopped = retreatment().statusFor(m_ann.id);
        QVERIFY(stopped);
        QCOMPARE(stopped->state, Core::RetreatmentStatus::State::Discontinued);

        QTest::mouseClick(button("resumeTreatmentButton"), Qt::LeftButton);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(shown("treatmentStatusBadge"), QStringLiteral("\u25B2 Overdue by 58 days"));
        QVERIFY(button("stopTreatmentButton")->isVisible());
        QCOMPARE(retreatment().statusFor(m_ann.id)->state, Core::RetreatmentStatus::State::Overdue);
    }
};

QTEST_MAIN(tst_TreatmentHistoryWidget)
#include "tst_treatmenthistorywidget.moc"
