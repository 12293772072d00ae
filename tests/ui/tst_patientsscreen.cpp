// Finding patients while the caller waits: the search box, the results, the details beside them
// and the actions on the selected patient.
#include "patientdialog.h"
#include "patientsscreen.h"
#include "patienttablemodel.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <memory>

using namespace ClinicDesk;
using Ui::PatientsScreen;
using Ui::PatientTableModel;

class tst_PatientsScreen : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempClinic> m_clinic;
    std::unique_ptr<PatientsScreen> m_screen;
    Core::Patient m_ann;
    Core::Patient m_inactive;

    QLineEdit *searchBox()
    {
        return m_screen->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    }
    QTableView *table()
    {
        return m_screen->findChild<QTableView *>(QStringLiteral("patientTable"));
    }
    QString labelText(const char *name)
    {
        auto *label = m_screen->findChild<QLabel *>(QString::fromLatin1(name));
        return label && label->isVisible() ? label->text() : QString();
    }
    // The Name column as the table shows it, top to bottom.
    QStringList shownNames()
    {
        QStringList names;
        const QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, PatientTableModel::Name).data().toString();
        return names;
    }
    QString selectedName()
    {
        const QModelIndexList rows =
            table()->selectionModel()->selectedRows(PatientTableModel::Name);
        return rows.isEmpty() ? QString() : rows.constFirst().data().toString();
    }
    // Types into the search box and waits for the results to settle (searches run on a timer).
    void search(const QString &text)
    {
        QLineEdit *box = searchBox();
        box->setFocus();
        box->selectAll();
        QTest::keyClick(box, Qt::Key_Backspace);
        Test::typeText(box, text);
        // Past the typing pause, so that "nothing found" is the search's answer, not a table
        // that was empty before it ran.
        QTest::qWait(PatientsScreen::kSearchDelayMs * 3);
    }
    Core::Patient add(const QString &first, const QString &last, QDate dob,
                      const QString &mobile = {})
    {
        return m_clinic->add(first, last, dob, mobile);
    }

