// The appointment types table of the settings: length, colour, Botox in words, inactive types.
#include "appointmenttypetablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace ClinicDesk;
using Ui::AppointmentTypeTableModel;

class tst_AppointmentTypeTableModel : public QObject
{
    Q_OBJECT

private:
    static QList<Core::AppointmentType> defaults()
    {
        QList<Core::AppointmentType> types = Core::DefaultSetup::appointmentTypes();
        for (int i = 0; i < types.size(); ++i)
            types[i].id = i + 1;
        types.last().active = false; // phone call
        return types;
    }

private slots:
    void initTestCase() { Test::fixEnvironment(); }

    void shouldPassTheModelTesterThroughResets()
    {
        AppointmentTypeTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTypes(defaults());
        QCOMPARE(model.rowCount(), 6);
        model.setTypes({});
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldShowEachColumnAsTheDeskReadsIt_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("name") << 0 << int(AppointmentTypeTableModel::Name) << "Botox treatment";
        QTest::newRow("length") << 1 << int(AppointmentTypeTableModel::Length) << "45 min";
        QTest::newRow("colour") << 0 << int(AppointmentTypeTableModel::Colour) << "#b8d4f0";
        QTest::newRow("botox yes") << 0 << int(AppointmentTypeTableModel::Botox) << "Yes";
        QTest::newRow("botox no") << 2 << int(AppointmentTypeTableModel::Botox) << "No";
        QTest::newRow("active") << 0 << int(AppointmentTypeTableModel::Status) << "Active";
        QTest::newRow("inactive") << 5 << int(AppointmentTypeTableModel::Status) << "Inactive";
    }

    void shouldShowEachColumnAsTheDeskReadsIt()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        AppointmentTypeTableModel model;
        model.setTypes(defaults());
        QCOMPARE(model.index(row, column).data().toString(), text);
    }

    void shouldExposeIdMinutesAndSwatch()
    {
        AppointmentTypeTableModel model;
        model.setTypes(defaults());
        QCOMPARE(model.index(2, 0).data(AppointmentTypeTableModel::MinutesRole).toInt(), 20);
        QCOMPARE(model.index(2, 0).data(AppointmentTypeTableModel::TypeIdRole).toLongLong(), 3);
        QCOMPARE(model.index(0, AppointmentTypeTableModel::Colour)
                     .data(Qt::DecorationRole)
                     .value<QColor>(),
                 QColor(0xb8, 0xd4, 0xf0));
        QCOMPARE(model.rowOf(6), 5);
    }
};

QTEST_MAIN(tst_AppointmentTypeTableModel)
#include "tst_appointmenttypetablemodel.moc"
