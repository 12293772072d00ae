// The retreatment board driven as the front desk uses it: a real clinic with Botox patients at
// chosen points of their window (overdue, due now, opening soon, booked, lapsed, not yet due),
// the order of the rows, each filter, the summary line, logging a call through the dialog,
// marking a patient discontinued and back, the CSV export, the printed call list, and the
// next-cycle dialog's offers (inside the window only).

#include "contactlogdialog.h"
#include "csv.h"
#include "nextcycledialog.h"
#include "reasondialog.h"
#include "retreatmentboarddocument.h"
#include "retreatmentboardmodel.h"
#include "retreatmentboardscreen.h"
#include "schedulefixture.h"
#include "theme.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocument>
#include <QTreeWidget>

using namespace ClinicDesk;
using Model = Ui::RetreatmentBoardModel;
using State = Core::RetreatmentStatus::State;

namespace {
QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

} // namespace

class tst_RetreatmentBoardScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shouldListPatientsByUrgency();
    void shouldShowEachColumnAsTheDeskReadsIt();
    void shouldCountEachGroupInTheSummary();
    void shouldFilter_data();
    void shouldFilter();
    void shouldSortDatesAsDates();
    void shouldKeepTheSelectionWhenRefreshing();
    void shouldLogACallThroughTheDialog();
    void shouldRefuseATooLongNoteUnderTheNote();
    void shouldRemoveADiscontinuedPatientAndBringThemBack();
    void shouldExportTheRowsAsCsv();
    void shouldPrintTheCallListWithPageNumbers();
    void shouldRepeatTheHeadingsOnEveryPrintedPage();
    void shouldSayNobodyIsDueInsteadOfAnEmptyGrid();
    void shouldOfferNextCycleTimesInsideTheWindowOnly();
    void shouldAskToBookTheChosenTimeOnEnter();
    void shouldPassTheModelTester();
    void shouldShowFifteenRowsUntruncated();

private:
    Core::Patient addPatient(const QString &first, const QString &last, const QString &payer,
                             const QString &mobile = QStringLiteral("5034058718"));
    void treat(const Core::Patient &patient, QDate date, int provider = 0);
    template<typename T>
    T *child(const char *name)
    {
        T *found = m_screen->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    QStringList names() const;
    int rowOf(const Core::Patient &patient) const;
    QString cell(const Core::Patient &patient, int column) const;
    void openScreen();

    std::unique_ptr<Test::ScheduleFixture> m_fixture;
    std::unique_ptr<Ui::RetreatmentBoardScreen> m_screen;
    Core::Patient m_ann, m_bob, m_cara, m_dan, m_eve, m_finn, m_gus, m_hana;
    Core::Appointment m_eveVisit;
};

void tst_RetreatmentBoardScreen::initTestCase()
{
    Test::fixEnvironment();
    Ui::Theme::apply(*qApp); // the desk's palette, as the pictures should show it
}

Core::Patient tst_RetreatmentBoardScreen::addPatient(const QString &first, const QString &last,
                                                     const QString &payer, const QString &mobile)
{
    Core::Patient draft = Test::TempClinic::draft(first, last, QDate(1975, 3, 14), mobile);
    draft.insurance.payer = payer;
    auto created = m_fixture->clinic.patients().create(draft);
    if (!created) {
        qWarning("patient: %s", qPrintable(created.error().message));
        return {};
    }
    return created.value();
}

void tst_RetreatmentBoardScreen::treat(const Core::Patient &patient, QDate date, int provider)
{
    Core::TreatmentService &service = m_fixture->clinic.context().treatments();
    Core::Treatment t = service.draftFor(patient.id);
    t.date = date;
    t.providerId = m_fixture->providers.value(provider).id;
    auto recorded = service.record(t);
    QVERIFY2(recorded.ok(), recorded.ok() ? "" : qPrintable(recorded.error().message));
}

