// "When is the next free Botox slot?": the finder lists the first free places for the fields
// as they are set, and choosing one hands over a booking draft.

#include "findslotdialog.h"
#include "freeslottablemodel.h"
#include "schedulefixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>

using namespace ClinicDesk;

class tst_FindSlotDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldListTheFirstTwentyFreeSlotsFromNow();
    void shouldSkipTakenTimeAndLunch();
    void shouldFillTheLengthFromTheType();
    void shouldKeepToTheMorning();
    void shouldOfferNoRoomForAPhoneCall();
    void shouldKeepThePatientFree();
    void shouldSayWhenNothingIsFree();
    void shouldHandOverTheChosenSlot();

private:
    template<typename T>
    T *child(const char *name)
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }
    QString cell(int row, int column) const
    {
        return m_dialog->model()->index(row, column).data().toString();
    }

    std::unique_ptr<Test::ScheduleFixture> m_fixture;
    std::unique_ptr<Ui::FindSlotDialog> m_dialog;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Core::Patient m_ann;
};

void tst_FindSlotDialog::init()
{
    m_fixture = std::make_unique<Test::ScheduleFixture>(2, 2);
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->clinic.errorMessage()));
    m_ann = m_fixture->clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    m_dialog = std::make_unique<Ui::FindSlotDialog>(m_fixture->services());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_dialog->show();
}

void tst_FindSlotDialog::cleanup()
{
    m_tester.reset();
    m_dialog.reset();
    m_fixture.reset();
}

void tst_FindSlotDialog::shouldListTheFirstTwentyFreeSlotsFromNow()
{
    // The clock stands at 9:00 on Wednesday: the first offer is 9:00, first provider first.
    auto *model = m_dialog->model();
    QCOMPARE(model->rowCount(), Ui::FindSlotDialog::kMaxResults);
    QCOMPARE(cell(0, Ui::FreeSlotTableModel::Date), QStringLiteral("Wed Nov 25"));
    QCOMPARE(cell(0, Ui::FreeSlotTableModel::Time), QStringLiteral("9:00\u20139:15"));
    QCOMPARE(cell(0, Ui::FreeSlotTableModel::Provider), m_fixture->providers[0].name);
    QCOMPARE(cell(0, Ui::FreeSlotTableModel::Room), m_fixture->rooms[0].name);
    QCOMPARE(cell(1, Ui::FreeSlotTableModel::Provider), m_fixture->providers[1].name);
    // Offers are alternatives: both providers are offered the first free room.
    QCOMPARE(cell(1, Ui::FreeSlotTableModel::Room), m_fixture->rooms[0].name);
    QCOMPARE(cell(2, Ui::FreeSlotTableModel::Time), QStringLiteral("9:15\u20139:30"));
    QVERIFY(child<QLabel>("resultLabel")->text().startsWith(QStringLiteral("The first 20")));
}

void tst_FindSlotDialog::shouldSkipTakenTimeAndLunch()
{
    const Core::Patient bob = m_fixture->clinic.add(QStringLiteral("Bob"), QStringLiteral("Smith"));
    QVERIFY(m_fixture->book(bob, 0, QStringLiteral("Botox treatment"), QTime(9, 0), 0, 0).id);
    m_fixture->addLunchBlocks();
    auto *provider = child<QComboBox>("providerCombo");
    provider->setCurrentIndex(provider->findData(m_fixture->providers[0].id));
    QCOMPARE(cell(0, Ui::FreeSlotTableModel::Time), QStringLiteral("9:15\u20139:30"));
    for (int row = 0; row < m_dialog->model()->rowCount(); ++row) {
        const int start =
            m_dialog->model()->index(row, 0).data(Ui::FreeSlotTableModel::StartMinuteRole).toInt();
        QVERIFY(start < 12 * 60 || start >= 13 * 60);
        QCOMPARE(m_dialog->model()
                     ->index(row, 0)
                     .data(Ui::FreeSlotTableModel::ProviderIdRole)
                     .toLongLong(),
                 m_fixture->providers[0].id);
    }
}

