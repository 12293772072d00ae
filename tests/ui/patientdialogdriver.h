#pragma once

// Driving the patient dialog by its object names, as the dialog tests do.

#include "patientdialog.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace ClinicDesk::Test::PatientDialogDriver {

using Ui::PatientDialog;

inline QLineEdit *input(QWidget *dialog, const char *name)
{
    return dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
}
inline QPushButton *button(QWidget *dialog, const char *name)
{
    return dialog->findChild<QPushButton *>(QString::fromLatin1(name));
}
// The message under a field as the user sees it: empty when hidden.
inline QString errorShown(QWidget *dialog, const QString &field)
{
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("error_") + field);
    return label && label->isVisible() ? label->text() : QString();
}
inline void type(QWidget *dialog, const char *field, const QString &text)
{
    QLineEdit *edit = input(dialog, field);
    QVERIFY2(edit, field);
    edit->setFocus();
    Test::typeText(edit, text);
}
inline void fillMinimum(QWidget *dialog, const QString &first, const QString &last,
                        const QString &dob = QStringLiteral("03/14/1975"))
{
    type(dialog, "firstName", first);
    type(dialog, "lastName", last);
    type(dialog, "dateOfBirth", dob);
}
inline void show(PatientDialog &dialog)
{
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
}

} // namespace ClinicDesk::Test::PatientDialogDriver