void tst_RetreatmentBoardScreen::init()
{
    // given: today is Wed Nov 25, 2026; insurers allow the next treatment after 84 days,
    // self-pay after 70; due at 84 days, overdue 14 days after that.
    m_fixture = std::make_unique<Test::ScheduleFixture>(2, 2);
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->clinic.errorMessage()));
    QVERIFY(m_fixture->clinic.setup().ensurePayers(
        {QStringLiteral("Aetna"), QStringLiteral("Medicare"), QStringLiteral("Self-pay")}));
    m_ann = addPatient(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("Aetna"));
    m_bob = addPatient(QStringLiteral("Bob"), QStringLiteral("Smith"), QStringLiteral("Medicare"),
                       QStringLiteral("5035550101"));
    m_cara = addPatient(QStringLiteral("Cara"), QStringLiteral("Diaz"), QStringLiteral("Aetna"),
                        QStringLiteral("5035550102"));
    m_dan = addPatient(QStringLiteral("Dan"), QStringLiteral("Wu"), QStringLiteral("Aetna"),
                       QStringLiteral("5035550103"));
    m_eve = addPatient(QStringLiteral("Eve"), QStringLiteral("Park"), QStringLiteral("Aetna"),
                       QStringLiteral("5035550104"));
    m_finn = addPatient(QStringLiteral("Finn"), QStringLiteral("Ross"), QStringLiteral("Aetna"),
                        QStringLiteral("5035550105"));
    m_gus = addPatient(QStringLiteral("Gus"), QStringLiteral("Hale"), QStringLiteral("Aetna"),
                       QStringLiteral("5035550106"));
    m_hana = addPatient(QStringLiteral("Hana"), QStringLiteral("Kim"), QStringLiteral("Self-pay"),
                        QStringLiteral("5035550107"));
    for (const Core::Patient *p :
         {&m_ann, &m_bob, &m_cara, &m_dan, &m_eve, &m_finn, &m_gus, &m_hana})
        QVERIFY(p->id > 0);

    treat(m_ann, day(2026, 5, 9));
    treat(m_ann, day(2026, 8, 1)); // due Oct 24: overdue by 32 days
    treat(m_bob, day(2026, 8, 20), 1); // due Nov 12, overdue after Nov 26: due now
    treat(m_cara, day(2026, 9, 1)); // due Nov 24: due now
    treat(m_dan, day(2026, 9, 5)); // earliest Nov 28: window opens in 3 days
    treat(m_eve, day(2026, 9, 10)); // due Dec 3, and booked for it
    treat(m_finn, day(2026, 10, 20)); // earliest Jan 12: beyond a 14-day horizon
    treat(m_gus, day(2025, 6, 1)); // overdue by 458 days: lapsed
    treat(m_hana, day(2026, 9, 12)); // self-pay: earliest Nov 21, due Dec 5: due now
    m_eveVisit = m_fixture->book(m_eve, 0, QStringLiteral("Botox treatment"), QTime(10, 0), 0, 0,
                                 day(2026, 12, 3));
    QVERIFY(m_eveVisit.id > 0);
    openScreen();
}

void tst_RetreatmentBoardScreen::openScreen()
{
    m_screen = std::make_unique<Ui::RetreatmentBoardScreen>(
        m_fixture->clinic.context().retreatment(), m_fixture->clinic.setup());
    m_screen->setFileChooser([](QWidget *, const QString &) { return QString(); });
    m_screen->resize(1500, 640);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
}

void tst_RetreatmentBoardScreen::cleanup()
{
    m_screen.reset();
    m_fixture.reset();
}

QStringList tst_RetreatmentBoardScreen::names() const
{
    QStringList list;
    for (const Core::BoardRow &row : m_screen->visibleRows())
        list << row.candidate.patientName;
    return list;
}

int tst_RetreatmentBoardScreen::rowOf(const Core::Patient &patient) const
{
    const QAbstractItemModel *view = m_screen->table()->model();
    for (int row = 0; row < view->rowCount(); ++row)
        if (view->index(row, 0).data(Model::PatientIdRole).toLongLong() == patient.id)
            return row;
    return -1;
}

QString tst_RetreatmentBoardScreen::cell(const Core::Patient &patient, int column) const
{
    const int row = rowOf(patient);
    return row < 0 ? QStringLiteral("<not on the board>")
                   : m_screen->table()->model()->index(row, column).data().toString();
}

void tst_RetreatmentBoardScreen::shouldListPatientsByUrgency()
{
    // Overdue first, then due now (nearest due date first), then windows opening soon, then
    // those already booked; the lapsed and the not-yet-due stay off.
    QCOMPARE(names(), (QStringList{QStringLiteral("Lee, Ann"), QStringLiteral("Smith, Bob"),
                                   QStringLiteral("Diaz, Cara"), QStringLiteral("Kim, Hana"),
                                   QStringLiteral("Wu, Dan"), QStringLiteral("Park, Eve")}));
    const QHeaderView *header = m_screen->table()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(Model::Status));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
}

