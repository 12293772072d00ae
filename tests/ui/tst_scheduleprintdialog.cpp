// Schedule ▸ Print day…: the manager picks the day, the provider and the paper, sees what the
// pages will hold, previews, saves a PDF or a CSV, all without leaving the dialog.
#include "busyday.h"
#include "schedulecontext.h"
#include "scheduleprintdialog.h"
#include "schedulescreen.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace ClinicDesk;

namespace {

Ui::ScheduleServices servicesOf(Test::TempClinic &clinic)
{
    App::AppContext &c = clinic.context();
    Ui::ScheduleServices s;
    s.appointments = &c.appointments();
    s.scheduleSetup = &c.scheduleSetup();
    s.setup = &c.setup();
    s.patients = &c.patients();
    s.clock = &c.clock();
    s.treatments = &c.treatments();
    s.retreatment = &c.retreatment();
    s.authorizations = &c.authorizations();
    return s;
}

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s", qPrintable(name));
    return found;
}


} // namespace

class tst_SchedulePrintDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::fixEnvironment(); }
    void init();
    void cleanup();
    void shouldShowWhatThePagesWillHoldAsTheChoicesChange();
    void shouldSaveOneProvidersDayAsAPdfOnA4Landscape();
    void shouldSaveTheDayAsCsv();
    void shouldWriteNothingWhenTheFileQuestionIsCancelled();
    void shouldSayWhyAFileCouldNotBeWritten();
    void shouldPreviewThePages();
    void shouldOpenFromTheScheduleForTheDayShown();

private:
    std::unique_ptr<Test::TempClinic> m_clinic;
    Test::BusyDay m_day;
    QTemporaryDir m_out;
    QString m_chosen; // what the file question answers
    int m_asked = 0;

    std::unique_ptr<Ui::SchedulePrintDialog> makeDialog()
    {
        auto dialog = std::make_unique<Ui::SchedulePrintDialog>(servicesOf(*m_clinic),
                                                                Test::fixedToday());
        dialog->setFileChooser([this](QWidget *, const QString &, const QString &,
                                      const QString &) {
            ++m_asked;
            return m_chosen;
        });
        dialog->show();
        return dialog;
    }
};

void tst_SchedulePrintDialog::init()
{
    m_clinic = std::make_unique<Test::TempClinic>();
    QVERIFY2(m_clinic->isValid(), qPrintable(m_clinic->errorMessage()));
    m_day = {};
    QVERIFY(m_day.create(*m_clinic, 2, 3));
    m_asked = 0;
    m_chosen.clear();
}

void tst_SchedulePrintDialog::cleanup()
{
    m_clinic.reset();
}

void tst_SchedulePrintDialog::shouldShowWhatThePagesWillHoldAsTheChoicesChange()
{
    auto dialog = makeDialog();
    auto *summary = child<QLabel>(dialog.get(), QStringLiteral("printSummary"));
    auto *provider = child<QComboBox>(dialog.get(), QStringLiteral("printProvider"));
    QVERIFY(summary && provider);
    QCOMPARE(summary->text(), QStringLiteral("On the pages: 6 visits \u00B7 2 Botox."));
    QCOMPARE(provider->count(), 3);
    QCOMPARE(provider->itemText(0), QStringLiteral("Whole clinic (every provider)"));
    QVERIFY(Test::saveShot(dialog.get(), QStringLiteral("schedule-print-dialog")));

    provider->setCurrentIndex(2);
    QCOMPARE(summary->text(), QStringLiteral("On the pages: 3 visits \u00B7 1 Botox."));
    QCOMPARE(dialog->request().providerId, m_day.providers[1].id);

    // A day with nothing booked says so before anything is printed.
    auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("printDate"));
    QVERIFY(date);
    date->setDate(Test::fixedToday().addDays(1));
    QCOMPARE(summary->text(), QStringLiteral("On the pages: 0 visits."));
}

