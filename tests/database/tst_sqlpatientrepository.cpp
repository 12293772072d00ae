#include "database.h"
#include "sqlpatientrepository.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <dlfcn.h>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;
using Test::fixedToday;
using Test::TempClinic;

namespace {

// Records the SQL text of every statement a connection runs, so that the query plan test looks
// at the repository's own statements rather than copies of them. SQLite is reached through the
// library the Qt plugin has already loaded (no sqlite3.h needed: the two names below are SQLite's
// stable C interface); elsewhere the recorder stays inactive and the test is skipped.
class StatementRecorder
{
public:
    explicit StatementRecorder(const QSqlDatabase &db)
    {
        m_library = dlopen("libsqlite3.so.0", RTLD_LAZY | RTLD_NOLOAD);
        if (!m_library)
            return;
        m_trace = reinterpret_cast<TraceFunction>(dlsym(m_library, "sqlite3_trace_v2"));
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_handle = *static_cast<void *const *>(handle.constData());
        if (m_trace && m_handle)
            m_trace(m_handle, kTraceStatement, &StatementRecorder::onStatement, this);
    }
    ~StatementRecorder()
    {
        if (m_trace && m_handle)
            m_trace(m_handle, 0, nullptr, nullptr);
        if (m_library)
            dlclose(m_library);
    }
    StatementRecorder(const StatementRecorder &) = delete;
    StatementRecorder &operator=(const StatementRecorder &) = delete;

    bool isActive() const { return m_trace && m_handle; }
    QStringList take() { return std::exchange(m_statements, {}); }

private:
    // int sqlite3_trace_v2(sqlite3 *, unsigned mask, int (*)(unsigned, void *, void *, void *),
    //                      void *context), with SQLITE_TRACE_STMT = 0x01.
    using Callback = int (*)(unsigned, void *, void *, void *);
    using TraceFunction = int (*)(void *, unsigned, Callback, void *);
    static constexpr unsigned kTraceStatement = 0x01;

    static int onStatement(unsigned, void *context, void *, void *sql)
    {
        static_cast<StatementRecorder *>(context)->m_statements
            << QString::fromUtf8(static_cast<const char *>(sql));
        return 0;
    }

