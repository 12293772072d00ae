#include <QTest>
class tst_Migrator : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_migrator.moc"