void tst_RetreatmentBoardScreen::shouldShowEachColumnAsTheDeskReadsIt()
{
    QCOMPARE(cell(m_ann, Model::Patient), QStringLiteral("Lee, Ann"));
    QCOMPARE(cell(m_ann, Model::Phone), QStringLiteral("(503) 405-8718"));
    QCOMPARE(cell(m_ann, Model::LastTreatment), QStringLiteral("Aug 1, 2026"));
    QCOMPARE(cell(m_ann, Model::Cycle), QStringLiteral("2"));
    QCOMPARE(cell(m_ann, Model::Earliest), QStringLiteral("Oct 24, 2026"));
    QCOMPARE(cell(m_ann, Model::Due), QStringLiteral("Oct 24, 2026"));
    QCOMPARE(cell(m_ann, Model::DaysToDue), QStringLiteral("32 days past due"));
    QCOMPARE(cell(m_ann, Model::Status), QStringLiteral("\u25B2 Overdue by 32 days"));
    QCOMPARE(cell(m_ann, Model::NextBooked), QStringLiteral("Not booked"));
    QCOMPARE(cell(m_ann, Model::LastContact), QStringLiteral("\u2014"));
    QCOMPARE(cell(m_cara, Model::DaysToDue), QStringLiteral("1 day past due"));
    QCOMPARE(cell(m_cara, Model::Status), QStringLiteral("\u25CF Due now"));
    QCOMPARE(cell(m_hana, Model::Earliest), QStringLiteral("Nov 21, 2026")); // self-pay: 70 days
    QCOMPARE(cell(m_hana, Model::DaysToDue), QStringLiteral("due in 10 days"));
    QCOMPARE(cell(m_dan, Model::Status), QStringLiteral("\u25D0 Window opens in 3 days"));
    QCOMPARE(cell(m_eve, Model::Status), QStringLiteral("\u2713 Booked Dec 3"));
    QCOMPARE(cell(m_eve, Model::NextBooked), QStringLiteral("Dec 3, 2026"));
    QVERIFY(!cell(m_ann, Model::Authorization).isEmpty());

    // The tint carries the urgency with the shape, and the text on it stays dark.
    const QModelIndex ann = m_screen->table()->model()->index(rowOf(m_ann), Model::Status);
    QCOMPARE(ann.data(Qt::BackgroundRole).value<QBrush>().color(), Ui::Theme::errorBackground);
    QCOMPARE(ann.data(Qt::ForegroundRole).value<QBrush>().color(), Ui::Theme::text);
    QCOMPARE(ann.data(Model::UrgencyRole).toInt(), 0);
    const QModelIndex eve = m_screen->table()->model()->index(rowOf(m_eve), Model::Status);
    QCOMPARE(eve.data(Qt::BackgroundRole).value<QBrush>().color(), Ui::Theme::okBackground);
    QVERIFY(ann.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Overdue after Nov 7")));
}

void tst_RetreatmentBoardScreen::shouldCountEachGroupInTheSummary()
{
    QCOMPARE(
        m_screen->summaryText(),
        QStringLiteral("\u25B2 1 overdue   \u00B7   \u25CF 3 due now   \u00B7   \u25D0 1 opening "
                       "within 14 days   \u00B7   \u2713 1 booked"));
    QCOMPARE(child<QLabel>("boardSummary")->text(), m_screen->summaryText());
    QVERIFY2(m_screen->updatedText().startsWith(QStringLiteral("Updated 9:00 \u00B7 ")),
             qPrintable(m_screen->updatedText()));
    QVERIFY(m_screen->updatedText().endsWith(QStringLiteral(" ms")));
}

void tst_RetreatmentBoardScreen::shouldFilter_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("no appointment booked")
        << "unbooked"
        << QStringList{"Lee, Ann", "Smith, Bob", "Diaz, Cara", "Kim, Hana", "Wu, Dan"};
    QTest::newRow("second provider") << "provider" << QStringList{"Smith, Bob"};
    QTest::newRow("payer Medicare") << "payer:Medicare" << QStringList{"Smith, Bob"};
    QTest::newRow("payer Self-pay") << "payer:Self-pay" << QStringList{"Kim, Hana"};
    // Eve's booked visit is on the board only while her window opens within the horizon.
    QTest::newRow("horizon 0 days")
        << "horizon:0" << QStringList{"Lee, Ann", "Smith, Bob", "Diaz, Cara", "Kim, Hana"};
    QTest::newRow("horizon 60 days")
        << "horizon:60" << QStringList{"Lee, Ann", "Smith, Bob", "Diaz, Cara", "Kim, Hana",
                                       "Wu, Dan",  "Ross, Finn", "Park, Eve"};
    QTest::newRow("overdue up to 500 days")
        << "overdue:500" << QStringList{"Hale, Gus", "Lee, Ann", "Smith, Bob", "Diaz, Cara",
                                        "Kim, Hana", "Wu, Dan",  "Park, Eve"};
    QTest::newRow("overdue up to 30 days")
        << "overdue:30"
        << QStringList{"Smith, Bob", "Diaz, Cara", "Kim, Hana", "Wu, Dan", "Park, Eve"};
}