    void *m_library = nullptr;
    TraceFunction m_trace = nullptr;
    void *m_handle = nullptr;
    QStringList m_statements;
};

struct Person {
    const char16_t *first;
    const char16_t *last;
    const char16_t *preferred;
    QDate dob;
    const char *mobile;
    const char *home;
    bool active;
};

// A hand-made clinic; record numbers follow the order (100001 is Ann O'Brien).
const Person kPeople[] = {
    {u"Ann", u"O'Brien", u"", {1975, 3, 14}, "5034058718", "", true},               // 100001
    {u"Karl", u"Obermann", u"", {1960, 1, 2}, "5032223344", "", true},              // 100002
    {u"José", u"Núñez", u"", {1982, 7, 4}, "9712345678", "", true},                 // 100003
    {u"Maria", u"Nunes", u"", {1990, 12, 1}, "", "", true},                         // 100004
    {u"Zoë", u"Lee", u"", {1975, 3, 14}, "", "", true},                             // 100005
    {u"Ann", u"Lee", u"", {1968, 5, 20}, "5037778899", "", true},                   // 100006
    {u"Anne", u"Leeds", u"", {1971, 9, 9}, "", "", true},                           // 100007
    {u"Leela", u"Smith", u"", {1988, 2, 29}, "", "", true},                         // 100008
    {u"Robert", u"Jones", u"Bob", {1955, 11, 11}, "9713334455", "", true},          // 100009
    {u"Maria", u"De la Cruz", u"", {1979, 10, 31}, "", "", true},                   // 100010
    {u"Patricia", u"Smith-Jones", u"", {1966, 6, 6}, "", "", true},                 // 100011
    {u"John", u"Smith", u"", {1970, 1, 1}, "", "", true},                           // 100012
    {u"Waylon", u"Smithers", u"", {1950, 5, 5}, "", "", true},                      // 100013
    {u"Ann", u"Smyth", u"", {1985, 8, 8}, "", "", true},                            // 100014
    {u"Kofi", u"Annan", u"", {1938, 4, 8}, "", "", true},                           // 100015
    {u"Lorena", u"Bobbitt", u"", {1969, 8, 8}, "", "", true},                       // 100016
    {u"Penélope", u"Cruz", u"", {1974, 4, 28}, "", "", true},                       // 100017
    {u"Wei", u"Lee-Chen", u"", {1992, 3, 3}, "", "", true},                         // 100018
    {u"Ina", u"Lee", u"", {1980, 1, 1}, "5036660000", "", false},                   // 100019
    {u"Bob", u"Jones", u"", {1961, 2, 2}, "", "", true},                            // 100020
    {u"Hans", u"Müller", u"", {1965, 5, 5}, "", "", true},                          // 100021
    {u"Greta", u"Mueller", u"", {1967, 7, 7}, "", "", true},                        // 100022
    {u"Johann", u"Strauß", u"", {1945, 10, 25}, "", "", true},                      // 100023
    {u"Ji-woo", u"Park", u"", {1995, 9, 19}, "", "", true},                         // 100024
    {u"Min", u"Kim", u"", {1983, 3, 13}, "", "9718718718", true},                   // 100025
    {u"Serena", u"Williams", u"", {1981, 9, 26}, "5034051234", "9715550000", true}, // 100026
    {u"James", u"Taylor", u"", {1948, 3, 12}, "5039998718", "", true},              // 100027
    {u"Sam", u"Walker", u"", {1977, 7, 7}, "", "5034058700", true},                 // 100028
    {u"Elizabeth", u"Price", u"Liz", {1959, 12, 12}, "", "", true},                 // 100029
    {u"Leon", u"Zhang", u"", {1999, 1, 1}, "", "", true},                           // 100030
};

QStringList namesOf(const QList<Patient> &patients)
{
    QStringList names;
    for (const Patient &p : patients)
        names << p.displayName();
    return names;
}

// A patient with every field filled, with text that is awkward to store.
Patient completePatient()
{
    Patient p;
    p.firstName = QString::fromUtf16(u"Zoë");
    p.middleName = QString::fromUtf16(u"Renée");
    p.lastName = QString::fromUtf16(u"Núñez-O'Brien");
    p.preferredName = QStringLiteral("Zo");
    p.dateOfBirth = QDate(1975, 3, 14);
    p.sex = Sex::Female;
    p.mobilePhone = QStringLiteral("5034058718");
    p.homePhone = QStringLiteral("9712223344");
    p.email = QStringLiteral("zoe.nunez@example.com");
    p.address = {QStringLiteral("1234 SE Hawthorne Blvd"), QStringLiteral("Apt #5; rear"),
                 QStringLiteral("Portland"), QStringLiteral("OR"), QStringLiteral("97214-1234")};
    p.preferredContact = ContactMethod::Text;
    p.voicemailConsent = true;
    p.textConsent = true;
    p.emergencyContact = {QStringLiteral("Sam O'Brien"), QStringLiteral("Spouse"),
                          QStringLiteral("5032223333")};
    p.insurance = {QStringLiteral("Regence BlueCross BlueShield"), QStringLiteral("A12345678"),
                   QStringLiteral("00123")};
    p.referringPhysician = QStringLiteral("Dr. Fiks");
    const QString piece = QString::fromUtf16(u"Migraine 15+ days/mo; Botox 155 U \U0001F489 "
                                             u"\u201Cfollow-the-pain\u201D 'it''s' -- 日本語\n");
    while (p.notes.size() < 10000)
        p.notes += piece;
    p.active = true;
    p.createdAt = QDateTime(QDate(2024, 5, 6), QTime(11, 12, 13));
    p.updatedAt = QDateTime(QDate(2025, 1, 2), QTime(15, 4, 5));
    return p;
}

ChangeContext changeBy(const QString &user)
{
    return {user, QDateTime(fixedToday(), QTime(9, 30))};
}

} // namespace

// Patients in SQLite: every field stored as given, and searches that find the right people in
// the order the desk expects, through indexes only.
class tst_SqlPatientRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void shouldStoreEveryFieldAsGiven();
    void shouldStoreEveryFieldOnUpdate();
    void shouldReportMissingPatient();

    void shouldFindPatients_data();
    void shouldFindPatients();
    void shouldHonourLimit_data();
    void shouldHonourLimit();
    void shouldIncludeInactiveOnlyWhenAsked_data();
    void shouldIncludeInactiveOnlyWhenAsked();
    void shouldTreatSqlTextAsPlainText_data();
    void shouldTreatSqlTextAsPlainText();
    void shouldListPossibleDuplicates();

    void shouldWriteOneAuditRowPerChange();
    void shouldWriteNoAuditRowForFailedChange();
    void shouldSearchThroughIndexes_data();
    void shouldSearchThroughIndexes();
    void shouldCheckDuplicatesThroughIndexes();

