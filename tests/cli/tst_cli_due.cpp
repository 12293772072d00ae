// clinicdesk-cli's `due`: the retreatment board as the front desk's scripts read it (lines, JSON
// and CSV), its filters, the board of another day, and the demo clinic's board.
// "Today" is Wednesday 2026-11-25, 09:00 (CLINICDESK_TODAY).
#include "clitestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ClinicDesk;
using namespace ClinicDesk::Test;

namespace {

// A patient of the board clinic and where they stand today.
struct BoardPatient {
    const char *first;
    const char *payer;
    const char *treated; // last (only) treatment
    const char *provider; // who gave it
};

// Seven patients, all surnamed Board, each in one place on the board as of Nov 25, 2026.
const BoardPatient kPatients[] = {
    {"Ann", "Aetna", "2026-08-01", "fiks"}, // due Oct 24: overdue by 32 days
    {"Bo", "", "2026-08-28", "fiks"}, // earliest and due Nov 20: due now
    {"Cy", "", "2026-09-10", "alvarez"}, // earliest Dec 3: window opens in 8 days
    {"Di", "", "2026-09-01", "alvarez"}, // booked Nov 30 (90 days)
    {"Ed", "", "2026-09-14", "alvarez"}, // booked Dec 1 (78 days): too early
    {"Fay", "", "2026-08-15", "fiks"}, // stopped: moved out of state
    {"Gus", "Moda Health", "2026-11-01", "fiks"}, // earliest Jan 24: not due yet
};

class BoardClinic
{
public:
    BoardClinic()
        : m_path(m_dir.filePath(QStringLiteral("clinic.sqlite")))
    {
        if (!check(runOn(m_path, {"init"})))
            return;
        if (!addProvidersAndRooms(m_path,
                                  {{0, QStringLiteral("Vladimir Fiks"), QStringLiteral("MD"),
                                    QStringLiteral("#3b6ea5"), true},
                                   {0, QStringLiteral("Maria Alvarez"), QStringLiteral("DO"),
                                    QStringLiteral("#8a5a9e"), true}},
                                  {{0, QStringLiteral("Procedure 1"), true}})) {
            m_problem = "providers and rooms could not be added";
            return;
        }
        for (const BoardPatient &p : kPatients) {
            QStringList add{"patient", "add",   "--first",    p.first,   "--last",
                            "Board",   "--dob", "1970-05-05", "--phone", "5034058718"};
            if (*p.payer)
                add << "--payer" << p.payer;
            const CliRun added = runOn(m_path, add);
            if (!check(added))
                return;
            mrn.insert(QString::fromLatin1(p.first), added.out.trimmed());
            if (!check(
                    runOn(m_path, {"treatment", "add", "--patient", added.out.trimmed(), "--date",
                                   p.treated, "--units", "155", "--provider", p.provider})))
                return;
        }
        if (!check(book("Di", "2026-11-30T10:00", {})) ||
            !check(book("Ed", "2026-12-01T10:00", {"--override-reason", "=1+1 moving away"})))
            return;

        // No command stops a course or logs a call yet: the app's own services do.
        App::AppContext::Options options;
        options.databasePath = m_path;
        auto opened = App::AppContext::open(options);
        if (!opened) {
            m_problem = opened.error().message.toUtf8();
            return;
        }
        App::AppContext &clinic = *opened.value();
        const auto fay = clinic.patients().byRecordNumber(mrn.value("Fay"));
        const auto ann = clinic.patients().byRecordNumber(mrn.value("Ann"));
        if (!fay || !ann ||
            !clinic.retreatment().discontinue(fay->id, QStringLiteral("Moved out of state")) ||
            !clinic.retreatment().logContact(ann->id, Core::ContactOutcome::Voicemail,
                                             QStringLiteral("Left a message"))) {
            m_problem = "the course could not be stopped or the call logged";
            return;
        }
        m_valid = true;
    }

    bool isValid() const { return m_valid; }
    QByteArray problem() const { return m_problem; }
    CliRun due(const QStringList &options = {}) const
    {
        return runOn(m_path, QStringList{"due"} + options);
    }
    QString path() const { return m_path; }

