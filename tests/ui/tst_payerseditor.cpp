// The payers page of the settings: the table of payers with each one's minimum interval in words,
// adding and editing through the small form (own minimum or the clinic default), a duplicate name
// refused beside the name, deactivate and reactivate; and the patient form suggesting the clinic's
// active payers. When CLINICDESK_SHOTS names a folder, the page and its form are saved as PNGs.

#include "patientdialog.h"
#include "patientform.h"
#include "patientsscreen.h"
#include "payertablemodel.h"
#include "settingstestsupport.h"
#include "theme.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace ClinicDesk;
using namespace ClinicDesk::Test;
using Ui::PayerTableModel;

class tst_PayersEditor : public QObject, private Test::SettingsFixture
{
    Q_OBJECT

private:
    Core::Payer storedPayer(const QString &name)
    {
        for (const Core::Payer &p : setup().payers().value())
            if (p.name == name)
                return p;
        return {};
    }
    Core::Payer addPayer(const QString &name, int minimumDays = 0, bool active = true)
    {
        auto added = setup().addPayer({0, name, minimumDays, active});
        return added ? added.value() : Core::Payer{};
    }
    static QList<Core::Payer> samplePayers()
    {
        return {{3, QStringLiteral("Aetna"), 0, true},
                {5, QStringLiteral("Moda Health"), 70, true},
                {8, QStringLiteral("Self-pay"), 0, true},
                {9, QStringLiteral("Old Plan"), 1, false}};
    }

private slots:
    void initTestCase()
    {
        Test::fixEnvironment();
        Ui::Theme::apply(*qApp);
    }