private:
    void verifyIndexedPlans(const QStringList &statements);
    QList<Patient> search(const QString &text, int limit = 200, bool includeInactive = false);

    std::unique_ptr<TempClinic> m_clinic; // the hand-made clinic of kPeople
    std::unique_ptr<Db::SqlPatientRepository> m_repository;
};

void tst_SqlPatientRepository::initTestCase()
{
    Test::fixEnvironment();
    m_clinic = std::make_unique<TempClinic>();
    QVERIFY2(m_clinic->isValid(), qPrintable(m_clinic->errorMessage()));
    for (const Person &person : kPeople) {
        Patient p =
            TempClinic::draft(QString::fromUtf16(person.first), QString::fromUtf16(person.last),
                              person.dob, QString::fromLatin1(person.mobile));
        p.preferredName = QString::fromUtf16(person.preferred);
        p.homePhone = QString::fromLatin1(person.home);
        p.active = person.active;
        const auto created = m_clinic->patients().create(p);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    }
    QCOMPARE(m_clinic->patients().count().value(), int(std::size(kPeople)));
    m_repository = std::make_unique<Db::SqlPatientRepository>(m_clinic->database());
}

void tst_SqlPatientRepository::cleanupTestCase()
{
    m_repository.reset();
    m_clinic.reset();
}

QList<Patient> tst_SqlPatientRepository::search(const QString &text, int limit,
                                                bool includeInactive)
{
    PatientSearchOptions options;
    options.limit = limit;
    options.includeInactive = includeInactive;
    const auto found = m_repository->search(PatientQuery::parse(text, fixedToday()), options);
    if (!found) {
        qWarning() << found.error().message;
        return {};
    }
    return found.value();
}

void tst_SqlPatientRepository::shouldStoreEveryFieldAsGiven()
{
    // given
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    Db::SqlPatientRepository repository(clinic.database());
    const Patient original = completePatient();
    QVERIFY(original.notes.size() >= 10000);

    // when
    const auto added = repository.add(original, changeBy("desk"));

    // then
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    QVERIFY(added->id > 0);
    QCOMPARE(added->mrn, QStringLiteral("100001"));
    Patient expected = original;
    expected.id = added->id;
    expected.mrn = added->mrn;
    QCOMPARE(added.value(), expected);
    const auto stored = repository.byId(added->id);
    QVERIFY(stored);
    QCOMPARE(stored->notes, expected.notes);
    QCOMPARE(stored.value(), expected);
    QCOMPARE(repository.byRecordNumber(QStringLiteral("100001")).value(), expected);
}

void tst_SqlPatientRepository::shouldStoreEveryFieldOnUpdate()
{
    // given
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    Db::SqlPatientRepository repository(clinic.database());
    const auto added = repository.add(TempClinic::draft("Ann", "Lee"), changeBy("desk"));
    QVERIFY(added);

    // when every field changes
    Patient changed = completePatient();
    changed.id = added->id;
    changed.mrn = added->mrn;
    changed.sex = Sex::Other;
    changed.preferredContact = ContactMethod::Mail;
    changed.active = false;
    const Status updated = repository.update(changed, changeBy("desk"));

    // then
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().message));
    Patient expected = changed;
    expected.createdAt = added->createdAt; // the record's creation is not edited
    QCOMPARE(repository.byId(added->id).value(), expected);
}

void tst_SqlPatientRepository::shouldReportMissingPatient()
{
    const auto byId = m_repository->byId(999);
    const auto byMrn = m_repository->byRecordNumber(QStringLiteral("999999"));

    QVERIFY(!byId);
    QCOMPARE(byId.error().kind, Error::Kind::NotFound);
    QVERIFY(!byMrn);
    QCOMPARE(byMrn.error().kind, Error::Kind::NotFound);
    QVERIFY(byMrn.error().message.contains(QStringLiteral("999999")));
}

