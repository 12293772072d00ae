#pragma once

#include "waitlistservice.h"

#include <QDialog>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ClinicDesk::Ui {

// Shown after a visit is cancelled when waitlisted patients could take its time: "Thu Dec 3
// 10:00–10:15 with Vladimir Fiks is free. These waitlisted patients can take it:", then the
// patients (most overdue first) with their phone and why the slot suits them. Book for selected
// does not book: whoever opened the dialog reads chosen() (or follows patientChosen) and opens
// the booking dialog prefilled with that patient and the freed slot.
class WaitlistOffersDialog : public QDialog
{
    Q_OBJECT
public:
    enum CandidateColumn { PatientColumn, PhoneColumn, WhyColumn, NotesColumn };

    WaitlistOffersDialog(const Core::ScheduleEntry &freed,
                         QList<Core::WaitlistCandidate> candidates, QWidget *parent = nullptr);

    // "Thu Dec 3 10:00–10:15 with Vladimir Fiks is free."
    static QString freedText(const Core::ScheduleEntry &freed);
    const QList<Core::WaitlistCandidate> &candidates() const { return m_candidates; }
    // The candidate chosen when the dialog was accepted (or selected now).
    std::optional<Core::WaitlistCandidate> chosen() const;
    QTreeWidget *list() const { return m_list; }

public slots:
    void accept() override;

signals:
    // The desk chose to book this patient into the freed slot.
    void patientChosen(qint64 patientId);

private:
    void updateButtons();

    QList<Core::WaitlistCandidate> m_candidates;
    std::optional<Core::WaitlistCandidate> m_chosen;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_book = nullptr;
};

} // namespace ClinicDesk::Ui
