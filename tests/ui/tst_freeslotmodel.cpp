#include "freeslottablemodel.h"
#include "schedulefixture.h"

#include <QAbstractItemModelTester>

using namespace ClinicDesk;

class tst_FreeSlotModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowDayTimeProviderAndRoom();
    void shouldPassTheModelTesterThroughResets();
};

static Ui::ScheduleDirectory directory()
{
    Ui::ScheduleDirectory d;
    d.providers = {{7, QStringLiteral("Vladimir Fiks"), QStringLiteral("MD"), {}, true}};
    d.rooms = {{3, QStringLiteral("Procedure 1"), true}};
    return d;
}

void tst_FreeSlotModel::shouldShowDayTimeProviderAndRoom()
{
    Ui::FreeSlotTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOffers(
        {{{Test::fixedToday(), 600, 615}, 7, 3}, {{QDate(2026, 12, 1), 780, 810}, 7, 0}},
        directory());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(Ui::FreeSlotTableModel::ColumnCount));
    using M = Ui::FreeSlotTableModel;
    QCOMPARE(model.index(0, M::Date).data().toString(), QStringLiteral("Wed Nov 25"));
    QCOMPARE(model.index(0, M::Time).data().toString(), QStringLiteral("10:00\u201310:15"));
    QCOMPARE(model.index(0, M::Provider).data().toString(), QStringLiteral("Vladimir Fiks"));
    QCOMPARE(model.index(0, M::Room).data().toString(), QStringLiteral("Procedure 1"));
    QCOMPARE(model.index(1, M::Room).data().toString(), QStringLiteral("No room"));
    QCOMPARE(model.index(1, M::Date).data(M::DateRole).toDate(), QDate(2026, 12, 1));
    QCOMPARE(model.index(1, M::Date).data(M::StartMinuteRole).toInt(), 780);
    QCOMPARE(model.index(1, M::Date).data(M::EndMinuteRole).toInt(), 810);
    QCOMPARE(model.index(0, M::Date).data(M::ProviderIdRole).toLongLong(), qint64(7));
    QCOMPARE(model.index(0, M::Date).data(M::RoomIdRole).toLongLong(), qint64(3));
    QCOMPARE(model.headerData(M::Provider, Qt::Horizontal).toString(), QStringLiteral("Provider"));
    QVERIFY(model.roleNames().contains(M::StartMinuteRole));
    QCOMPARE(model.offerAt(1)->slot.startMinute, 780);
    QVERIFY(!model.offerAt(2));
}

void tst_FreeSlotModel::shouldPassTheModelTesterThroughResets()
{
    Ui::FreeSlotTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QList<Core::SlotOffer> offers;
    for (int i = 0; i < 20; ++i)
        offers.append({{Test::fixedToday(), 480 + 15 * i, 495 + 15 * i}, 7, 3});
    model.setOffers(offers, directory());
    QCOMPARE(model.rowCount(), 20);
    model.setOffers({}, directory());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_FreeSlotModel)
#include "tst_freeslotmodel.moc"