void tst_SqlPatientRepository::shouldFindPatients_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names"); // in the order shown

    const QString bob = QString::fromUtf16(u"Jones, Robert \u201CBob\u201D");
    const QString liz = QString::fromUtf16(u"Price, Elizabeth \u201CLiz\u201D");
    const QString zoe = QString::fromUtf16(u"Lee, Zoë");
    const QString jose = QString::fromUtf16(u"Núñez, José");

    // Names: last-name matches first (by last, then first), then first and preferred names.
    QTest::newRow("lee") << "lee"
                         << QStringList{"Lee, Ann", zoe, "Lee-Chen, Wei", "Leeds, Anne",
                                        "Smith, Leela"};
    QTest::newRow("LEE") << "LEE"
                         << QStringList{"Lee, Ann", zoe, "Lee-Chen, Wei", "Leeds, Anne",
                                        "Smith, Leela"};
    QTest::newRow("zoe") << "zoe" << QStringList{zoe};
    QTest::newRow("zoë") << QString::fromUtf16(u"ZOË") << QStringList{zoe};
    QTest::newRow("obrien") << "obrien" << QStringList{"O'Brien, Ann"};
    QTest::newRow("o'brien") << "o'brien" << QStringList{"O'Brien, Ann"};
    QTest::newRow("ob") << "ob" << QStringList{"Obermann, Karl", "O'Brien, Ann"};
    QTest::newRow("nunez") << "nunez" << QStringList{jose};
    QTest::newRow("nun") << "nun" << QStringList{"Nunes, Maria", jose};
    QTest::newRow("núñ") << QString::fromUtf16(u"núñ") << QStringList{"Nunes, Maria", jose};
    QTest::newRow("ann") << "ann"
                         << QStringList{"Annan, Kofi", "Lee, Ann", "O'Brien, Ann", "Smyth, Ann",
                                        "Leeds, Anne"};
    QTest::newRow("smith") << "smith"
                           << QStringList{"Smith, John", "Smith, Leela", "Smithers, Waylon",
                                          "Smith-Jones, Patricia"};
    QTest::newRow("smith-jones") << "smith-jones" << QStringList{"Smith-Jones, Patricia"};
    QTest::newRow("bob") << "bob" << QStringList{"Bobbitt, Lorena", "Jones, Bob", bob};
    QTest::newRow("liz") << "liz" << QStringList{liz};
    QTest::newRow("de la cruz") << "de la cruz" << QStringList{"De la Cruz, Maria"};
    QTest::newRow("cruz (not De la Cruz)")
        << "cruz" << QStringList{QString::fromUtf16(u"Cruz, Penélope")};
    QTest::newRow("muller") << "muller" << QStringList{QString::fromUtf16(u"Müller, Hans")};
    QTest::newRow("strauss") << "strauss" << QStringList{QString::fromUtf16(u"Strauß, Johann")};
    QTest::newRow("strauß") << QString::fromUtf16(u"strauß")
                            << QStringList{QString::fromUtf16(u"Strauß, Johann")};
    QTest::newRow("ji-woo") << "ji-woo" << QStringList{"Park, Ji-woo"};
    QTest::newRow("nobody") << "xavier" << QStringList{};

    // Two words: first and last in either order, or a last name of two words.
    QTest::newRow("ann lee") << "ann lee" << QStringList{"Lee, Ann", "Leeds, Anne"};
    QTest::newRow("lee ann") << "lee ann" << QStringList{"Lee, Ann", "Leeds, Anne"};
    QTest::newRow("smith jones") << "smith jones" << QStringList{"Smith-Jones, Patricia"};
    QTest::newRow("bob jones") << "bob jones" << QStringList{"Jones, Bob", bob};
    QTest::newRow("robert jones") << "robert jones" << QStringList{bob};

    // Last, first.
    QTest::newRow("lee, a") << "lee, a" << QStringList{"Lee, Ann", "Leeds, Anne"};
    QTest::newRow("lee, z") << "lee, z" << QStringList{zoe};
    QTest::newRow("lee,") << "lee," << QStringList{"Lee, Ann", zoe, "Lee-Chen, Wei", "Leeds, Anne"};
    QTest::newRow("jones, b") << "jones, b" << QStringList{"Jones, Bob"};

    // Phone digits: a prefix of any number, or its last digits; sorted by name.
    QTest::newRow("503405") << "503405"
                            << QStringList{"O'Brien, Ann", "Walker, Sam", "Williams, Serena"};
    QTest::newRow("503-405") << "503-405"
                             << QStringList{"O'Brien, Ann", "Walker, Sam", "Williams, Serena"};
    QTest::newRow("last four 8718")
        << "8718" << QStringList{"Kim, Min", "O'Brien, Ann", "Taylor, James"};
    QTest::newRow("full number") << "5034058718" << QStringList{"O'Brien, Ann"};
    QTest::newRow("full number typed") << "1 (503) 405-8718" << QStringList{"O'Brien, Ann"};
    QTest::newRow("area code 971")
        << "971" << QStringList{bob, "Kim, Min", jose, "Williams, Serena"};
    QTest::newRow("unknown number") << "5030000000" << QStringList{};

    // Record numbers.
    QTest::newRow("record number") << "100005" << QStringList{zoe};
    QTest::newRow("record number prefix")
        << "10001"
        << QStringList{
               "Annan, Kofi",       "Bobbitt, Lorena",       QString::fromUtf16(u"Cruz, Penélope"),
               "De la Cruz, Maria", "Lee-Chen, Wei",         "Smith, John",
               "Smithers, Waylon",  "Smith-Jones, Patricia", "Smyth, Ann"};

    // Dates of birth.
    QTest::newRow("3/14/1975") << "3/14/1975" << QStringList{zoe, "O'Brien, Ann"};
    QTest::newRow("03/14/75") << "03/14/75" << QStringList{zoe, "O'Brien, Ann"};
    QTest::newRow("ISO") << "1975-03-14" << QStringList{zoe, "O'Brien, Ann"};
    QTest::newRow("leap day") << "2/29/1988" << QStringList{"Smith, Leela"};
    QTest::newRow("nobody born then") << "4/1/1999" << QStringList{};
}

