// The patient table as the desk reads it: columns, roles, and inactive patients marked in words.
#include "patienttablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

using namespace ClinicDesk;
using Ui::PatientTableModel;

class tst_PatientTableModel : public QObject
{
    Q_OBJECT

private:
    static Core::Patient ann()
    {
        Core::Patient p = Test::TempClinic::draft(QStringLiteral("Ann"), QStringLiteral("Lee"),
                                                  QDate(1975, 3, 14), QStringLiteral("5034058718"));
        p.id = 23;
        p.mrn = QStringLiteral("100023");
        p.insurance.payer = QStringLiteral("Moda Health");
        return p;
    }

    Core::FixedClock m_clock{Test::fixedToday()};

private slots:
    void initTestCase() { Test::fixEnvironment(); }

    void shouldPassTheModelTesterThroughResets()
    {
        PatientTableModel model(m_clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Core::Patient bob = ann();
        bob.id = 24;
        bob.firstName = QStringLiteral("Bob");
        model.setPatients({ann(), bob});
        QCOMPARE(model.rowCount(), 2);
        model.setPatients({});
        QCOMPARE(model.rowCount(), 0);
        model.setPatients({bob});
        QCOMPARE(model.rowCount(), 1);
    }

    void shouldHaveEightColumnsWithHeaders_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("header");
        QTest::newRow("record number") << int(PatientTableModel::RecordNumber) << "MRN";
        QTest::newRow("name") << int(PatientTableModel::Name) << "Name";
        QTest::newRow("date of birth") << int(PatientTableModel::DateOfBirth) << "Date of birth";
        QTest::newRow("age") << int(PatientTableModel::Age) << "Age";
        QTest::newRow("phone") << int(PatientTableModel::Phone) << "Phone";
        QTest::newRow("payer") << int(PatientTableModel::Payer) << "Payer";
        QTest::newRow("status") << int(PatientTableModel::Status) << "Status";
        QTest::newRow("botox") << int(PatientTableModel::Retreatment) << "Botox";
    }

