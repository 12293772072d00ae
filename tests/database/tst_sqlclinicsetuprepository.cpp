#include "clinicsetupservice.h"
#include "database.h"
#include "migrator.h"
#include "sqlclinicsetuprepository.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;

namespace {

// A migrated database with nothing installed yet (TempClinic installs the defaults itself).
struct BareClinic {
    QTemporaryDir dir;
    std::unique_ptr<Db::Database> database;
    std::unique_ptr<Db::SqlClinicSetupRepository> repository;
    FixedClock clock{Test::fixedToday()};

    bool open()
    {
        auto opened = Db::Database::open(dir.filePath(QStringLiteral("clinic.sqlite")),
                                         Db::Database::OpenMode::CreateIfMissing);
        if (!opened || !Db::Migrator(*opened.value()).migrate())
            return false;
        database = std::move(opened.value());
        repository = std::make_unique<Db::SqlClinicSetupRepository>(*database);
        return true;
    }
    ~BareClinic()
    {
        repository.reset();
        database.reset();
    }
};

ChangeContext changeBy(const QString &user)
{
    return {user, QDateTime(Test::fixedToday(), QTime(9, 0))};
}

int auditCount(Db::Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next() ? q.value(0).toInt()
                                                                                : -1;
}

} // namespace

// The clinic's set-up in SQLite: default appointment types, providers, rooms and settings.
class tst_SqlClinicSetupRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void shouldInstallDefaultAppointmentTypes();
    void shouldInstallDefaultsOnlyOnce();
    void shouldKeepChangedSettingsWhenInstallingDefaults();
    void shouldInstallDefaultsIntoNewClinic();
    void shouldAddProvider();
    void shouldAddRoom();
    void shouldKeepProvidersInOrderAdded();
    void shouldRefuseDuplicateName_data();
    void shouldRefuseDuplicateName();
    void shouldUpdateAppointmentType();
    void shouldRefuseRenameToExistingName();
    void shouldReportMissingRowOnUpdate();
    void shouldSetAndOverwriteSettings();
    void shouldGiveNothingForUnsetSetting();
    void shouldAuditEveryChange();
};

void tst_SqlClinicSetupRepository::initTestCase()
{
    Test::fixEnvironment();
}

void tst_SqlClinicSetupRepository::shouldInstallDefaultAppointmentTypes()
{
    // given
    BareClinic clinic;
    QVERIFY(clinic.open());
    ClinicSetupService setup(*clinic.repository, clinic.clock, QStringLiteral("manager"));
    QVERIFY(clinic.repository->appointmentTypes()->isEmpty());

    // when
    const Status installed = setup.installDefaults();

    // then the six types of shared/domain.md, with their usual lengths, in that order
    QVERIFY2(installed.ok(), qPrintable(installed.ok() ? QString() : installed.error().message));
    const auto types = clinic.repository->appointmentTypes();
    QVERIFY(types);
    QStringList shown;
    for (const AppointmentType &t : types.value())
        shown << QStringLiteral("%1 %2%3")
                     .arg(t.name)
                     .arg(t.defaultMinutes)
                     .arg(t.isBotox ? QStringLiteral(" botox") : QString());
    QCOMPARE(shown,
             (QStringList{"Botox treatment 15 botox", "New-patient consult 45", "Follow-up 20",
                          "Cervical injection 30", "Nerve block 30", "Phone call 10"}));
    for (const AppointmentType &t : types.value()) {
        QVERIFY(t.id > 0);
        QVERIFY(t.active);
        static const QRegularExpression colour(QStringLiteral("^#[0-9a-f]{6}$"));
        QVERIFY2(colour.match(t.colour).hasMatch(), qPrintable(t.colour));
    }
    QCOMPARE(clinic.repository->setting(SettingKey::slotMinutes)->value_or("unset"),
             QStringLiteral("15"));
}

void tst_SqlClinicSetupRepository::shouldInstallDefaultsOnlyOnce()
{
    BareClinic clinic;
    QVERIFY(clinic.open());
    ClinicSetupService setup(*clinic.repository, clinic.clock, QStringLiteral("manager"));

    QVERIFY(setup.installDefaults().ok());
    const int auditAfterFirst = auditCount(*clinic.database);
    QVERIFY(setup.installDefaults().ok());

    QCOMPARE(clinic.repository->appointmentTypes()->size(), 6);
    QCOMPARE(auditCount(*clinic.database), auditAfterFirst); // nothing written the second time
}

void tst_SqlClinicSetupRepository::shouldKeepChangedSettingsWhenInstallingDefaults()
{
    BareClinic clinic;
    QVERIFY(clinic.open());
    ClinicSetupService setup(*clinic.repository, clinic.clock, QStringLiteral("manager"));
    QVERIFY(setup.setSetting(SettingKey::clinicName, QStringLiteral("Rose City Headache")).ok());

    QVERIFY(setup.installDefaults().ok());

    QCOMPARE(setup.clinicName(), QStringLiteral("Rose City Headache"));
    QCOMPARE(setup.setting(SettingKey::timeZone), QStringLiteral("America/Los_Angeles"));
}

