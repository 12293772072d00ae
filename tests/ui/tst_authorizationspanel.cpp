// Prior authorizations as the desk handles them: the patient's panel (standing today, the list,
// Add…, Edit…, Remove), the form typed into with its inline messages, and the list of
// authorizations to renew with its CSV. "Today" is Wednesday Nov 25, 2026.
#include "authorizationdialog.h"
#include "authorizationspanel.h"
#include "authorizationtablemodel.h"
#include "expiringauthorizationsdialog.h"
#include "expiringauthorizationtablemodel.h"
#include "settingstestsupport.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "theme.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;
using Test::child;
using Test::TempClinic;
using State = AuthorizationStanding::State;

namespace {

const QDate kToday = Test::fixedToday();


// Types a date as the desk writes it (12/24/2026) over what the field holds.
void typeDate(QWidget *dialog, const QString &field, const QString &text)
{
    auto *edit = child<QDateEdit>(dialog, field);
    QVERIFY2(edit, qPrintable(field));
    edit->setFocus();
    edit->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClicks(edit, text);
}

Authorization auth(qint64 patientId, const QString &number, QDate from, QDate to, int visits = 0)
{
    Authorization a;
    a.patientId = patientId;
    a.payer = QStringLiteral("Aetna");
    a.number = number;
    a.validFrom = from;
    a.validTo = to;
    a.approvedVisits = visits;
    return a;
}

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

} // namespace

class tst_AuthorizationsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shouldOfferNothingWithoutAPatient();
    void shouldAddOneTypedIntoTheForm();
    void shouldShowTheErrorUnderTheDatesAndKeepTheFormOpen();
    void shouldShowTheErrorUnderTheNumberForADoubleEntry();
    void shouldEditTheSelectedOne();
    void shouldRemoveOnlyWhenConfirmed();
    void shouldSayWhyATreatmentTodayIsNotCovered();
    void shouldSayWhenOneIsRunningOut();
    void shouldNeedNothingForSelfPay();
    void shouldGreyExpiredOnesAndSaySo();
    void shouldPassTheModelTester();
    void shouldListThoseToRenew();
    void shouldCopyAndSaveTheListAsCsv();
    void shouldOpenThePatientFromTheList();

private:
    Patient addPatient(const QString &first, const QString &last, const QString &payer);

    std::unique_ptr<TempClinic> m_clinic;
    std::unique_ptr<Ui::AuthorizationsPanel> m_panel;
    QStringList m_questions;
    bool m_answer = true;
};

void tst_AuthorizationsPanel::initTestCase()
{
    Test::fixEnvironment();
}

