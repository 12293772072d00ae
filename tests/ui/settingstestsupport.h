#pragma once

// Shared by the settings dialog's widget tests: a real clinic with the demo clinic's providers and
// rooms, the dialog opened on a page with its questions answered by the test, and helpers that
// drive its widgets as a user does (typing, clicking, tabbing into time fields).

#include "democlinic.h"
#include "settingsdialog.h"
#include "settingspage.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <functional>
#include <memory>

namespace ClinicDesk::Test {

// Runs `act` on the next modal dialog named `objectName` once it is open (while the code under
// test waits in exec()); a dialog the act leaves open is closed unsaved, so a failing check never
// hangs the test. Returns a flag that says whether the dialog was found.
inline std::shared_ptr<bool> onNextDialog(const QString &objectName,
                                          std::function<void(QDialog *)> act)
{
    auto found = std::make_shared<bool>(false);
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    auto attempts = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != objectName) {
            if (++*attempts > 300) // three seconds: it never opened; the caller's checks fail
                timer->deleteLater();
            return;
        }
        timer->stop();
        timer->deleteLater();
        *found = true;
        dialog->activateWindow(); // focus, as the user has it, goes to the form
        (void)QTest::qWaitForWindowActive(dialog);
        act(dialog);
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected);
    });
    timer->start();
    return found;
}

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

// Types over whatever the field holds, as a user does after selecting it all.
inline void retype(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    typeText(field, text);
}

inline void click(QWidget *parent, const QString &buttonName)
{
    auto *button = child<QAbstractButton>(parent, buttonName);
    QVERIFY2(button, qPrintable(buttonName));
    QVERIFY2(button->isEnabled(), qPrintable(buttonName + QStringLiteral(" is disabled")));
    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
}

// Clicks the row whose first column reads `text`; false when there is none.
inline bool clickRow(QTableView *table, const QString &text)
{
    QTest::qWait(0); // let a page just shown lay out its table
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data().toString() == text) {
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(index).center());
            return true;
        }
    }
    return false;
}

inline QString cellText(QTableView *table, const QString &firstColumn, int column)
{
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data().toString() == firstColumn)
            return table->model()->index(row, column).data().toString();
    return {};
}

inline QString shown(QWidget *parent, const QString &labelName)
{
    auto *label = child<QLabel>(parent, labelName);
    return label && label->isVisible() ? label->text() : QString();
}

// A clinic with five providers and four rooms, and the settings dialog over it, for a test class
// to derive from: startClinic() in init(), finish() in cleanup(). The dialog's questions (discard,
// deactivate, remove) are answered with m_answer and recorded in m_questions.
class SettingsFixture
{
protected:
    using Page = Ui::SettingsDialog::Page;

    std::unique_ptr<TempClinic> m_clinic;
    std::unique_ptr<Ui::SettingsDialog> m_dialog;
    QStringList m_questions; // object names of the questions put to the user
    bool m_answer = true;

    // A fresh clinic; an empty string when it is ready, else what went wrong.
    QString startClinic()
    {
        m_clinic = std::make_unique<TempClinic>();
        m_questions.clear();
        m_answer = true;
        if (!m_clinic->isValid())
            return m_clinic->errorMessage();
        for (const Core::Provider &p : Core::DemoClinic::providers())
            if (auto added = setup().addProvider(p); !added)
                return added.error().message;
        for (const Core::Room &r : Core::DemoClinic::rooms())
            if (auto added = setup().addRoom(r); !added)
                return added.error().message;
        return {};
    }
    void finish()
    {
        if (m_dialog) // nothing left to ask once the test is over
            m_dialog->setConfirmer([](QWidget *, const Ui::Question &) { return true; });
        m_dialog.reset();
        m_clinic.reset();
    }

    Core::ClinicSetupService &setup() { return m_clinic->setup(); }
    Core::ScheduleSetupService &schedule() { return m_clinic->context().scheduleSetup(); }

    void openOn(Page page)
    {
        m_dialog = std::make_unique<Ui::SettingsDialog>(setup(), schedule());
        m_dialog->setConfirmer([this](QWidget *, const Ui::Question &q) {
            m_questions << q.objectName;
            return m_answer;
        });
        m_dialog->show();
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        m_dialog->showPage(page);
    }
    QTableView *table(const char *name)
    {
        return child<QTableView>(m_dialog.get(), QString::fromLatin1(name));
    }
    Core::Provider storedProvider(const QString &name)
    {
        for (const Core::Provider &p : setup().providers().value())
            if (p.name == name)
                return p;
        return {};
    }
    // Tabs into a time or date field (which selects its first part) and types over it.
    static void typeInto(QDateTimeEdit *edit, const QString &text)
    {
        QVERIFY(edit);
        QVERIFY2(edit->isVisible() && edit->isEnabled(), qPrintable(edit->objectName()));
        edit->setFocus(Qt::TabFocusReason);
        // What tabbing in does, whether or not the window has been activated yet.
        edit->setSelectedSection(edit->sectionAt(0));
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Tab);
    }
    static void setTime(QTimeEdit *edit, const QString &hhmm) { typeInto(edit, hhmm); }
    void setDay(const QString &prefix, const QString &day, bool on, const QString &from = {},
                const QString &to = {})
    {
        auto *box = child<QCheckBox>(m_dialog.get(), prefix + u'_' + day + QStringLiteral("_open"));
        QVERIFY(box);
        if (box->isChecked() != on)
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        QCOMPARE(box->isChecked(), on);
        if (!from.isEmpty())
            setTime(child<QTimeEdit>(m_dialog.get(), prefix + u'_' + day + QStringLiteral("_from")),
                    from);
        if (!to.isEmpty())
            setTime(child<QTimeEdit>(m_dialog.get(), prefix + u'_' + day + QStringLiteral("_to")),
                    to);
    }
    void saveShot(QWidget *widget, const QString &name)
    {
        QVERIFY(Test::saveShot(widget, name));
    }
};

} // namespace ClinicDesk::Test
