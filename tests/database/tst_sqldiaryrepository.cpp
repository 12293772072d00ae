#include "sqldiaryrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace ClinicDesk;
using namespace ClinicDesk::Core;

namespace {

ChangeContext changeBy(const QString &user)
{
    return {user, QDateTime(Test::fixedToday(), QTime(9, 0))};
}

DiaryEntry month(qint64 patientId, int year, int month, int headache, int migraine = 0,
                 double hours = -1, bool baseline = false)
{
    DiaryEntry e;
    e.patientId = patientId;
    e.month = QDate(year, month, 1);
    e.headacheDays = headache;
    e.migraineDays = migraine;
    e.hoursPerDay = hours;
    e.isBaseline = baseline;
    return e;
}

QStringList baselineMonths(Db::Database &db, qint64 patientId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT month FROM headache_diary WHERE patient_id = :p AND "
                             "is_baseline = 1 ORDER BY month"));
    q.bindValue(QStringLiteral(":p"), patientId);
    QStringList months;
    if (q.exec())
        while (q.next())
            months << q.value(0).toString();
    return months;
}

QStringList diaryAudit(Db::Database &db)
{
    QSqlQuery q(db.connection());
    QStringList lines;
    if (q.exec(QStringLiteral("SELECT user_name, action, summary FROM audit_log WHERE entity = "
                              "'headache_diary' ORDER BY id")))
        while (q.next())
            lines << QStringLiteral("%1 %2 %3")
                         .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return lines;
}

QString errorOf(const Status &s)
{
    return s.ok() ? QString() : s.error().message;
}

} // namespace

// The headache diary in SQLite: one row per patient and month, an upsert on save, and at most
// one baseline month per patient.
class tst_SqlDiaryRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldReadMonthsOldestFirst();
    void shouldReplaceAMonthSavedAgain();
    void shouldKeepOneBaselinePerPatient();
    void shouldKeepTheBaselineWhenMarkingAMissingMonth();
    void shouldClearTheBaselineMark();
    void shouldRemoveAMonth();
    void shouldRefuseAMonthForAnUnknownPatient();
    void shouldAuditEveryChange();

private:
    std::unique_ptr<Test::TempClinic> m_clinic;
    std::unique_ptr<Db::SqlDiaryRepository> m_diary;
    qint64 m_ann = 0;
    qint64 m_bob = 0;
};

void tst_SqlDiaryRepository::init()
{
    m_clinic = std::make_unique<Test::TempClinic>();
    QVERIFY2(m_clinic->isValid(), qPrintable(m_clinic->errorMessage()));
    m_diary = std::make_unique<Db::SqlDiaryRepository>(m_clinic->database());
    m_ann = m_clinic->add(QStringLiteral("Ann"), QStringLiteral("Lee")).id;
    m_bob = m_clinic->add(QStringLiteral("Bob"), QStringLiteral("Ortiz")).id;
    QVERIFY(m_ann > 0 && m_bob > 0);
}

void tst_SqlDiaryRepository::cleanup()
{
    m_diary.reset();
    m_clinic.reset();
}

void tst_SqlDiaryRepository::shouldReadMonthsOldestFirst()
{
    // given months saved out of order, one with hours, one without
    QVERIFY(m_diary->save(month(m_ann, 2026, 3, 14, 6, 4.5), changeBy("desk")).ok());
    QVERIFY(m_diary->save(month(m_ann, 2025, 12, 22, 10), changeBy("desk")).ok());
    QVERIFY(m_diary->save(month(m_ann, 2026, 1, 20, 9, 0), changeBy("desk")).ok());
    QVERIFY(m_diary->save(month(m_bob, 2026, 2, 5), changeBy("desk")).ok());

    // when
    const auto read = m_diary->forPatient(m_ann);

    // then
    QVERIFY(read);
    QCOMPARE(read->size(), 3);
    QCOMPARE(read->at(0), month(m_ann, 2025, 12, 22, 10));
    QCOMPARE(read->at(1), month(m_ann, 2026, 1, 20, 9, 0));
    QCOMPARE(read->at(2), month(m_ann, 2026, 3, 14, 6, 4.5));
    QVERIFY(!read->at(0).hasHours());
    QVERIFY(read->at(1).hasHours());
    QVERIFY(m_diary->forPatient(m_bob + 100)->isEmpty());
}

void tst_SqlDiaryRepository::shouldReplaceAMonthSavedAgain()
{
    QVERIFY(m_diary->save(month(m_ann, 2026, 3, 14, 6, 4.5), changeBy("desk")).ok());

    const Status saved = m_diary->save(month(m_ann, 2026, 3, 16, 8), changeBy("desk"));

    QVERIFY2(saved.ok(), qPrintable(errorOf(saved)));
    const auto read = m_diary->forPatient(m_ann);
    QCOMPARE(read->size(), 1);
    QCOMPARE(read->constFirst(), month(m_ann, 2026, 3, 16, 8));
}

