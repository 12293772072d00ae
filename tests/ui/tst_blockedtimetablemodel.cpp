// The blocked-time list of the settings: who, when (a day, a run of days, every week), the time
// and the reason, written out as the desk says them.
#include "blockedtimetablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ClinicDesk;
using Core::BlockedTime;
using Ui::BlockedTimeTableModel;

Q_DECLARE_METATYPE(ClinicDesk::Core::BlockedTime)

class tst_BlockedTimeTableModel : public QObject
{
    Q_OBJECT

private:
    static Ui::SetupText::Names names()
    {
        Ui::SetupText::Names n;
        n.providers.insert(3, QStringLiteral("Vladimir Fiks, MD"));
        n.rooms.insert(5, QStringLiteral("Procedure 1"));
        return n;
    }
    static BlockedTime block(qint64 provider, qint64 room, QDate first, QDate last, bool weekly,
                             int start, int end, const QString &reason)
    {
        BlockedTime b;
        b.id = provider * 100 + room + first.day();
        b.providerId = provider;
        b.roomId = room;
        b.firstDate = first;
        b.lastDate = last;
        b.weekly = weekly;
        b.startMinute = start;
        b.endMinute = end;
        b.reason = reason;
        return b;
    }

private slots:
    void initTestCase() { Test::fixEnvironment(); }

    void shouldPassTheModelTesterThroughResets()
    {
        BlockedTimeTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate day(2026, 11, 25);
        model.setBlocks({block(0, 0, day, day, false, 0, 1440, QStringLiteral("Holiday")),
                         block(3, 0, day, {}, true, 720, 780, QStringLiteral("Lunch"))},
                        names());
        QCOMPARE(model.rowCount(), 2);
        model.setBlocks({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldWriteEachBlockOut_data()
    {
        QTest::addColumn<BlockedTime>("b");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("when");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("reason");
        const QDate wed(2026, 11, 25);
        QTest::newRow("weekly lunch, no end")
            << block(3, 0, wed, {}, true, 720, 780, QStringLiteral("Lunch")) << "Vladimir Fiks, MD"
            << "Every Wednesday from Nov 25, 2026, no end"
            << "12:00\u201313:00"
            << "Lunch";
        QTest::newRow("weekly until a day")
            << block(0, 5, wed, QDate(2027, 3, 31), true, 420, 480, QStringLiteral("Cleaning"))
            << "Room: Procedure 1"
            << "Every Wednesday from Nov 25, 2026 until Mar 31, 2027"
            << "7:00\u20138:00"
            << "Cleaning";
        QTest::newRow("one day") << block(0, 0, QDate(2026, 12, 24), QDate(2026, 12, 24), false, 0,
                                          1440, QStringLiteral("Holiday"))
                                 << "Whole clinic"
                                 << "Thu Dec 24, 2026"
                                 << "All day"
                                 << "Holiday";
        QTest::newRow("run of days, over new year")
            << block(3, 0, QDate(2026, 12, 28), QDate(2027, 1, 2), false, 0, 1440,
                     QStringLiteral("Leave"))
            << "Vladimir Fiks, MD"
            << "Dec 28, 2026 \u2013 Jan 2, 2027"
            << "All day"
            << "Leave";
        QTest::newRow("someone not named, no reason")
            << block(9, 0, wed, wed, false, 600, 630, QString()) << "Provider #9"
            << "Wed Nov 25, 2026"
            << "10:00\u201310:30"
            << "(no reason given)";
    }

    void shouldWriteEachBlockOut()
    {
        QFETCH(BlockedTime, b);
        QFETCH(QString, who);
        QFETCH(QString, when);
        QFETCH(QString, time);
        QFETCH(QString, reason);
        BlockedTimeTableModel model;
        model.setBlocks({b}, names());
        QCOMPARE(model.index(0, BlockedTimeTableModel::Who).data().toString(), who);
        QCOMPARE(model.index(0, BlockedTimeTableModel::When).data().toString(), when);
        QCOMPARE(model.index(0, BlockedTimeTableModel::Time).data().toString(), time);
        QCOMPARE(model.index(0, BlockedTimeTableModel::Reason).data().toString(), reason);
        QCOMPARE(model.index(0, 0).data(BlockedTimeTableModel::BlockIdRole).toLongLong(), b.id);
        QCOMPARE(model.index(0, 0).data(BlockedTimeTableModel::WeeklyRole).toBool(), b.weekly);
    }

    void shouldDescribeABlockInOneLineForTheRemoveQuestion()
    {
        BlockedTimeTableModel model;
        const BlockedTime lunch =
            block(3, 0, QDate(2026, 11, 25), {}, true, 720, 780, QStringLiteral("Lunch"));
        model.setBlocks({lunch}, names());
        QCOMPARE(model.describe(lunch),
                 QStringLiteral("Lunch — Every Wednesday from Nov 25, 2026, no end, "
                                "12:00–13:00 — Vladimir Fiks, MD"));
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), model.describe(lunch));
    }
};

QTEST_MAIN(tst_BlockedTimeTableModel)
#include "tst_blockedtimetablemodel.moc"