void tst_SqlClinicSetupRepository::shouldInstallDefaultsIntoNewClinic()
{
    // The application installs them when it creates a database.
    Test::TempClinic clinic;
    QVERIFY2(clinic.isValid(), qPrintable(clinic.errorMessage()));

    const auto types = clinic.setup().appointmentTypes();

    QVERIFY(types);
    QCOMPARE(types->size(), 6);
    QCOMPARE(types->constFirst().name, QStringLiteral("Botox treatment"));
}

void tst_SqlClinicSetupRepository::shouldAddProvider()
{
    BareClinic clinic;
    QVERIFY(clinic.open());
    const Provider fiks{0, QStringLiteral("Vladimir Fiks"), QStringLiteral("MD"),
                        QStringLiteral("#3b6ea5"), true};

    const auto added = clinic.repository->addProvider(fiks, changeBy("manager"));

    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    QVERIFY(added->id > 0);
    Provider expected = fiks;
    expected.id = added->id;
    QCOMPARE(added.value(), expected);
    QCOMPARE(clinic.repository->providers().value(), QList<Provider>{expected});
    QCOMPARE(expected.displayName(), QStringLiteral("Vladimir Fiks, MD"));
}

void tst_SqlClinicSetupRepository::shouldAddRoom()
{
    BareClinic clinic;
    QVERIFY(clinic.open());

    const auto added =
        clinic.repository->addRoom({0, QStringLiteral("Procedure 1"), true}, changeBy("manager"));
    const auto closed =
        clinic.repository->addRoom({0, QStringLiteral("Exam 4"), false}, changeBy("manager"));

    QVERIFY(added && closed);
    QCOMPARE(clinic.repository->rooms().value(),
             (QList<Room>{{added->id, QStringLiteral("Procedure 1"), true},
                          {closed->id, QStringLiteral("Exam 4"), false}}));
}

void tst_SqlClinicSetupRepository::shouldKeepProvidersInOrderAdded()
{
    BareClinic clinic;
    QVERIFY(clinic.open());
    for (const char *name : {"Sarah Kim", "Maria Alvarez", "Daniel O'Connor"})
        QVERIFY(clinic.repository->addProvider({0, QString::fromUtf8(name), {}, "#3b6ea5", true},
                                               changeBy("manager")));

    QStringList names;
    for (const Provider &p : clinic.repository->providers().value())
        names << p.name;

    QCOMPARE(names, (QStringList{"Sarah Kim", "Maria Alvarez", "Daniel O'Connor"}));
}

void tst_SqlClinicSetupRepository::shouldRefuseDuplicateName_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");

    QTest::newRow("provider") << "provider"
                              << QString::fromUtf16(u"There is already a provider named "
                                                    u"\u201CVladimir Fiks\u201D.");
    QTest::newRow("room") << "room"
                          << QString::fromUtf16(u"There is already a room named "
                                                u"\u201CProcedure 1\u201D.");
    QTest::newRow("appointment type") << "type"
                                      << QString::fromUtf16(u"There is already an appointment "
                                                            u"type named \u201CBotox "
                                                            u"treatment\u201D.");
}

void tst_SqlClinicSetupRepository::shouldRefuseDuplicateName()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    // given
    BareClinic clinic;
    QVERIFY(clinic.open());
    auto add = [&]() -> Status {
        if (what == u"provider") {
            auto r = clinic.repository->addProvider(
                {0, QStringLiteral("Vladimir Fiks"), QStringLiteral("MD"), "#3b6ea5", true},
                changeBy("manager"));
            return r ? Status() : r.error();
        }
        if (what == u"room") {
            auto r = clinic.repository->addRoom({0, QStringLiteral("Procedure 1"), true},
                                                changeBy("manager"));
            return r ? Status() : r.error();
        }
        auto r = clinic.repository->addAppointmentType(
            {0, QStringLiteral("Botox treatment"), 15, "#b8d4f0", true, true}, changeBy("manager"));
        return r ? Status() : r.error();
    };
    QVERIFY(add().ok());
    const int auditBefore = auditCount(*clinic.database);

    // when
    const Status again = add();

    // then
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    QCOMPARE(again.error().message, message);
    QCOMPARE(auditCount(*clinic.database), auditBefore);
    QCOMPARE(clinic.repository->providers()->size() + clinic.repository->rooms()->size()
                 + clinic.repository->appointmentTypes()->size(),
             1);
}