    QHash<QString, QString> mrn; // first name -> record number

private:
    CliRun book(const char *first, const char *start, const QStringList &more)
    {
        return runOn(m_path,
                     QStringList{"book", "--patient", mrn.value(first), "--provider", "alvarez",
                                 "--type", "botox", "--room", "Procedure 1", "--start", start} +
                         more);
    }
    bool check(const CliRun &run)
    {
        if (run.exitCode != 0)
            m_problem = run.describe();
        return run.exitCode == 0;
    }

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_problem;
    bool m_valid = false;
};

QJsonArray jsonArray(const QString &text, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    *ok = error.error == QJsonParseError::NoError && document.isArray();
    return document.array();
}

// "Ann overdue", one per row, in the board's order.
QStringList firstNamesAndStatus(const QJsonArray &rows)
{
    QStringList found;
    for (const QJsonValue &value : rows) {
        const QJsonObject o = value.toObject();
        found << o.value("patientName").toString().section(u' ', 1, 1) + u' ' +
                     o.value("status").toString();
    }
    return found;
}

QJsonObject rowOf(const QJsonArray &rows, const QString &first)
{
    for (const QJsonValue &value : rows)
        if (value.toObject().value("patientName").toString() == QStringLiteral("Board, ") + first)
            return value.toObject();
    return {};
}

// RFC 4180 records; `ok` false for text that breaks the rules.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else if (c == u'\n' || c == u'\r') {
            *ok = false;
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *ok = false;
    return records;
}

} // namespace

class tst_CliDue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void shouldPrintHelp();
    void shouldListMostUrgentFirstAsAlignedTable();
    void shouldFilterTheBoard_data();
    void shouldFilterTheBoard();
    void shouldPrintEveryColumnAsJson();
    void shouldPrintCsvWithFormulasNeutralised();
    void shouldShowTheBoardAsOfAnotherDay();
    void shouldRejectBadOptionsNamingThem_data();
    void shouldRejectBadOptionsNamingThem();
    void shouldSayWhenNobodyIsDue();

    void shouldShowEveryStatusKindOnTheDemoClinic();

private:
    BoardClinic *m_clinic = nullptr;
};

void tst_CliDue::initTestCase()
{
    m_clinic = new BoardClinic;
    QVERIFY2(m_clinic->isValid(), m_clinic->problem());
}

void tst_CliDue::cleanupTestCase()
{
    delete m_clinic;
}

void tst_CliDue::shouldPrintHelp()
{
    const CliRun run = runCli({"due", "--help"});
    const CliRun general = runCli({"--help"});

    QVERIFY2(run.exitCode == 0, run.describe());
    const QString text = run.out.simplified();
    for (const char *part :
         {"due [--as-of DATE] [--within DAYS] [--unbooked] [--provider NAME]", "--payer PAYER",
          "--include-discontinued", "[--json|--csv]", "most urgent first"})
        QVERIFY2(text.contains(QLatin1String(part)), part);
    QVERIFY2(general.out.contains(QStringLiteral("\n  due ")), general.describe());
    QVERIFY2(general.out.contains(QStringLiteral("\n  treatment add ")), general.describe());
}

void tst_CliDue::shouldListMostUrgentFirstAsAlignedTable()
{
    const CliRun run = m_clinic->due();

    QVERIFY2(run.exitCode == 0, run.describe());
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 6);
    QVERIFY2(lines[0].startsWith(QStringLiteral("Patient")), run.describe());
    const QStringList order{"Board, Ann", "Board, Ed", "Board, Bo", "Board, Cy", "Board, Di"};
    for (int i = 0; i < order.size(); ++i)
        QVERIFY2(lines[i + 1].startsWith(order[i]), run.describe());
    // Aligned: every column starts where its header does.
    const qsizetype statusColumn = lines[0].indexOf(QStringLiteral("Status"));
    QVERIFY(statusColumn > 0);
    QCOMPARE(lines[1].mid(statusColumn, 18), QStringLiteral("Overdue by 32 days"));
    QCOMPARE(lines[2].mid(statusColumn, 24), QStringLiteral("Booked too early (Dec 1)"));
    QVERIFY2(lines[2].endsWith(QStringLiteral("  =1+1 moving away")), qPrintable(lines[2]));
    QCOMPARE(lines[3].mid(statusColumn, 7), QStringLiteral("Due now"));
    QCOMPARE(lines[4].mid(statusColumn, 25), QStringLiteral("Window opens in 8 days   "));
    QCOMPARE(lines[5].mid(statusColumn, 13), QStringLiteral("Booked Nov 30"));
    // Ann: the payer's 84 days from Aug 1, the phone as the desk dials it, the call made.
    QVERIFY2(lines[1].contains(QStringLiteral("(503) 405-8718")), qPrintable(lines[1]));
    QVERIFY2(lines[1].contains(QStringLiteral("08/01/2026")), qPrintable(lines[1]));
    QVERIFY2(lines[1].contains(QStringLiteral("10/24/2026  10/24/2026  11/07/2026")),
             qPrintable(lines[1]));
    QVERIFY2(lines[1].contains(QStringLiteral("voicemail"), Qt::CaseInsensitive),
             qPrintable(lines[1]));
    QVERIFY2(run.err.contains(QStringLiteral("5 patients: 1 overdue, 1 booked too early, 1 due "
                                             "now, 1 window opening soon, 1 booked, as of Nov "
                                             "25, 2026.")),
             run.describe());
}

