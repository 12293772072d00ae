#pragma once

#include "datefield.h"

#include <QMouseEvent>

namespace ClinicDesk::Ui {

// A date that may be left out (a lot's expiry, an event's onset, when a drug was shipped): the
// field shows `emptyText` ("Not recorded") until a date is given. The earliest date the field
// takes stands for "none", so clearing is choosing the first day or pressing Delete on it.
// Opening the calendar on an empty field starts at the suggested day, not in the year 2000.
class OptionalDateField : public DateField
{
public:
    OptionalDateField(QDate date, const QString &emptyText, QDate suggested,
                      QWidget *parent = nullptr)
        : DateField(none(), parent)
        , m_suggested(suggested)
    {
        setMinimumDate(none());
        setSpecialValueText(emptyText);
        setOptionalDate(date);
    }

    QDate optionalDate() const { return date() == minimumDate() ? QDate() : date(); }
    void setOptionalDate(QDate date) { setDate(date.isValid() ? date : minimumDate()); }
    void clearDate() { setDate(minimumDate()); }
    void setSuggestedDate(QDate suggested) { m_suggested = suggested; }

protected:
    void mousePressEvent(QMouseEvent *event) override
    {
        if (!optionalDate().isValid() && m_suggested.isValid())
            setDate(m_suggested);
        DateField::mousePressEvent(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            if (lineEdit()->selectedText() == lineEdit()->text()) {
                clearDate();
                event->accept();
                return;
            }
        }
        if (!optionalDate().isValid() && m_suggested.isValid() && !event->text().isEmpty() &&
            event->text().at(0).isDigit()) {
            // Typing into "Not recorded" starts from a real date, month first.
            setDate(m_suggested);
            setSelectedSection(QDateTimeEdit::MonthSection);
        }
        DateField::keyPressEvent(event);
    }

private:
    static QDate none() { return QDate(2000, 1, 1); }
    QDate m_suggested;
};

} // namespace ClinicDesk::Ui
