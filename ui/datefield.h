#pragma once

#include <QDateEdit>
#include <QKeyEvent>
#include <QLineEdit>

namespace ClinicDesk::Ui {

// A date field (MM/dd/yyyy, with a calendar) that takes dates typed the way the desk writes them,
// "12/24/2026" or "1/2/2027". Qt moves to the next part of the date on its own once a month or day
// is complete; a "/" typed right after that would skip a part (12/24/2026 became 12/25/2420), so
// it is taken as already done.
class DateField : public QDateEdit
{
public:
    explicit DateField(QDate date, QWidget *parent = nullptr)
        : QDateEdit(date, parent)
    {
        setDisplayFormat(QStringLiteral("MM/dd/yyyy"));
        setCalendarPopup(true);
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        const QString typed = event->text();
        if (typed.size() == 1 && QStringLiteral("/-.").contains(typed)) {
            const QLineEdit *edit = lineEdit();
            const int at =
                edit->hasSelectedText() ? edit->selectionStart() : edit->cursorPosition();
            if (at > 0 && edit->text().at(at - 1) == u'/') {
                event->accept();
                return;
            }
        }
        QDateEdit::keyPressEvent(event);
    }
};

} // namespace ClinicDesk::Ui