void tst_CliDue::shouldFilterTheBoard_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("no appointment booked")
        << QStringList{"--unbooked"}
        << QStringList{"Ann overdue", "Bo due_now", "Cy window_opens_soon"};
    QTest::newRow("windows opening within 90 days")
        << QStringList{"--within", "90"}
        << QStringList{"Ann overdue",          "Ed booked_too_early", "Bo due_now",
                       "Cy window_opens_soon", "Gus not_due_yet",     "Di booked"};
    // Ed's window opens on Dec 7: booked too early, but not yet on a board of today only.
    QTest::newRow("only windows open today")
        << QStringList{"--within", "0"} << QStringList{"Ann overdue", "Bo due_now", "Di booked"};
    QTest::newRow("with those who stopped")
        << QStringList{"--include-discontinued"}
        << QStringList{"Ann overdue",          "Ed booked_too_early", "Bo due_now",
                       "Cy window_opens_soon", "Di booked",           "Fay discontinued"};
    QTest::newRow("one provider") << QStringList{"--provider", "fiks"}
                                  << QStringList{"Ann overdue", "Bo due_now"};
    QTest::newRow("one payer, any case")
        << QStringList{"--payer", "AETNA"} << QStringList{"Ann overdue"};
}

void tst_CliDue::shouldFilterTheBoard()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, expected);

    const CliRun run = m_clinic->due(options + QStringList{"--json"});

    QVERIFY2(run.exitCode == 0, run.describe());
    bool ok = false;
    QCOMPARE(firstNamesAndStatus(jsonArray(run.out, &ok)), expected);
    QVERIFY(ok);
}

void tst_CliDue::shouldPrintEveryColumnAsJson()
{
    const CliRun run = m_clinic->due({"--json", "--include-discontinued"});

    QVERIFY2(run.exitCode == 0, run.describe());
    bool ok = false;
    const QJsonArray rows = jsonArray(run.out, &ok);
    QVERIFY(ok);
    const QJsonObject ann = rowOf(rows, "Ann");
    QCOMPARE(ann.value("mrn").toString(), m_clinic->mrn.value("Ann"));
    QCOMPARE(ann.value("phone").toString(), QStringLiteral("5034058718"));
    QCOMPARE(ann.value("payer").toString(), QStringLiteral("Aetna"));
    QCOMPARE(ann.value("lastTreatment").toString(), QStringLiteral("2026-08-01"));
    QCOMPARE(ann.value("cycles").toInt(), 1);
    QCOMPARE(ann.value("lastProvider").toString(), QStringLiteral("Vladimir Fiks"));
    QCOMPARE(ann.value("earliestAllowed").toString(), QStringLiteral("2026-10-24"));
    QCOMPARE(ann.value("due").toString(), QStringLiteral("2026-10-24"));
    QCOMPARE(ann.value("overdueAfter").toString(), QStringLiteral("2026-11-07"));
    QCOMPARE(ann.value("daysToDue").toInt(), -32);
    QCOMPARE(ann.value("status").toString(), QStringLiteral("overdue"));
    QCOMPARE(ann.value("statusLabel").toString(), QStringLiteral("Overdue by 32 days"));
    QVERIFY(ann.value("nextBooked").isNull());
    // Insured, nothing on file: the board warns.
    QVERIFY(!ann.value("authorization").toString().isEmpty());
    QVERIFY(ann.value("authorizationWarns").toBool());
    const QJsonObject call = ann.value("lastContact").toObject();
    QCOMPARE(call.value("outcome").toString(), QStringLiteral("voicemail"));
    QCOMPARE(call.value("note").toString(), QStringLiteral("Left a message"));

    const QJsonObject ed = rowOf(rows, "Ed");
    QCOMPARE(ed.value("status").toString(), QStringLiteral("booked_too_early"));
    QCOMPARE(ed.value("nextBooked").toString(), QStringLiteral("2026-12-01"));
    QVERIFY(ed.value("nextAppointmentId").toInteger() > 0);
    QCOMPARE(ed.value("overrideReason").toString(), QStringLiteral("=1+1 moving away"));
    QVERIFY(ed.value("lastContact").isNull());
    // No payer on file is not self-pay: the authorization is missing, and the label says so.
    QVERIFY(!ed.value("authorization").toString().isEmpty());
    QVERIFY(ed.value("authorizationWarns").toBool());

    const QJsonObject fay = rowOf(rows, "Fay");
    QCOMPARE(fay.value("status").toString(), QStringLiteral("discontinued"));
    QCOMPARE(fay.value("discontinuedReason").toString(), QStringLiteral("Moved out of state"));
    QCOMPARE(fay.value("statusLabel").toString(),
             QStringLiteral("Discontinued: Moved out of state"));
}