void tst_SqlClinicSetupRepository::shouldUpdateAppointmentType()
{
    // given
    BareClinic clinic;
    QVERIFY(clinic.open());
    const auto added = clinic.repository->addAppointmentType(
        {0, QStringLiteral("Follow-up"), 20, QStringLiteral("#c6e6c3"), false, true},
        changeBy("manager"));
    QVERIFY(added);

    // when the clinic books longer follow-ups
    AppointmentType changed = added.value();
    changed.defaultMinutes = 30;
    changed.name = QStringLiteral("Follow-up visit");
    const Status updated = clinic.repository->updateAppointmentType(changed, changeBy("manager"));

    // then
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().message));
    QCOMPARE(clinic.repository->appointmentTypes().value(), QList<AppointmentType>{changed});
}

void tst_SqlClinicSetupRepository::shouldRefuseRenameToExistingName()
{
    // given
    BareClinic clinic;
    QVERIFY(clinic.open());
    ClinicSetupService setup(*clinic.repository, clinic.clock, QStringLiteral("manager"));
    QVERIFY(setup.installDefaults().ok());
    const QList<AppointmentType> before = clinic.repository->appointmentTypes().value();
    AppointmentType nerveBlock = before.at(4);
    QCOMPARE(nerveBlock.name, QStringLiteral("Nerve block"));

    // when
    nerveBlock.name = QStringLiteral("Botox treatment");
    const Status renamed =
        clinic.repository->updateAppointmentType(nerveBlock, changeBy("manager"));

    // then
    QVERIFY(!renamed.ok());
    QCOMPARE(renamed.error().kind, Error::Kind::Conflict);
    QCOMPARE(renamed.error().message,
             QString::fromUtf16(u"There is already an appointment type named \u201CBotox "
                                u"treatment\u201D."));
    QCOMPARE(clinic.repository->appointmentTypes().value(), before);
}

void tst_SqlClinicSetupRepository::shouldReportMissingRowOnUpdate()
{
    BareClinic clinic;
    QVERIFY(clinic.open());
    const int auditBefore = auditCount(*clinic.database);

    const Status updated =
        clinic.repository->updateRoom({999, QStringLiteral("Exam 9"), true}, changeBy("manager"));

    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().kind, Error::Kind::NotFound);
    QCOMPARE(updated.error().message, QStringLiteral("That room no longer exists."));
    QCOMPARE(auditCount(*clinic.database), auditBefore);
    QVERIFY(clinic.repository->rooms()->isEmpty());
}

void tst_SqlClinicSetupRepository::shouldSetAndOverwriteSettings()
{
    BareClinic clinic;
    QVERIFY(clinic.open());
    const QString key = QStringLiteral("reminders.leadDays");

    QVERIFY(clinic.repository->setSetting(key, QStringLiteral("2"), changeBy("manager")).ok());
    QCOMPARE(clinic.repository->setting(key)->value_or("unset"), QStringLiteral("2"));

    QVERIFY(clinic.repository->setSetting(key, QStringLiteral("3"), changeBy("manager")).ok());
    QCOMPARE(clinic.repository->setting(key)->value_or("unset"), QStringLiteral("3"));

    QVERIFY(clinic.repository->setSetting(key, QString(), changeBy("manager")).ok());
    QCOMPARE(clinic.repository->setting(key)->value_or("unset"), QStringLiteral(""));
}

void tst_SqlClinicSetupRepository::shouldGiveNothingForUnsetSetting()
{
    BareClinic clinic;
    QVERIFY(clinic.open());
    ClinicSetupService setup(*clinic.repository, clinic.clock, QStringLiteral("manager"));

    const auto value = clinic.repository->setting(QStringLiteral("never.set"));

    QVERIFY(value);
    QVERIFY(!value->has_value());
    QCOMPARE(setup.setting(QStringLiteral("never.set"), QStringLiteral("fallback")),
             QStringLiteral("fallback"));
    QCOMPARE(setup.clinicName(), QStringLiteral("ClinicDesk"));
}

void tst_SqlClinicSetupRepository::shouldAuditEveryChange()
{
    BareClinic clinic;
    QVERIFY(clinic.open());

    QVERIFY(clinic.repository->addRoom({0, QStringLiteral("Exam 3"), true}, changeBy("ann")));
    QVERIFY(clinic.repository
                ->setSetting(QStringLiteral("clinic.name"), QStringLiteral("APMC"), changeBy("sam"))
                .ok());

    QSqlQuery q(clinic.database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT user_name, action, entity, summary FROM audit_log "
                                  "ORDER BY id")));
    QStringList rows;
    while (q.next())
        rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString()}
                    .join(u'|');
    QCOMPARE(rows, (QStringList{"ann|create|rooms|Exam 3", "sam|set|setting|clinic.name = APMC"}));
}

QTEST_GUILESS_MAIN(tst_SqlClinicSetupRepository)
#include "tst_sqlclinicsetuprepository.moc"