void tst_SqlPatientRepository::shouldFindPatients()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);

    QCOMPARE(namesOf(search(text)), names);
}

void tst_SqlPatientRepository::shouldHonourLimit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("names");

    const QString zoe = QString::fromUtf16(u"Lee, Zoë");
    QTest::newRow("lee, 2") << "lee" << 2 << QStringList{"Lee, Ann", zoe};
    QTest::newRow("lee, 4: last names only")
        << "lee" << 4 << QStringList{"Lee, Ann", zoe, "Lee-Chen, Wei", "Leeds, Anne"};
    QTest::newRow("lee, 5") << "lee" << 5
                            << QStringList{"Lee, Ann", zoe, "Lee-Chen, Wei", "Leeds, Anne",
                                           "Smith, Leela"};
    QTest::newRow("ann, 3") << "ann" << 3 << QStringList{"Annan, Kofi", "Lee, Ann", "O'Brien, Ann"};
    QTest::newRow("ann lee, 1") << "ann lee" << 1 << QStringList{"Lee, Ann"};
    QTest::newRow("lee, first 1") << "lee," << 1 << QStringList{"Lee, Ann"};
    QTest::newRow("971, 2") << "971" << 2
                            << QStringList{QString::fromUtf16(u"Jones, Robert \u201CBob\u201D"),
                                           "Kim, Min"};
    QTest::newRow("date, 1") << "3/14/1975" << 1 << QStringList{zoe};
    // More matches than room: the lowest record numbers, shown by name.
    QTest::newRow("record prefix, 3")
        << "1000" << 3
        << QStringList{QString::fromUtf16(u"Núñez, José"), "Obermann, Karl", "O'Brien, Ann"};
}

void tst_SqlPatientRepository::shouldHonourLimit()
{
    QFETCH(QString, text);
    QFETCH(int, limit);
    QFETCH(QStringList, names);

    QCOMPARE(namesOf(search(text, limit)), names);
}

void tst_SqlPatientRepository::shouldIncludeInactiveOnlyWhenAsked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("active");
    QTest::addColumn<QStringList>("all");

    const QString zoe = QString::fromUtf16(u"Lee, Zoë");
    QTest::newRow("name") << "lee"
                          << QStringList{"Lee, Ann", zoe, "Lee-Chen, Wei", "Leeds, Anne",
                                         "Smith, Leela"}
                          << QStringList{"Lee, Ann",      "Lee, Ina",    zoe,
                                         "Lee-Chen, Wei", "Leeds, Anne", "Smith, Leela"};
    QTest::newRow("last, first") << "lee, i" << QStringList{} << QStringList{"Lee, Ina"};
    QTest::newRow("first and last") << "ina lee" << QStringList{} << QStringList{"Lee, Ina"};
    QTest::newRow("phone") << "5036660000" << QStringList{} << QStringList{"Lee, Ina"};
    QTest::newRow("date of birth") << "1/1/1980" << QStringList{} << QStringList{"Lee, Ina"};
    QTest::newRow("record number") << "100019" << QStringList{} << QStringList{"Lee, Ina"};
}