void tst_CliDue::shouldPrintCsvWithFormulasNeutralised()
{
    const CliRun run = m_clinic->due({"--csv"});

    QVERIFY2(run.exitCode == 0, run.describe());
    bool ok = false;
    const QList<QStringList> rows = parseCsv(run.out, &ok);
    QVERIFY2(ok, qPrintable(run.out));
    QCOMPARE(rows.size(), 6);
    const QStringList header = rows.first();
    for (const char *column : {"Patient", "MRN", "Phone", "Payer", "Last treatment", "Cycles",
                               "Earliest", "Due", "Overdue after", "Status", "Next booked",
                               "Override reason", "Authorization", "Last contact"})
        QVERIFY2(header.contains(QLatin1String(column)), column);
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), header.size());
    auto at = [&](int row, const char *column) {
        return rows[row][header.indexOf(QLatin1String(column))];
    };
    QCOMPARE(at(1, "Patient"), QStringLiteral("Board, Ann"));
    QCOMPARE(at(1, "Phone"), QStringLiteral("(503) 405-8718"));
    QCOMPARE(at(1, "Due"), QStringLiteral("2026-10-24"));
    QCOMPARE(at(1, "Days to due"), QStringLiteral("32 days past due"));
    QCOMPARE(at(2, "Status"), QStringLiteral("Booked too early (Dec 1)"));
    QCOMPARE(at(2, "Override reason"), QStringLiteral("'=1+1 moving away"));
    for (const QStringList &row : rows)
        for (const QString &value : row)
            QVERIFY2(value.isEmpty() || !QStringLiteral("=+-@").contains(value.front()),
                     qPrintable(value));
}

void tst_CliDue::shouldShowTheBoardAsOfAnotherDay()
{
    // Two weeks on, the visits booked for Nov 30 and Dec 1 are behind: not the next ones.
    const CliRun run = m_clinic->due({"--as-of", "12/10/2026", "--json"});

    QVERIFY2(run.exitCode == 0, run.describe());
    bool ok = false;
    const QJsonArray rows = jsonArray(run.out, &ok);
    QVERIFY(ok);
    QCOMPARE(firstNamesAndStatus(rows),
             (QStringList{"Ann overdue", "Bo overdue", "Di overdue", "Cy due_now", "Ed due_now"}));
    QCOMPARE(rowOf(rows, "Bo").value("statusLabel").toString(),
             QStringLiteral("Overdue by 20 days"));
    QVERIFY2(run.err.contains(QStringLiteral("as of Dec 10, 2026")), run.describe());
    // Today's board is unchanged.
    QCOMPARE(firstNamesAndStatus(jsonArray(m_clinic->due({"--as-of", "today", "--json"}).out, &ok)),
             (QStringList{"Ann overdue", "Ed booked_too_early", "Bo due_now",
                          "Cy window_opens_soon", "Di booked"}));
}

void tst_CliDue::shouldRejectBadOptionsNamingThem_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("starts");

    QTest::newRow("as-of not a date") << QStringList{"--as-of", "someday"} << 2 << "--as-of: ";
    QTest::newRow("within too far") << QStringList{"--within", "400"} << 2 << "--within: ";
    QTest::newRow("within negative") << QStringList{"--within=-1"} << 2 << "--within: ";
    QTest::newRow("unknown provider") << QStringList{"--provider", "nobody"} << 2 << "--provider: ";
    QTest::newRow("json and csv") << QStringList{"--json", "--csv"} << 1 << "Choose --json";
}

void tst_CliDue::shouldRejectBadOptionsNamingThem()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, starts);

    const CliRun run = m_clinic->due(options);

    QVERIFY2(run.exitCode == exitCode, run.describe());
    QVERIFY2(run.err.startsWith(starts), run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
}

