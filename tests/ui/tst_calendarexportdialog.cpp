// Schedule ▸ Export calendar… as the desk uses it: the provider and days chosen in the dialog,
// how many visits they hold, the refusals shown in the dialog, and the .ics file written where
// the file question says, with patient names only when the box is ticked.
#include "calendarexportdialog.h"
#include "icalendarreader.h"
#include "mainwindow.h"
#include "schedulefixture.h"
#include "uitestsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

using namespace ClinicDesk;

class tst_CalendarExportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::ScheduleFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_questions = 0; // how often the file question was put

    std::unique_ptr<Ui::CalendarExportDialog> openDialog(const QString &answer)
    {
        auto dialog = std::make_unique<Ui::CalendarExportDialog>(m_fixture->appointments(),
                                                                 m_fixture->clinic.setup());
        dialog->setFileChooser([this, answer](QWidget *, const QString &suggested) {
            ++m_questions;
            if (!suggested.endsWith(QStringLiteral(".ics")))
                qWarning("the suggested name has no .ics: %s", qPrintable(suggested));
            return answer;
        });
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qWarning("the dialog did not show");
        return dialog;
    }
    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        auto *found = parent->findChild<T *>(name);
        if (!found)
            qWarning("no %s", qPrintable(name));
        return found;
    }
    static QString shownText(QWidget *parent, const QString &name)
    {
        auto *label = child<QLabel>(parent, name);
        return label && label->isVisible() ? label->text() : QString();
    }
    static void typeDate(QDateEdit *edit, const QString &text)
    {
        edit->setFocus(Qt::TabFocusReason);
        edit->setSelectedSection(edit->sectionAt(0));
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Tab);
    }
    static void click(QWidget *parent, const QString &name)
    {
        auto *button = child<QAbstractButton>(parent, name);
        QVERIFY(button);
        QVERIFY2(button->isEnabled(), qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
    }
    static QByteArray bytesOf(const QString &file)
    {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }
    std::optional<Core::ICalendarComponent> parsed(const QString &file) const
    {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return std::nullopt;
        auto calendar = Core::ICalendarReader::parse(in.readAll());
        return calendar ? std::optional(calendar.value()) : std::nullopt;
    }

private slots:
    void initTestCase() { Test::fixEnvironment(); }

    void init()
    {
        m_questions = 0;
        m_dir = std::make_unique<QTemporaryDir>();
        m_fixture = std::make_unique<Test::ScheduleFixture>();
        QVERIFY(m_fixture->isValid());
        const Core::Patient ann =
            m_fixture->clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
        const Core::Patient ben =
            m_fixture->clinic.add(QStringLiteral("Ben"), QStringLiteral("Ortiz"));
        const QDate today = Test::fixedToday();
        QVERIFY(m_fixture->book(ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0), 0, 0).id);
        QVERIFY(
            m_fixture
                ->book(ben, 0, QStringLiteral("Follow-up"), QTime(9, 0), 0, 1, today.addDays(21))
                .id);
        const auto gone = m_fixture->book(ann, 0, QStringLiteral("Follow-up"), QTime(11, 0), 0, 1,
                                          today.addDays(5));
        QVERIFY(gone.id);
        QVERIFY(m_fixture->appointments().cancel(gone.id, QStringLiteral("Ann is away")));
        // The other provider's visit is not in the first provider's calendar.
        QVERIFY(m_fixture->book(ben, 1, QStringLiteral("Follow-up"), QTime(14, 0), 0, 0).id);
    }

    void shouldStartOnTodayForEightWeeksWithoutNames()
    {
        auto dialog = openDialog({});
        QCOMPARE(child<QDateEdit>(dialog.get(), "fromDate")->date(), Test::fixedToday());
        QCOMPARE(child<QDateEdit>(dialog.get(), "toDate")->date(), Test::fixedToday().addDays(56));
        QVERIFY(!child<QCheckBox>(dialog.get(), "withNamesCheck")->isChecked());
        QCOMPARE(child<QComboBox>(dialog.get(), "providerCombo")->currentText(),
                 m_fixture->providers[0].displayName());
        const QString summary = shownText(dialog.get(), "calendarExportSummary");
        QVERIFY2(summary.startsWith(QStringLiteral("3 appointments (1 cancelled or no-show)")),
                 qPrintable(summary));
        QVERIFY(shownText(dialog.get(), "timeZoneLabel").contains(QStringLiteral("America/")));
        QVERIFY(Test::saveShot(dialog.get(), QStringLiteral("calendar-export-dialog")));
    }

    void shouldSaveTheCalendarWithoutNames()
    {
        const QString file = m_dir->filePath(QStringLiteral("fiks")); // .ics is added
        auto dialog = openDialog(file);
        click(dialog.get(), QStringLiteral("exportButton"));

        QCOMPARE(m_questions, 1);
        QCOMPARE(dialog->savedFile(), file + QStringLiteral(".ics"));
        const auto calendar = parsed(file + QStringLiteral(".ics"));
        QVERIFY(calendar);
        const auto events = calendar->children(QStringLiteral("VEVENT"));
        QCOMPARE(events.size(), 3);
        QStringList summaries;
        for (const auto &event : events)
            summaries << Core::ICalendarReader::unescapeText(event.property("SUMMARY")->value);
        QCOMPARE(summaries, (QStringList{"Botox treatment", "Cancelled: Follow-up", "Follow-up"}));
        const QByteArray bytes = bytesOf(file + QStringLiteral(".ics"));
        QVERIFY(!bytes.contains("Lee") && !bytes.contains("Ortiz") && !bytes.contains("away"));
        const QString message = shownText(dialog.get(), "calendarExportMessage");
        QVERIFY2(message.contains(QStringLiteral("Saved 3 appointments")), qPrintable(message));
        QVERIFY(Test::saveShot(dialog.get(), QStringLiteral("calendar-export-saved")));
    }

    void shouldPutNamesInWhenTicked()
    {
        const QString file = m_dir->filePath(QStringLiteral("named.ics"));
        auto dialog = openDialog(file);
        click(dialog.get(), QStringLiteral("withNamesCheck"));
        QVERIFY(child<QCheckBox>(dialog.get(), "withNamesCheck")->isChecked());
        click(dialog.get(), QStringLiteral("exportButton"));

        const auto calendar = parsed(file);
        QVERIFY(calendar);
        const auto events = calendar->children(QStringLiteral("VEVENT"));
        QCOMPARE(Core::ICalendarReader::unescapeText(events.at(0).property("SUMMARY")->value),
                 QStringLiteral("Botox treatment \u2014 Lee, Ann"));
        QVERIFY(Core::ICalendarReader::unescapeText(events.at(1).property("DESCRIPTION")->value)
                    .contains(QStringLiteral("Reason: Ann is away")));
    }

    void shouldSayWhenTheDaysHoldNothing()
    {
        auto dialog = openDialog(m_dir->filePath(QStringLiteral("never.ics")));
        auto *provider = child<QComboBox>(dialog.get(), "providerCombo");
        provider->setFocus();
        QTest::keyClick(provider, Qt::Key_Down); // the second provider
        QCOMPARE(provider->currentText(), m_fixture->providers[1].displayName());
        typeDate(child<QDateEdit>(dialog.get(), "fromDate"), QStringLiteral("01/04/2027"));

        const QString summary = shownText(dialog.get(), "calendarExportSummary");
        QVERIFY2(summary.contains(QStringLiteral("has no appointments")), qPrintable(summary));
        QVERIFY(!child<QPushButton>(dialog.get(), "exportButton")->isEnabled());
        QVERIFY(Test::saveShot(dialog.get(), QStringLiteral("calendar-export-empty")));
        QCOMPARE(m_questions, 0);
    }

    void shouldRefuseALastDayBeforeTheFirst()
    {
        auto dialog = openDialog(m_dir->filePath(QStringLiteral("never.ics")));
        typeDate(child<QDateEdit>(dialog.get(), "toDate"), QStringLiteral("11/20/2026"));

        const QString message = shownText(dialog.get(), "calendarExportMessage");
        QVERIFY2(message.contains(QStringLiteral("comes before the first")), qPrintable(message));
        QVERIFY(!child<QPushButton>(dialog.get(), "exportButton")->isEnabled());
        QVERIFY(Test::saveShot(dialog.get(), QStringLiteral("calendar-export-bad-days")));
        QCOMPARE(m_questions, 0);
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("never.ics"))));
    }

    void shouldWriteNothingWhenTheQuestionIsCancelled()
    {
        auto dialog = openDialog(QString());
        click(dialog.get(), QStringLiteral("exportButton"));
        QCOMPARE(m_questions, 1);
        QVERIFY(dialog->savedFile().isEmpty());
        QVERIFY(shownText(dialog.get(), "calendarExportMessage").isEmpty());
    }

    void shouldOpenFromTheScheduleMenu()
    {
        Ui::MainWindow::Services s;
        s.patients = &m_fixture->clinic.patients();
        s.setup = &m_fixture->clinic.setup();
        s.clock = &m_fixture->clinic.context().clock();
        s.maintenance = &m_fixture->clinic.database();
        s.appointments = &m_fixture->appointments();
        s.scheduleSetup = &m_fixture->scheduleSetup();
        s.databasePath = m_fixture->clinic.path();
        Ui::MainWindow window(s);
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("exportCalendarAction"));
        QVERIFY(action);
        QString opened;
        QTimer::singleShot(0, &window, [&opened] {
            auto *dialog =
                qobject_cast<Ui::CalendarExportDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                opened = dialog->windowTitle();
                dialog->reject();
            }
        });
        action->trigger();
        QCOMPARE(opened, QStringLiteral("Export calendar"));
    }
};

QTEST_MAIN(tst_CalendarExportDialog)
#include "tst_calendarexportdialog.moc"