void tst_SqlPatientRepository::shouldIncludeInactiveOnlyWhenAsked()
{
    QFETCH(QString, text);
    QFETCH(QStringList, active);
    QFETCH(QStringList, all);

    QCOMPARE(namesOf(search(text)), active);
    QCOMPARE(namesOf(search(text, 200, true)), all);
}

void tst_SqlPatientRepository::shouldTreatSqlTextAsPlainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("drop table") << "'; DROP TABLE patients; --" << QStringList{};
    QTest::newRow("always true") << "lee' OR '1'='1" << QStringList{};
    QTest::newRow("LIKE wildcard") << "%" << QStringList{};
    QTest::newRow("LIKE single-character wildcard") << "_ee" << QStringList{};
    QTest::newRow("wildcard after a letter")
        << "z%" << QStringList{QString::fromUtf16(u"Zhang, Leon"), QString::fromUtf16(u"Lee, Zoë")};
    QTest::newRow("comment") << "lee --"
                             << QStringList{"Lee, Ann", QString::fromUtf16(u"Lee, Zoë"),
                                            "Lee-Chen, Wei", "Leeds, Anne", "Smith, Leela"};
}

void tst_SqlPatientRepository::shouldTreatSqlTextAsPlainText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);

    QCOMPARE(namesOf(search(text)), names);
    QCOMPARE(m_repository->count().value(), int(std::size(kPeople)));
    QVERIFY(m_clinic->database().connection().tables().contains(QStringLiteral("patients")));
}

void tst_SqlPatientRepository::shouldListPossibleDuplicates()
{
    // given someone registering again, with a new mobile and Ann O'Brien's number as home
    Patient again = TempClinic::draft(QStringLiteral("ZOE"), QStringLiteral("lee"),
                                      QDate(1975, 3, 14), QStringLiteral("5030001111"));
    again.homePhone = QStringLiteral("5034058718");

    // when
    const auto found = m_repository->possibleDuplicates(again, 10);
    const auto limited = m_repository->possibleDuplicates(again, 1);
    const auto self =
        m_repository->possibleDuplicates(m_repository->byRecordNumber("100001").value(), 10);
    const auto inactive = m_repository->possibleDuplicates(
        TempClinic::draft(QStringLiteral("Ina"), QStringLiteral("Lee"), QDate(1980, 1, 1)), 10);

    // then
    QVERIFY(found && limited && self && inactive);
    QCOMPARE(namesOf(found.value()),
             (QStringList{QString::fromUtf16(u"Lee, Zoë"), "O'Brien, Ann"}));
    QCOMPARE(limited->size(), 1);
    QCOMPARE(namesOf(self.value()), QStringList{});
    QCOMPARE(namesOf(inactive.value()), QStringList{"Lee, Ina"});
}

void tst_SqlPatientRepository::shouldWriteOneAuditRowPerChange()
{
    // given
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    Db::SqlPatientRepository repository(clinic.database());
    auto auditRows = [&]() {
        QStringList rows;
        QSqlQuery q(clinic.database().connection());
        if (!q.exec(QStringLiteral("SELECT at, user_name, action, entity, entity_id, summary "
                                   "FROM audit_log WHERE entity = 'patient' ORDER BY id")))
            return QStringList{q.lastError().text()};
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < 6; ++i)
                fields << q.value(i).toString();
            rows << fields.join(u'|');
        }
        return rows;
    };
    QCOMPARE(auditRows(), QStringList{});

    // when
    const auto added = repository.add(TempClinic::draft("Ann", "Lee"), changeBy("maria"));
    QVERIFY(added);
    Patient edited = added.value();
    edited.lastName = QStringLiteral("Lee-Park");
    QVERIFY(repository.update(edited, changeBy("sam")).ok());

    // then
    const QString id = QString::number(added->id);
    QCOMPARE(auditRows(),
             (QStringList{
                 "2026-11-25T09:30:00|maria|create|patient|" + id + "|Lee, Ann (MRN 100001)",
                 "2026-11-25T09:30:00|sam|update|patient|" + id + "|Lee-Park, Ann (MRN 100001)"}));

    // and an import of many is one entry
    QVERIFY(repository.addMany({TempClinic::draft("Zoe", "Lee"), TempClinic::draft("Bob", "Jones")},
                               changeBy("import"), {}));
    QCOMPARE(auditRows().size(), 3);
    QCOMPARE(auditRows().last(), QStringLiteral("2026-11-25T09:30:00|import|import|patient|0|"
                                                "2 patients added"));
}