void tst_RetreatmentBoardScreen::shouldFilter()
{
    QFETCH(QString, change);
    QFETCH(QStringList, expected);
    const QString what = change.section(u':', 0, 0);
    const QString value = change.section(u':', 1);
    if (what == u"unbooked") {
        QTest::mouseClick(child<QCheckBox>("onlyUnbookedCheck"), Qt::LeftButton);
    } else if (what == u"provider") {
        auto *combo = child<QComboBox>("providerFilter");
        QCOMPARE(combo->itemText(0), QStringLiteral("Any provider"));
        combo->setCurrentIndex(combo->findData(m_fixture->providers[1].id));
    } else if (what == u"payer") {
        auto *combo = child<QComboBox>("payerFilter");
        QVERIFY(combo->findText(QStringLiteral("Aetna")) > 0); // from the clinic's payers
        combo->setCurrentIndex(combo->findText(value));
        QVERIFY(combo->currentIndex() > 0);
    } else {
        auto *spin = child<QSpinBox>(what == u"horizon" ? "horizonSpin" : "maxOverdueSpin");
        spin->selectAll();
        QTest::keyClicks(spin, value);
        QCOMPARE(spin->value(), value.toInt());
    }
    QCOMPARE(names(), expected);
}

void tst_RetreatmentBoardScreen::shouldSortDatesAsDates()
{
    // "Oct 24" sorts before "Sep 1" as text; as dates the September treatment comes first.
    QTableView *table = m_screen->table();
    table->sortByColumn(Model::LastTreatment, Qt::AscendingOrder);
    QCOMPARE(names(), (QStringList{QStringLiteral("Lee, Ann"), QStringLiteral("Smith, Bob"),
                                   QStringLiteral("Diaz, Cara"), QStringLiteral("Wu, Dan"),
                                   QStringLiteral("Park, Eve"), QStringLiteral("Kim, Hana")}));
    table->sortByColumn(Model::DaysToDue, Qt::DescendingOrder);
    QCOMPARE(names().constFirst(), QStringLiteral("Kim, Hana")); // due in 10 days
    QCOMPARE(names().constLast(), QStringLiteral("Lee, Ann")); // 32 days past due
}

void tst_RetreatmentBoardScreen::shouldKeepTheSelectionWhenRefreshing()
{
    QVERIFY(m_screen->selectPatient(m_dan.id));
    m_screen->refresh();
    QCOMPARE(m_screen->selectedRow()->candidate.patientId, m_dan.id);
    // A filter change that keeps Dan keeps him selected, though he moves up a row.
    QCOMPARE(rowOf(m_dan), 4);
    child<QSpinBox>("maxOverdueSpin")->setValue(30); // Ann (32 days past due) leaves
    QCOMPARE(rowOf(m_dan), 3);
    QCOMPARE(m_screen->selectedRow()->candidate.patientId, m_dan.id);
    // When the selected patient leaves, the row that takes their place is selected.
    QVERIFY(m_screen->selectPatient(m_eve.id));
    QTest::mouseClick(child<QCheckBox>("onlyUnbookedCheck"), Qt::LeftButton);
    QCOMPARE(m_screen->selectedRow()->candidate.patientId, m_dan.id);
    QVERIFY(child<QPushButton>("bookButton")->isEnabled());
    QVERIFY(!child<QPushButton>("resumeButton")->isEnabled());
}

void tst_RetreatmentBoardScreen::shouldLogACallThroughTheDialog()
{
    QVERIFY(m_screen->selectPatient(m_cara.id));
    m_screen->table()->setFocus();
    QTest::keyClick(m_screen->table(), Qt::Key_L);
    auto *dialog = m_screen->findChild<Ui::ContactLogDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("contactPhone"))->text(),
             QStringLiteral("Call (503) 555-0102"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("contactSave"));
    QVERIFY(!save->isEnabled()); // an outcome first
    auto *voicemail = dialog->findChild<QRadioButton *>(QStringLiteral("outcome_voicemail"));
    QTest::mouseClick(voicemail, Qt::LeftButton, {}, QPoint(8, voicemail->height() / 2));
    QVERIFY(save->isEnabled());
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("contactNote")),
                     QStringLiteral("Asked her to call back about Dec 1"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!m_screen->findChild<Ui::ContactLogDialog *>());

    QCOMPARE(cell(m_cara, Model::LastContact), QStringLiteral("Nov 25 \u00B7 Left voicemail"));
    const QModelIndex contact =
        m_screen->table()->model()->index(rowOf(m_cara), Model::LastContact);
    QVERIFY(
        contact.data(Qt::ToolTipRole).toString().contains(QStringLiteral("call back about Dec 1")));
    QCOMPARE(m_screen->selectedRow()->candidate.patientId, m_cara.id);
    QVERIFY(m_screen->messageText().contains(QStringLiteral("Logged a call to Diaz, Cara")));

    // The next call shows this one in the history.
    QTest::mouseClick(child<QPushButton>("logCallButton"), Qt::LeftButton);
    auto *again = m_screen->findChild<Ui::ContactLogDialog *>();
    QVERIFY(again);
    QCOMPARE(again->historyCount(), 1);
    QVERIFY(Test::saveShot(again, QStringLiteral("board-log-call.png")));
    auto *history = again->findChild<QTreeWidget *>(QStringLiteral("contactHistory"));
    QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("Left voicemail"));
    QCOMPARE(history->topLevelItem(0)->text(2),
             QStringLiteral("Asked her to call back about Dec 1"));
    again->reject();
}

