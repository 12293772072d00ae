#pragma once

#include "schedulecontext.h"

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;

namespace ClinicDesk::Ui {

// The Botox part of the booking dialog: where the patient stands in their retreatment window
// (cycle, earliest, due, overdue), a refusal for a date before the earliest allowed one with the
// field for the override reason that lets it through, and where the drug will come from.
// Hidden for other visit types.
class BookingRetreatmentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BookingRetreatmentPanel(const ScheduleServices &services, QWidget *parent = nullptr);

    // Shows the panel for a Botox visit of the patient on the draft's day; `tooEarly` is the
    // rule's refusal for it (empty when the day is inside the window or overridden).
    void update(bool isBotox, qint64 patientId, QDate day, const QString &tooEarly);
    QString overrideReason() const;
    void setOverrideReason(const QString &reason);
    // Whether the drug comes from a specialty pharmacy (to be ordered) rather than clinic stock.
    bool fromSpecialtyPharmacy() const;
    QString statusText() const;
    // Whether the authorizations on file cover the visit, or why not (empty: not known).
    QString authorizationText() const;

signals:
    void overrideReasonChanged();

private:
    ScheduleServices m_services;
    QLabel *m_status = nullptr;
    QLabel *m_authorization = nullptr;
    QFrame *m_earlyFrame = nullptr;
    QLabel *m_earlyLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QComboBox *m_drugSource = nullptr;
};

} // namespace ClinicDesk::Ui