void tst_CliDue::shouldSayWhenNobodyIsDue()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QCOMPARE(runOn(path, {"init"}).exitCode, 0);

    const CliRun text = runOn(path, {"due"});
    const CliRun json = runOn(path, {"due", "--json"});
    const CliRun csv = runOn(path, {"due", "--csv"});

    QVERIFY2(text.exitCode == 0, text.describe());
    QCOMPARE(text.out, QString());
    QVERIFY2(text.err.contains(QStringLiteral("Nobody is due within 14 days of Nov 25, 2026.")),
             text.describe());
    QCOMPARE(json.out.simplified(), QStringLiteral("[ ]"));
    QVERIFY2(csv.out.startsWith(QStringLiteral("Patient,MRN,")), csv.describe());
    QCOMPARE(csv.out.count(QStringLiteral("\r\n")), 1);
}

void tst_CliDue::shouldShowEveryStatusKindOnTheDemoClinic()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString second = dir.filePath(QStringLiteral("again.sqlite"));
    const QStringList seed{"seed-demo", "--patients", "300", "--years", "1", "--seed", "3"};
    const CliRun seeded = runOn(first, seed);
    QVERIFY2(seeded.exitCode == 0, seeded.describe());
    QVERIFY2(seeded.err.contains(QStringLiteral("Treatment side: ")), seeded.describe());

    const CliRun run = runOn(first, {"due", "--json", "--include-discontinued", "--within", "30"});

    QVERIFY2(run.exitCode == 0, run.describe());
    bool ok = false;
    const QJsonArray rows = jsonArray(run.out, &ok);
    QVERIFY(ok);
    QSet<QString> kinds;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QString status = row.value("status").toString();
        kinds.insert(status);
        // A too-early booking was allowed for a reason, and only then.
        QCOMPARE(row.value("overrideReason").toString().isEmpty(), status != u"booked_too_early");
        if (status == u"discontinued")
            QVERIFY(!row.value("discontinuedReason").toString().isEmpty());
    }
    for (const char *kind :
         {"overdue", "due_now", "window_opens_soon", "booked", "booked_too_early", "discontinued"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    // Someone has called some of the overdue patients; authorizations are on file for some.
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const QJsonValue &v) {
        const QJsonObject row = v.toObject();
        return row.value("status").toString() == u"overdue" && row.value("lastContact").isObject();
    }));
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const QJsonValue &v) {
        return v.toObject().value("authorization").toString().startsWith(u"Valid");
    }));

    // An overdue patient's history: cycles of treatment records with lots, from the book or
    // from paper, about 12 weeks apart.
    QString overdue;
    for (const QJsonValue &value : rows)
        if (value.toObject().value("status").toString() == u"overdue" && overdue.isEmpty())
            overdue = value.toObject().value("mrn").toString();
    const CliRun history = runOn(first, {"treatment", "list", "--patient", overdue, "--json"});
    QVERIFY2(history.exitCode == 0, history.describe());
    const QJsonArray cycles = jsonArray(history.out, &ok);
    QVERIFY(ok);
    QVERIFY2(cycles.size() >= 2, history.describe());
    const QRegularExpression lot(QStringLiteral("^C\\d{4}[A-Z]{2}\\d$"));
    for (const QJsonValue &value : cycles) {
        const QJsonObject c = value.toObject();
        QVERIFY2(lot.match(c.value("lotNumber").toString()).hasMatch(), history.describe());
        QVERIFY(c.value("lotExpiry").toString() > c.value("date").toString());
        const int given = c.value("unitsGiven").toInt();
        QVERIFY2(given >= 155 && given <= 195, history.describe());
        QCOMPARE(given + c.value("unitsDiscarded").toInt(),
                 c.value("vialUnits").toInt() * c.value("vialCount").toInt());
        QVERIFY(c.value("consentSigned").toBool());
        QVERIFY(c.value("appointmentId").isNull() ==
                (c.value("notes").toString() == u"Entered from the paper chart."));
        if (!c.value("daysSincePrevious").isNull())
            QVERIFY2(c.value("daysSincePrevious").toInt() >= 60, history.describe());
    }

    // The same seed gives the same board.
    QCOMPARE(runOn(second, seed).exitCode, 0);
    QCOMPARE(runOn(second, {"due", "--json", "--include-discontinued", "--within", "30"}).out,
             run.out);
    QCOMPARE(runOn(first, {"check"}).exitCode, 0);
}

QTEST_GUILESS_MAIN(tst_CliDue)
#include "tst_cli_due.moc"