void tst_AuthorizationsPanel::init()
{
    m_clinic = std::make_unique<TempClinic>();
    QVERIFY2(m_clinic->isValid(), qPrintable(m_clinic->errorMessage()));
    m_panel = std::make_unique<Ui::AuthorizationsPanel>(m_clinic->context().authorizations());
    m_questions.clear();
    m_answer = true;
    m_panel->setConfirmer([this](QWidget *, const Ui::Question &question) {
        m_questions << question.objectName;
        return m_answer;
    });
    m_panel->resize(860, 300);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_AuthorizationsPanel::cleanup()
{
    m_panel.reset();
    m_clinic.reset();
}

Patient tst_AuthorizationsPanel::addPatient(const QString &first, const QString &last,
                                            const QString &payer)
{
    Patient draft =
        TempClinic::draft(first, last, QDate(1975, 3, 14), QStringLiteral("5034058718"));
    draft.insurance.payer = payer;
    auto created = m_clinic->patients().create(draft);
    return created ? created.value() : Patient{};
}

void tst_AuthorizationsPanel::shouldOfferNothingWithoutAPatient()
{
    QVERIFY(!child<QPushButton>(m_panel.get(), "addAuthorizationButton")->isEnabled());
    QVERIFY(!child<QPushButton>(m_panel.get(), "editAuthorizationButton")->isEnabled());
    QVERIFY(!child<QPushButton>(m_panel.get(), "removeAuthorizationButton")->isEnabled());
    QVERIFY(!child<QLabel>(m_panel.get(), "authorizationStanding")->isVisible());
}

void tst_AuthorizationsPanel::shouldAddOneTypedIntoTheForm()
{
    // given: Ann, insured by Aetna, with nothing on file
    const Patient ann = addPatient("Ann", "Lee", "Aetna");
    QVERIFY(ann.id > 0);
    m_panel->setPatient(ann.id);
    QCOMPARE(Test::shown(m_panel.get(), "authorizationStanding"),
             QStringLiteral("\u26a0 No authorization"));
    QSignalSpy changed(m_panel.get(), &Ui::AuthorizationsPanel::authorizationsChanged);

    // when: the form is typed in as a receptionist does
    QString payerShown;
    auto found = Test::onNextDialog("authorizationDialog", [&](QDialog *form) {
        payerShown = child<QComboBox>(form, "payer")->currentText();
        Test::typeText(child<QLineEdit>(form, "number"), "PA-778812");
        auto *covers = child<QComboBox>(form, "covers");
        covers->setCurrentIndex(covers->findText("Drug and procedure"));
        typeDate(form, "validFrom", "11/01/2026");
        typeDate(form, "validTo", "04/30/2027");
        Test::retype(child<QSpinBox>(form, "approvedVisits"), "4");
        Test::retype(child<QSpinBox>(form, "approvedUnits"), "800");
        QVERIFY(Test::saveShot(form, "authorization-dialog.png"));
        Test::click(form, "saveButton");
    });
    Test::click(m_panel.get(), "addAuthorizationButton");

    // then
    QVERIFY(*found);
    QCOMPARE(payerShown, QStringLiteral("Aetna")); // from the patient's insurance
    const auto stored = m_clinic->context().authorizations().forPatient(ann.id);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    const Authorization a = stored->constFirst();
    QCOMPARE(a.payer, QStringLiteral("Aetna"));
    QCOMPARE(a.number, QStringLiteral("PA-778812"));
    QCOMPARE(a.validFrom, QDate(2026, 11, 1));
    QCOMPARE(a.validTo, QDate(2027, 4, 30));
    QCOMPARE(a.approvedVisits, 4);
    QCOMPARE(a.approvedUnits, 800);
    auto *model = m_panel->model();
    QCOMPARE(model->rowCount(), 1);
    using Column = Ui::AuthorizationTableModel::Column;
    QCOMPARE(model->index(0, Column::Number).data().toString(), QStringLiteral("PA-778812"));
    QCOMPARE(model->index(0, Column::Valid).data().toString(),
             QStringLiteral("11/01/2026\u201304/30/2027"));
    QCOMPARE(model->index(0, Column::Visits).data().toString(), QStringLiteral("0 of 4"));
    QCOMPARE(model->index(0, Column::Units).data().toString(), QStringLiteral("0 of 800"));
    QCOMPARE(model->index(0, Column::Standing).data().toString(),
             QStringLiteral("Valid to Apr 30 \u00b7 4 visits left"));
    QCOMPARE(Test::shown(m_panel.get(), "authorizationStanding"),
             QStringLiteral("\u2713 Valid to Apr 30 \u00b7 4 visits left"));
    QCOMPARE(Test::shown(m_panel.get(), "authorizationMessage"),
             QStringLiteral("\u2713 Aetna PA-778812 added."));
    QCOMPARE(changed.count(), 1);
    // The new row is selected, ready to edit.
    QVERIFY(child<QPushButton>(m_panel.get(), "editAuthorizationButton")->isEnabled());
    QVERIFY(Test::saveShot(m_panel.get(), "authorizations-panel.png"));
}

void tst_AuthorizationsPanel::shouldShowTheErrorUnderTheDatesAndKeepTheFormOpen()
{
    const Patient ann = addPatient("Ann", "Lee", "Aetna");
    m_panel->setPatient(ann.id);

    QString errorShown;
    bool stayedOpen = false;
    bool closedAfterFix = false;
    auto found = Test::onNextDialog("authorizationDialog", [&](QDialog *form) {
        Test::typeText(child<QLineEdit>(form, "number"), "PA-1");
        typeDate(form, "validFrom", "03/01/2027");
        typeDate(form, "validTo", "02/01/2027");
        Test::click(form, "saveButton");
        errorShown = Test::shown(form, "error_validTo");
        stayedOpen = form->isVisible();
        QTest::qWait(20); // the form makes room for the message
        QVERIFY(Test::saveShot(form, "authorization-dialog-error.png"));
        // Correcting the date takes the message away and saves.
        typeDate(form, "validTo", "08/31/2027");
        QCOMPARE(child<QDateEdit>(form, "validTo")->date(), QDate(2027, 8, 31));
        QVERIFY(Test::shown(form, "error_validTo").isEmpty());
        Test::click(form, "saveButton");
        closedAfterFix = !form->isVisible();
    });
    Test::click(m_panel.get(), "addAuthorizationButton");

    QVERIFY(*found);
    QCOMPARE(errorShown, QStringLiteral("Valid to (Feb 1, 2027) is before valid from (Mar 1, "
                                        "2027)."));
    QVERIFY(stayedOpen);
    QVERIFY(closedAfterFix);
    QCOMPARE(m_clinic->context().authorizations().forPatient(ann.id)->size(), 1);
}

void tst_AuthorizationsPanel::shouldShowTheErrorUnderTheNumberForADoubleEntry()
{
    const Patient ann = addPatient("Ann", "Lee", "Aetna");
    QVERIFY(m_clinic->context().authorizations().add(
        auth(ann.id, "PA-1", QDate(2026, 6, 1), QDate(2027, 5, 31))));
    m_panel->setPatient(ann.id);

    QString errorShown;
    auto found = Test::onNextDialog("authorizationDialog", [&](QDialog *form) {
        Test::typeText(child<QLineEdit>(form, "number"), "pa-1");
        Test::click(form, "saveButton");
        errorShown = Test::shown(form, "error_number");
    });
    Test::click(m_panel.get(), "addAuthorizationButton");

    QVERIFY(*found);
    QCOMPARE(errorShown, QStringLiteral("Aetna PA-1 is already on file for Ann Lee."));
    QCOMPARE(m_clinic->context().authorizations().forPatient(ann.id)->size(), 1);
}

void tst_AuthorizationsPanel::shouldEditTheSelectedOne()
{
    const Patient ann = addPatient("Ann", "Lee", "Aetna");
    QVERIFY(m_clinic->context().authorizations().add(
        auth(ann.id, "PA-1", QDate(2026, 6, 1), QDate(2027, 5, 31), 4)));
    m_panel->setPatient(ann.id);
    auto *table = child<QTableView>(m_panel.get(), "authorizationTable");
    QVERIFY(Test::clickRow(table, "Aetna"));

    QString title;
    auto found = Test::onNextDialog("authorizationDialog", [&](QDialog *form) {
        title = form->windowTitle();
        Test::retype(child<QLineEdit>(form, "number"), "PA-1B");
        auto *covers = child<QComboBox>(form, "covers");
        covers->setCurrentIndex(covers->findText("Drug"));
        Test::click(form, "saveButton");
    });
    Test::click(m_panel.get(), "editAuthorizationButton");

    QVERIFY(*found);
    QCOMPARE(title, QStringLiteral("Edit authorization \u2014 Aetna PA-1"));
    const Authorization a = m_clinic->context().authorizations().forPatient(ann.id)->constFirst();
    QCOMPARE(a.number, QStringLiteral("PA-1B"));
    QCOMPARE(a.covers, AuthorizationCovers::Drug);
    QCOMPARE(a.approvedVisits, 4);
    // Drug only: the desk is told the procedure is not covered.
    QCOMPARE(Test::shown(m_panel.get(), "authorizationStanding"),
             QStringLiteral("\u26a0 Procedure not covered"));
}

void tst_AuthorizationsPanel::shouldRemoveOnlyWhenConfirmed()
{
    const Patient ann = addPatient("Ann", "Lee", "Aetna");
    QVERIFY(m_clinic->context().authorizations().add(
        auth(ann.id, "PA-1", QDate(2026, 6, 1), QDate(2027, 5, 31))));
    m_panel->setPatient(ann.id);
    auto *table = child<QTableView>(m_panel.get(), "authorizationTable");

    m_answer = false;
    QVERIFY(Test::clickRow(table, "Aetna"));
    Test::click(m_panel.get(), "removeAuthorizationButton");
    QCOMPARE(m_questions, QStringList{"removeAuthorizationQuestion"});
    QCOMPARE(m_panel->model()->rowCount(), 1);

    m_answer = true;
    Test::click(m_panel.get(), "removeAuthorizationButton");
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY(m_clinic->context().authorizations().forPatient(ann.id)->isEmpty());
    QCOMPARE(Test::shown(m_panel.get(), "authorizationMessage"),
             QStringLiteral("Aetna PA-1 removed."));
    QVERIFY(!child<QPushButton>(m_panel.get(), "removeAuthorizationButton")->isEnabled());
}

void tst_AuthorizationsPanel::shouldSayWhyATreatmentTodayIsNotCovered()
{
    const Patient ann = addPatient("Ann", "Lee", "Aetna");
    QVERIFY(m_clinic->context().authorizations().add(
        auth(ann.id, "PA-1", QDate(2026, 1, 1), QDate(2026, 10, 31))));

    m_panel->setPatient(ann.id);

    QCOMPARE(Test::shown(m_panel.get(), "authorizationStanding"),
             QStringLiteral("\u26a0 No authorization"));
    QCOMPARE(Test::shown(m_panel.get(), "authorizationReason"),
             QStringLiteral("A treatment today is not covered: No authorization valid on Nov 25, "
                            "2026 (Aetna PA-1 ended Oct 31)."));
    QCOMPARE(m_panel->standing().state, State::Missing);
}

void tst_AuthorizationsPanel::shouldSayWhenOneIsRunningOut()
{
    const Patient ann = addPatient("Ann", "Lee", "Aetna");
    QVERIFY(m_clinic->context().authorizations().add(
        auth(ann.id, "PA-1", QDate(2026, 6, 1), kToday.addDays(12))));

    m_panel->setPatient(ann.id);

    QCOMPARE(Test::shown(m_panel.get(), "authorizationStanding"),
             QStringLiteral("\u26a0 Expires in 12 days"));
    QCOMPARE(Test::shown(m_panel.get(), "authorizationReason"),
             QStringLiteral("Aetna PA-1 ends on Dec 7, 2026. Ask the payer for a renewal."));
    QVERIFY(Test::saveShot(m_panel.get(), "authorizations-panel-expiring.png"));
}

void tst_AuthorizationsPanel::shouldNeedNothingForSelfPay()
{
    const Patient bo = addPatient("Bo", "Jones", "Self-pay");
    m_panel->setPatient(bo.id);
    QCOMPARE(Test::shown(m_panel.get(), "authorizationStanding"), QStringLiteral("Self-pay"));
    QVERIFY(Test::shown(m_panel.get(), "authorizationReason").isEmpty());
    // Self-pay: the form does not suggest a payer.
    QString payerShown = QStringLiteral("unset");
    auto found = Test::onNextDialog("authorizationDialog", [&](QDialog *form) {
        payerShown = child<QComboBox>(form, "payer")->currentText();
    });
    Test::click(m_panel.get(), "addAuthorizationButton");
    QVERIFY(*found);
    QCOMPARE(payerShown, QString());
}

void tst_AuthorizationsPanel::shouldGreyExpiredOnesAndSaySo()
{
    const Patient ann = addPatient("Ann", "Lee", "Aetna");
    QVERIFY(m_clinic->context().authorizations().add(
        auth(ann.id, "OLD", QDate(2025, 11, 1), QDate(2026, 10, 31))));
    QVERIFY(m_clinic->context().authorizations().add(
        auth(ann.id, "NOW", QDate(2026, 11, 1), QDate(2027, 10, 31), 4)));

    m_panel->setPatient(ann.id);

    using Model = Ui::AuthorizationTableModel;
    const QAbstractItemModel *model = m_panel->model();
    QCOMPARE(column(model, Model::Number), QStringList({"NOW", "OLD"}));
    QCOMPARE(column(model, Model::Standing),
             QStringList({"Valid to Oct 31, 2027 \u00b7 4 visits left", "Expired Oct 31"}));
    QVERIFY(model->index(1, Model::Number).data(Model::ExpiredRole).toBool());
    QVERIFY(!model->index(0, Model::Number).data(Model::ExpiredRole).toBool());
    for (int c = 0; c < Model::ColumnCount; ++c) {
        QCOMPARE(model->index(1, c).data(Qt::ForegroundRole).value<QColor>(),
                 Ui::Theme::inactiveText);
        QVERIFY(!model->index(0, c).data(Qt::ForegroundRole).isValid());
    }
    QCOMPARE(model->index(1, Model::Standing).data(Model::StateRole).toInt(), int(State::Missing));
    QVERIFY(model->index(1, Model::Payer)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Aetna OLD ended on Oct 31, 2026")));
}

void tst_AuthorizationsPanel::shouldPassTheModelTester()
{
    const Patient ann = addPatient("Ann", "Lee", "Aetna");
    Ui::AuthorizationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Ui::ExpiringAuthorizationTableModel expiring;
    QAbstractItemModelTester expiringTester(&expiring,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuthorizationService &service = m_clinic->context().authorizations();
    // A's one visit left lists it even though B carries on from its end date.
    QVERIFY(service.add(auth(ann.id, "A", QDate(2026, 1, 1), kToday.addDays(3), 1)));
    QVERIFY(service.add(auth(ann.id, "B", QDate(2026, 1, 1), kToday.addDays(20))));

    model.setAuthorizations(service.forPatient(ann.id).value(), kToday, 28);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(Ui::AuthorizationTableModel::ColumnCount));
    QCOMPARE(model.rowOf(model.authorizationAt(1)->id), 1);
    QCOMPARE(model.rowOf(4242), -1);
    QCOMPARE(model.authorizationAt(2), nullptr);
    QCOMPARE(model.headerData(Ui::AuthorizationTableModel::Standing, Qt::Horizontal).toString(),
             QStringLiteral("Standing"));
    model.setAuthorizations({}, kToday, 28);
    QCOMPARE(model.rowCount(), 0);

    expiring.setRows(service.expiring().value());
    QCOMPARE(expiring.rowCount(), 2);
    QCOMPARE(expiring.columnCount(), int(Ui::ExpiringAuthorizationTableModel::ColumnCount));
    QCOMPARE(expiring.rowAt(0)->authorization.number, QStringLiteral("A"));
    QCOMPARE(
        expiring.index(0, 0).data(Ui::ExpiringAuthorizationTableModel::PatientIdRole).toLongLong(),
        ann.id);
    expiring.setRows({});
    QCOMPARE(expiring.rowCount(), 0);
}

void tst_AuthorizationsPanel::shouldListThoseToRenew()
{
    // given: Ann's ends in 12 days, Bo's has one visit left, Cy's ends in 40 days
    const Patient ann = addPatient("Ann", "Lee", "Aetna");
    const Patient bo = addPatient("Bo", "Jones", "Moda");
    const Patient cy = addPatient("Cy", "Park", "Aetna");
    AuthorizationService &service = m_clinic->context().authorizations();
    QVERIFY(service.add(auth(ann.id, "ANN-1", QDate(2026, 6, 1), kToday.addDays(12))));
    QVERIFY(service.add(auth(bo.id, "BO-1", QDate(2026, 6, 1), QDate(2027, 5, 31), 1)));
    QVERIFY(service.add(auth(cy.id, "CY-1", QDate(2026, 6, 1), kToday.addDays(40))));

    // when
    Ui::ExpiringAuthorizationsDialog dialog(service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // then: the clinic's lead time, 28 days
    using Column = Ui::ExpiringAuthorizationTableModel::Column;
    const QAbstractItemModel *model = dialog.model();
    QCOMPARE(child<QSpinBox>(&dialog, "withinDays")->value(), 28);
    QCOMPARE(column(model, Column::Patient), QStringList({"Lee, Ann", "Jones, Bo"}));
    QCOMPARE(column(model, Column::Phone), QStringList({"(503) 405-8718", "(503) 405-8718"}));
    QCOMPARE(column(model, Column::Number), QStringList({"ANN-1", "BO-1"}));
    QCOMPARE(column(model, Column::Ends), QStringList({"Dec 7, 2026", "May 31, 2027"}));
    QCOMPARE(column(model, Column::VisitsLeft), QStringList({"No limit", "1"}));
    QCOMPARE(column(model, Column::Why), QStringList({"Expires Dec 7, 2026", "1 visit left"}));
    QCOMPARE(Test::shown(&dialog, "expiringSummary"),
             QStringLiteral("2 authorizations valid today end by Dec 23, 2026 or are down to "
                            "their last visit: ask for renewals."));
    QVERIFY(Test::saveShot(&dialog, "expiring-authorizations.png"));

    // Looking further ahead, as typed.
    Test::retype(child<QSpinBox>(&dialog, "withinDays"), "45");
    QCOMPARE(column(model, Column::Number), QStringList({"ANN-1", "CY-1", "BO-1"}));
    Test::retype(child<QSpinBox>(&dialog, "withinDays"), "0");
    QCOMPARE(column(model, Column::Number), QStringList({"BO-1"}));
}

void tst_AuthorizationsPanel::shouldCopyAndSaveTheListAsCsv()
{
    const Patient ann = addPatient("Ann", "Lee", "Aetna");
    AuthorizationService &service = m_clinic->context().authorizations();
    Authorization risky = auth(ann.id, "=1+2", QDate(2026, 6, 1), kToday.addDays(12));
    risky.payer = QStringLiteral("@Payer");
    QVERIFY(service.add(risky));
    Ui::ExpiringAuthorizationsDialog dialog(service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString expected =
        QStringLiteral("Patient,MRN,Phone,Payer,Number,Covers,Valid from,Valid to,Visits left,"
                       "Units left,Why\r\n\"Lee, Ann\",%1,(503) 405-8718,'@Payer,'=1+2,Drug and "
                       "procedure,2026-06-01,2026-12-07,No limit,No limit,\"Expires Dec 7, "
                       "2026\"\r\n")
            .arg(ann.mrn);

    QGuiApplication::clipboard()->clear();
    Test::click(&dialog, "copyCsvButton");
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QVERIFY(Test::shown(&dialog, "expiringMessage").startsWith(QStringLiteral("\u2713 Copied")));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("renew.csv"));
    QString suggested;
    dialog.setFileChooser([&](QWidget *, const QString &s) {
        suggested = s;
        return file;
    });
    Test::click(&dialog, "saveCsvButton");
    QVERIFY(suggested.endsWith(QStringLiteral("authorizations-to-renew-2026-11-25.csv")));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("\xEF\xBB\xBF") + expected.toUtf8());
    QCOMPARE(Test::shown(&dialog, "expiringMessage"),
             QStringLiteral("\u2713 Saved to %1.").arg(QDir::toNativeSeparators(file)));

    // Cancelling the file question writes nothing.
    dialog.setFileChooser([](QWidget *, const QString &) { return QString(); });
    QVERIFY(!dialog.saveCsv());

    // Nothing to renew: nothing to copy.
    dialog.setWithinDays(3);
    QVERIFY(!child<QPushButton>(&dialog, "copyCsvButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "saveCsvButton")->isEnabled());
    QVERIFY(Test::shown(&dialog, "expiringSummary").startsWith(QStringLiteral("Nothing to renew")));
}

void tst_AuthorizationsPanel::shouldOpenThePatientFromTheList()
{
    const Patient ann = addPatient("Ann", "Lee", "Aetna");
    QVERIFY(m_clinic->context().authorizations().add(
        auth(ann.id, "ANN-1", QDate(2026, 6, 1), kToday.addDays(12))));
    Ui::ExpiringAuthorizationsDialog dialog(m_clinic->context().authorizations());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy chosen(&dialog, &Ui::ExpiringAuthorizationsDialog::patientChosen);
    auto *table = child<QTableView>(&dialog, "expiringTable");
    const QRect cell = table->visualRect(table->model()->index(0, 0));

    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(chosen.count(), 0); // a single click only selects
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());

    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toLongLong(), ann.id);
}

QTEST_MAIN(tst_AuthorizationsPanel)
#include "tst_authorizationspanel.moc"