    void init()
    {
        const QString problem = startClinic();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup() { finish(); }

    void shouldPassTheModelTesterThroughResets()
    {
        PayerTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPayers(samplePayers(), {});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 3);
        model.setPayers({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldShowEachMinimumIntervalInWords_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("interval");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("effectiveDays");
        QTest::newRow("clinic default") << 0 << "84 days (clinic default)"
                                        << "Active" << 84;
        QTest::newRow("own minimum") << 1 << "70 days"
                                     << "Active" << 70;
        QTest::newRow("self-pay default") << 2 << "70 days (self-pay default)"
                                          << "Active" << 70;
        QTest::newRow("one day, inactive") << 3 << "1 day"
                                           << "Inactive" << 1;
    }

    void shouldShowEachMinimumIntervalInWords()
    {
        QFETCH(int, row);
        QFETCH(QString, interval);
        QFETCH(QString, status);
        QFETCH(int, effectiveDays);
        PayerTableModel model;
        model.setPayers(samplePayers(), {});
        QCOMPARE(model.index(row, PayerTableModel::MinimumInterval).data().toString(), interval);
        QCOMPARE(model.index(row, PayerTableModel::Status).data().toString(), status);
        QCOMPARE(model.index(row, 0).data(PayerTableModel::EffectiveMinimumDaysRole).toInt(),
                 effectiveDays);
        QCOMPARE(model.index(row, 0).data(PayerTableModel::PayerIdRole).toLongLong(),
                 samplePayers().at(row).id);
        QCOMPARE(model.index(row, PayerTableModel::Name).data(Qt::ForegroundRole).isValid(),
                 status == u"Inactive");
        QCOMPARE(model.headerData(PayerTableModel::MinimumInterval, Qt::Horizontal).toString(),
                 QStringLiteral("Minimum interval"));
    }

    void shouldFollowTheClinicDefault()
    {
        Core::RetreatmentSettings settings;
        settings.defaultMinimumDays = 90;
        settings.selfPayName = QStringLiteral("Cash");
        PayerTableModel model;
        model.setPayers(samplePayers(), settings);
        QCOMPARE(model.index(0, PayerTableModel::MinimumInterval).data().toString(),
                 QStringLiteral("90 days (clinic default)"));
        // "Self-pay" is an ordinary payer once the clinic calls self-pay "Cash".
        QCOMPARE(model.index(2, PayerTableModel::MinimumInterval).data().toString(),
                 QStringLiteral("90 days (clinic default)"));
    }

    void shouldAddAPayerWithItsOwnMinimumThroughTheForm()
    {
        openOn(Page::Payers);
        QString defaultChoice;
        auto found = onNextDialog(QStringLiteral("payerForm"), [&](QDialog *form) {
            retype(child<QLineEdit>(form, QStringLiteral("payerName")),
                   QStringLiteral("Moda Health"));
            auto *days = child<QSpinBox>(form, QStringLiteral("payerMinimumDays"));
            QVERIFY(!days->isEnabled()); // on the clinic default until that is unticked
            defaultChoice = child<QCheckBox>(form, QStringLiteral("payerUsesDefault"))->text();
            click(form, QStringLiteral("payerUsesDefault"));
            QVERIFY(days->isEnabled());
            retype(days, QStringLiteral("70"));
            click(form, QStringLiteral("saveButton"));
        });
        click(m_dialog.get(), QStringLiteral("addPayerButton"));
        QVERIFY(*found);

        QCOMPARE(defaultChoice, QStringLiteral("Use the clinic default (84 days)"));
        const Core::Payer moda = storedPayer(QStringLiteral("Moda Health"));
        QVERIFY(moda.id > 0);
        QCOMPARE(moda.minimumDays, 70);
        QVERIFY(moda.active);
        QCOMPARE(setup().retreatmentSettings().minimumDaysFor(QStringLiteral("Moda Health")), 70);
        QCOMPARE(cellText(table("payersTable"), "Moda Health", PayerTableModel::MinimumInterval),
                 QStringLiteral("70 days"));
        QCOMPARE(Ui::selectedId(table("payersTable"), PayerTableModel::PayerIdRole), moda.id);
        QCOMPARE(shown(m_dialog.get(), QStringLiteral("payersMessage")),
                 QStringLiteral("\u2713 Moda Health added."));
    }

    void shouldAddAPayerOnTheClinicDefault()
    {
        openOn(Page::Payers);
        auto found = onNextDialog(QStringLiteral("payerForm"), [](QDialog *form) {
            retype(child<QLineEdit>(form, QStringLiteral("payerName")), QStringLiteral("Aetna"));
            QTest::keyClick(child<QLineEdit>(form, QStringLiteral("payerName")), Qt::Key_Return);
        });
        click(m_dialog.get(), QStringLiteral("addPayerButton"));
        QVERIFY(*found);
        QCOMPARE(storedPayer(QStringLiteral("Aetna")).minimumDays, 0);
        QCOMPARE(cellText(table("payersTable"), "Aetna", PayerTableModel::MinimumInterval),
                 QStringLiteral("84 days (clinic default)"));
        QCOMPARE(setup().retreatmentSettings().minimumDaysFor(QStringLiteral("Aetna")), 84);
    }

    void shouldRefuseADuplicateNameIgnoringCaseBesideTheName()
    {
        addPayer(QStringLiteral("Aetna"));
        openOn(Page::Payers);
        QString error;
        bool stillOpen = false;
        auto found = onNextDialog(QStringLiteral("payerForm"), [&](QDialog *form) {
            retype(child<QLineEdit>(form, QStringLiteral("payerName")), QStringLiteral("aetna"));
            click(form, QStringLiteral("saveButton"));
            error = shown(form, QStringLiteral("error_name"));
            stillOpen = form->isVisible();
        });
        click(m_dialog.get(), QStringLiteral("addPayerButton"));
        QVERIFY(*found);
        QCOMPARE(error, QStringLiteral("There is already a payer named \u201Caetna\u201D."));
        QVERIFY(stillOpen); // nothing typed is lost
        QCOMPARE(setup().payers()->size(), 1);
        QCOMPARE(table("payersTable")->model()->rowCount(), 1);
    }

    void shouldEditAPayerBackToTheClinicDefault()
    {
        const Core::Payer moda = addPayer(QStringLiteral("Moda Health"), 70);
        openOn(Page::Payers);
        QVERIFY(clickRow(table("payersTable"), QStringLiteral("Moda Health")));
        int shownDays = 0;
        auto found = onNextDialog(QStringLiteral("payerForm"), [&](QDialog *form) {
            shownDays = child<QSpinBox>(form, QStringLiteral("payerMinimumDays"))->value();
            click(form, QStringLiteral("payerUsesDefault"));
            click(form, QStringLiteral("saveButton"));
        });
        click(m_dialog.get(), QStringLiteral("editPayerButton"));
        QVERIFY(*found);
        QCOMPARE(shownDays, 70);
        QCOMPARE(storedPayer(QStringLiteral("Moda Health")).minimumDays, 0);
        QCOMPARE(storedPayer(QStringLiteral("Moda Health")).id, moda.id);
        QCOMPARE(setup().retreatmentSettings().minimumDaysFor(QStringLiteral("Moda Health")), 84);
        QCOMPARE(cellText(table("payersTable"), "Moda Health", PayerTableModel::MinimumInterval),
                 QStringLiteral("84 days (clinic default)"));
    }

    void shouldDeactivateAndReactivateAPayer()
    {
        addPayer(QStringLiteral("Aetna"));
        addPayer(QStringLiteral("Medicare"));
        openOn(Page::Payers);
        QTableView *payers = table("payersTable");
        QVERIFY(clickRow(payers, QStringLiteral("Medicare")));
        auto *toggle = child<QPushButton>(m_dialog.get(), QStringLiteral("togglePayerButton"));
        QCOMPARE(toggle->text().remove(u'&'), QStringLiteral("Deactivate"));
        click(m_dialog.get(), QStringLiteral("togglePayerButton"));

        QCOMPARE(m_questions, QStringList{QStringLiteral("deactivateQuestion")});
        QVERIFY(!storedPayer(QStringLiteral("Medicare")).active);
        QCOMPARE(payers->model()->rowCount(), 2); // still listed
        QCOMPARE(cellText(payers, "Medicare", PayerTableModel::Status), QStringLiteral("Inactive"));
        QCOMPARE(shown(m_dialog.get(), QStringLiteral("payersMessage")),
                 QStringLiteral("\u2713 Medicare is now inactive."));
        QCOMPARE(toggle->text().remove(u'&'), QStringLiteral("Reactivate"));

        click(m_dialog.get(), QStringLiteral("togglePayerButton"));
        QVERIFY(storedPayer(QStringLiteral("Medicare")).active);
        QCOMPARE(cellText(payers, "Medicare", PayerTableModel::Status), QStringLiteral("Active"));
        QCOMPARE(m_questions.size(), 1); // reactivating asks nothing
    }

    void shouldKeepAPayerActiveWhenTheQuestionIsDeclined()
    {
        addPayer(QStringLiteral("Aetna"));
        openOn(Page::Payers);
        QVERIFY(clickRow(table("payersTable"), QStringLiteral("Aetna")));
        m_answer = false;
        click(m_dialog.get(), QStringLiteral("togglePayerButton"));
        QVERIFY(storedPayer(QStringLiteral("Aetna")).active);
    }

    void shouldShowTheNewClinicDefaultOnceTheRetreatmentPageIsSaved()
    {
        addPayer(QStringLiteral("Aetna"));
        openOn(Page::Retreatment);
        retype(child<QSpinBox>(m_dialog.get(), QStringLiteral("defaultMinimumDays")),
               QStringLiteral("90"));
        click(m_dialog.get(), QStringLiteral("saveRetreatmentButton"));
        m_dialog->showPage(Page::Payers);
        QCOMPARE(cellText(table("payersTable"), "Aetna", PayerTableModel::MinimumInterval),
                 QStringLiteral("90 days (clinic default)"));
    }

    void shouldSuggestTheClinicsActivePayersInThePatientForm()
    {
        addPayer(QStringLiteral("Moda Health"), 70);
        addPayer(QStringLiteral("Aetna"));
        addPayer(QStringLiteral("Old Plan"), 0, false);
        Ui::PatientsScreen screen(m_clinic->patients());
        screen.setClinicSetupService(&setup());
        QSignalSpy opened(&screen, &Ui::PatientsScreen::dialogOpened);
        screen.newPatient();
        QCOMPARE(opened.size(), 1);
        auto *dialog = opened.constFirst().constFirst().value<Ui::PatientDialog *>();
        auto *payer = dialog->findChild<QComboBox *>(QStringLiteral("payer"));
        QStringList offered;
        for (int i = 0; i < payer->count(); ++i)
            offered << payer->itemText(i);
        QCOMPARE(offered, (QStringList{QString(), "Aetna", "Moda Health"}));
        QVERIFY(payer->currentText().isEmpty());
        QVERIFY(!dialog->hasUnsavedChanges());
        dialog->setDiscardConfirmer([](QWidget *, const Ui::Question &) { return true; });
        dialog->reject();
    }

    void shouldSuggestNoPayersWithoutTheClinicsSetUp()
    {
        addPayer(QStringLiteral("Aetna"));
        Ui::PatientDialog dialog(m_clinic->patients());
        auto *payer = dialog.findChild<QComboBox *>(QStringLiteral("payer"));
        QCOMPARE(payer->count(), 1); // the empty choice only
        // Setting suggestions keeps what the box holds.
        payer->setEditText(QStringLiteral("Regence"));
        dialog.form()->setPayerSuggestions({QStringLiteral("Aetna")});
        QCOMPARE(payer->count(), 2);
        QCOMPARE(payer->currentText(), QStringLiteral("Regence"));
    }

    void shouldShowThePageAndItsForm()
    {
        addPayer(QStringLiteral("Aetna"));
        addPayer(QStringLiteral("Medicare"));
        addPayer(QStringLiteral("Moda Health"), 70);
        addPayer(QStringLiteral("Regence BlueCross BlueShield"), 84);
        addPayer(QStringLiteral("Self-pay"));
        addPayer(QStringLiteral("Old Plan"), 0, false);
        openOn(Page::Payers);
        QVERIFY(m_dialog->page(Page::Payers)->isVisible());
        QVERIFY(clickRow(table("payersTable"), QStringLiteral("Moda Health")));
        saveShot(m_dialog.get(), QStringLiteral("settings-payers"));
        auto found = onNextDialog(QStringLiteral("payerForm"), [this](QDialog *form) {
            retype(child<QLineEdit>(form, QStringLiteral("payerName")), QStringLiteral("AETNA"));
            click(form, QStringLiteral("saveButton")); // shows the duplicate message
            saveShot(form, QStringLiteral("settings-form-payerForm"));
        });
        click(m_dialog.get(), QStringLiteral("editPayerButton"));
        QVERIFY(*found);
    }
};

QTEST_MAIN(tst_PayersEditor)
#include "tst_payerseditor.moc"
