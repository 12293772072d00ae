#pragma once

// Small helpers for driving widgets the way a user does, shared by the widget tests.

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <memory>

namespace ClinicDesk::Test {

// Types text key by key into the widget, including letters outside ASCII (Núñez, Zoë), which
// QTest::keyClicks cannot send as text.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        const Qt::Key key =
            c.unicode() < 0x80 ? QTest::asciiToKey(char(c.unicode())) : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Press, widget, key, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, key, QString(c), Qt::NoModifier);
    }
}

// Clicks the button named `buttonName` in the next modal message box that opens (a question put
// while the test waits in exec()). Records what the box said in `text` when given.
inline void answerNextMessageBox(const QString &buttonName, QString *text = nullptr,
                                 QString *boxName = nullptr)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    auto attempts = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (++*attempts > 300) // three seconds: the question never came; the test fails
                timer->deleteLater();
            return;
        }
        timer->stop();
        timer->deleteLater();
        if (text)
            *text = box->text();
        if (boxName)
            *boxName = box->objectName();
        if (auto *button = box->findChild<QAbstractButton *>(buttonName))
            button->click();
        else
            box->reject();
    });
    timer->start();
}

// Saves a picture of the widget as `name` (".png" added when missing) into $CLINICDESK_SHOTS,
// when set, to be looked at. Returns false only when a picture was wanted and not written.
[[nodiscard]] inline bool saveShot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CLINICDESK_SHOTS");
    if (folder.isEmpty())
        return true;
    QDir().mkpath(folder);
    QTest::qWait(50); // let the layout settle as it would on screen
    const QString file = name.endsWith(QStringLiteral(".png")) ? name : name + QStringLiteral(".png");
    return widget->grab().save(QDir(folder).filePath(file));
}

} // namespace ClinicDesk::Test