void tst_SchedulePrintDialog::shouldSaveOneProvidersDayAsAPdfOnA4Landscape()
{
    auto dialog = makeDialog();
    child<QComboBox>(dialog.get(), QStringLiteral("printProvider"))->setCurrentIndex(1);
    child<QComboBox>(dialog.get(), QStringLiteral("printPaper"))->setCurrentIndex(1);
    child<QComboBox>(dialog.get(), QStringLiteral("printOrientation"))->setCurrentIndex(1);
    m_chosen = m_out.filePath(QStringLiteral("provider-a.pdf"));

    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("printPdfButton")),
                      Qt::LeftButton);

    QCOMPARE(m_asked, 1);
    QVERIFY(QFile::exists(m_chosen));
    QCOMPARE(Test::pdfPageSize(m_chosen), QStringLiteral("842 x 595 pts (A4)"));
    const QString page = Test::pdfPages(m_chosen).value(0);
    QVERIFY(page.contains(m_day.providers[0].displayName()));
    QVERIFY(!page.contains(m_day.providers[1].displayName()));
    for (const QString &name : m_day.namesByProvider[0])
        QVERIFY2(page.contains(name), qPrintable(name));
    auto *message = child<QLabel>(dialog.get(), QStringLiteral("printMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("provider-a.pdf (1 page)")),
             qPrintable(message->text()));
    QVERIFY(dialog->isVisible()); // still open for the next copy
}

void tst_SchedulePrintDialog::shouldSaveTheDayAsCsv()
{
    auto dialog = makeDialog();
    m_chosen = m_out.filePath(QStringLiteral("day.csv"));

    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("printCsvButton")),
                      Qt::LeftButton);

    QFile file(m_chosen);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "Date,Provider,Start,End"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 6 + 2); // the header, six visits, a lunch per provider
    QVERIFY(lines[1].contains(m_day.namesByProvider[0].value(0).section(u',', 0, 0)));
}

void tst_SchedulePrintDialog::shouldWriteNothingWhenTheFileQuestionIsCancelled()
{
    auto dialog = makeDialog();
    m_chosen.clear();
    const QStringList before = QDir(m_out.path()).entryList(QDir::Files);

    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("printPdfButton")),
                      Qt::LeftButton);

    QCOMPARE(m_asked, 1);
    QCOMPARE(QDir(m_out.path()).entryList(QDir::Files), before);
    QVERIFY(!child<QLabel>(dialog.get(), QStringLiteral("printMessage"))->isVisible());
}

void tst_SchedulePrintDialog::shouldSayWhyAFileCouldNotBeWritten()
{
    auto dialog = makeDialog();
    m_chosen = m_out.filePath(QStringLiteral("missing-folder/day.pdf"));

    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("printPdfButton")),
                      Qt::LeftButton);

    auto *message = child<QLabel>(dialog.get(), QStringLiteral("printMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("missing-folder")), qPrintable(message->text()));
    QVERIFY(Test::saveShot(dialog.get(), QStringLiteral("schedule-print-dialog-error")));
}

void tst_SchedulePrintDialog::shouldPreviewThePages()
{
    auto dialog = makeDialog();

    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("printPreviewButton")),
                      Qt::LeftButton);

    auto *preview = dialog->findChild<QPrintPreviewDialog *>(QStringLiteral("schedulePrintPreview"));
    QVERIFY(preview);
    QTRY_VERIFY(preview->isVisible());
    auto *pages = preview->findChild<QPrintPreviewWidget *>();
    QVERIFY(pages);
    QTRY_COMPARE(pages->pageCount(), 1);
    QVERIFY(Test::saveShot(preview, QStringLiteral("schedule-print-preview")));
    preview->close();
}

void tst_SchedulePrintDialog::shouldOpenFromTheScheduleForTheDayShown()
{
    QUndoStack undo;
    Ui::ScheduleScreen screen(servicesOf(*m_clinic), &undo);
    screen.show();
    screen.goToDate(Test::fixedToday().addDays(2));
    auto *print = screen.findChild<QAction *>(QStringLiteral("actionPrintDay"));
    QVERIFY(print);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));

    print->trigger();

    auto *dialog = screen.findChild<Ui::SchedulePrintDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->request().date, Test::fixedToday().addDays(2));
    QCOMPARE(dialog->request().providerId, 0);
    dialog->close();
}

QTEST_MAIN(tst_SchedulePrintDialog)
#include "tst_scheduleprintdialog.moc"
