#pragma once

#include "timeslot.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;

namespace ClinicDesk::Ui {

class SlotTimeEdit;

// Hours for each day of the week, Monday to Sunday, one row a day: a check box that says in words
// whether the day is on ("Open" / "Closed"), the start and end in 5-minute steps, and the reason a
// day's hours are refused, beside that day. Used for the clinic's opening hours and for each
// provider's working hours.
class WeeklyHoursEditor : public QWidget
{
    Q_OBJECT
public:
    struct Words {
        QString prefix; // object names: "<prefix>_monday_open", "_from", "_to", "_error"
        QString on; // "Open", "Works"
        QString off; // "Closed", "Off"
    };
    explicit WeeklyHoursEditor(Words words, QWidget *parent = nullptr);

    // Days not listed are off; their times start at 8:00–17:00 when switched on.
    void setHours(const QList<Core::WeeklyHours> &hours);
    QList<Core::WeeklyHours> hours() const;
    // Checks every day that is on (ScheduleSetupService::checkHours) and shows each refusal
    // beside its day; true when all pass.
    bool validate();
    // The first day's check box, for focus and tab order.
    QWidget *firstInput() const;
    // Read-only shows the hours greyed and unchangeable (e.g. "works the clinic's hours").
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

signals:
    void edited();

private:
    struct Row {
        int weekday = 1;
        QLabel *day = nullptr;
        QCheckBox *on = nullptr;
        SlotTimeEdit *from = nullptr;
        QLabel *dash = nullptr;
        SlotTimeEdit *to = nullptr;
        QLabel *error = nullptr;
    };
    void updateRow(Row &row);
    bool validateRow(Row &row);
    static int minuteOf(const SlotTimeEdit *edit);

    Words m_words;
    QList<Row> m_rows;
    bool m_readOnly = false;
};

} // namespace ClinicDesk::Ui
