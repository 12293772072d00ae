#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace ClinicDesk::Ui {

// A yes/no question put to the user before something that cannot be taken back (discarding
// edits, making a patient inactive). Widgets hold a Confirmer so that tests can answer for the
// user; the default asks with a message box whose buttons say what they do.
struct Question {
    QString title;
    QString text;
    QString acceptText; // "Discard", "Make inactive"
    QString rejectText; // "Keep editing", "Cancel"
    QString objectName; // lets tests find the box
    bool destructive = false;
};

using Confirmer = std::function<bool(QWidget *parent, const Question &question)>;

// Asks with a modal QMessageBox; the safe answer (reject) is the default and Esc.
bool askWithMessageBox(QWidget *parent, const Question &question);

} // namespace ClinicDesk::Ui
