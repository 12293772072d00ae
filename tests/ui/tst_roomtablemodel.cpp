// The rooms table of the settings: columns, roles, and inactive rooms marked in words.
#include "roomtablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ClinicDesk;
using Ui::RoomTableModel;

class tst_RoomTableModel : public QObject
{
    Q_OBJECT

private:
    static QList<Core::Room> rooms()
    {
        return {{4, QStringLiteral("Procedure 1"), true}, {7, QStringLiteral("Exam 4"), false}};
    }

private slots:
    void initTestCase() { Test::fixEnvironment(); }

    void shouldPassTheModelTesterThroughResets()
    {
        RoomTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRooms(rooms());
        QCOMPARE(model.rowCount(), 2);
        model.setRooms({});
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldShowNameAndStatusInWords()
    {
        RoomTableModel model;
        model.setRooms(rooms());
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(0, RoomTableModel::Name).data().toString(),
                 QStringLiteral("Procedure 1"));
        QCOMPARE(model.index(0, RoomTableModel::Status).data().toString(),
                 QStringLiteral("Active"));
        QCOMPARE(model.index(1, RoomTableModel::Status).data().toString(),
                 QStringLiteral("Inactive"));
        QVERIFY(model.index(1, RoomTableModel::Name).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1, 0).data(RoomTableModel::RoomIdRole).toLongLong(), 7);
        QCOMPARE(model.roomAt(1)->name, QStringLiteral("Exam 4"));
        QCOMPARE(model.roomAt(2), nullptr);
    }
};

QTEST_MAIN(tst_RoomTableModel)
#include "tst_roomtablemodel.moc"
