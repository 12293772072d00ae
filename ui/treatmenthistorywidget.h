#pragma once

#include "clinicsetupservice.h"
#include "confirmation.h"
#include "retreatmentservice.h"
#include "treatmentservice.h"

#include <QWidget>
#include <optional>

class QDialog;
class QLabel;
class QPushButton;
class QTableView;

namespace ClinicDesk::Ui {

class TreatmentCycleModel;

// A patient's Botox course in their record: where they stand in the retreatment window (a badge
// with a shape and a calm tint, and "Earliest Feb 10 · Due Feb 17 · Overdue after Mar 3"), the
// treatments given as cycles with the interval between them, and the actions on them: record a
// treatment, correct or remove one, stop treatment (with a reason) or resume it. Every write goes
// through the services; changed() follows each one.
class TreatmentHistoryWidget : public QWidget
{
    Q_OBJECT
public:
    TreatmentHistoryWidget(Core::TreatmentService &treatments,
                           Core::RetreatmentService &retreatment, Core::ClinicSetupService &setup,
                           QWidget *parent = nullptr);

    // 0 shows nothing. The name goes into the dialogs' titles ("Lee, Ann").
    void setPatient(qint64 patientId, const QString &patientName = {});
    qint64 patientId() const { return m_patientId; }
    TreatmentCycleModel *model() const { return m_model; }
    const std::optional<Core::RetreatmentStatus> &status() const { return m_status; }
    // The treatment selected in the history (0: none).
    qint64 selectedTreatmentId() const;
    // Who answers "Remove this treatment?"; by default a message box.
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    // "Earliest Feb 10 · Due Feb 17 · Overdue after Mar 3" (years shown when not this year's).
    static QString windowText(const Core::RetreatmentWindow &window, QDate today);

public slots:
    void refresh();
    void recordTreatment();
    void editSelected();
    void removeSelected();
    void stopTreatment();
    void resumeTreatment();

signals:
    // A treatment was recorded, corrected or removed, or treatment was stopped or resumed.
    void changed();
    // A dialog (treatment record, stop reason) has been opened; tests and the shell may use it.
    void dialogOpened(QDialog *dialog);

private:
    void openTreatment(const Core::Treatment &treatment);
    void showStatus();
    void showMessage(const QString &message);
    void updateButtons();
    void afterWrite(const QString &message, qint64 selectTreatment = 0);

    Core::TreatmentService &m_treatments;
    Core::RetreatmentService &m_retreatment;
    Core::ClinicSetupService &m_setup;
    Confirmer m_confirm;
    qint64 m_patientId = 0;
    QString m_patientName;
    std::optional<Core::RetreatmentStatus> m_status;
    Core::TreatmentCourse m_course;

    QLabel *m_badge = nullptr;
    QLabel *m_courseLine = nullptr;
    QLabel *m_window = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_table = nullptr;
    TreatmentCycleModel *m_model = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_resume = nullptr;
};

} // namespace ClinicDesk::Ui
