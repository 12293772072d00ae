#pragma once

#include "confirmation.h"
#include "outcomeservice.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QTableView;

namespace ClinicDesk::Ui {

class DiaryTableModel;
class OutcomeChart;

// A patient's outcomes for the clinician and the desk: a flag when the response is below the
// clinic's threshold after the judged cycle, the chart, and the headache diary with Add month…,
// Edit…, Remove and Mark as baseline. Every change goes through the outcome service.
class OutcomesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OutcomesPanel(Core::OutcomeService &outcomes, QWidget *parent = nullptr);

    // 0 shows no patient.
    void setPatient(qint64 patientId);
    qint64 patientId() const { return m_patientId; }
    // Reads the patient's diary, treatments and the settings again.
    void reload();
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    OutcomeChart *chart() const { return m_chart; }
    DiaryTableModel *model() const { return m_model; }
    const Core::PatientOutcome &outcome() const { return m_outcome; }

public slots:
    void addMonth();
    void editSelected();
    void removeSelected();
    // Marks the selected month as the baseline, or clears the mark when it is the baseline.
    void toggleBaseline();

signals:
    void diaryChanged(qint64 patientId);

private:
    const Core::DiaryEntry *selectedEntry() const;
    void select(QDate month);
    void updateButtons();
    void showFlag(const Core::OutcomeSummary &summary);
    void changed(QDate select, const QString &message);
    QDate suggestedMonth() const;

    Core::OutcomeService &m_outcomes;
    qint64 m_patientId = 0;
    Core::PatientOutcome m_outcome;
    Confirmer m_confirm;

    QFrame *m_flag = nullptr;
    QLabel *m_flagText = nullptr;
    OutcomeChart *m_chart = nullptr;
    DiaryTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_baseline = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ClinicDesk::Ui
