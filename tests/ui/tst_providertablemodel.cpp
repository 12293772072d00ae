// The providers table of the settings: columns, roles, and inactive providers marked in words.
#include "providertablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace ClinicDesk;
using Ui::ProviderTableModel;

class tst_ProviderTableModel : public QObject
{
    Q_OBJECT

private:
    static QList<Core::Provider> two()
    {
        return {{1, QStringLiteral("Vladimir Fiks"), QStringLiteral("MD"),
                 QStringLiteral("#3b6ea5"), true},
                {2, QStringLiteral("Sarah Kim"), QStringLiteral("NP"), QStringLiteral("#c0392b"),
                 false}};
    }

private slots:
    void initTestCase() { Test::fixEnvironment(); }

    void shouldPassTheModelTesterThroughResets()
    {
        ProviderTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProviders(two());
        QCOMPARE(model.rowCount(), 2);
        model.setProviders({});
        QCOMPARE(model.rowCount(), 0);
        model.setProviders(two().mid(1));
        QCOMPARE(model.rowCount(), 1);
    }

    void shouldShowNameCredentialsColourAndStatus_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("name") << 0 << int(ProviderTableModel::Name) << "Vladimir Fiks";
        QTest::newRow("credentials") << 0 << int(ProviderTableModel::Credentials) << "MD";
        QTest::newRow("colour as hex") << 0 << int(ProviderTableModel::Colour) << "#3b6ea5";
        QTest::newRow("active in words") << 0 << int(ProviderTableModel::Status) << "Active";
        QTest::newRow("inactive in words") << 1 << int(ProviderTableModel::Status) << "Inactive";
    }

    void shouldShowNameCredentialsColourAndStatus()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        ProviderTableModel model;
        model.setProviders(two());
        QCOMPARE(model.columnCount(), int(ProviderTableModel::ColumnCount));
        QCOMPARE(model.index(row, column).data().toString(), text);
    }

    void shouldDrawTheColourAsASwatchBesideItsCode()
    {
        ProviderTableModel model;
        model.setProviders(two());
        QCOMPARE(
            model.index(0, ProviderTableModel::Colour).data(Qt::DecorationRole).value<QColor>(),
            QColor(0x3b, 0x6e, 0xa5));
        QVERIFY(!model.index(0, ProviderTableModel::Name).data(Qt::DecorationRole).isValid());
    }

    void shouldGreyInactiveRowsAndExposeIdAndActive()
    {
        ProviderTableModel model;
        model.setProviders(two());
        QVERIFY(!model.index(0, ProviderTableModel::Name).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.index(1, ProviderTableModel::Name).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1, 0).data(ProviderTableModel::ProviderIdRole).toLongLong(), 2);
        QCOMPARE(model.index(1, 0).data(ProviderTableModel::ActiveRole).toBool(), false);
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.rowOf(99), -1);
        QCOMPARE(model.headerData(ProviderTableModel::Status, Qt::Horizontal).toString(),
                 QStringLiteral("Status"));
    }
};

QTEST_MAIN(tst_ProviderTableModel)
#include "tst_providertablemodel.moc"