void tst_FindSlotDialog::shouldFillTheLengthFromTheType()
{
    auto *type = child<QComboBox>("typeCombo");
    type->setCurrentIndex(
        type->findData(m_fixture->type(QStringLiteral("New-patient consult")).id));
    QCOMPARE(child<QSpinBox>("minutesSpin")->value(), 45);
    QCOMPARE(cell(0, Ui::FreeSlotTableModel::Time), QStringLiteral("9:00\u20139:45"));
}

void tst_FindSlotDialog::shouldKeepToTheMorning()
{
    auto *timeOfDay = child<QComboBox>("timeOfDayCombo");
    child<QDateEdit>("toDate")->setDate(Test::fixedToday().addDays(14));
    timeOfDay->setCurrentIndex(timeOfDay->findData(Ui::FindSlotDialog::Afternoon));
    QCOMPARE(cell(0, Ui::FreeSlotTableModel::Time), QStringLiteral("12:00\u201312:15"));
    timeOfDay->setCurrentIndex(timeOfDay->findData(Ui::FindSlotDialog::Morning));
    for (int row = 0; row < m_dialog->model()->rowCount(); ++row)
        QVERIFY(
            m_dialog->model()->index(row, 0).data(Ui::FreeSlotTableModel::EndMinuteRole).toInt() <=
            12 * 60);
}

void tst_FindSlotDialog::shouldOfferNoRoomForAPhoneCall()
{
    auto *room = child<QComboBox>("roomCombo");
    room->setCurrentIndex(room->findData(Ui::FindSlotDialog::kNoRoom));
    QCOMPARE(cell(0, Ui::FreeSlotTableModel::Room), QStringLiteral("No room"));
    QCOMPARE(m_dialog->model()->index(0, 0).data(Ui::FreeSlotTableModel::RoomIdRole).toLongLong(),
             qint64(0));
}

void tst_FindSlotDialog::shouldKeepThePatientFree()
{
    // Ann already has 9:00-9:15 with the first provider: the second cannot see her then.
    QVERIFY(m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(9, 0)).id);
    auto *provider = child<QComboBox>("providerCombo");
    provider->setCurrentIndex(provider->findData(m_fixture->providers[1].id));
    QCOMPARE(cell(0, Ui::FreeSlotTableModel::Time), QStringLiteral("9:00\u20139:15"));
    m_dialog->setPatient(m_ann.id);
    QCOMPARE(cell(0, Ui::FreeSlotTableModel::Time), QStringLiteral("9:15\u20139:30"));
    QVERIFY(child<QLabel>("patientLabel")->text().contains(QStringLiteral("Lee, Ann")));
}

void tst_FindSlotDialog::shouldSayWhenNothingIsFree()
{
    // Saturday to Sunday: the clinic is closed.
    child<QDateEdit>("toDate")->setDate(QDate(2026, 11, 29));
    child<QDateEdit>("fromDate")->setDate(QDate(2026, 11, 28));
    QCOMPARE(m_dialog->model()->rowCount(), 0);
    QVERIFY(child<QLabel>("resultLabel")->text().startsWith(QStringLiteral("No free slot")));
    QVERIFY(!child<QPushButton>("chooseButton")->isEnabled());
}

void tst_FindSlotDialog::shouldHandOverTheChosenSlot()
{
    m_dialog->setPatient(m_ann.id);
    auto *type = child<QComboBox>("typeCombo");
    type->setCurrentIndex(type->findData(m_fixture->type(QStringLiteral("Follow-up")).id));
    auto *table = child<QTableView>("slotTable");
    table->selectRow(1);
    QSignalSpy chosen(m_dialog.get(), &Ui::FindSlotDialog::slotChosen);
    QTest::mouseClick(child<QPushButton>("chooseButton"), Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
    const auto draft = chosen.first().first().value<Core::Appointment>();
    QCOMPARE(draft.patientId, m_ann.id);
    QCOMPARE(draft.typeId, m_fixture->type(QStringLiteral("Follow-up")).id);
    QCOMPARE(draft.providerId, m_fixture->providers[1].id);
    QCOMPARE(draft.roomId, m_fixture->rooms[0].id);
    QCOMPARE(draft.slot, Core::TimeSlot({Test::fixedToday(), 9 * 60, 9 * 60 + 20}));
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

QTEST_MAIN(tst_FindSlotDialog)
#include "tst_findslotdialog.moc"