private slots:
    void initTestCase() { Test::fixEnvironment(); }

    void init()
    {
        m_clinic = std::make_unique<Test::TempClinic>();
        QVERIFY2(m_clinic->isValid(), qPrintable(m_clinic->errorMessage()));
        m_ann = add(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1975, 3, 14),
                    QStringLiteral("5034058718"));
        add(QStringLiteral("Brian"), QStringLiteral("Leeds"), QDate(1980, 5, 1),
            QStringLiteral("9715550101"));
        add(QStringLiteral("Siobhan"), QStringLiteral("O'Brien"), QDate(1962, 7, 9));
        add(QStringLiteral("José"), QStringLiteral("Núñez"), QDate(1990, 1, 31));
        add(QStringLiteral("Zoë"), QStringLiteral("Martin"), QDate(2001, 2, 3));
        add(QStringLiteral("Mary"), QStringLiteral("Smith-Jones"), QDate(1955, 12, 24));
        m_inactive = add(QStringLiteral("Olga"), QStringLiteral("Petrov"), QDate(1948, 4, 4));
        QVERIFY(m_ann.id > 0 && m_inactive.id > 0);
        QVERIFY(m_clinic->patients().setActive(m_inactive.id, false).ok());

        m_screen = std::make_unique<PatientsScreen>(m_clinic->patients());
        m_screen->resize(1200, 700);
        m_screen->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    }

    void cleanup()
    {
        m_screen.reset();
        m_clinic.reset();
    }

    void shouldFindPatientsAsTheUserTypes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        const QStringList ann{QStringLiteral("Lee, Ann")};
        QTest::newRow("apostrophe left out") << "obr" << QStringList{"O'Brien, Siobhan"};
        QTest::newRow("apostrophe typed") << "o'brien" << QStringList{"O'Brien, Siobhan"};
        QTest::newRow("accents left out") << "nunez" << QStringList{"Núñez, José"};
        QTest::newRow("diaeresis left out") << "zoe" << QStringList{"Martin, Zoë"};
        QTest::newRow("hyphenated") << "smith-j" << QStringList{"Smith-Jones, Mary"};
        QTest::newRow("last, first") << "lee, a" << ann;
        QTest::newRow("last name prefix") << "lee" << QStringList{"Lee, Ann", "Leeds, Brian"};
        QTest::newRow("first last") << "ann lee" << ann;
        QTest::newRow("date of birth") << "3/14/1975" << ann;
        QTest::newRow("date of birth two-digit year") << "03/14/75" << ann;
        QTest::newRow("ISO date of birth") << "1975-03-14" << ann;
        QTest::newRow("phone start") << "503405" << ann;
        QTest::newRow("phone as written") << "(503) 405-87" << ann;
        QTest::newRow("phone last four") << "8718" << ann;
        QTest::newRow("record number") << "{mrn}" << ann;
        QTest::newRow("nobody") << "xyzzy" << QStringList{};
    }

    void shouldFindPatientsAsTheUserTypes()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        search(typed.replace(QStringLiteral("{mrn}"), m_ann.mrn));
        QTRY_COMPARE(shownNames(), expected);
        if (expected.isEmpty()) {
            QVERIFY(labelText("resultCount").startsWith(QStringLiteral("No active patient")));
        } else {
            QCOMPARE(labelText("resultCount"),
                     expected.size() == 1 ? QStringLiteral("1 patient")
                                          : QStringLiteral("%1 patients").arg(expected.size()));
            // the best match is selected, ready for Enter
            QCOMPARE(selectedName(), expected.constFirst());
        }
    }

    void shouldFindNothingForSqlTextAndKeepEveryPatient()
    {
        const int before = m_clinic->patients().count().value();
        search(QStringLiteral("'; DROP TABLE patients; --"));
        QTRY_VERIFY(labelText("resultCount").startsWith(QStringLiteral("No active patient")));
        QCOMPARE(shownNames(), QStringList{});
        QCOMPARE(m_clinic->patients().count().value(), before);
        search(QStringLiteral("lee, ann"));
        QTRY_COMPARE(shownNames(), QStringList{QStringLiteral("Lee, Ann")});
    }

    void shouldHideInactivePatientsUntilShowInactiveIsTicked()
    {
        // given
        search(QStringLiteral("petrov"));
        QTRY_VERIFY(labelText("resultCount").contains(QStringLiteral("Show inactive")));
        QCOMPARE(shownNames(), QStringList{});
        // when
        QTest::mouseClick(m_screen->findChild<QCheckBox *>(QStringLiteral("showInactive")),
                          Qt::LeftButton);
        // then the patient shows, marked in words
        QTRY_COMPARE(shownNames(), QStringList{QStringLiteral("Petrov, Olga")});
        QCOMPARE(table()->model()->index(0, PatientTableModel::Status).data().toString(),
                 QStringLiteral("Inactive"));
        auto *badge = m_screen->findChild<QLabel *>(QStringLiteral("detail_status"));
        QVERIFY(badge->isVisible());
        QVERIFY(badge->text().contains(QStringLiteral("Inactive")));
        QCOMPARE(m_screen->findChild<QPushButton *>(QStringLiteral("activeButton"))->text(),
                 QStringLiteral("Reactivate…"));
    }

    void shouldShowAtMost200AndSayThereAreMore_data()
    {
        QTest::addColumn<int>("extraLees");
        QTest::addColumn<int>("shown");
        QTest::addColumn<bool>("saysMore");
        // Lee, Ann and Leeds, Brian are already there.
        QTest::newRow("exactly 200") << 198 << 200 << false;
        QTest::newRow("201") << 199 << 200 << true;
        QTest::newRow("many more") << 400 << 200 << true;
    }

    void shouldShowAtMost200AndSayThereAreMore()
    {
        QFETCH(int, extraLees);
        QFETCH(int, shown);
        QFETCH(bool, saysMore);
        QList<Core::Patient> lees;
        for (int i = 0; i < extraLees; ++i)
            lees << Test::TempClinic::draft(QStringLiteral("Pat"), QStringLiteral("Lee"),
                                            QDate(1950, 1, 1).addDays(i));
        QVERIFY(m_clinic->patients().createMany(lees).ok());

        search(QStringLiteral("lee"));

        QTRY_COMPARE(table()->model()->rowCount(), shown);
        const QString more = labelText("moreMatches");
        QCOMPARE(!more.isEmpty(), saysMore);
        if (saysMore)
            QCOMPARE(more,
                     QStringLiteral("More than 200 matches — type more to narrow the search"));
    }

    void shouldMoveThroughResultsWithArrowsWithoutLeavingTheSearchBox()
    {
        QApplication::setActiveWindow(m_screen.get());
        search(QStringLiteral("lee"));
        QTRY_COMPARE(selectedName(), QStringLiteral("Lee, Ann"));
        QTest::keyClick(searchBox(), Qt::Key_Down);
        QCOMPARE(selectedName(), QStringLiteral("Leeds, Brian"));
        QTest::keyClick(searchBox(), Qt::Key_Down); // stays on the last row
        QCOMPARE(selectedName(), QStringLiteral("Leeds, Brian"));
        QTest::keyClick(searchBox(), Qt::Key_Up);
        QCOMPARE(selectedName(), QStringLiteral("Lee, Ann"));
        QCOMPARE(searchBox()->text(), QStringLiteral("lee"));
        QVERIFY(searchBox()->hasFocus());
    }

    void shouldShowTheSelectedPatientsDetails()
    {
        search(QStringLiteral("lee, ann"));
        QTRY_COMPARE(selectedName(), QStringLiteral("Lee, Ann"));
        auto text = [this](const char *name) {
            return m_screen->findChild<QLabel *>(QString::fromLatin1(name))->text();
        };
        QCOMPARE(text("detail_name"), QStringLiteral("Lee, Ann"));
        QCOMPARE(text("detail_mrn"), m_ann.mrn);
        QCOMPARE(text("detail_dateOfBirth"), QStringLiteral("03/14/1975 (51 years)"));
        QCOMPARE(text("detail_mobilePhone"), QStringLiteral("(503) 405-8718"));
        QCOMPARE(text("detail_status"), QStringLiteral("● Active"));
    }

    void shouldOpenTheSelectedPatientOnEnter()
    {
        QSignalSpy opened(m_screen.get(), &PatientsScreen::dialogOpened);
        search(QStringLiteral("obr"));
        QTRY_COMPARE(selectedName(), QStringLiteral("O'Brien, Siobhan"));
        QTest::keyClick(searchBox(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        auto *dialog = opened.constFirst().constFirst().value<Ui::PatientDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("lastName"))->text(),
                 QStringLiteral("O'Brien"));
        dialog->reject();
    }

    void shouldActOnTheLatestTextWhenEnterComesBeforeTheSearchRan()
    {
        QSignalSpy opened(m_screen.get(), &PatientsScreen::dialogOpened);
        // typed and Enter at once, quicker than the search timer
        searchBox()->setFocus();
        Test::typeText(searchBox(), QStringLiteral("nunez"));
        QTest::keyClick(searchBox(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        auto *dialog = opened.constFirst().constFirst().value<Ui::PatientDialog *>();
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("lastName"))->text(),
                 QStringLiteral("Núñez"));
        dialog->reject();
    }

    void shouldOpenAPatientOnDoubleClick()
    {
        QSignalSpy opened(m_screen.get(), &PatientsScreen::dialogOpened);
        search(QStringLiteral("lee"));
        QTRY_COMPARE(shownNames().size(), 2);
        const QRect second =
            table()->visualRect(table()->model()->index(1, PatientTableModel::Name));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(selectedName(), QStringLiteral("Leeds, Brian"));
        QCOMPARE(opened.size(), 0); // a single click only selects
        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(opened.size(), 1);
        auto *dialog = opened.constFirst().constFirst().value<Ui::PatientDialog *>();
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("lastName"))->text(),
                 QStringLiteral("Leeds"));
        dialog->reject();
    }

    void shouldShowANewPatientSelectedAfterSaving()
    {
        QSignalSpy changed(m_screen.get(), &PatientsScreen::patientsChanged);
        QSignalSpy opened(m_screen.get(), &PatientsScreen::dialogOpened);
        QTest::mouseClick(m_screen->findChild<QPushButton *>(QStringLiteral("newPatientButton")),
                          Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        auto *dialog = opened.constFirst().constFirst().value<Ui::PatientDialog *>();
        for (auto [field, text] : {std::pair{"firstName", "Ruth"}, std::pair{"lastName", "Lee"},
                                   std::pair{"dateOfBirth", "7/4/1966"}})
            Test::typeText(dialog->findChild<QLineEdit *>(QString::fromLatin1(field)),
                           QString::fromUtf8(text));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("lastName")), Qt::Key_Return);

        QCOMPARE(changed.size(), 1);
        QCOMPARE(selectedName(), QStringLiteral("Lee, Ruth"));
        QCOMPARE(searchBox()->text(), QStringLiteral("Lee, Ruth"));
        QVERIFY(labelText("screenMessage").startsWith(QStringLiteral("✓ Saved Lee, Ruth")));
    }

    void shouldMakeASelectedPatientInactiveOnlyAfterConfirming_data()
    {
        QTest::addColumn<bool>("confirmed");
        QTest::newRow("confirmed") << true;
        QTest::newRow("cancelled") << false;
    }

    void shouldMakeASelectedPatientInactiveOnlyAfterConfirming()
    {
        QFETCH(bool, confirmed);
        QString asked;
        m_screen->setConfirmer([&](QWidget *, const Ui::Question &question) {
            asked = question.text;
            return confirmed;
        });
        search(QStringLiteral("lee, ann"));
        QTRY_COMPARE(selectedName(), QStringLiteral("Lee, Ann"));

        QTest::mouseClick(m_screen->findChild<QPushButton *>(QStringLiteral("activeButton")),
                          Qt::LeftButton);

        QVERIFY2(asked.startsWith(QStringLiteral("Make Ann Lee (MRN ")), qPrintable(asked));
        QCOMPARE(m_clinic->patients().byId(m_ann.id)->active, !confirmed);
        QCOMPARE(table()->model()->index(0, PatientTableModel::Status).data().toString(),
                 confirmed ? QStringLiteral("Inactive") : QStringLiteral("Active"));
    }

    void shouldReactivateWithTheRealQuestionBox()
    {
        QTest::mouseClick(m_screen->findChild<QCheckBox *>(QStringLiteral("showInactive")),
                          Qt::LeftButton);
        search(QStringLiteral("petrov"));
        QTRY_COMPARE(selectedName(), QStringLiteral("Petrov, Olga"));
        QString question;
        Test::answerNextMessageBox(QStringLiteral("acceptButton"), &question);
        QTest::mouseClick(m_screen->findChild<QPushButton *>(QStringLiteral("activeButton")),
                          Qt::LeftButton);
        QVERIFY(question.startsWith(QStringLiteral("Reactivate Olga Petrov")));
        QCOMPARE(m_clinic->patients().byId(m_inactive.id)->active, true);
    }

    void shouldClearTheSearchOnEscape()
    {
        search(QStringLiteral("lee"));
        QTRY_COMPARE(shownNames().size(), 2);
        QTest::keyClick(searchBox(), Qt::Key_Escape);
        QCOMPARE(searchBox()->text(), QString());
        QTRY_COMPARE(shownNames(), QStringList{});
    }
};

QTEST_MAIN(tst_PatientsScreen)
#include "tst_patientsscreen.moc"
