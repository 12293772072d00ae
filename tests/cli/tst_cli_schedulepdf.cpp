// `clinicdesk-cli schedule --pdf` as a scheduled job runs it before the clinic opens: the printed
// day written to a file, on the paper asked for, with nothing on stderr when all went well.
#include "busyday.h"
#include "clitestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ClinicDesk;
using namespace ClinicDesk::Test;

class tst_CliSchedulePdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldWriteTheWholeClinicsDay();
    void shouldWriteOneProviderOnA4Landscape();
    void shouldRefuseAPaperItDoesNotKnow();
    void shouldRefusePaperOptionsWithoutAPdf();
    void shouldRefuseTwoOutputsAtOnce();
    void shouldSayWhyTheFileCouldNotBeWritten();

private:
    TempClinic m_clinic;
    BusyDay m_day;
    QTemporaryDir m_out;
    QString pdf(const QString &name) const { return m_out.filePath(name); }
};

void tst_CliSchedulePdf::initTestCase()
{
    QVERIFY2(m_clinic.isValid(), qPrintable(m_clinic.errorMessage()));
    QVERIFY(m_day.create(m_clinic, 2, 21));
}

void tst_CliSchedulePdf::shouldWriteTheWholeClinicsDay()
{
    const QString file = pdf(QStringLiteral("day.pdf"));

    const CliRun run = runOn(m_clinic.path(), {QStringLiteral("schedule"), QStringLiteral("--date"),
                                               QStringLiteral("2026-11-25"),
                                               QStringLiteral("--pdf"), file});

    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.out.trimmed(),
             QStringLiteral("Wrote %1 (3 pages; 42 visits \u00B7 10 Botox).").arg(file));
    QVERIFY2(run.err.isEmpty(), run.describe());
    const QStringList pages = pdfPages(file);
    QCOMPARE(pages.size(), 3);
    QVERIFY(pages[2].contains(QStringLiteral("Page 3 of 3")));
    QCOMPARE(pdfPageSize(file), QStringLiteral("612 x 792 pts (letter)"));
    for (const QString &name : m_day.namesByProvider[1])
        QVERIFY2(pages.join(QString()).contains(name), qPrintable(name));
}

void tst_CliSchedulePdf::shouldWriteOneProviderOnA4Landscape()
{
    const QString file = pdf(QStringLiteral("provider-b.pdf"));

    const CliRun run = runOn(m_clinic.path(),
                             {QStringLiteral("schedule"), QStringLiteral("--date"),
                              QStringLiteral("today"), QStringLiteral("--provider"),
                              QStringLiteral("Provider B Test"), QStringLiteral("--pdf"), file,
                              QStringLiteral("--paper"), QStringLiteral("A4"),
                              QStringLiteral("--landscape")});

    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(pdfPageSize(file), QStringLiteral("842 x 595 pts (A4)"));
    const QString text = pdfPages(file).join(QString());
    QVERIFY(text.contains(QStringLiteral("Provider B Test, MD")));
    QVERIFY(!text.contains(QStringLiteral("Provider A Test, MD")));
    QVERIFY(text.contains(m_day.namesByProvider[1].constLast()));
}

void tst_CliSchedulePdf::shouldRefuseAPaperItDoesNotKnow()
{
    const QString file = pdf(QStringLiteral("legal.pdf"));

    const CliRun run = runOn(m_clinic.path(), {QStringLiteral("schedule"), QStringLiteral("--date"),
                                               QStringLiteral("today"), QStringLiteral("--pdf"),
                                               file, QStringLiteral("--paper"),
                                               QStringLiteral("legal")});

    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("--paper")) && run.err.contains(QStringLiteral("a4")),
             run.describe());
    QVERIFY(!QFile::exists(file));
}

void tst_CliSchedulePdf::shouldRefusePaperOptionsWithoutAPdf()
{
    const CliRun run = runOn(m_clinic.path(), {QStringLiteral("schedule"), QStringLiteral("--date"),
                                               QStringLiteral("today"),
                                               QStringLiteral("--landscape")});

    QVERIFY2(run.exitCode == 1, run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("--pdf FILE")), run.describe());
}

void tst_CliSchedulePdf::shouldRefuseTwoOutputsAtOnce()
{
    const QString file = pdf(QStringLiteral("both.pdf"));

    const CliRun run = runOn(m_clinic.path(), {QStringLiteral("schedule"), QStringLiteral("--date"),
                                               QStringLiteral("today"), QStringLiteral("--csv"),
                                               QStringLiteral("--pdf"), file});

    QVERIFY2(run.exitCode == 1, run.describe());
    QVERIFY(!QFile::exists(file));
}

void tst_CliSchedulePdf::shouldSayWhyTheFileCouldNotBeWritten()
{
    const QString file = pdf(QStringLiteral("no-such-folder/day.pdf"));

    const CliRun run = runOn(m_clinic.path(), {QStringLiteral("schedule"), QStringLiteral("--date"),
                                               QStringLiteral("today"), QStringLiteral("--pdf"),
                                               file});

    QVERIFY2(run.exitCode != 0, run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("no-such-folder")), run.describe());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(file));
}

QTEST_MAIN(tst_CliSchedulePdf)
#include "tst_cli_schedulepdf.moc"