    void shouldHaveEightColumnsWithHeaders()
    {
        QFETCH(int, column);
        QFETCH(QString, header);
        PatientTableModel model(m_clock);
        QCOMPARE(model.columnCount(), 8);
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), header);
    }

    void shouldShowWhatTheDeskReads_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("record number") << int(PatientTableModel::RecordNumber) << "100023";
        QTest::newRow("name last, first") << int(PatientTableModel::Name) << "Lee, Ann";
        QTest::newRow("US date") << int(PatientTableModel::DateOfBirth) << "03/14/1975";
        QTest::newRow("age on the fixed today") << int(PatientTableModel::Age) << "51";
        QTest::newRow("formatted phone") << int(PatientTableModel::Phone) << "(503) 405-8718";
        QTest::newRow("payer") << int(PatientTableModel::Payer) << "Moda Health";
        QTest::newRow("status") << int(PatientTableModel::Status) << "Active";
    }

    void shouldShowWhatTheDeskReads()
    {
        QFETCH(int, column);
        QFETCH(QString, text);
        PatientTableModel model(m_clock);
        model.setPatients({ann()});
        QCOMPARE(model.data(model.index(0, column)).toString(), text);
    }

    void shouldShowPreferredNameAndFallBackToHomePhone()
    {
        Core::Patient p = ann();
        p.preferredName = QStringLiteral("Annie");
        p.mobilePhone.clear();
        p.homePhone = QStringLiteral("9715550123");
        PatientTableModel model(m_clock);
        model.setPatients({p});
        QCOMPARE(model.data(model.index(0, PatientTableModel::Name)).toString(),
                 QStringLiteral("Lee, Ann \u201CAnnie\u201D"));
        QCOMPARE(model.data(model.index(0, PatientTableModel::Phone)).toString(),
                 QStringLiteral("(971) 555-0123"));
    }

    void shouldCountAgeFromTheBirthdayNotTheYear()
    {
        // given a patient whose birthday is tomorrow
        Core::Patient p = ann();
        p.dateOfBirth = QDate(1975, 11, 26);
        PatientTableModel model(m_clock);
        // when
        model.setPatients({p});
        // then they are still 50 today
        QCOMPARE(model.data(model.index(0, PatientTableModel::Age)).toString(),
                 QStringLiteral("50"));
    }

    void shouldGivePatientIdThroughItsRole()
    {
        PatientTableModel model(m_clock);
        model.setPatients({ann()});
        QCOMPARE(int(PatientTableModel::PatientIdRole), int(Qt::UserRole) + 1);
        for (int column = 0; column < PatientTableModel::ColumnCount; ++column)
            QCOMPARE(
                model.data(model.index(0, column), PatientTableModel::PatientIdRole).toLongLong(),
                qint64(23));
        QCOMPARE(model.rowOf(23), 0);
        QCOMPARE(model.rowOf(99), -1);
    }

    void shouldMarkInactiveRowsInWordsAndGrey()
    {
        // given
        Core::Patient inactive = ann();
        inactive.active = false;
        PatientTableModel model(m_clock);
        // when
        model.setPatients({ann(), inactive});
        // then the word says it, for those who cannot see the grey
        QCOMPARE(model.data(model.index(1, PatientTableModel::Status)).toString(),
                 QStringLiteral("Inactive"));
        QCOMPARE(model.data(model.index(1, 0), PatientTableModel::ActiveRole).toBool(), false);
        // and every cell of the row is greyed, while active rows keep the normal text colour
        for (int column = 0; column < PatientTableModel::ColumnCount; ++column) {
            const QVariant brush = model.data(model.index(1, column), Qt::ForegroundRole);
            QVERIFY2(brush.canConvert<QBrush>(), qPrintable(QString::number(column)));
            QVERIFY(!model.data(model.index(0, column), Qt::ForegroundRole).isValid());
        }
    }

    void shouldUpdateAChangedPatientInPlace()
    {
        PatientTableModel model(m_clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPatients({ann()});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Core::Patient now = ann();
        now.active = false;
        QVERIFY(model.replacePatient(now));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.data(model.index(0, PatientTableModel::Status)).toString(),
                 QStringLiteral("Inactive"));
        now.id = 77;
        QVERIFY(!model.replacePatient(now));
    }

    void shouldShowTheRetreatmentStatusOfBotoxPatientsOnly()
    {
        PatientTableModel model(m_clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Core::Patient bob = ann();
        bob.id = 24;
        model.setPatients({ann(), bob});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Core::RetreatmentStatus overdue;
        overdue.state = Core::RetreatmentStatus::State::Overdue;
        overdue.days = 12;
        model.setRetreatmentStatuses({{23, overdue}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(model.index(0, PatientTableModel::Retreatment)).toString(),
                 QStringLiteral("\u25B2 Overdue by 12 days"));
        QCOMPARE(
            model.data(model.index(0, PatientTableModel::Retreatment), Qt::ToolTipRole).toString(),
            QStringLiteral("Botox retreatment: Overdue by 12 days"));
        QVERIFY(model.data(model.index(0, PatientTableModel::Retreatment), Qt::BackgroundRole)
                    .canConvert<QBrush>());
        // Never had Botox: nothing at all.
        QCOMPARE(model.data(model.index(1, PatientTableModel::Retreatment)).toString(), QString());
        QVERIFY(!model.data(model.index(1, PatientTableModel::Retreatment), Qt::BackgroundRole)
                     .isValid());
        QCOMPARE(model.retreatmentStatus(23)->days, 12);
        QVERIFY(!model.retreatmentStatus(24));
        // A new search starts without the old statuses.
        model.setPatients({ann()});
        QCOMPARE(model.data(model.index(0, PatientTableModel::Retreatment)).toString(), QString());
    }

    void shouldReturnNothingForIndexesOutsideTheTable()
    {
        PatientTableModel model(m_clock);
        model.setPatients({ann()});
        QVERIFY(!model.index(1, 0).isValid());
        QVERIFY(!model.index(0, PatientTableModel::ColumnCount).isValid());
        QCOMPARE(model.patientAt(1), nullptr);
        QCOMPARE(model.patientAt(0)->mrn, QStringLiteral("100023"));
    }
};

QTEST_MAIN(tst_PatientTableModel)
#include "tst_patienttablemodel.moc"