void tst_SqlPatientRepository::shouldWriteNoAuditRowForFailedChange()
{
    TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));
    Db::SqlPatientRepository repository(clinic.database());
    auto count = [&]() {
        QSqlQuery q(clinic.database().connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    };
    const int before = count();
    Patient ghost = TempClinic::draft("Ann", "Lee");
    ghost.id = 4242;

    const Status updated = repository.update(ghost, changeBy("desk"));
    int cancelledAt = 0;
    const QList<Patient> many(600, TempClinic::draft("Ann", "Lee"));
    const auto cancelled = repository.addMany(many, changeBy("desk"), [&](int done) {
        cancelledAt = done;
        return false;
    });

    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().kind, Error::Kind::NotFound);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().kind, Error::Kind::Refused);
    QCOMPARE(cancelledAt, 500);
    QCOMPARE(repository.count().value(), 0);
    QCOMPARE(count(), before);
}

void tst_SqlPatientRepository::shouldSearchThroughIndexes_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("one name") << "smi";
    QTest::newRow("two names") << "ann lee";
    QTest::newRow("last, first") << "lee, a";
    QTest::newRow("last,") << "lee,";
    QTest::newRow("phone prefix") << "503405";
    QTest::newRow("last four") << "8718";
    QTest::newRow("full phone") << "5034058718";
    QTest::newRow("record number") << "125000";
    QTest::newRow("date of birth") << "3/14/1975";
}

void tst_SqlPatientRepository::shouldSearchThroughIndexes()
{
    // Every look-up of a search must be an index range, never a walk through all patients.
    QFETCH(QString, text);
    StatementRecorder recorder(m_clinic->database().connection());
    if (!recorder.isActive())
        QSKIP("SQLite's trace hook is not reachable here");

    search(text);

    verifyIndexedPlans(recorder.take());
}

void tst_SqlPatientRepository::shouldCheckDuplicatesThroughIndexes()
{
    // Runs on every save of the patient form.
    StatementRecorder recorder(m_clinic->database().connection());
    if (!recorder.isActive())
        QSKIP("SQLite's trace hook is not reachable here");
    Patient draft = TempClinic::draft(QStringLiteral("Ann"), QStringLiteral("Lee"),
                                      QDate(1968, 5, 20), QStringLiteral("5037778899"));
    draft.homePhone = QStringLiteral("5034058718");

    QVERIFY(m_repository->possibleDuplicates(draft, 10));

    verifyIndexedPlans(recorder.take());
}

void tst_SqlPatientRepository::verifyIndexedPlans(const QStringList &statements)
{
    QSqlDatabase db = m_clinic->database().connection();
    const QStringList selects = statements.filter(QStringLiteral("FROM patients"));
    QVERIFY2(!selects.isEmpty(), qPrintable(statements.join(u'\n')));
    for (const QString &sql : selects) {
        QSqlQuery plan(db);
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        static const QRegularExpression placeholder(QStringLiteral(":\\w+"));
        for (const auto &m : placeholder.globalMatch(sql))
            plan.bindValue(m.captured(), QString());
        QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        const QString shown = sql + QStringLiteral("\n  ") + steps.join(QStringLiteral("\n  "));
        const QStringList onPatients = steps.filter(QStringLiteral(" patients"));
        QVERIFY2(!onPatients.isEmpty(), qPrintable(shown));
        for (const QString &step : onPatients)
            QVERIFY2(step.startsWith(QStringLiteral("SEARCH patients USING INDEX"))
                         || step.startsWith(QStringLiteral("SEARCH patients USING COVERING INDEX")),
                     qPrintable(shown));
    }
}

QTEST_GUILESS_MAIN(tst_SqlPatientRepository)
#include "tst_sqlpatientrepository.moc"
