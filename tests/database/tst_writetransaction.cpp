#include "database.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace ClinicDesk;
using Db::Database;
using Db::WriteTransaction;

namespace {

std::unique_ptr<Database> openWorkstation(const QString &path)
{
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!opened) {
        qWarning() << opened.error().message;
        return nullptr;
    }
    return std::move(opened.value());
}

bool exec(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return true;
    qWarning() << sql << q.lastError().text();
    return false;
}

int settingsCount(const Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM clinic_settings WHERE key LIKE 'test.%'"))
                   && q.next()
               ? q.value(0).toInt()
               : -1;
}

bool setBusyTimeout(const Database &db, int ms)
{
    return exec(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(ms));
}

} // namespace

// Two workstations on one database file: a write transaction holds the write lock from its
// start, others wait for it (up to the busy timeout) and are told why when it takes too long.
class tst_WriteTransaction : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldCommitChanges();
    void shouldRollBackWhenNotCommitted();
    void shouldHoldWriteLockFromStart();
    void shouldTellOtherWorkstationWhyItCannotSave();
    void shouldLetOtherWorkstationReadWhileWriting();
    void shouldLetOtherWorkstationSaveOnceCommitted();

private:
    std::unique_ptr<Test::TempClinic> m_clinic;
    std::unique_ptr<Database> m_a; // workstation A
    std::unique_ptr<Database> m_b; // workstation B
};

void tst_WriteTransaction::init()
{
    Test::fixEnvironment();
    m_clinic = std::make_unique<Test::TempClinic>();
    QVERIFY2(m_clinic->isValid(), qPrintable(m_clinic->errorMessage()));
    m_a = openWorkstation(m_clinic->path());
    m_b = openWorkstation(m_clinic->path());
    QVERIFY(m_a && m_b);
}

void tst_WriteTransaction::cleanup()
{
    m_b.reset();
    m_a.reset();
    m_clinic.reset();
}

void tst_WriteTransaction::shouldCommitChanges()
{
    {
        WriteTransaction transaction(m_a->connection());
        QVERIFY(transaction.isActive());
        QVERIFY(exec(*m_a, "INSERT INTO clinic_settings VALUES ('test.a', '1')"));
        const Core::Status committed = transaction.commit();
        QVERIFY(committed.ok());
    }

    QCOMPARE(settingsCount(*m_b), 1);
}

void tst_WriteTransaction::shouldRollBackWhenNotCommitted()
{
    // given a change made in a transaction that is abandoned (an early return on an error)
    {
        WriteTransaction transaction(m_a->connection());
        QVERIFY(transaction.isActive());
        QVERIFY(exec(*m_a, "INSERT INTO clinic_settings VALUES ('test.a', '1')"));
        QCOMPARE(settingsCount(*m_a), 1);
    }

    // then it is gone, and the write lock is free again
    QCOMPARE(settingsCount(*m_a), 0);
    QCOMPARE(settingsCount(*m_b), 0);
    QVERIFY(setBusyTimeout(*m_b, 0));
    WriteTransaction other(m_b->connection());
    QVERIFY2(other.isActive(), qPrintable(other.error().message));
}

void tst_WriteTransaction::shouldHoldWriteLockFromStart()
{
    // given A has begun, without writing anything yet
    WriteTransaction a(m_a->connection());
    QVERIFY(a.isActive());

    // when B tries to write outside any transaction
    QVERIFY(setBusyTimeout(*m_b, 0));
    QSqlQuery q(m_b->connection());
    const bool written =
        q.exec(QStringLiteral("INSERT INTO clinic_settings VALUES ('test.b', '1')"));

    // then B is kept out
    QVERIFY(!written);
    QVERIFY2(q.lastError().text().contains(QStringLiteral("locked")),
             qPrintable(q.lastError().text()));
}

void tst_WriteTransaction::shouldTellOtherWorkstationWhyItCannotSave()
{
    // given A holds the write lock, and B waits a short while rather than 5 seconds
    WriteTransaction a(m_a->connection());
    QVERIFY(a.isActive());
    QVERIFY(setBusyTimeout(*m_b, 200));

    // when
    QElapsedTimer waited;
    waited.start();
    WriteTransaction b(m_b->connection());
    const qint64 ms = waited.elapsed();

    // then B waited for its timeout, then gave up with words the desk understands
    QVERIFY(!b.isActive());
    QCOMPARE(b.error().kind, Core::Error::Kind::Storage);
    QCOMPARE(b.error().message, QStringLiteral("Cannot start saving: another workstation is "
                                               "writing to the database. Try again in a moment."));
    QVERIFY2(ms >= 150, qPrintable(QStringLiteral("gave up after %1 ms").arg(ms)));
    const Core::Status committed = b.commit();
    QVERIFY(!committed.ok());
    QCOMPARE(committed.error().message, b.error().message);
}

void tst_WriteTransaction::shouldLetOtherWorkstationReadWhileWriting()
{
    // given A has written but not committed
    QVERIFY(exec(*m_a, "INSERT INTO clinic_settings VALUES ('test.old', '1')"));
    WriteTransaction a(m_a->connection());
    QVERIFY(a.isActive());
    QVERIFY(exec(*m_a, "INSERT INTO clinic_settings VALUES ('test.new', '1')"));

    // then B reads the last committed state at once, without A's change
    QVERIFY(setBusyTimeout(*m_b, 0));
    QCOMPARE(settingsCount(*m_b), 1);

    // and sees it once committed
    QVERIFY(a.commit().ok());
    QCOMPARE(settingsCount(*m_b), 2);
}

void tst_WriteTransaction::shouldLetOtherWorkstationSaveOnceCommitted()
{
    // given A, on its own thread (a connection belongs to one thread), holds the write lock and
    // commits after 300 ms
    const QString path = m_clinic->path();
    QSemaphore begun, done;
    bool aCommitted = false;
    std::unique_ptr<QThread> workstationA(QThread::create([&]() {
        auto a = openWorkstation(path);
        if (!a) {
            begun.release();
            return;
        }
        {
            WriteTransaction transaction(a->connection());
            exec(*a, QStringLiteral("INSERT INTO clinic_settings VALUES ('test.a', '1')"));
            begun.release();
            QThread::msleep(300);
            aCommitted = transaction.commit().ok();
        }
        a.reset();
        done.release();
    }));
    workstationA->start();
    QVERIFY(begun.tryAcquire(1, 10000));

    // when B begins with the usual 5-second patience
    QElapsedTimer waited;
    waited.start();
    WriteTransaction b(m_b->connection());
    const qint64 ms = waited.elapsed();

    // then B waited for A, and then went ahead
    QVERIFY2(b.isActive(), qPrintable(b.error().message));
    QVERIFY(exec(*m_b, "INSERT INTO clinic_settings VALUES ('test.b', '1')"));
    QVERIFY(b.commit().ok());
    QVERIFY(done.tryAcquire(1, 10000));
    workstationA->wait();
    QVERIFY(aCommitted);
    QVERIFY2(ms >= 100, qPrintable(QStringLiteral("went ahead after %1 ms").arg(ms)));
    QCOMPARE(settingsCount(*m_a), 2);
}

QTEST_GUILESS_MAIN(tst_WriteTransaction)
#include "tst_writetransaction.moc"