void tst_SqlDiaryRepository::shouldKeepOneBaselinePerPatient()
{
    // given Ann's January is her baseline, and Bob has his own
    QVERIFY(m_diary->save(month(m_ann, 2026, 1, 20, 9, -1, true), changeBy("desk")).ok());
    QVERIFY(m_diary->save(month(m_bob, 2026, 1, 18, 4, -1, true), changeBy("desk")).ok());

    // when February is saved as Ann's baseline
    QVERIFY(m_diary->save(month(m_ann, 2026, 2, 22, 10, -1, true), changeBy("desk")).ok());
    // then it is her only one
    QCOMPARE(baselineMonths(m_clinic->database(), m_ann), QStringList{"2026-02"});

    // when January is marked again
    const Status marked = m_diary->setBaseline(m_ann, QDate(2026, 1, 1), changeBy("desk"));
    QVERIFY2(marked.ok(), qPrintable(errorOf(marked)));
    QCOMPARE(baselineMonths(m_clinic->database(), m_ann), QStringList{"2026-01"});

    // and Bob's is untouched throughout
    QCOMPARE(baselineMonths(m_clinic->database(), m_bob), QStringList{"2026-01"});
}

void tst_SqlDiaryRepository::shouldKeepTheBaselineWhenMarkingAMissingMonth()
{
    QVERIFY(m_diary->save(month(m_ann, 2026, 1, 20, 9, -1, true), changeBy("desk")).ok());

    const Status marked = m_diary->setBaseline(m_ann, QDate(2026, 5, 1), changeBy("desk"));

    QVERIFY(!marked.ok());
    QCOMPARE(marked.error().kind, Error::Kind::NotFound);
    QCOMPARE(marked.error().message,
             QStringLiteral("May 2026 is not in this patient's diary; add it before marking it "
                            "as the baseline."));
    // Nothing half-done: the old mark was not cleared.
    QCOMPARE(baselineMonths(m_clinic->database(), m_ann), QStringList{"2026-01"});
}

void tst_SqlDiaryRepository::shouldClearTheBaselineMark()
{
    QVERIFY(m_diary->save(month(m_ann, 2026, 1, 20, 9, -1, true), changeBy("desk")).ok());

    QVERIFY(m_diary->setBaseline(m_ann, QDate(), changeBy("desk")).ok());

    QVERIFY(baselineMonths(m_clinic->database(), m_ann).isEmpty());
    QCOMPARE(m_diary->forPatient(m_ann)->size(), 1);
}

void tst_SqlDiaryRepository::shouldRemoveAMonth()
{
    QVERIFY(m_diary->save(month(m_ann, 2026, 1, 20), changeBy("desk")).ok());
    QVERIFY(m_diary->save(month(m_ann, 2026, 2, 18), changeBy("desk")).ok());

    QVERIFY(m_diary->remove(m_ann, QDate(2026, 1, 1), changeBy("desk")).ok());
    const Status again = m_diary->remove(m_ann, QDate(2026, 1, 1), changeBy("desk"));

    QCOMPARE(m_diary->forPatient(m_ann)->size(), 1);
    QCOMPARE(m_diary->forPatient(m_ann)->constFirst().month, QDate(2026, 2, 1));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::NotFound);
    QCOMPARE(again.error().message, QStringLiteral("January 2026 is not in this patient's diary."));
}

void tst_SqlDiaryRepository::shouldRefuseAMonthForAnUnknownPatient()
{
    const Status saved = m_diary->save(month(m_bob + 1000, 2026, 1, 20), changeBy("desk"));

    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, Error::Kind::Storage);
    QVERIFY(diaryAudit(m_clinic->database()).isEmpty());
}

void tst_SqlDiaryRepository::shouldAuditEveryChange()
{
    QVERIFY(m_diary->save(month(m_ann, 2026, 1, 20, 9, 4.5), changeBy("ana")).ok());
    QVERIFY(m_diary->save(month(m_ann, 2026, 1, 21, 9, -1, true), changeBy("ana")).ok());
    QVERIFY(m_diary->setBaseline(m_ann, QDate(), changeBy("raj")).ok());
    QVERIFY(m_diary->remove(m_ann, QDate(2026, 1, 1), changeBy("raj")).ok());

    QCOMPARE(diaryAudit(m_clinic->database()),
             (QStringList{"ana create Jan 2026: 20 headache days, 9 migraine days, 4.5 h a day",
                          "ana update Jan 2026: 21 headache days, 9 migraine days, baseline",
                          "raj set baseline mark cleared", "raj delete Jan 2026 removed"}));
}

QTEST_GUILESS_MAIN(tst_SqlDiaryRepository)
#include "tst_sqldiaryrepository.moc"
