// Blocked time as the office manager keeps it: lunches, meetings, leave and holidays added and
// removed through the settings dialog's Blocked time page, and read back through the schedule
// set-up service.

#include "blockedtimetablemodel.h"
#include "settingstestsupport.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>

using namespace ClinicDesk;
using namespace ClinicDesk::Test;

class tst_BlockedTimeEditor : public QObject, private Test::SettingsFixture
{
    Q_OBJECT

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

    void shouldAddAWeeklyLunchAndAOneOffHolidayForTheWholeClinic()
    {
        openOn(Page::BlockedTime);
        onNextDialog(QStringLiteral("blockForm"), [](QDialog *form) {
            QCOMPARE(child<QComboBox>(form, QStringLiteral("blockWho"))->currentText(),
                     QStringLiteral("Whole clinic"));
            click(form, QStringLiteral("blockWeekly"));
            QVERIFY(child<QCheckBox>(form, QStringLiteral("blockNoEnd"))->isChecked());
            retype(child<QComboBox>(form, QStringLiteral("blockReason")), QStringLiteral("Lunch"));
            click(form, QStringLiteral("saveButton"));
        });
        click(m_dialog.get(), QStringLiteral("addBlockButton"));

        onNextDialog(QStringLiteral("blockForm"), [](QDialog *form) {
            typeInto(child<QDateEdit>(form, QStringLiteral("blockFirstDate")),
                     QStringLiteral("12/24/2026"));
            typeInto(child<QDateEdit>(form, QStringLiteral("blockLastDate")),
                     QStringLiteral("12/25/2026"));
            click(form, QStringLiteral("blockAllDay"));
            retype(child<QComboBox>(form, QStringLiteral("blockReason")),
                   QStringLiteral("Holiday"));
            click(form, QStringLiteral("saveButton"));
        });
        click(m_dialog.get(), QStringLiteral("addBlockButton"));

        const QDate today = Test::fixedToday();
        const QList<Core::BlockedTime> blocks =
            schedule().blocks(today, today.addDays(365)).value();
        QCOMPARE(blocks.size(), 2);
        const Core::BlockedTime &lunch = blocks[0];
        QCOMPARE(lunch.reason, QStringLiteral("Lunch"));
        QVERIFY(lunch.weekly);
        QCOMPARE(lunch.firstDate, today);
        QVERIFY(!lunch.lastDate.isValid());
        QCOMPARE(lunch.startMinute, 12 * 60);
        QCOMPARE(lunch.endMinute, 13 * 60);
        QCOMPARE(lunch.providerId, qint64(0));
        QCOMPARE(lunch.roomId, qint64(0));
        const Core::BlockedTime &holiday = blocks[1];
        QCOMPARE(holiday.reason, QStringLiteral("Holiday"));
        QVERIFY(!holiday.weekly);
        QCOMPARE(holiday.firstDate, QDate(2026, 12, 24));
        QCOMPARE(holiday.lastDate, QDate(2026, 12, 25));
        QCOMPARE(holiday.startMinute, 0);
        QCOMPARE(holiday.endMinute, 24 * 60);
        QCOMPARE(holiday.providerId + holiday.roomId, qint64(0));

        QTableView *list = table("blocksTable");
        QCOMPARE(list->model()->rowCount(), 2);
        QCOMPARE(list->model()->index(0, Ui::BlockedTimeTableModel::When).data().toString(),
                 QStringLiteral("Every Wednesday from Nov 25, 2026, no end"));
        QCOMPARE(list->model()->index(1, Ui::BlockedTimeTableModel::When).data().toString(),
                 QStringLiteral("Dec 24, 2026 \u2013 Dec 25, 2026"));
        QCOMPARE(list->model()->index(1, Ui::BlockedTimeTableModel::Time).data().toString(),
                 QStringLiteral("All day"));
    }

    void shouldBlockAProviderFromTheList()
    {
        openOn(Page::BlockedTime);
        const Core::Provider kim = storedProvider(QStringLiteral("Sarah Kim"));
        onNextDialog(QStringLiteral("blockForm"), [](QDialog *form) {
            auto *who = child<QComboBox>(form, QStringLiteral("blockWho"));
            who->setCurrentIndex(who->findText(QStringLiteral("Sarah Kim, NP")));
            retype(child<QComboBox>(form, QStringLiteral("blockReason")),
                   QStringLiteral("Staff meeting"));
            setTime(child<QTimeEdit>(form, QStringLiteral("blockStart")), QStringLiteral("7:30"));
            setTime(child<QTimeEdit>(form, QStringLiteral("blockEnd")), QStringLiteral("8:30"));
            click(form, QStringLiteral("saveButton"));
        });
        click(m_dialog.get(), QStringLiteral("addBlockButton"));
        const auto blocks = schedule().blocks(Test::fixedToday(), Test::fixedToday()).value();
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks[0].providerId, kim.id);
        QCOMPARE(blocks[0].startMinute, 7 * 60 + 30);
        QCOMPARE(blocks[0].endMinute, 8 * 60 + 30);
        QCOMPARE(blocks[0].reason, QStringLiteral("Staff meeting"));
        QCOMPARE(table("blocksTable")->model()->index(0, 0).data().toString(),
                 QStringLiteral("Sarah Kim, NP"));
    }

    void shouldRefuseABlockEndingBeforeItStarts()
    {
        openOn(Page::BlockedTime);
        QString error;
        onNextDialog(QStringLiteral("blockForm"), [&](QDialog *form) {
            setTime(child<QTimeEdit>(form, QStringLiteral("blockStart")), QStringLiteral("14:00"));
            setTime(child<QTimeEdit>(form, QStringLiteral("blockEnd")), QStringLiteral("13:00"));
            click(form, QStringLiteral("saveButton"));
            error = shown(form, QStringLiteral("error_startTime"));
        });
        click(m_dialog.get(), QStringLiteral("addBlockButton"));
        QCOMPARE(error, QStringLiteral("The start must be before the end."));
        QVERIFY(schedule().blocks(Test::fixedToday(), Test::fixedToday().addDays(365))->isEmpty());
    }

    void shouldRemoveABlockOnlyAfterConfirming()
    {
        Core::BlockedTime meeting;
        meeting.firstDate = Test::fixedToday().addDays(7);
        meeting.startMinute = 8 * 60;
        meeting.endMinute = 9 * 60;
        meeting.reason = QStringLiteral("Meeting");
        QVERIFY(schedule().addBlock(meeting));
        openOn(Page::BlockedTime);
        QTableView *list = table("blocksTable");
        QCOMPARE(list->model()->rowCount(), 1);
        QVERIFY(clickRow(list, QStringLiteral("Whole clinic")));

        m_answer = false;
        click(m_dialog.get(), QStringLiteral("removeBlockButton"));
        QCOMPARE(m_questions, QStringList{QStringLiteral("removeBlockQuestion")});
        QCOMPARE(schedule().blocks(meeting.firstDate, meeting.firstDate)->size(), 1);

        m_answer = true;
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(schedule().blocks(meeting.firstDate, meeting.firstDate)->isEmpty());
        QCOMPARE(list->model()->rowCount(), 0);
    }
};

QTEST_MAIN(tst_BlockedTimeEditor)
#include "tst_blockedtimeeditor.moc"
