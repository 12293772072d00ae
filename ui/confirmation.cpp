#include "confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace ClinicDesk::Ui {

bool askWithMessageBox(QWidget *parent, const Question &question)
{
    QMessageBox box(QMessageBox::Question, question.title, question.text, QMessageBox::NoButton,
                    parent);
    box.setObjectName(question.objectName);
    QPushButton *accept =
        box.addButton(question.acceptText, question.destructive ? QMessageBox::DestructiveRole
                                                                : QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptButton"));
    QPushButton *reject = box.addButton(question.rejectText, QMessageBox::RejectRole);
    reject->setObjectName(QStringLiteral("rejectButton"));
    // A stray Enter must not throw away work.
    box.setDefaultButton(reject);
    box.setEscapeButton(reject);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace ClinicDesk::Ui