void tst_RetreatmentBoardScreen::shouldRefuseATooLongNoteUnderTheNote()
{
    QVERIFY(m_screen->selectPatient(m_ann.id));
    m_screen->logCall();
    auto *dialog = m_screen->findChild<Ui::ContactLogDialog *>();
    QVERIFY(dialog);
    dialog->setOutcome(Core::ContactOutcome::Spoke);
    auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("contactNote"));
    note->setPlainText(QString(2001, u'x'));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("contactNoteError"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("longer than 2,000 characters")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("contactSave")),
                      Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // refused, still open
    auto stored = m_fixture->clinic.context().retreatment().contactsFor(m_ann.id);
    QVERIFY(stored.ok());
    QVERIFY(stored->isEmpty());
    note->setPlainText(QString(2000, u'x'));
    QVERIFY(!error->isVisible());
    dialog->reject();
}

void tst_RetreatmentBoardScreen::shouldRemoveADiscontinuedPatientAndBringThemBack()
{
    QVERIFY(m_screen->selectPatient(m_bob.id));
    QTest::mouseClick(child<QPushButton>("discontinueButton"), Qt::LeftButton);
    auto *dialog = m_screen->findChild<Ui::ReasonDialog *>();
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("reasonOk"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("reasonBack"))->text(),
             QStringLiteral("Keep on the board"));
    QTest::keyClicks(dialog->findChild<QComboBox *>(QStringLiteral("reasonEdit"))->lineEdit(),
                     QStringLiteral("Side effects"));
    QVERIFY(Test::saveShot(dialog, QStringLiteral("board-discontinue.png")));
    QTest::mouseClick(ok, Qt::LeftButton);

    QCOMPARE(rowOf(m_bob), -1);
    QVERIFY(m_screen->messageText().contains(QStringLiteral("left the board")));
    QCOMPARE(m_screen->visibleRows().size(), 5);

    QTest::mouseClick(child<QCheckBox>("showDiscontinuedCheck"), Qt::LeftButton);
    QVERIFY(rowOf(m_bob) >= 0);
    QCOMPARE(cell(m_bob, Model::Status), QStringLiteral("\u2014 Discontinued: Side effects"));
    QCOMPARE(names().constLast(), QStringLiteral("Smith, Bob")); // least urgent
    QVERIFY(m_screen->summaryText().endsWith(QStringLiteral("\u2014 1 discontinued")));
    QVERIFY(m_screen->selectPatient(m_bob.id));
    QVERIFY(child<QPushButton>("resumeButton")->isEnabled());
    QVERIFY(!child<QPushButton>("bookButton")->isEnabled());
    QVERIFY(!child<QPushButton>("discontinueButton")->isEnabled());

    QTest::mouseClick(child<QPushButton>("resumeButton"), Qt::LeftButton);
    QCOMPARE(cell(m_bob, Model::Status), QStringLiteral("\u25CF Due now"));
    QCOMPARE(m_screen->selectedRow()->candidate.patientId, m_bob.id);
}

