#pragma once

#include "treatment.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace ClinicDesk::Ui {

class OptionalDateField;

// The side effects noted after a treatment: one line each with the coded event (the clinic's
// list), its onset date and a note; lines are added and removed with buttons. Inputs are named
// "eventCode", "eventOnset", "eventNote" and "eventRemove" on every line (find them in order).
class AdverseEventsEditor : public QWidget
{
    Q_OBJECT
public:
    // A new event's onset starts at `today`.
    explicit AdverseEventsEditor(QDate today, QWidget *parent = nullptr);

    void setEvents(const QList<Core::AdverseEvent> &events);
    QList<Core::AdverseEvent> events() const;
    int count() const { return int(m_rows.size()); }

public slots:
    void addEvent();

signals:
    void changed();

private:
    struct Row {
        QWidget *line = nullptr;
        QComboBox *code = nullptr;
        OptionalDateField *onset = nullptr;
        QLineEdit *note = nullptr;
    };

    void addRow(const Core::AdverseEvent &event);
    void removeRow(QWidget *line);
    void updateEmptyState();

    QDate m_today;
    QList<Row> m_rows;
    QVBoxLayout *m_lines = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace ClinicDesk::Ui