void tst_RetreatmentBoardScreen::shouldExportTheRowsAsCsv()
{
    // A note that a spreadsheet would run as a formula.
    QVERIFY(
        m_fixture->clinic.context()
            .retreatment()
            .logContact(m_dan.id, Core::ContactOutcome::Spoke, QStringLiteral("=HYPERLINK(\"x\")"))
            .ok());
    m_screen->refresh();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("board.csv"));
    QString suggested;
    m_screen->setFileChooser([&](QWidget *, const QString &name) {
        suggested = name;
        return file;
    });
    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
    QVERIFY(suggested.endsWith(QStringLiteral("retreatment-board-2026-11-25.csv")));

    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines[0].startsWith(QStringLiteral("Patient,MRN,Phone,Payer,Last treatment,Cycles,")));
    QVERIFY2(lines[1].startsWith(QStringLiteral("\"Lee, Ann\",") + m_ann.mrn +
                                 QStringLiteral(",(503) 405-8718,Aetna,2026-08-01,2,2026-10-24,"
                                                "2026-10-24,32 days past due,Overdue by 32 days,")),
             qPrintable(lines[1]));
    QVERIFY(lines[5].startsWith(QStringLiteral("\"Wu, Dan\"")));
    QVERIFY2(lines[5].endsWith(QStringLiteral(",\"'=HYPERLINK(\"\"x\"\")\"")),
             qPrintable(lines[5]));
    QVERIFY(m_screen->messageText().contains(QStringLiteral("Exported 6 patients")));

    // Only what the table shows, in the order it shows it.
    QTest::mouseClick(child<QCheckBox>("onlyUnbookedCheck"), Qt::LeftButton);
    QCOMPARE(m_screen->csvText().count(QStringLiteral("\r\n")), 6);
    QCOMPARE(Core::Csv::field(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
}

void tst_RetreatmentBoardScreen::shouldPrintTheCallListWithPageNumbers()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("board.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    printer.setPageOrientation(QPageLayout::Landscape);
    QCOMPARE(m_screen->printTo(printer), 1);
    QVERIFY(QFileInfo(pdf).size() > 0);
    if (const QString shots = qEnvironmentVariable("CLINICDESK_SHOTS"); !shots.isEmpty())
        QFile::copy(pdf, QDir(shots).filePath(QStringLiteral("board.pdf")));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed");
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(10000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &expected :
         {QStringLiteral("Retreatment call list"), QStringLiteral("Windows opening within 14 days"),
          QStringLiteral("Lee, Ann"), QStringLiteral("Park, Eve"), QStringLiteral("(503) 555-0101"),
          QStringLiteral("Overdue by 32 days"), QStringLiteral("Printed Nov 25, 2026 at 9:00 AM"),
          QStringLiteral("Page 1 of 1")})
        QVERIFY2(text.contains(expected),
                 qPrintable(expected + QStringLiteral(" missing in:\n") + text));
    QVERIFY(text.indexOf(QStringLiteral("Lee, Ann")) < text.indexOf(QStringLiteral("Park, Eve")));
}

void tst_RetreatmentBoardScreen::shouldRepeatTheHeadingsOnEveryPrintedPage()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed");
    // given: a long call list of 90 patients
    const Core::RetreatmentPolicy policy;
    QList<Core::BoardRow> rows;
    for (int i = 0; i < 90; ++i) {
        Core::BoardRow row;
        row.candidate.patientId = i + 1;
        row.candidate.patientName = QStringLiteral("Tester%1, Pat").arg(i, 3, 10, QLatin1Char('0'));
        row.candidate.patientMrn = QString::number(200000 + i);
        row.candidate.patientPhone = QStringLiteral("5035550100");
        row.candidate.course.lastTreated = day(2026, 8, 1).addDays(i);
        row.candidate.course.cycles = 3;
        row.status = policy.statusFor(row.candidate.course.lastTreated, QStringLiteral("Aetna"),
                                      Test::fixedToday());
        row.daysToDue = int(Test::fixedToday().daysTo(row.status.window->due));
        row.authorizationLabel = QStringLiteral("Valid to Mar 3 \u00B7 2 visits left");
        rows << row;
    }
    Ui::RetreatmentBoardDocument::Heading heading;
    heading.clinicName = QStringLiteral("Advanced Pain Management Center");
    heading.filterWords = QStringLiteral("Windows opening within 90 days");
    heading.printedAt = QDateTime(Test::fixedToday(), QTime(9, 0));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    printer.setPageOrientation(QPageLayout::Landscape);

    // when
    const int pages = Ui::RetreatmentBoardDocument::print(rows, heading, printer);

    // then: every page has the clinic, the headings and "Page X of N"; every patient is on one
    // page with their record number (no row split across pages)
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    if (const QString shots = qEnvironmentVariable("CLINICDESK_SHOTS"); !shots.isEmpty())
        QFile::copy(pdf, QDir(shots).filePath(QStringLiteral("board-long.pdf")));
    QHash<QString, int> pageOfName;
    for (int page = 1; page <= pages; ++page) {
        QProcess process;
        process.start(pdftotext,
                      {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                       QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(10000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Advanced Pain Management Center")),
                 qPrintable(QString::number(page) + text));
        QVERIFY2(text.contains(QStringLiteral("Last treatment")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Call notes")));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
        for (int i = 0; i < rows.size(); ++i) {
            const QString name = rows[i].candidate.patientName;
            if (!text.contains(name))
                continue;
            QVERIFY2(!pageOfName.contains(name), qPrintable(name + QStringLiteral(" twice")));
            pageOfName.insert(name, page);
            QVERIFY2(text.contains(QStringLiteral("MRN %1").arg(200000 + i)),
                     qPrintable(name + QStringLiteral(" split from its MRN")));
        }
    }
    QCOMPARE(pageOfName.size(), rows.size());
    QCOMPARE(pageOfName.value(QStringLiteral("Tester000, Pat")), 1);
    QCOMPARE(pageOfName.value(QStringLiteral("Tester089, Pat")), pages);
}

void tst_RetreatmentBoardScreen::shouldSayNobodyIsDueInsteadOfAnEmptyGrid()
{
    child<QComboBox>("payerFilter")
        ->setCurrentIndex(child<QComboBox>("payerFilter")->findText(QStringLiteral("Medicare")));
    QTest::mouseClick(child<QCheckBox>("onlyUnbookedCheck"), Qt::LeftButton);
    QVERIFY(child<QTableView>("boardTable")->isVisible());
    QVERIFY(m_screen->selectPatient(m_bob.id));
    QVERIFY(m_fixture->clinic.context()
                .retreatment()
                .discontinue(m_bob.id, QStringLiteral("Moved"))
                .ok());
    m_screen->refresh();
    auto *empty = child<QLabel>("boardEmpty");
    QVERIFY(empty->isVisible());
    QVERIFY(!child<QTableView>("boardTable")->isVisible());
    QCOMPARE(empty->text(),
             QStringLiteral("\u2713 Nobody to call. No Botox patient is overdue, due "
                            "now or has a window opening within 14 days with these "
                            "filters."));
    QVERIFY(!child<QPushButton>("bookButton")->isEnabled());
    QVERIFY(!child<QPushButton>("exportButton")->isEnabled());
}

void tst_RetreatmentBoardScreen::shouldOfferNextCycleTimesInsideTheWindowOnly()
{
    Core::RetreatmentService &retreatment = m_fixture->clinic.context().retreatment();
    Ui::NextCycleDialog dialog(retreatment, m_fixture->clinic.setup(), m_dan.id);
    dialog.setPatientName(QStringLiteral("Wu, Dan"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("nextCycleWindow"))->text(),
             QStringLiteral("Earliest Nov 28 \u00B7 Due Nov 28 \u00B7 Overdue after Dec 12"));
    QVERIFY(dialog.typeId() == m_fixture->type(QStringLiteral("Botox treatment")).id);
    const QList<Core::SlotOffer> offers = dialog.offers();
    QVERIFY(!offers.isEmpty());
    for (const Core::SlotOffer &offer : offers) {
        QVERIFY2(offer.slot.date >= day(2026, 11, 28) && offer.slot.date <= day(2026, 12, 12),
                 qPrintable(offer.slot.describe()));
        QVERIFY(offer.slot.date.dayOfWeek() <= 5); // the clinic is closed at weekends
    }
    // Dan's last treatment was with the first provider: the first offers are theirs.
    QCOMPARE(offers.constFirst().providerId, m_fixture->providers[0].id);
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("nextCycleOffers"));
    QCOMPARE(list->topLevelItemCount(), offers.size());
    const QTreeWidgetItem *first = list->topLevelItem(0);
    QCOMPARE(first->text(3), m_fixture->providers[0].name);
    dialog.show();
    QVERIFY(Test::saveShot(&dialog, QStringLiteral("board-next-cycle.png")));
    QCOMPARE(first->text(4),
             Ui::NextCycleDialog::fitToDue(offers.constFirst().slot.date, day(2026, 11, 28)));
    QCOMPARE(Ui::NextCycleDialog::fitToDue(day(2026, 11, 25), day(2026, 11, 28)),
             QStringLiteral("3 days before due"));
    QCOMPARE(Ui::NextCycleDialog::fitToDue(day(2026, 11, 29), day(2026, 11, 28)),
             QStringLiteral("1 day after due"));
    QCOMPARE(Ui::NextCycleDialog::fitToDue(day(2026, 11, 28), day(2026, 11, 28)),
             QStringLiteral("due date"));

    // Eve is booked: the dialog says so before offering more.
    Ui::NextCycleDialog booked(retreatment, m_fixture->clinic.setup(), m_eve.id);
    QVERIFY(booked.findChild<QLabel *>(QStringLiteral("nextCycleNote"))
                ->text()
                .startsWith(QStringLiteral("\u2713 Booked Dec 3")));
    for (const Core::SlotOffer &offer : booked.offers())
        QVERIFY(offer.slot.date >= day(2026, 12, 3) && offer.slot.date <= day(2026, 12, 17));
}

void tst_RetreatmentBoardScreen::shouldAskToBookTheChosenTimeOnEnter()
{
    QSignalSpy requested(m_screen.get(), &Ui::RetreatmentBoardScreen::bookSlotRequested);
    QVERIFY(m_screen->selectPatient(m_dan.id));
    m_screen->table()->setFocus();
    QTest::keyClick(m_screen->table(), Qt::Key_Return);
    auto *dialog = m_screen->findChild<Ui::NextCycleDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("Wu, Dan")));
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("nextCycleOffers"));
    QVERIFY(list->topLevelItemCount() > 1);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    const Core::SlotOffer second = dialog->offers().at(1);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toLongLong(), m_dan.id);
    QCOMPARE(requested.at(0).at(1).toLongLong(),
             m_fixture->type(QStringLiteral("Botox treatment")).id);
    QCOMPARE(requested.at(0).at(2).value<Core::SlotOffer>(), second);
    // Cancel asks for nothing.
    m_screen->book();
    auto *another = m_screen->findChild<Ui::NextCycleDialog *>();
    QVERIFY(another);
    another->reject();
    QCOMPARE(requested.count(), 1);
}

void tst_RetreatmentBoardScreen::shouldPassTheModelTester()
{
    Ui::RetreatmentBoardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto rows = m_fixture->clinic.context().retreatment().board({});
    QVERIFY(rows.ok());
    model.setRows(rows.value());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(Model::ColumnCount));
    QCOMPARE(model.index(0, Model::Patient).data(Model::PatientIdRole).toLongLong(), m_ann.id);
    QCOMPARE(model.index(0, Model::LastTreatment).data(Model::SortRole).toDate(), day(2026, 8, 1));
    QCOMPARE(model.headerData(Model::Cycle, Qt::Horizontal).toString(), QStringLiteral("Cycles"));
    QVERIFY(model.headerData(Model::Cycle, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("plus one")));
    QCOMPARE(model.rowOf(m_eve.id), 5);
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(Model::SortRole);
    proxy.sort(Model::Due);
    model.setRows({});
    QCOMPARE(proxy.rowCount(), 0);
}

void tst_RetreatmentBoardScreen::shouldShowFifteenRowsUntruncated()
{
    // given: nine more patients across the window, one with a long name and a long payer
    const QList<std::tuple<QString, QString, QString, QDate>> more{
        {QStringLiteral("Isabella"), QStringLiteral("Montgomery-Fitzgerald"),
         QStringLiteral("Regence BlueCross BlueShield"), day(2026, 7, 20)},
        {QStringLiteral("Jon"), QStringLiteral("Berg"), QStringLiteral("Aetna"), day(2026, 8, 25)},
        {QStringLiteral("Kai"), QStringLiteral("Ono"), QStringLiteral("Medicare"), day(2026, 9, 2)},
        {QStringLiteral("Lena"), QStringLiteral("Novak"), QStringLiteral("Moda Health"),
         day(2026, 9, 4)},
        {QStringLiteral("Mia"), QStringLiteral("Sousa"), QStringLiteral("Aetna"), day(2026, 9, 8)},
        {QStringLiteral("Ned"), QStringLiteral("Olsen"), QStringLiteral("Self-pay"),
         day(2026, 9, 14)},
        {QStringLiteral("Ola"), QStringLiteral("Pratt"), QStringLiteral("Aetna"), day(2026, 8, 10)},
        {QStringLiteral("Pia"), QStringLiteral("Quinn"), QStringLiteral("Kaiser Permanente"),
         day(2026, 9, 6)},
        {QStringLiteral("Rui"), QStringLiteral("Sato"), QStringLiteral("Aetna"), day(2026, 8, 28)}};
    int n = 0;
    for (const auto &[first, last, payer, treated] : more) {
        const Core::Patient p = addPatient(
            first, last, payer, QStringLiteral("50355502%1").arg(10 + n, 2, 10, QLatin1Char('0')));
        treat(p, treated.addDays(-84), n % 2);
        treat(p, treated, n % 2);
        if (n == 4) // Mia books the day after her window opens
            QVERIFY(m_fixture
                        ->book(p, 0, QStringLiteral("Botox treatment"), QTime(11, 0), 0, 0,
                               day(2026, 12, 2))
                        .id > 0);
        if (n == 1)
            QVERIFY(m_fixture->clinic.context()
                        .retreatment()
                        .logContact(p.id, Core::ContactOutcome::WrongNumber,
                                    QStringLiteral("Number disconnected"))
                        .ok());
        ++n;
    }
    m_screen->refresh();
    QCOMPARE(m_screen->visibleRows().size(), 15);
    QVERIFY(m_screen->selectPatient(m_cara.id));

    // then: no column but the last cuts its text short
    QTableView *table = m_screen->table();
    const QAbstractItemModel *model = table->model();
    for (int column = 0; column < Model::ColumnCount - 1; ++column) {
        const int width = table->horizontalHeader()->sectionSize(column);
        for (int row = 0; row < model->rowCount(); ++row) {
            QFont font = table->font();
            if (const QVariant f = model->index(row, column).data(Qt::FontRole); f.isValid())
                font = f.value<QFont>();
            // The delegate elides text wider than the cell less its margins.
            const int margins =
                2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
            const int needed =
                QFontMetrics(font).horizontalAdvance(model->index(row, column).data().toString()) +
                margins;
            QVERIFY2(needed <= width, qPrintable(QStringLiteral("column %1 row %2: %3 > %4")
                                                     .arg(column)
                                                     .arg(row)
                                                     .arg(needed)
                                                     .arg(width)));
        }
    }
    m_screen->resize(1500, 640);
    QVERIFY(Test::saveShot(m_screen.get(), QStringLiteral("board.png")));
}

QTEST_MAIN(tst_RetreatmentBoardScreen)
#include "tst_retreatmentboardscreen.moc"
